// 正当な苦情から居座り・警察通報へ — 子育て支援課・保育の窓口（南陽市カスタマーハラスメント対策マニュアル）
// 6(1) 苦情＝カスハラではない、6(2) 初期対応、6(2)⑤ 相手に再度説明させない、
// 7(1)【対面の場合】①②③ 所管課長への報告・交代・警告と退去命令、7(2) 警察との連携（庁舎管理規則第8条）。
// 4月からの保育所の入所が「保留」になった。申込みのとき窓口で「この点数なら、たぶん大丈夫」と受け取れる説明をされ、
// 通知には理由も書いていない。この苦情はもっとも（南陽市 6(2)③「たぶん」など、あいまいな表現に気を付ける）。はじめの10分余りは、よく聴く。
// その後の「第一希望の園に入れろ・定員を増やせ」「あの職員を処分しろ」には応えられない。要求を繰り返し、居座る。
// 相談者は3人のうち1人（RANDOM）：木村さん（30代の女性）、佐野さん（30代の男性）、遠藤さん（60代の女性、娘の代わりに来た）。要求の順番もRANDOM。
// 課長に報告して課長が中止を伝えた後の居座りは、南陽市 7(2)②〜④ の手順（中止の要求を2、3度→退去命令を2、3度→最終警告→通報）を
// 課長が行う manager_exit で扱う。担当が一人で中止を告げた後の居座りは、共通の exit_sequence（stories/common/exit.ink）を使う。

INCLUDE common/colleague.ink
INCLUDE common/exit.ink

VAR persona = 0
VAR order = 0              // 1: 入所の要求が先、2: 職員の処分の要求が先
VAR explained_first = false // 聴く前に選考の仕組みを説明した
VAR warned_early = false   // 苦情の段階で言い方を注意した
VAR premature = false      // 確かめる前に市の非を認め、「何とかします」と約束した
VAR argued = false         // 申込みのときの職員をかばって言い返した
VAR alone = true           // 記録係の同僚を呼ばなかった
VAR mgr_first = false      // 「課長を出せ」で、報告せずに課長を出した
VAR provoked = false       // 「課長が出ても答えは同じ」と突き放した
VAR dragged = false        // 報告せずに聞き続けた
VAR ended_alone = false    // 課長に報告せず、一人で対応の中止を告げた
VAR cold = false           // 引継ぎで相手にもう一度説明させた
VAR reported = false       // 対応記録シートで報告した
VAR asked_transfer = false // 職員の処分を求められた
VAR outcome = ""
VAR clock = 0              // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる
VAR end_at = 0             // 対応の中止を告げた時刻（経過分）
VAR who_name = ""          // exit_sequence に渡す相談者の名字

~ persona = RANDOM(1, 3)
~ order = RANDOM(1, 2)
~ who_name = "{nm()}"
-> opening

