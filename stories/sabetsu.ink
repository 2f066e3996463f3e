// 差別的言動 — 保険年金課・国民健康保険の窓口
// 仙台市職員カスタマーハラスメント対策基本方針 (5) 差別的言動・セクハラ（性別・年齢・国籍・障害に基づく差別発言）、
//   対応中止の例（暴行、暴言、威嚇、差別的言動などがあった場合：言動をやめるよう説明しても応じない場合は…即時に対応を終了）、
//   (3) 不当・過剰な要求（特別扱い）、カスタマーハラスメントへの対応原則（複数職員での対応、事案の組織内共有、相談体制）、
//   基本的な対策（録音等による事案の記録）；
// 奥州市カスタマーハラスメント対応マニュアル（案）第1 2(2) 差別的な言動、第3 2(2)エ 警告する。
// 言動の対象は、あなた（主任）の後輩の職員。差別の種類と相手の人物は RANDOM で3通り（出身／性別／年齢）。
// 差別的な言葉そのものは書かず、ナレーションで示す。

INCLUDE common/exit.ink
INCLUDE common/colleague.ink

VAR v = 0               // 1 出身  2 性別  3 年齢
VAR cname = ""          // 相手の名字
VAR xname = ""          // 後輩（言動の対象になった職員）
VAR trait = ""          // 出身／性別／年齢
VAR listened = false    // 最初に話を聴き、事実を確かめた
VAR premature = false   // 苦情の段階で注意した
VAR alone = false       // 後輩を下がらせて、一人で対応した
VAR helper = false      // 一人のとき、佐藤さんに記録を頼んだ
VAR swapped = false     // 要求どおり担当を代えた（代えると約束した）
VAR laughed = false     // 笑って流した
VAR lectured = false    // 感情的に説教した
VAR let_pass = false    // 二度目の言葉を聞き流した
VAR took_over = false   // 後輩から説明を引き取った
VAR recorded = false    // 記録を告げた
VAR reported = false     // 係長に報告した
VAR boss_ended = false   // 遠藤係長に報告し、係長が対応の終了を告げた
VAR pressed = false      // 係長の横から、謝罪を求めて詰め寄った
VAR sent_back = false    // 最終通告のあと、後輩を奥へ下がらせて一人で聞き続けた
VAR cared = false       // 後輩に声をかけ、相談窓口を伝えた
VAR outcome = ""

-> opening

