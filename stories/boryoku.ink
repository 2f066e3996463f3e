// 暴力型 — 環境課・粗大ごみ収集の窓口
// 南陽市カスタマーハラスメント対策マニュアル 4、6(2)、7(1)【対面の場合】、7(2)、7(3) 暴行・暴言・脅迫、8(1)；
// 奥州市カスタマーハラスメント対応マニュアル（案）第4 1(10)；由利本荘市職員カスタマーハラスメント対策基本方針 4(2)④
// 相談者：家庭の粗大ごみの戸別収集を急いでほしい市民（3人のうち1人を起動時に選ぶ。どれも家庭から出るごみで、事業系ごみではない）。収集日は申込み順で、早めることはできない。
// 自分でクリーンセンターへ持ち込めば、その日のうちに受け入れてもらえる（運べなければ、市の許可業者に頼む方法もある）。
// 断られると、カウンターのバインダーを職員に投げつける。重いけがをする人はいない。暴力の描写は最小限にとどめる。

VAR persona = 0
VAR cname = ""        // 相手の名字
VAR quick = false     // 聴く前に断った
VAR hope = false      // 期待を持たせた
VAR mate = false      // 渡部さんが隣にいる
VAR abrupt = false    // 警告せずに打ち切った
VAR waited = false    // 課長の判断を待ってから通報した
VAR closer = false    // 相手に近づいてなだめようとした
VAR delayed = false   // 何事もなかったように続けてから、通報した
VAR heated = false    // 言い返した
VAR recorded = false  // 録音を告げた
VAR notes = false     // 渡部さんが最初から記録をとっている
VAR reported = false
VAR supported = false // 相談窓口・メンタルケアを利用した
VAR outcome = ""
VAR clock = 0         // 経過時間（分）。ゲームが各行の前に設定する

-> start

=== start ===
~ persona = RANDOM(1, 3)
{ persona:
- 1:
    ~ cname = "佐藤"
- 2:
    ~ cname = "今野"
- else:
    ~ cname = "石川"
}
-> opening