=== opening ===
三月上旬の月曜日、午前10時。市役所、子育て支援課の窓口。
4月からの保育所の入所決定の通知が届いてから、窓口には相談の人が途切れない。
あなたは保育係の職員として、窓口に座っている。
{ persona:
- 1: 30代くらいの女性が、封筒を握りしめて、カウンターの前に立った。
    木村「4月からの保育所のことで来ました。『保留』の通知が届いたんです。第一希望から第三希望まで、全部だめだって。4月から職場に戻ると、もう会社に伝えてあるんです。」 #act: customer.complaint #mood: angry #t: +2
- 2: 30代くらいの男性が、封筒を手に、カウンターの前に立った。
    佐野「4月からの保育所のことで来ました。『保留』の通知が届いたんです。第一希望から第三希望まで、全部だめだって。うちは共働きで、4月から二人とも仕事なんですよ。」 #act: customer.complaint #mood: angry #t: +2
- else: 60代くらいの女性が、封筒を手に、カウンターの前に立った。
    遠藤「孫の保育所のことで来ました。娘は仕事で来られないから、代わりに。『保留』の通知が届いたの。第一希望から第三希望まで、全部だめだって。娘は4月から職場に戻るのよ。」 #act: customer.complaint #mood: angry #t: +2
}
{nm()}「申込みのとき、この窓口で『この点数なら、たぶん大丈夫ですよ』って言われたんです。それを信じて、ほかの預け先も探さなかった。通知には、理由も何も書いてない。どういうことなんですか。」 #act: customer.complaint #t: +1 #look: {persona == 1: woman_30s|{persona == 2: man_30s|woman_60s}}
（声は大きく、封筒を持つ手が震えている。）
* [「4月から{back_to_work()}のに、第三希望まで保留になった。申込みのときは『たぶん大丈夫』と言われ、通知に理由もなかった、ということですね。」 #act: staff.paraphrase #act: staff.listen #t: +3]
    {nm()}「……そうです。わかってもらえますか。」
* [「入所は、点数と希望の順番で決まります。申込みが多い園は、どうしても保留になる方が出てしまうんです。」 #act: staff.explain #t: +2]
    ~ explained_first = true
    {nm()}「そんな仕組みを聞きに来たんじゃありません。『大丈夫』と言われたから来てるんです。」 #act: customer.complaint #mood: angry
* [「お気持ちはよくわかりますが、もう少し落ち着いてお話しいただけますか。そのように大きな声を出されますと、ほかのお客様のご迷惑にもなりますし、こちらもきちんとお話を伺えませんので。」 #act: staff.warn #t: +1]
    ~ warned_early = true
    -> blowup
- -> facts

=== facts ===
（あなたは受付番号を伺い、選考の記録を確かめた。{nm()}さんのお宅の点数は、第一希望の園に、あと1点届かなかった。空きを待つ順番は3番目だ。申込みの日の受付記録には、「見込みを聞かれ、昨年なら入所できた点数と回答」というメモが残っている。） #t: +2
* [「申込みのときのご説明で、ご心配をおかけして申し訳ありません。保留は、第一希望の園に1点届かなかったためで、空き待ちはいま3番目です。空きが出れば、すぐご連絡します。{leave_note()}。ほかの預け先の一覧もお渡しします。」 #act: staff.apologize_limited #act: staff.explain #t: +4]
    （{nm()}さんは、黙って一覧を受け取った。）
* [「大変申し訳ございません！ 申込みのときの説明が間違っていました。本当にご迷惑をおかけいたしました。上の者とも相談しまして、4月からお子さんが入れるように、こちらで何とかします。園のほうにも私から掛け合ってみますので、どうかご安心ください。」 #act: staff.apologize_full #act: staff.promise_vague #t: +2]
    ~ premature = true
    {nm()}「間違っていたと、認めるんですね。何とかしてくれるんですね。」
    （記録のメモを見る限り、申込みの担当は昨年の例を伝えただけで、入所を約束したわけではなかった。それなのに、市の誤りと言い切って、できるかわからない約束をしてしまった。）
* [「申込みの担当も、昨年の例をお伝えしただけだと思います。入所をお約束したわけではありませんので。」 #act: staff.argue #t: +2]
    ~ argued = true
    {nm()}「お伝えしただけ？ こっちは、それを信じたんですよ。」 #act: customer.complaint #mood: angry
- -> demand

=== demand ===
{ order == 1:
    {nm()}「口で言うだけじゃ、信用できません。{want_place()}」 #act: customer.demand_special #mood: angry #t: +1
- else:
    ~ asked_transfer = true
    {nm()}「口で言うだけじゃ、信用できません。{want_transfer()}」 #act: customer.demand_transfer #mood: angry #t: +1
}
{ premature:
    {nm()}「さっき、何とかするって言いましたよね。」 #act: customer.repeat
}
* [{order == 1:{refuse_place()}|{refuse_transfer()}} #act: staff.refuse #t: +2]
    -> manager_demand
* [{order == 1:「……わかりました。ご心配をおかけして、本当に申し訳ございません。第一希望の園に、お子さんを入れてもらえるよう、園とも相談して、こちらで何とか手配いたします。どうかご安心ください。」|「……わかりました。ご不快な思いをさせてしまい、本当に申し訳ございません。その職員は、保育の窓口から外すようにいたしますので、どうかそれでお許しいただけないでしょうか。」} #act: staff.concede #t: +2]
    {nm()}「最初から、そう言ってくれればいいんです。約束ですよ。」 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
    -> aftercare
* [「……上の者とも相談して、何とかできないか、できるだけご希望に沿えるように前向きに検討してみます。少しお時間をいただけますか。」 #act: staff.promise_vague #t: +2]
    {nm()}「検討してくれるんですね。じゃあ、いいお返事を待っています。」 #act: customer.leave #mood: calm
    ~ outcome = "vague"
    -> aftercare

=== blowup ===
{nm()}「落ち着け、ですか？ 4月から仕事に戻れるかどうかの話なんですよ！」 #act: customer.shout #mood: angry
{nm()}「{want_place()}」 #act: customer.demand_special #t: +1
{nm()}「あなたじゃ話になりません。課長を呼んでください！」 #act: customer.demand_manager
（苦情そのものは、もっともな内容だった。あなたの一言が、話をこじらせてしまった。）
-> in_charge

=== manager_demand ===
{nm()}「できない、できないって……！ 話になりません！」 #act: customer.shout #mood: angry
（{nm()}さんの声が、フロアに響いた。待合の人たちが、こちらを振り返った。）
{ order == 1:
    ~ asked_transfer = true
    {nm()}「それだけじゃありません。{want_transfer()}」 #act: customer.demand_transfer
- else:
    {nm()}「それだけじゃありません。{want_place()}」 #act: customer.demand_special
}
{nm()}「あなたじゃ話になりません。課長を呼んでください！」 #act: customer.demand_manager #t: +1
-> in_charge

=== in_charge ===
* [「私が担当ですので、お話を伺います。上司には私から報告します。」（隣の斎藤さんに目で合図し、記録を頼む） #act: staff.state_in_charge #act: staff.call_colleague #t: +2]
    ~ alone = false
    -> colleague_joins("斎藤", "記録") ->
* [「私が担当ですので、お話を伺います。上司には私から報告します。」（周りも窓口対応で忙しい。ほかの人に迷惑をかけないよう、一人で最後まで対応を続ける） #act: staff.state_in_charge #t: +1]
* [「承知しました。課長を呼んでまいります。」 #act: staff.escalate_manager #t: +2]
    ~ mgr_first = true
    -> manager_first
* [「課長が出てきても、お答えは同じですよ。決まりは決まりですから。」 #act: staff.argue #t: +1]
    ~ provoked = true
    {nm()}「決まりは決まり？ 困って相談に来た市民に、その言い方ですか！ だったら、入れると言ってもらうまで、ここを動きません！」 #act: customer.shout #act: customer.sit_in #mood: threatening
    （{nm()}さんは、カウンター前のいすにどさりと腰をおろした。）
- -> stalemate

=== stalemate ===
（{nm()}さんは、同じ要求を何度も繰り返した。{not alone:斎藤さんが、そのたびに時刻を書き留めていく。}） #act: customer.repeat #t: +8
{nm()}「何度言わせるんですか！ 入れると、今ここで決めてください！」 #act: customer.shout #mood: angry
（壁の時計は{hm(clock)}。要求が始まってから、話は一歩も進んでいない。）
* [「お答えは変わりません。上司に報告いたします。」（{alone:{nm()}さんに少しお待ちいただき|窓口を斎藤さんに任せて}、鈴木課長に経緯を報告し、方針を相談する） #act: staff.warn #act: staff.report_supervisor #t: +4]
    鈴木課長「わかりました。私が代わりましょう。一緒に来てください。」
* [（もう少し聞けば、わかってもらえるかもしれない）「なるほど……そうなのですね。お仕事のこともあって、本当にお困りなのは、よくわかります。もう少し詳しく、お聞かせいただけますか。」 #act: staff.listen #t: +20]
    ~ dragged = true
    （同じ話が、さらに20分続いた。{nm()}さんは一歩も引かない。あなたはようやく、奥の席の鈴木課長に経緯を報告した。） #act: customer.repeat #act: staff.report_supervisor #t: +3
    鈴木課長「……もっと早く言ってくれればよかった。私が代わりましょう。一緒に来てください。」
* [「先ほどからご説明しているとおり、これ以上は対応ができません。申し訳ございませんが、本日の対応は、これで終了させていただきます。お引き取りください。」 #act: staff.end_response #t: +1]
    ~ ended_alone = true
    ~ end_at = clock
    -> sit_in_alone
- -> handover

=== handover ===
鈴木課長が窓口に来て、あなたの隣に立った。 #who: manager
* [「課長、こちらは{nm()}様です。{brief()}」（{nm()}さんの前で、あなたから経緯を説明する） #act: staff.brief_handover #t: +3]
    {nm()}「……そういうことです。」
* [「課長、こちらの方が、お話があるそうです。」（あとは課長に任せて、一歩下がる） #act: staff.handover_cold #t: +1]
    ~ cold = true
    鈴木課長「課長の鈴木です。どのようなご用件でしょうか。」
    {nm()}「また一から説明させるんですか！ さっきから何度も言ってるでしょう！」 #act: customer.shout #mood: angry
    （{nm()}さんは、保留の通知のことから申込みの日のことまで、最初から話し直した。話すうちに、声はさらに大きくなった。） #act: customer.repeat #t: +8
- -> manager_ends

=== manager_first ===
（あなたは奥の席の鈴木課長に声をかけ、窓口に来てもらった。まだ、何も報告していない。）
鈴木課長が窓口に来た。 #who: manager
* [「課長、こちらは{nm()}様です。{brief()}」（{nm()}さんの前で、あなたから経緯を説明する） #act: staff.brief_handover #t: +3]
* [「課長、こちらの方が、お話があるそうです。」（あとは課長に任せて、一歩下がる） #act: staff.handover_cold #t: +1]
    ~ cold = true
    鈴木課長「課長の鈴木です。どのようなご用件でしょうか。」
    （{nm()}さんは、最初から話し直した。話すうちに、声はさらに大きくなった。） #act: customer.repeat #t: +8
- {nm()}「課長さんなら、決められるでしょう。今ここで、入れると決めてください。」 #act: customer.repeat
（課長は、その場で答えを迫られている。課として方針を相談する間もなかった。この先、{nm()}さんは何かあるたびに課長を名指しで呼ぶだろう。）
-> manager_ends

=== manager_ends ===
鈴木課長「{cold:お話は伺いました。|担当から経緯は伺いました。}申込みのときのご説明の仕方は、課内で見直します。空きが出れば、順番にご連絡します。ただ、選考の基準によらずに入所を決めること、定員を増やすこと{asked_transfer:、職員を処分すること}には、お応えできません。これは市としての回答です。ご説明は尽くしましたので、これ以上の議論はできません。」 #t: +2
~ end_at = clock
鈴木課長「本日の対応は、これで終了させていただきます。」 #act: staff.end_response #t: +1
{nm()}「市としての回答？ 入れると言ってもらうまで、ここを動きません。」 #act: customer.sit_in #mood: threatening
（{nm()}さんは、カウンター前のいすに深く座り直し、腕を組んだ。）
鈴木課長「（小声で）ここからは私が話します。あなたは記録をお願いします。」
-> manager_exit

=== manager_exit ===
// 南陽市 7(2)②〜④：行為の中止を2、3度求め、庁舎管理規則第8条に基づき退去を2、3度命じ、最終警告のうえ通報する。判断と命令は課長。
* [（一歩下がって課長の後ろに立ち、{not alone:斎藤さんと手分けして、}やり取りの時刻と言葉を書き留める） #act: staff.keep_distance #act: staff.take_notes #t: +1]
* [「いい加減にしてください。これ以上ここに居座るようでしたら、こちらも警察を呼ぶしかありませんよ。」（課長の前に出て、そのまま受話器を取る） #act: staff.call_police #t: +2]
    -> exit_early_police
-
鈴木課長「{nm()}様。窓口で大きな声を出し、お帰りにならないのは、ほかの方のご迷惑になります。おやめください。」 #act: staff.warn #t: +2
{nm()}「やめません。入れると言ってもらうまで、帰りません。」 #act: customer.sit_in
（課長は間を置いて、もう一度、同じようにお願いした。{nm()}さんは動かない。） #act: staff.warn #t: +3
鈴木課長「庁舎管理規則第8条に基づき、庁舎からの退去を命じます。」 #act: staff.order_leave #t: +1
{nm()}「命令？ 市民を追い出すんですか。」 #act: customer.sit_in
（課長は間を置いて、もう一度退去を命じた。{nm()}さんは腕を組んだまま動かない。） #act: staff.order_leave #t: +3
鈴木課長「これが最後の警告です。退去されない場合は、警察に通報します。」 #act: staff.final_warning #t: +1
{nm()}「呼びたければ、呼べばいいでしょう。」 #act: customer.sit_in #mood: threatening
鈴木課長「（小声で）通報してください。」
* [（課長の指示を受け、「警察に通報します」と告げて、警察に通報する） #act: staff.call_police #t: +2]
    （あなたは警察に電話をかけ、状況を伝えた。「市役所子育て支援課の者です。窓口で、退去命令に応じていただけない事案が発生しました。相手方は1名、当方は職員{not alone:3|2}名が対応中です。{hm(end_at)}に対応の中止を伝え、繰り返し退去を命じておりますが、聞き入れていただくことができません。事案解決の支援をお願いします。」） #t: +3
    （しばらくして、警察官が二人到着した。） #t: +15
    警察官が窓口に来た。 #who: police
    警察官「市役所から退去を求められていますね。お話は外で伺いますので、一緒に出ましょうか。」
    {nm()}さんは、警察官に付き添われて庁舎を出て行った。 #act: customer.leave #mood: irritated
    ~ exit_result = "police"
* [「課長、警察沙汰はやめておきませんか。少し待てば帰られると思います。」（少し離れて様子を見る） #act: staff.keep_distance #t: +5]
    鈴木課長「……わかりました。もう少しだけ様子を見ましょう。」
    （{nm()}さんは座り続けた。窓口には順番を待つ人の列ができ、ほかの職員がその分の対応に追われた。） #act: customer.sit_in #t: +60
    {nm()}「……今日はもう帰ります。また来ますから。」 #act: customer.leave
    ~ exit_result = "waited_after_order"
- -> after_exit

=== exit_early_police ===
（あなたは警察に電話をかけた。課長が驚いてあなたを見た。{nm()}さんが目を見開いた。）
{nm()}「本当に呼ぶんですか！ 座っているだけなのに！」 #act: customer.shout #mood: threatening
（しばらくして、警察官が到着した。） #t: +20
警察官が窓口に来た。 #who: police
警察官「市役所として、退去は求められましたか。まずは市役所さんから、はっきり退去を求めていただくことになります。」
（退去命令も、通報するという告知も、まだしていなかった。課長の判断を待たずに動いてしまったことに、あなたは気づいた。）
{nm()}さんは「こんな扱いは忘れません」と言い残して帰っていった。 #act: customer.leave #mood: irritated
~ exit_result = "early_police"
-> after_exit

=== sit_in_alone ===
{nm()}「終了？ 勝手に終わらせないでください。入れると言ってもらうまで、ここを動きません。」 #act: customer.sit_in #mood: threatening
（{nm()}さんは、カウンター前のいすに深く座り直した。課長は、まだ何も知らない。）
-> exit_sequence(who_name, "庁舎管理規則第8条", "市役所子育て支援課", true) ->
-> after_exit

=== after_exit ===
{
- exit_result == "police":
    （警察官の一人が残り、経緯を尋ねた。{ended_alone:あなたは|鈴木課長は}、{not alone:斎藤さんの記録を見せながら、}{hm(end_at)}に対応の中止を伝えたこと、繰り返し退去を求め、命じたことを説明し、「再び来られるおそれがあります」と伝えた。） #t: +10
    ~ outcome = "police"
- exit_result == "early_police":
    ~ outcome = "early_police"
- exit_result == "waited_after_order":
    ~ outcome = "waited_after_order"
- else:
    ~ outcome = "waited"
}
-> aftercare

=== aftercare ===
（{nm()}さんが帰ったあと、あなたは自分の席に戻った。手のひらに、まだ汗がにじんでいる。）
* [対応記録シートとチェックリストに記入し、鈴木課長に報告して、総務課と共有する。{outcome == "gave_in" or outcome == "vague":約束してしまったことも、正直に書く。|次に来られたときの対応も相談する。} #act: staff.file_report #act: staff.report_supervisor #t: +20]
    ~ reported = true
* [（{not ended_alone and (outcome == "police" or outcome == "early_police" or outcome == "waited"):課長も斎藤さんもずっと見ていたのだから、自分がわざわざ書くまでもないだろう|これ以上大ごとにはしたくないし、もう終わったことだ}）誰にも言わずに、次の仕事に戻る #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{
- outcome == "police":
    {reported and not (warned_early or explained_first): 鈴木課長「最初は、もっともな苦情としてよく聴いてくれた。『たぶん大丈夫』と受け取られる説明も、理由の書いていない通知も、こちらが見直すべきことだった。」}
    {reported and not (explained_first or warned_early or premature or argued or alone or mgr_first or provoked or dragged or ended_alone or cold): 鈴木課長「できない要求ははっきり断り、記録をとり、私に報告して、引継ぎでは経緯を説明してくれた。そのうえで、中止を伝え、迷惑行為をやめるよう求め、退去を命じ、最終警告をしてから通報した。手順どおりだ。申込みのときの説明の仕方と通知の書き方は、課で見直そう。」}
    {reported: {feedback()}}
    {not reported: （記録シートが出されなかったため、翌週{nm()}さんが再び来たとき、窓口の職員は経緯を何も知らなかった。）}
    {
    - ended_alone:
        （課長に報告しないまま一人で対応の中止を告げ、居座りを招いた。最後は警察に通報し、{nm()}さんは警察官に付き添われて庁舎を出た。） #ending: exit_police_alone
    - warned_early:
        （もっともな苦情に「落ち着いて」と注意したことで話がこじれ、最後は警察に通報した。{nm()}さんは、警察官に付き添われて庁舎を出た。） #ending: exit_police_after_warning
    - mgr_first or dragged or premature or alone or cold or provoked or argued or explained_first:
        （途中でつまずきはあったが、課長の判断で中止を伝え、退去を命じ、最終警告のあとで警察に通報した。{nm()}さんは、警察官に付き添われて庁舎を出た。） #ending: exit_police_slips
    - else:
        （できない要求には応えず、課長に報告して、課長が中止を伝え、退去を命じ、最終警告のあとで警察に通報した。{nm()}さんは、警察官に付き添われて庁舎を出た。） #ending: exit_police
    }
    -> END
- outcome == "early_police":
    {reported: 鈴木課長「座っているだけの方に、退去命令の前に通報してしまった。中止を伝えて、迷惑行為をやめるよう二度三度求め、庁舎管理規則第8条に基づいて退去を命じ、最終警告をして、それでも帰らないときに通報する。この順番を守ろう。」}
    {reported: {feedback()}}
    {not reported: （記録が残っていないため、あとで警察から経緯を尋ねられても、誰も正確に答えられなかった。）}
    （退去命令を出す前に警察を呼んでしまい、{nm()}さんには「いきなり警察を呼ばれた」という不信感だけが残った。） #ending: early_police
    -> END
- outcome == "waited_after_order":
    {reported: 鈴木課長「退去命令にも最終警告にも応じないときは、通報していいんだ。私もあのとき、あなたの言葉に甘えてしまった。待っているあいだ、ほかの市民の窓口が止まってしまったね。」}
    {reported: {feedback()}}
    {not reported: （午後の仕事は、何も手につかなかった。この日のことは、誰にも話さないままだった。）}
    （課長が退去を命じ、最終警告もしたが、通報をためらううちに{nm()}さんは1時間以上座り続け、「また来ます」と言い残して帰った。） #ending: sat_out_after_order
    -> END
- outcome == "waited":
    {reported: 鈴木課長「退去を命じても帰らないときは、最終警告のうえで通報していいんだ。待っているあいだ、ほかの市民の窓口が止まってしまったからね。」}
    {reported: {feedback()}}
    {not reported: （午後の仕事は、何も手につかなかった。この日のことは、誰にも話さないままだった。）}
    （{nm()}さんは1時間以上座り続け、「また来ます」と言い残して帰った。何も決まらなかった。） #ending: sat_out
    -> END
- else:
    {reported: 鈴木課長「{outcome == "gave_in":{order == 1:入所を約束することも|職員を窓口から外すことも}、一人の職員が約束できることではない|『検討してみます』と言えば、期待を持たせてしまう}。私から{nm()}さんに連絡して、できることとできないことを改めてお伝えしよう。その場を収めるための約束は、次の、もっと長い対応を生むんだ。」}
    {reported: {feedback()}}
    {not reported: （翌朝、{nm()}さんから電話があった。「約束はどうなったんですか」。名指しで呼び出されたのは、あなたと課長だった。）}
    （その場を収めるための一言で、{nm()}さんは帰っていった。けれど、守れない約束が残った。） #ending: gave_in
    -> END
}

// ---- 相談者ごとの言葉 ----

=== function nm() ===
{ persona:
- 1: 木村
- 2: 佐野
- else: 遠藤
}

=== function back_to_work() ===
{ persona:
- 1: 職場に戻ると、もう会社に伝えてある
- 2: ご夫婦とも仕事が決まっている
- else: 娘さんが職場に戻られる
}

=== function leave_note() ===
{ persona:
- 3: 娘さんが育児休業を延ばす場合は、この保留の通知が会社に出す書類になります
- else: 育児休業を延ばす場合は、この保留の通知が会社に出す書類になります
}

=== function want_place() ===
『たぶん大丈夫』と言ったんだから、第一希望の園に入れてください。一人くらい、定員を増やせるでしょう。

=== function want_transfer() ===
『たぶん大丈夫』と言った職員を、処分してください。ここに呼んで、説明させてください。

=== function refuse_place() ===
「申し訳ございませんが、基準によらずに入所を決めることも、定員を増やすこともできません。空きが出れば、順番にご連絡します。」

=== function refuse_transfer() ===
「申し訳ございませんが、職員の処分のお申し出には応じられません。ご説明の仕方は、課内で見直します。」

=== function brief() ===
第三希望まで保留となったこと、申込みのときに『たぶん大丈夫』と受け取られる説明があったこと、通知に理由が書かれていなかったことで、お越しになりました。{warned_early:第一希望の園への入所と、定員を増やすことをお求めです。|保留の理由と空きを待つ順番、ほかの預け先はご説明しましたが、第一希望の園への入所と定員の増加{asked_transfer:、申込みのときの職員の処分}をお求めで、それにはお応えできないとお伝えしています。}

=== function feedback() ===
{warned_early: 鈴木課長「最初の苦情は、もっともな内容だった。『落ち着いて』と言い方を注意したことで、話がこじれてしまったね。苦情イコールカスハラではない。言い方が厳しくても、まずは聴こう。」}
{explained_first: 鈴木課長「最初にすぐ選考の仕組みを説明すると、言い訳に聞こえてしまう。まず聴いて、復唱しよう。」}
{premature: 鈴木課長「記録では、申込みの担当は昨年の例を伝えただけだった。それを『説明が間違っていました』と市の誤りのように認めて、『何とかします』と約束したのは、あとで突かれたね。お詫びは、ご心配をおかけしたことにとどめよう。」}
{argued: 鈴木課長「申込みのときの職員をかばう言い方は、議論になるだけだ。」}
{alone: 鈴木課長「大声が出た時点で、周りに声をかけて、記録をとってもらおう。一人で抱えないこと。」}
{mgr_first: 鈴木課長「『課長を出せ』ですぐに私が出ると、その場で決めろと迫られる。まず『私が担当です』と伝えて、報告してから私が代わろう。」}
{provoked: 鈴木課長「『決まりは決まり』と突き放すと、相手は引けなくなる。言い返さず、『私が担当です』と伝えて、できないことを丁寧に説明しよう。」}
{dragged: 鈴木課長「話が進まないまま、30分を過ぎていた。早めに報告してくれれば、組織として動ける。」}
{ended_alone: 鈴木課長「対応の中止は、一人で決めずに、私を含めて判断しよう。報告があれば、私が代わって伝えられた。」}
{cold: 鈴木課長「私に代わったとき、{nm()}さんにもう一度説明させてしまったね。経緯は、それまで対応していた人が説明しよう。」}

=== function hm(m) ===
// 経過分を壁の時計の時刻にする（開始の時刻はシナリオの startsAt。日付をまたげば0時に戻る）
~ temp total = (wall_start + m) mod 1440
{total / 60}時{total mod 60 == 0:ちょうど|{total mod 60}分}