=== opening ===
~ v = RANDOM(1, 3)
{
- v == 1:
    ~ cname = "佐久間"
    ~ xname = "グエン"
    ~ trait = "出身"
- v == 2:
    ~ cname = "大森"
    ~ xname = "三浦"
    ~ trait = "性別"
- else:
    ~ cname = "工藤"
    ~ xname = "菊地"
    ~ trait = "年齢"
}
十月の火曜日、午前11時。市役所、保険年金課の窓口。
あなたは国民健康保険の係の主任だ。隣の窓口では、後輩の{xname}さんが市民の対応をしている。
{by("（グエンさんはベトナムで生まれ、小学生のときから日本で育った。入庁4年目で、国保の制度には係の誰よりも詳しい。）", "（三浦さんは入庁3年目。丁寧な説明で、窓口での評判もいい。）", "（菊地さんは、この春に入庁したばかりの新人だ。まだ緊張しているが、制度の勉強には熱心に取り組んでいる。）")}
{by("窓口の前にいるのは、70代くらいの男性、佐久間さんだ。", "窓口の前にいるのは、50代くらいの女性、大森さんだ。", "窓口の前にいるのは、40代くらいの男性、工藤さんだ。")} #look: {v == 1: man_70s|{v == 2: woman_50s|man_40s}}
{cname}「{by("年金暮らしなのに、国保の保険料が去年より上がってる。どういうことだ。", "夫が退職して国保に入ったんだけど、この保険料、高すぎない？ 計算が間違ってるんじゃないの。", "収入は減ってるのに、保険料が去年より上がってる。おかしいだろう。")}」 #act: customer.complaint #mood: irritated
（{xname}さんが、保険料の計算のしかたを説明しはじめたが、{cname}さんは首を横に振った。）
{cname}「{by("そんな説明じゃ、さっぱりわからん。", "そういう決まりの話じゃなくて、うちの場合を聞いてるの。", "決まりの話はいい。なんでうちが上がるのかを聞いてるんだ。")}」 #act: customer.complaint
（{xname}さんが、困ったようにこちらを振り返った。）
* [（{xname}さんの隣に座る）「お待たせいたしました。係の主任です。{xname}と一緒に伺います。{by("年金暮らしで、保険料が昨年より上がってご心配なのですね。", "ご主人が退職されて国保に入られ、保険料の金額がご心配なのですね。", "収入が減っているのに、保険料が昨年より上がってご心配なのですね。")}通知を拝見してもよろしいですか。」 #act: staff.call_colleague #act: staff.paraphrase #act: staff.ask_facts #t: +3]
    ~ listened = true
    {cname}「{by("ああ、これだ。年金は増えてないのに、上がってるんだよ。", "これよ。夫が会社の都合で辞めて、収入がなくなったのに、この金額なの。", "これだ。今年に入って仕事が減って、収入が落ちてるんだ。")}」
    （通知を見ながら、{xname}さんが端末で加入の記録を確かめ始めた。）
* [（{xname}さんの隣に座る）「保険料は、前年の所得をもとに条例で計算していますので、通知の金額で間違いないと思います。」 #act: staff.call_colleague #act: staff.explain #t: +2]
    {cname}「{by("間違いないと思います、って何だ。ろくに見てもいないのに。", "間違いないと思います、って何？ ろくに見てもいないのに。", "間違いないと思います、って何だ。ろくに見てもいないのに。")}」 #act: customer.complaint #mood: angry
    （{xname}さんが、端末で加入の記録を確かめ始めた。）
* [（{xname}さんの隣に座る）「大きな声を出されると、ほかのお客様のご迷惑になります。落ち着いてお話しください。」 #act: staff.call_colleague #act: staff.warn #t: +1]
    ~ premature = true
    {cname}「{by("大きな声？ 普通に聞いてるだけだろう。質問しただけで注意されるのか。", "大きな声？ 普通に聞いてるだけでしょう。質問しただけで注意されるの？", "大きな声？ 普通に聞いてるだけだろう。質問しただけで注意されるのか。")}」 #act: customer.complaint #mood: angry
    （{xname}さんが、端末で加入の記録を確かめ始めた。）
* [（自分が代わったほうが早い。{xname}さんに「代わるね」と小声で伝えて奥の席に戻ってもらい、一人で対応する）「お待たせいたしました。ここからは私が伺います。{by("年金暮らしで、保険料が昨年より上がってご心配なのですね。", "ご主人が退職されて国保に入られ、保険料の金額がご心配なのですね。", "収入が減っているのに、保険料が昨年より上がってご心配なのですね。")}」 #act: staff.paraphrase #act: staff.ask_facts #t: +3]
    ~ alone = true
    ~ listened = true
    （{xname}さんは一瞬こちらを見て、黙って奥の席に戻った。）
    {cname}「{by("ああ、これだ。年金は増えてないのに、上がってるんだよ。", "これよ。夫が会社の都合で辞めて、収入がなくなったのに、この金額なの。", "これだ。今年に入って仕事が減って、収入が落ちてるんだ。")}」
- {alone:-> remark_alone}
-> remark

=== remark ===
（{xname}さんが記録を確かめながら説明を続けていると、{cname}さんがそれをさえぎった。）
（{cname}さんは{xname}さんを見て、{by("名札に目をやり、その出身をあげつらう言葉を口にした。", "女性だからという決めつけで、見下す言葉を口にした。", "その若さをあざける言葉を口にした。")}） #act: customer.discriminate #mood: angry #t: +1
{cname}「{by("外国の人に、日本の保険のことがわかるのか。日本人の職員に代わってくれ。", "女の人じゃ、お金の話は頼りないのよ。男の人に代わってちょうだい。", "こんな子どもに窓口をやらせるな。もっと年のいった、ちゃんとした人に代わってくれ。")}」 #act: customer.demand_special
（{xname}さんの手が止まった。）
* [「担当は引き続き{xname}です。担当を代えることはいたしません。職員の{trait}についてのご発言は、おやめください。」（発言と時刻を書き留める） #act: staff.refuse #act: staff.warn #act: staff.take_notes #t: +1]
    -> warned
* [「……承知しました。それでは、担当を奥の佐藤に代わらせていただきます。少々お待ちいただけますでしょうか。」（{xname}さんに「いいから」と目で合図して、下がってもらう） #act: staff.concede #t: +2]
    -> swapped_scene
* [「まあまあ……{xname}も一生懸命やっておりますので。」（場が荒れないよう、苦笑いして流す） #act: staff.listen #t: +1]
    -> laughed_along
* [「今のは差別発言ですよ。職員の{trait}で人を判断するなんて、許されることではありません。恥ずかしいと思わないんですか。{xname}さんに謝ってください！」 #act: staff.retort #t: +1]
    -> lecture

=== remark_alone ===
（あなたが記録を確かめていると、{cname}さんは奥の席の{xname}さんのほうをあごで示し、{by("その出身をあげつらう言葉を口にした。", "女性だからという決めつけで、見下す言葉を口にした。", "その若さをあざける言葉を口にした。")}） #act: customer.discriminate #mood: angry #t: +1
{cname}「{by("最初から代わってくれればよかったんだ。次からは、日本人の職員にやらせてくれ。", "最初から代わってくれればよかったのに。次からは、男の人に担当させてちょうだい。", "最初から代わってくれればよかったんだ。次からは、年のいった人にやらせてくれ。")}」 #act: customer.demand_special
（奥の席で、{xname}さんがうつむいたのが見えた。）
* [（奥の佐藤さんに目で合図して、隣に来て記録をとってもらう）「担当する職員は、市で決めております。お申し出には沿えません。それから、職員の{trait}についてのご発言は、おやめください。」 #act: staff.call_colleague #act: staff.refuse #act: staff.warn #t: +2]
    ~ helper = true
    -> colleague_joins("佐藤", "記録") ->
    -> warned
* [「担当する職員は、市で決めております。お申し出には沿えません。それから、職員の{trait}についてのご発言は、おやめください。」 #act: staff.refuse #act: staff.warn #t: +1]
    -> warned
* [「まあまあ……{xname}も一生懸命やっておりますので。」（場が荒れないよう、苦笑いして流す） #act: staff.listen #t: +1]
    -> laughed_along
* [「承知しました。次からは、そのようにいたします。」（これで収まるなら、それでいい） #act: staff.concede #t: +1]
    ~ swapped = true
    {cname}「{by("頼むよ。最初から、そうしてくれればいいんだ。", "頼むわよ。最初から、そうしてくれればいいのに。", "頼むよ。最初から、そうしてくれればいいんだ。")}」 #act: customer.calm #mood: calm
    -> explain_alone

=== warned ===
{cname}「{by("……ふん。最近は、何を言っても差別か。わかったよ。じゃあ、わかる日本語で説明してくれよ。", "……はいはい。じゃあ、ちゃんとわかるように説明してよね。女の人の説明って、ふわっとしてるから。", "……わかったよ。じゃあ、新人でもわかる範囲で、説明してもらおうか。")}」 #act: customer.discriminate #mood: irritated
* [「先ほど申し上げたとおり、職員の{trait}についてのご発言は、おやめください。次にあれば、本日の対応は終了いたします。」 #act: staff.final_warning #t: +1]
    {cname}「{by("……わかったよ。もう言わない。それより、保険料の話だ。", "……わかったわよ。もう言わない。それより、保険料の話よ。", "……わかったよ。もう言わない。それより、保険料の話だ。")}」 #act: customer.calm #mood: calm
    -> business
* [（これくらいなら、聞き流そう。せっかく落ち着いてきたのだから、話を蒸し返さないほうがいい）「それでは、ご説明いたします。」 #act: staff.explain #t: +1]
    ~ let_pass = true
    -> relapse

=== business ===
{alone:-> explain_alone}
* [「{xname}さん、ご説明をお願いします。」（担当の{xname}さんに説明してもらい、自分は隣で補う） #act: staff.explain #t: +5]
* [（また何か言われるといけない）「ここからは、私がご説明します。」（{xname}さんから説明を引き取る） #act: staff.explain #t: +5]
    ~ took_over = true
-
{took_over:（あなたが説明を始めると、{xname}さんは黙って手元の資料に目を落とした。）|（{xname}さんは一度深く息を吸って、落ち着いた声で説明を始めた。）}
（{by("佐久間さんの分は、所得の申告書がまだ市に届いていないため、保険料の軽減が判定できていなかった。申告書を出せば、保険料を計算し直せる。", "大森さんの夫のように会社の都合で退職した場合は、届け出をすれば保険料が軽くなる制度がある。雇用保険の書類を持って届け出れば、計算し直せる。", "保険料は前年の所得で計算されるため、今年の収入が減っても、すぐには反映されない。ただ、収入が大きく減った場合は、減免の相談ができる。")}）
{cname}「{by("……そうか。申告書を出せばいいんだな。", "……届け出をすればいいのね。わかったわ。", "……減免の相談ができるのか。じゃあ、書類を持ってまた来る。")}」 #act: customer.leave #mood: calm
（{cname}さんは、書類を受け取って帰っていった。）
~ outcome = "continued"
-> aftercare

=== explain_alone ===
（あなたは、通知と記録を見ながら説明した。{by("所得の申告書がまだ市に届いていないため、保険料の軽減が判定できていなかった。申告書を出せば、計算し直せる。", "会社の都合で退職した場合は、届け出をすれば保険料が軽くなる制度がある。雇用保険の書類を持って届け出れば、計算し直せる。", "保険料は前年の所得で計算されるため、今年の収入が減っても、すぐには反映されない。ただ、収入が大きく減った場合は、減免の相談ができる。")}） #t: +5
{cname}「{by("……そうか。申告書を出せばいいんだな。", "……届け出をすればいいのね。わかったわ。", "……減免の相談ができるのか。じゃあ、書類を持ってまた来る。")}」 #act: customer.leave #mood: calm
（{cname}さんは、書類を受け取って帰っていった。）
{swapped:
    ~ outcome = "swapped"
- else:
    ~ outcome = "continued"
}
-> aftercare

=== relapse ===
（{alone:あなた|{xname}さん}が説明を始めて間もなく、{cname}さんは、また{xname}さんの{trait}をあげつらう言葉を、今度はフロアに響く声で口にした。） #act: customer.discriminate #act: customer.shout #mood: angry #t: +2
-> escalate

=== laughed_along ===
~ laughed = true
{cname}「{by("だろう？ あんたは話がわかる。", "でしょう？ あなたは話がわかるわね。", "だろう？ あんたは話がわかる。")}」 #mood: calm
（{cname}さんは、それから{alone:奥の席の{xname}さんをちらちら見ながら|{xname}さんを前にして}、{xname}さんの{trait}についての話を30分近く続けた。あなたは、相づちを打つしかなかった。） #act: customer.discriminate #t: +30
{not alone:（{xname}さんは、うつむいたまま、ひと言も話さなかった。）}
* [「……申し訳ありませんが、職員の{trait}についてのご発言は、おやめください。担当を代えることもいたしません。」 #act: staff.warn #act: staff.refuse #t: +1]
    {cname}「{by("さっきまで笑って聞いてたじゃないか。今さら何だ。", "さっきまで笑って聞いてたじゃない。今さら何なの。", "さっきまで笑って聞いてたじゃないか。今さら何だ。")}」 #act: customer.discriminate #act: customer.shout #mood: angry
    -> escalate
* [（ここまで来たら、最後まで笑って流そう）「はあ……担当のことは、考えておきます。」 #act: staff.listen #act: staff.promise_vague #t: +15]
    {cname}「{by("頼むよ。次からは、日本人の職員にしてくれよ。", "頼むわね。次からは、男の人にしてちょうだいね。", "頼むよ。次からは、ちゃんとした年の人にしてくれよ。")}」 #act: customer.demand_special
    （{cname}さんは、手続きの話もそこそこに、満足そうに帰っていった。） #act: customer.leave #mood: calm
    ~ outcome = "dragged"
    -> aftercare

=== lecture ===
~ lectured = true
{cname}「{by("なんだ、その言い方は！ 客に向かって説教か！", "何よ、その言い方は！ 客に向かって説教するつもり！", "なんだ、その言い方は！ 客に向かって説教か！")}」 #act: customer.shout #mood: threatening
（{cname}さんは、{xname}さんの{trait}をあげつらう言葉を、さらに大きな声で繰り返した。） #act: customer.discriminate
{xname}「主任、私は大丈夫ですから……。」
（{xname}さんが、小さな声で言った。）
-> escalate

=== escalate ===
（待合の人たちが、こちらを振り返っている。）
* [「齟齬がないよう、ここからのやり取りは記録させていただきます。職員の{trait}についてのご発言をやめていただけないのであれば、本日の対応は終了いたします。」 #act: staff.announce_recording #act: staff.final_warning #t: +1]
    ~ recorded = true
    {cname}「{by("記録でも何でもしろ。本当のことを言って、何が悪い。", "記録でも何でもすればいいでしょう。本当のことを言って、何が悪いの。", "記録でも何でもしろ。本当のことを言って、何が悪い。")}」 #act: customer.discriminate #mood: angry
* [（聞こえなかったことにして、説明を続ける）「保険料の計算ですが……」 #act: staff.explain #t: +10]
    （説明のあいだも、{cname}さんは{xname}さんについての言葉をやめなかった。） #act: customer.discriminate
-
* [（奥の席の遠藤係長に目で合図して窓口に来てもらい、小声で経緯を報告して、対応を終えるかどうかの判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +2]
    -> boss_ends
* [「再三お願いしてもおやめいただけませんので、本日の対応はここで終了いたします。お引き取りください。」（自分の判断で打ち切る） #act: staff.end_response #t: +1]
    {lectured:-> sit_in}
    {cname}「{by("こんな役所、二度と来るか。", "もういいわ。こんな役所、二度と来ない。", "こんな役所、二度と来るか。")}」 #act: customer.leave #mood: angry
    （{cname}さんは、カウンターを離れていった。）
    ~ outcome = "ended"
    -> aftercare
* [（これ以上、{xname}さんに聞かせたくない）「{xname}さん、奥に下がっていて。」（{xname}さんを下がらせ、あとは一人で、相づちを打って帰るのを待つ） #act: staff.concede #act: staff.listen #t: +5]
    ~ sent_back = true
    （{xname}さんが奥の席へ下がると、{cname}さんは「{by("最初から、そうすればいいんだ", "最初から、そうすればよかったのよ", "最初から、そうすればいいんだ")}」と言った。それから30分以上、同じような言葉を繰り返し、ようやく帰っていった。） #act: customer.discriminate #t: +30
    {cname}「{by("今日はこれくらいにしておいてやる。", "今日はもういいわ。", "今日はこれくらいにしておいてやる。")}」 #act: customer.leave
    ~ outcome = "dragged"
    -> aftercare

=== boss_ends ===
~ boss_ended = true
遠藤係長が窓口に来た。 #who: manager
（あなたが小声で経緯を伝えると、遠藤係長はうなずき、{cname}さんの前に立った。）
遠藤係長「係長の遠藤です。経緯は担当から聞きました。職員の{trait}についてのご発言は、これまで何度もおやめくださいとお願いしてきましたが、おやめいただけません。本日の対応は、これで終了いたします。」 #act: staff.end_response
遠藤係長「保険料の計算と、軽減や減免のご相談については、こちらの案内をお持ちください。改めてお越しいただければ、担当の{xname}がお受けします。」 #t: +2
* [（係長に前を任せて一歩下がり、{xname}さんの隣で、やり取りの時刻と言葉を記録する） #act: staff.keep_distance #act: staff.take_notes #t: +1]
* [（係長の横から身を乗り出して）「{xname}さんに謝ってください。このままお帰しするわけにはいきません。」 #act: staff.retort #t: +1]
    ~ pressed = true
    {cname}「{by("謝れだと？ 役所が客に謝らせるのか！", "謝れ？ 役所が客に謝らせるつもり！", "謝れだと？ 役所が客に謝らせるのか！")}」 #act: customer.shout #mood: threatening
    遠藤係長「（あなたを手で制して）本日の対応は終了です。お引き取りください。」 #t: +1
-
{cname}「{by("……ふん。こんな役所、二度と来るか。", "……もういいわ。案内だけもらっていく。", "……わかったよ。今日は帰る。")}」 #act: customer.leave #mood: irritated
（{cname}さんは案内の紙をつかんで、カウンターを離れていった。）
~ outcome = "ended_boss"
-> aftercare

=== sit_in ===
{cname}「{by("説教しておいて、追い返す気か。そっちが謝るまで、ここを動かないぞ。", "説教しておいて、追い返すつもり？ そっちが謝るまで、ここを動かないから。", "説教しておいて、追い返す気か。そっちが謝るまで、ここを動かないぞ。")}」 #act: customer.sit_in #mood: threatening
-> exit_sequence(cname, "庁舎管理規則", "市役所保険年金課", true) ->
{
- exit_result == "police" or exit_result == "early_police":
    ~ outcome = "exit_police"
- exit_result == "left":
    ~ outcome = "ended"
- else:
    ~ outcome = "waited"
}
-> aftercare

=== swapped_scene ===
~ swapped = true
（{xname}さんは小さく「失礼します」と言って、奥の席に戻った。代わりに、50代の男性職員の佐藤さんが窓口に来た。） #who: colleague
{cname}「{by("最初から、こうしてくれればいいんだ。", "最初から、こうしてくれればよかったのよ。", "最初から、こうしてくれればいいんだ。")}」 #act: customer.calm #mood: calm
（佐藤さんは、{xname}さんが確かめていた記録をもとに説明した。{cname}さんは、書類を受け取って帰っていった。） #act: customer.leave #t: +5
~ outcome = "swapped"
-> aftercare

=== aftercare ===
（{cname}さんが帰ったあと、{xname}さんは{alone or swapped:奥の席で|自分の席で}、黙って書類を片づけていた。）
* [（遠藤係長に経過を報告し、対応記録にまとめる。{xname}さんにも声をかけ、つらければ相談窓口も使えることを伝える） #act: staff.report_supervisor #act: staff.file_report #act: staff.seek_support #t: +15]
    ~ reported = true
    ~ cared = true
* [（遠藤係長に報告して、対応記録にまとめる。{xname}さんには、そっとしておくのがいいだろう） #act: staff.report_supervisor #act: staff.file_report #t: +10]
    ~ reported = true
* [（{xname}さんに「気にしないで。ああいう人もいるから」とだけ声をかけて、報告はしない） #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{cared and not swapped and not alone and not took_over and not laughed:
    {xname}「ありがとうございます。……担当を代えずに、隣にいてくださって、心強かったです。」
}
{cared and swapped:
    {xname}「ありがとうございます。……でも、私が担当から外されたのは、{trait}のせいですよね。」
    （{xname}さんの言葉に、あなたは返事ができなかった。）
}
{cared and took_over and not swapped:
    {xname}「ありがとうございます。説明を引き取ってくださったのは、かばうためですよね。……でも、最後まで自分で説明したかったです。」
}
{cared and alone and not swapped:
    {xname}「ありがとうございます。……急に代わられたので、私の説明がだめだったのかなと思っていました。」
}
{cared and laughed and not swapped and not alone:
    {xname}「……あのとき、主任も笑っていましたよね。」
    （{xname}さんは、それ以上は何も言わなかった。）
}
{reported:
    遠藤係長「報告ありがとう。課として記録して、次に{cname}さんが来たときの対応を決めておくね。」
}
{reported and swapped:
    遠藤係長「差別的な理由で担当を代えてほしいという要求には、応じないでいい。担当は市が決める。代えてしまうと、{xname}さんを{trait}で外したことになってしまうんだ。」
}
{reported and took_over and not swapped:
    遠藤係長「かばいたい気持ちはわかる。でも、説明まで引き取ると、{xname}さんを担当から外したのと同じに見えてしまう。担当は{xname}さんのまま、隣で支えよう。」
}
{reported and alone and not swapped:
    遠藤係長「最初に『代わるね』と{xname}さんを下げたことで、{xname}さんは外されたと感じたかもしれない。困っている後輩がいたら、隣に座って一緒に対応しよう。」
}
{reported and laughed:
    遠藤係長「場を荒らしたくない気持ちはわかる。でも、笑って流すと、言ってもいいと受け取られてしまう。発言のたびに、やめてくださいとはっきり伝えよう。」
}
{reported and laughed and outcome == "dragged":
    遠藤係長「それに、担当のことを『考えておきます』と答えたね。そう言うと、次は担当を代えてもらえると受け取られてしまう。担当は市が決めるものだから、代えないとはっきり伝えよう。」
}
{reported and boss_ended:
    遠藤係長「何度やめるよう伝えても続いたから、終わりにするかどうかを相談してくれたね。対応を終えるのは、組織の判断でいい。その場で一人で決めなくていいんだよ。」
}
{reported and pressed:
    遠藤係長「{xname}さんのために怒ってくれたのは、わかる。でも、対応を終えると伝えたあとに詰め寄ると、また一から揉めてしまう。終えると決めたら、下がって記録に回ろう。」
}
{reported and lectured:
    遠藤係長「怒るのは当然だよ。でも、説教すると相手はかえって意地になる。『その発言はおやめください』と短く伝えて、やめなければ対応を終える。それで十分なんだ。」
}
{reported and sent_back:
    遠藤係長「{xname}さんをかばって下がらせたんだね。でも、それでは相手の『代えろ』という要求に応じたのと同じになってしまう。最終通告までしたのなら、私に報告して、対応を終えればよかったんだ。」
}
{reported and let_pass:
    遠藤係長「二度目の言葉を聞き流したあと、もっとひどい言葉が出てきたね。聞き流すと、許されたと受け取られやすい。発言のたびに、やめるよう伝えていいんだ。」
}
{reported and premature:
    遠藤係長「最初は、保険料がわからないという、まっとうな質問だったよね。その段階で注意すると、相手は責められたと感じてしまう。まずは話を聴こう。」
}
{reported and alone and not helper:
    遠藤係長「一人で抱え込まないで。窓口で様子がおかしくなったら、周りの職員を呼んで、二人以上で対応しよう。」
}
{not reported:
    （この日のことは、課の記録に残らなかった。{cname}さんが次に来たとき、誰も経緯を知らなかった。）
}
{not cared:
    （その日、{xname}さんは昼休みにも席を立たず、誰とも話さなかった。）
}
{
- outcome == "continued":
    差別的な発言をやめるようはっきり伝え、担当は代えずに、発言がやんだところで手続きの説明を続けた。 #ending: continued
    -> END
- outcome == "ended_boss":
    やめるよう伝えても差別的な発言が続いたため、遠藤係長に報告し、係長が対応の終了を告げて、{cname}さんは帰っていった。 #ending: ended_by_supervisor
    -> END
- outcome == "ended":
    やめるよう伝えても差別的な発言が続いたため、係長に諮らず自分の判断で対応を終了し、{cname}さんは帰っていった。 #ending: ended_response
    -> END
- outcome == "exit_police":
    {exit_result == "early_police":退去を命じる前に通報したため、手順を飛ばした形で、警察官の到着を待って{cname}さんは帰っていった。|退去を命じても動かなかったため警察に通報し、{cname}さんは警察官に付き添われて庁舎を出た。} #ending: exit_police
    -> END
- outcome == "swapped":
    差別的な理由で担当を代えてほしいという要求に応じたため、{cname}さんは満足して帰ったが、{xname}さんは{trait}を理由に窓口から外された。 #ending: swapped
    -> END
- outcome == "waited":
    退去を命じても居座る相手を、警察に通報しないまま1時間近く待ち続け、窓口の業務が止まった。 #ending: waited_out
    -> END
- else:
    差別的な発言を止められないまま長い時間が過ぎ、{xname}さんは{sent_back:窓口から外され、|}傷ついたまま取り残された。 #ending: dragged_on
    -> END
}

=== function by(a, b, c) ===
// 差別の種類（v）ごとの言い回し
{
- v == 1:
    ~ return a
- v == 2:
    ~ return b
- else:
    ~ return c
}