=== opening ===
十月の金曜日、午前10時。市役所、環境課の窓口。
あなたは、ごみの収集の相談や申込みを担当している。カウンターの上には、申込用紙を挟んだバインダーと、パンフレットのスタンドが置いてある。
{pick("30代くらいの男性", "60代くらいの男性", "40代くらいの女性")}が、収集の案内のはがきを手に、窓口へ来た。 #look: {persona == 1: man_30s|{persona == 2: man_60s|woman_40s}}
{cname}「{pick("粗大ごみの収集、電話したら2週間後だって言われたんだ。こっちは今週末に引っ越すんだよ。明日、取りに来てくれないか。", "粗大ごみを出したいんだが、電話したら2週間先だと言われた。亡くなった母の家を、今月末には明け渡さなきゃならないんだ。何とか早くしてくれ。", "粗大ごみの収集をお願いしたら、2週間先って言われたの。母が施設に入ることになって、月末には実家を明け渡さないといけないのよ。早くしてもらえない？")}」 #act: customer.complaint #mood: irritated #t: +2
* [「{pick("", "お母様を亡くされて、大変でしたね。", "")}{pick("今週末のお引っ越し", "今月末の明け渡し", "月末のご実家の明け渡し")}の前に、粗大ごみを出してしまいたいのですね。お急ぎのところ、申し訳ありません。どのようなものを、どれくらい出されるご予定ですか。」 #act: staff.paraphrase #act: staff.apologize_limited #act: staff.ask_facts #t: +3]
    {cname}「{pick("ソファとベッドと、本棚が二つ。一人じゃ運べないんだよ。", "たんすが二つに、布団と座卓だ。この歳で一人じゃ、とても運べないよ。", "たんすと食器棚と、古いマッサージチェア。うちの車に乗る大きさじゃないのよ。")}」
    -> explain
* [「収集の日はお申込みの順番で決まっていますので、早めることはできません。」 #act: staff.refuse #t: +1]
    ~ quick = true
    -> refused
* [「キャンセルが出れば、早められるかもしれません。収集の担当に聞いてみますね。」 #act: staff.promise_vague #t: +4]
    ~ hope = true
    （担当に確かめると、キャンセルは出ておらず、2週間より早い日はどこにも空いていなかった。あなたは窓口に戻り、そのことを伝えた。） #t: +3
    -> refused

=== explain ===
* [「収集の日は、お申込みの順番で決まっていて、早めることができないんです。ただ、クリーンセンターにご自分でお持ち込みいただければ、平日はその日のうちに受け入れています。運ぶのが難しい場合は、市の許可を受けた業者に頼む方法もあります。」 #act: staff.explain #act: staff.refuse #t: +3]
* [「収集の担当に、明日何とか回れないか頼んでみます。」 #act: staff.promise_vague #t: +4]
    ~ hope = true
    （担当に確かめると、明日の収集に回る余裕はどこにもなかった。あなたは窓口に戻り、そのことを伝えた。） #t: +3
- -> refused

=== refused ===
{hope:
    {cname}「{pick("聞いてみるって言っておいて、結局だめなのか。", "頼んでみると言っておいて、結局だめなのか。", "聞いてみるって言っておいて、結局だめなの？")}」 #mood: angry
}
{cname}「{pick("持ち込めって、トラックなんか持ってないんだよ！ 明日、取りに来いって言ってるんだ！", "持って行けだと？ 運べないから頼んでいるんだろう！ 明日、取りに来い！", "持って行けって、運べないから頼んでるんでしょう！ 明日、取りに来てよ！")}」 #act: customer.shout #act: customer.demand_special #mood: angry #t: +1
（{cname}さんの声が、フロアに響いた。待合の人たちが、こちらを見ている。）
* [（隣の席の渡部さんに目で合図して来てもらう）「大きな声を出されると、周りの方も驚かれます。落ち着いてお話しいただけますか。明日の収集は、お約束できません。」 #act: staff.call_colleague #act: staff.warn #act: staff.refuse #t: +2]
    ~ mate = true
    ~ notes = true
    先輩の渡部さんが、メモを手に隣へ来た。 #who: colleague
    （渡部さんは、やり取りを時刻とともに書き留め始めた。） #act: staff.take_notes
    -> throw
* [「大きな声を出されると、周りの方も驚かれます。落ち着いてお話しいただけますか。明日の収集は、お約束できません。」（周りの手を煩わせたくない。一人で対応を続ける） #act: staff.warn #act: staff.refuse #t: +1]
    -> throw
* [「大声を出される方とは、お話しできません。お引き取りください。」 #act: staff.end_response #t: +1]
    ~ abrupt = true
    -> throw
* [「……わかりました。明日、何とか回れないか、収集の業者に頼んでみます。」 #act: staff.promise_vague #t: +2]
    -> gave_in

=== gave_in ===
{cname}「{pick("最初からそう言えばいいんだよ。明日の朝、家の前に出しておくからな。", "最初からそう言えばいいんだ。明日の朝、家の前に出しておくぞ。", "最初からそう言ってよ。明日の朝、実家の前に出しておくから。")}」 #act: customer.leave #mood: irritated
（{cname}さんは帰っていった。明日の収集に回れる見込みは、どこにもない。）
~ outcome = "gave_in"
-> aftercare

=== throw ===
{cname}「{abrupt:{pick("追い返す気か！", "追い返す気か！", "追い返すつもり？")}|{pick("ふざけるな！", "ふざけるな！", "ふざけないでよ！")}}」 #mood: threatening
（{cname}さんは、カウンターの上のバインダーをつかみ、あなたに向かって投げつけた。とっさにかばった腕に当たり、バインダーは大きな音を立てて床に落ちた。腕がじんと痛むが、けがはなさそうだ。） #act: customer.violence #t: +1
（フロアが静まり返った。{cname}さんは、カウンターに手をかけたまま、肩で息をしている。）
* {mate} [（とっさに後ろへ下がり、カウンターから離れる）「渡部さん、110番をお願いします！」 #act: staff.keep_distance #act: staff.call_police #t: +1]
    -> police_now
* {not mate} [（とっさに後ろへ下がり、カウンターから離れる）「すみません、どなたか110番をお願いします！」 #act: staff.keep_distance #act: staff.call_colleague #act: staff.call_police #t: +1]
    -> police_now
* [（まずは課長に報告して、判断を仰ごう）奥の席の高野課長のところへ行く #act: staff.report_supervisor #t: +1]
    -> wait_boss
* [（バインダーを拾ってカウンターに戻し、何もなかったように）「……では、お話の続きを伺います。」 #act: staff.listen #t: +2]
    -> carry_on
* [（カウンターの外へ回って近づき）「申し訳ございません！ 私の言い方が悪かったんです。どうか落ち着いてください。」 #act: staff.apologize_full #t: +1]
    -> step_closer

=== police_now ===
{not mate:
    先輩の渡部さんが駆け寄り、あなたを後ろにかばうように立った。 #who: colleague
    ~ mate = true
}
（渡部さんがすぐに110番に電話をかけ、窓口で物を投げつけられたこと、職員の腕に当たったこと、相手は{pick("男性", "男性", "女性")}1名で、まだカウンターの前にいることを伝えた。） #t: +2
-> waiting

=== wait_boss ===
~ waited = true
（あなたは窓口を離れ、奥の席の高野課長に、何があったかを話し始めた。） #t: +3
（そのあいだに、背後で大きな音がした。振り返ると、{cname}さんがパンフレットのスタンドを床に払い落とし、プラスチックの枠が割れていた。） #act: customer.property_damage #act: customer.shout
高野課長が、窓口に駆けつけた。 #who: manager #act: staff.escalate_manager
高野課長「物を投げたのか。……暴力があったときは、私の判断を待たなくていい。すぐに通報するんだ。」
（高野課長は、あなたにカウンターから離れているよう告げ、すぐに110番に電話をかけた。） #act: staff.keep_distance #act: staff.call_police #t: +2
{not mate:
    先輩の渡部さんも駆け寄り、あなたの隣に立った。 #who: colleague
    ~ mate = true
}
-> waiting

=== carry_on ===
{cname}「{pick("……わかればいいんだよ。で、明日来るんだろうな。", "……わかればいいんだ。で、明日来るんだな。", "……わかればいいのよ。で、明日来てくれるのよね。")}」 #act: customer.repeat #mood: angry #t: +2
（バインダーを拾ったあなたの手は、小さく震えていた。腕の痛みは、まだ引かない。）
* [（やはり、見過ごしてはいけない。後ろへ下がってカウンターから離れ、周りに声をかける）「先ほど物を投げられましたので、警察に通報します。」 #act: staff.keep_distance #act: staff.call_colleague #act: staff.call_police #t: +1]
    ~ delayed = true
    {not mate:
        先輩の渡部さんが駆け寄り、あなたを後ろにかばうように立った。 #who: colleague
        ~ mate = true
    }
    （渡部さんが110番に電話をかけ、状況を伝えた。） #t: +2
    -> waiting
* [「明日の収集は、お約束できません。クリーンセンターへのお持ち込みか、許可業者に頼む方法をご案内します。」 #act: staff.explain #act: staff.refuse #t: +3]
    {cname}「{pick("……もういい！ 役所なんか頼らない。", "……もういい！ 役所には頼まない。", "……もういいわよ！ 役所なんか頼らない。")}」 #act: customer.leave #mood: angry
    （{cname}さんは、足早に庁舎を出て行った。）
    ~ outcome = "no_police"
    -> aftercare

=== step_closer ===
~ closer = true
（あなたがカウンターの外へ出て近づくと、{cname}さんは、はっとしたように腕を振り払った。その手がパンフレットのスタンドに当たり、スタンドはあなたの足もとに倒れ、プラスチックの枠が割れた。） #act: customer.property_damage #mood: threatening
{cname}「{pick("近寄るな！", "近寄るな！", "近寄らないで！")}」 #act: customer.shout
（あなたは、自分がどれだけ相手に近づいていたかに気づいた。）
* [（すぐに後ろへ下がってカウンターの内側に戻り、周りに声をかける）「すみません、110番をお願いします！」 #act: staff.keep_distance #act: staff.call_colleague #act: staff.call_police #t: +1]
    -> police_now
* [（自分では判断できない。まずは課長に報告しよう） #act: staff.report_supervisor #t: +1]
    -> wait_boss

=== waiting ===
{cname}「{pick("警察？ 物を放っただけだろう！ 大げさなんだよ！", "警察だと？ 物を放っただけだろう！ 大げさな！", "警察？ 物を放っただけでしょう！ 大げさなのよ！")}」 #act: customer.shout #mood: angry
* [（カウンターの奥に下がったまま）「警察に通報しました。本日の対応は、これで終わりにさせていただきます。この後のやり取りは、録音させていただきます。」 #act: staff.keep_distance #act: staff.end_response #act: staff.announce_recording #t: +1]
    ~ recorded = true
    {cname}「{pick("……録音だと。", "……録音だと。", "……録音？")}」 #mood: irritated
    （{cname}さんは、それ以上は声を上げず、カウンターの前に立ちつくした。）
* [「物を投げるなんて、どういうつもりですか！ 謝ってください！」 #act: staff.retort #t: +1]
    ~ heated = true
    {cname}「{pick("なんだと！ お前が怒らせたんだろう！", "なんだと！ あんたが怒らせたんだろう！", "何ですって！ あなたが怒らせたんでしょう！")}」 #act: customer.shout #mood: threatening
    （{cname}さんが、カウンターの切れ目から中へ入ろうとした。渡部さんがあなたの腕を引き、二人で奥へ下がった。）
- {not waited:
    騒ぎを聞いた高野課長が、窓口に駆けつけた。 #who: manager
}
（高野課長が、{cname}さんとあなたたちのあいだに立った。）
（10分ほどして、警察官が二人到着した。） #t: +10
警察官が窓口に来た。 #who: police
警察官「けがをされた方はいますか。……物を投げたのは、こちらの方ですね。」
（あなたは、バインダーが腕に当たったことを伝えた。{recorded and notes:録音と渡部さんの記録を確かめてもらうと、|}{recorded and not notes:録音を確かめてもらうと、|}{notes and not recorded:渡部さんの記録を確かめてもらうと、|}{not recorded and not notes:記録は何も残っていなかったので、思い出せる限りのことを話した。|}警察官は、{cname}さんに声をかけた。）
警察官「お話は、外で伺います。一緒に来てください。」
{cname}「{pick("……わかったよ。", "……わかった。", "……わかったわよ。")}」 #act: customer.leave #mood: irritated
（{cname}さんは、警察官に付き添われて庁舎を出て行った。）
{
- waited or delayed:
    ~ outcome = "police_late"
- closer:
    ~ outcome = "police_after_approach"
- else:
    ~ outcome = "police_at_once"
}
-> aftercare

=== aftercare ===
{outcome == "gave_in":（{cname}さんが帰ったあと、あなたは席に戻った。明日の朝のことを思うと、気が重い。）|（{cname}さんがいなくなった窓口で、あなたは腕をさすった。まだ、手の震えが止まらない。）}
* [対応記録シートに時系列でまとめて高野課長に報告し、総務課のメンタルケアの窓口にも相談を申し込む #act: staff.file_report #act: staff.report_supervisor #act: staff.seek_support #t: +20]
    ~ reported = true
    ~ supported = true
* [対応記録シートに時系列でまとめて、高野課長に報告する（相談までするのは大げさだ） #act: staff.file_report #act: staff.report_supervisor #t: +15]
    ~ reported = true
* [{outcome == "gave_in":（大声を出されただけだ。誰にも言わずに、次の仕事に戻ろう）|（大したけがもなかった。誰にも言わずに、次の仕事に戻ろう）} #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{reported:
    {waited: 高野課長「暴力があったら、私の判断を待たずに、その場で110番していい。報告は、通報のあとで十分だ。」}
    {closer: 高野課長「なだめようと近づいたのは、危なかった。まず距離をとって、自分の身を守ること。」}
    {delayed: 高野課長「一度は何もなかったように続けたね。物を投げられたら、その時点で下がって通報していいんだ。」}
    {abrupt: 高野課長「いきなり『お引き取りください』と打ち切ったのが、引き金になったかもしれない。大声には、まず落ち着いて話すよう伝えよう。」}
    {heated: 高野課長「『謝ってください』と詰め寄ったときは、ひやりとした。通報したあとは、距離をとって警察を待てばいい。」}
    {not supported: 高野課長「体のけがが軽くても、怖い思いをしたことに変わりはない。総務課のメンタルケアの窓口も、遠慮なく使ってほしい。」}
}
{
- outcome == "police_at_once":
    {reported and not abrupt and not heated and not closer: 高野課長「下がって距離をとり、すぐに通報した。記録もある。それでいいんだ。」}
    {not reported: （対応記録が残らなかったため、警察から後日問い合わせがあったとき、課として経緯を説明できなかった。）}
    （物を投げつけられてすぐに距離をとり、ただちに警察へ通報した。{cname}さんは、警察官に付き添われて庁舎を出た。） #ending: police_at_once
    -> END
- outcome == "police_after_approach":
    {not reported: （対応記録が残らなかったため、警察から後日問い合わせがあったとき、課として経緯を説明できなかった。）}
    （物を投げつけられたあと、謝りながら相手に近づいてしまい、スタンドが壊れてから下がって通報した。{cname}さんは、警察官に付き添われて庁舎を出た。） #ending: police_after_approach
    -> END
- outcome == "police_late":
    {not reported: （対応記録が残らなかったため、警察から後日問い合わせがあったとき、課として経緯を説明できなかった。）}
    （警察に通報したのは、{waited:課長の判断を待ってから|何事もなかったように話を続けたあと}だった。そのあいだも、窓口の危険は続いていた。） #ending: police_late
    -> END
- outcome == "no_police":
    {reported: 高野課長「物を投げつけるのは暴行に当たる。けががなくても、その場で警察に通報していいんだ。今からでも警察に相談しよう。」}
    {not reported: （翌週、{cname}さんは何事もなかったように窓口に現れた。その日のことを知る人は、あなたしかいなかった。）}
    （物を投げつけられたのに、警察に通報しないまま対応を続け、{cname}さんは帰っていった。） #ending: no_police
    -> END
- else:
    {reported: 高野課長「明日の収集は、約束できないことだ。私から{cname}様に電話して、訂正とお詫びをしよう。大声に押されて、できない約束をしなくていいんだよ。」}
    {not reported: （翌朝、収集車が来ないことに気づいた{cname}さんから、怒りの電話がかかってきた。）}
    （その場を収めるための約束が、次の、もっと激しい怒りを生んでしまった。） #ending: gave_in
    -> END
}

=== function pick(a, b, c) ===
// 相手（persona 1〜3）に合わせた言い回しを選ぶ
{ persona:
- 1:
    ~ return a
- 2:
    ~ return b
- else:
    ~ return c
}
