// 係長の席：40分続く窓口を引き継ぐ — 介護保険課・介護保険係の窓口（南陽市カスタマーハラスメント対策マニュアル）
// 6(1)⑤ 対応者を代わる、6(2)⑤ 相手に再度説明させない、7(1)【対面の場合】②③、7(2)①〜④、8(2)①
// あなたは介護保険係長。所管課長は議会の委員会に出ていて不在なので、7(1)②「課長が不在の場合は、補佐または係長が対応する」により係長が対応を代わる。
// 対応の中止は 7(2)①「所管課長を含めた複数名で判断する」：窓口に出てきた課長補佐と判断し、委員会の休憩中の課長に議会事務局経由で一報して了解を得る。
// 相談者（3人のうち1人を起動時に選ぶ）：要介護認定の結果（要介護1）に納得できず、今日中に変えるよう40分求め続けている家族。
// 認定は介護認定審査会の判定によるもので、窓口で変えることはできない。できること：状態が変わっていれば区分変更の申請（その場で受け付けられ、
// 認定は申請日にさかのぼるので、ケアマネジャーと暫定のプランを組めば今日から使い始められる。軽く出れば限度額を超えた分は自己負担になる）、
// 結果に不服があれば県の介護保険審査会への審査請求（3か月以内、裁決まで数か月）、当面の介護の困りごとは担当のケアマネジャーへ（本人の同意を得て）つなぐこと。

VAR persona = 0
VAR cname = ""        // 相手の名字
VAR junior = ""       // 窓口で対応していた職員
VAR cared = ""        // 介護している家族（職員の呼び方）
VAR cold = false      // 相手にもう一度説明させた
VAR pushed = false    // 「もう少し頑張って」と担当を窓口に戻した
VAR alone = false     // 補佐に諮らず一人で中止を決めた
VAR late = false      // 堂々巡りをさらに聞き続けた
VAR outcome = ""
VAR clock = 0         // 経過時間（分）。ゲームが各行の前に設定する

-> start

=== start ===
~ persona = RANDOM(1, 3)
{ persona:
- 1:
    ~ cname = "石川"
    ~ junior = "高田"
    ~ cared = "お母様"
- 2:
    ~ cname = "大友"
    ~ junior = "村井"
    ~ cared = "お父様"
- else:
    ~ cname = "佐久間"
    ~ junior = "早坂"
    ~ cared = "ご主人"
}
-> opening

=== opening ===
火曜日の午前。市役所一階、介護保険課の窓口。
あなたは介護保険係の係長として、奥の席で決裁の書類を見ている。菅野課長は、議会の委員会に出ていて夕方まで戻らない。
カウンターの向こうから、{pick("50代くらいの女性", "40代くらいの男性", "70代くらいの女性")}の声が聞こえてきた。 #look: {persona == 1: woman_50s|{persona == 2: man_40s|woman_70s}}
{cname}「{pick("ですから、今日中に認定を変えてくださいって、さっきから言ってるんです！", "だから、今日中に変えろって言ってるんですよ！ 何回言わせるんですか！", "だから、今日のうちに直してくださいって言ってるんです！")}」 #act: customer.shout #act: customer.repeat #mood: angry
{junior}さんが、青い顔で奥の席まで来た。 #who: colleague
{junior}「係長、すみません。{cname}さんという方が、{cared}の要介護認定が要介護1だったのは間違いだから今日中に3に変えてほしい、と。もう40分になります。認定は審査会の判定なので窓口では変えられない、とは何度かお伝えしたんですが……。『あなたじゃ話にならない』と言われて、手が震えてしまって。」 #act: staff.report_supervisor #act: staff.distressed #t: +1
（{junior}さんは{pick("4月に入ったばかりの新任", "2年目", "4月に入ったばかりの新任")}だ。窓口のほうを見ると、{cname}さんは、カウンターに両手をついてこちらをにらんでいる。）
* [「わかった、代わる。経緯を2分で教えて。何を求めていて、どう説明したか。」「窓口では横で記録をお願い。」（聞き取ってから、{junior}さんと窓口へ） #act: staff.brief_handover #act: staff.assign_roles #t: +2]
    {junior}「はい。{pick("お母様は先月から夜中に何度も起きるようになって、石川さんはパートを休んで介護されているそうです。", "お父様が退院してから、大友さんがお一人で介護されていて、仕事も休みがちだそうです。", "ご主人が認知症で、佐久間さんがお一人で介護されていて、夜も眠れないそうです。")}要介護1ではデイサービスの回数が足りない、調査のとき本人が元気そうに振る舞っただけだ、と。審査会で決まることと、不服があれば審査請求ができることはお伝えしました。」
    -> counter
* [「私が出るから、横で記録をお願い。」（経緯を聞いている時間が惜しい。待たせるほど怒らせてしまうから、すぐ窓口へ出て、本人に最初から話してもらおう） #act: staff.assign_roles #act: staff.handover_cold #t: +1]
    ~ cold = true
    -> counter
* [「ごめん、いま手が離せない。30分を過ぎたら、また声をかけて。大変だと思うけど、もう少しだけ頑張ってみて。何かあったら、すぐ行くから。」 #act: staff.dismiss_staff #t: +1]
    ~ pushed = true
    -> pushed_back

=== pushed_back ===
{junior}さんは、うなずいて窓口へ戻っていった。
（書類に目を戻したが、窓口の声は大きくなるばかりだ。） #t: +10
{cname}「{pick("だから、あなたじゃ話にならないって言ってるでしょう！ 上の人を呼んできて！", "話にならない！ 上の人を出してくださいよ！", "あなたじゃわからないんです！ 上の人を呼んでください！")}」 #act: customer.shout #act: customer.demand_manager #mood: angry
（{junior}さんが、今にも泣き出しそうな顔でこちらを振り返った。待合の人たちも、こちらを見ている。）
* [（{junior}さんを呼び、経緯を手短に聞いて記録を頼み、二人で窓口へ行く） #act: staff.brief_handover #act: staff.assign_roles #t: +2]
    -> counter
* [（すぐに窓口へ出て、{junior}さんには記録を頼み、本人に最初から話してもらう） #act: staff.assign_roles #act: staff.handover_cold #t: +1]
    ~ cold = true
    -> counter

=== counter ===
あなたは{junior}さんと窓口に立った。{junior}さんは一歩下がり、メモを取り始めた。 #act: staff.take_notes
{cold: -> counter_cold}
* [「介護保険係長の{me()}です。長くお待たせして申し訳ありません。経緯は{junior}から聞いております。{cared}が要介護1と出て、夜も目が離せないのにデイサービスの回数が足りない、調査のときの様子だけで決められたのは納得できない、ということですね。いま、{cared}はどなたがみていらっしゃいますか。」 #act: staff.paraphrase #act: staff.escalate_manager #act: staff.brief_handover #t: +3]
    {cname}「{pick("……いまは近所の叔母に頼んできました。わかってるなら、早く変えてください。", "……父は今、ショートステイです。今日までなんですよ。わかってるなら、今日中に変えてください。", "……主人は、娘が昼休みに見に来てくれています。わかってるなら、直してください。")}」 #act: customer.demand_special #mood: irritated
* [「介護保険係長の{me()}と申します。担当の{junior}から聞いております。ご不満はごもっともかと思いますが、認定は審査会が決めることですので、窓口では変えられません。これは{junior}が申し上げたとおりで、係長の私が出ても同じです。」 #act: staff.refuse #act: staff.escalate_manager #act: staff.brief_handover #t: +2]
    {cname}「{pick("聞いたって、私の話は聞いてないじゃないですか！ とにかく今日中に変えてください！", "聞いた？ こっちの話は何も聞いてないでしょう！ 今日中に変えてくださいよ！", "聞いたって、私の話は聞いてないじゃないですか！ 直してください！")}」 #act: customer.shout #act: customer.repeat #act: customer.demand_special #mood: angry
- -> answer

=== counter_cold ===
あなた「介護保険係長の{me()}と申します。恐れ入りますが、どういったご用件か、最初からお聞かせいただけますか。」 #act: staff.escalate_manager #t: +2
{cname}「{pick("最初から？ 40分も話したのに、また一から話せって言うんですか！", "は？ 40分話したんですよ！ また最初からですか！", "また最初から話せって言うんですか？ もう40分も話したんです！")}」 #act: customer.shout #mood: angry
（{cname}さんは、同じ話をもう一度、最初から繰り返した。{junior}さんが後ろで小さくなっている。） #act: customer.repeat #act: customer.demand_special #t: +10
-> answer

=== answer ===
* [「認定の結果は、窓口では変えられません。今日できるのは区分変更の申請です。申請日にさかのぼるので、ケアマネジャーさんと仮のプランを組めば、今日からサービスを増やせます（軽く出れば、超えた分はご負担です）。結果にご不服なら、3か月以内に県へ審査請求もできます。」 #act: staff.refuse #act: staff.explain #t: +5]
    {cname}「{pick("仮のプランって、結局3にならなかったら自腹でしょう。今日変えてって言ってるんです。", "申請？ また調査からやり直しでしょう。今日変えてくれって言ってるんですよ。", "申請したって、また調査でしょう。もう、待てないんです……。")}」 #act: customer.repeat #act: customer.shout #mood: angry
* [「お気持ちは、本当によくわかります。夜も目が離せないのでは、ご家族も大変ですよね。区分変更を出していただければ、夜のご様子なら、たぶん3になりますよ。同じようなご様子の方で、3になった方は大勢いらっしゃいますから、まず大丈夫だと思います。お母様のためにも、どうかご安心ください。」 #act: staff.promise_vague #t: +2]
    {cname}「{pick("3になるんですね。じゃあ、今日のうちに3にしてください。", "3になるんですね？ じゃあ今日中に、3になったと電話をくださいよ。", "3になるの？ 本当に？ じゃあ今日のうちに、電話をください。")}」 #act: customer.demand_special #mood: irritated
    -> promised
* [「要介護認定は、認定調査と主治医意見書に基づく介護認定審査会の二次判定による処分ですので、窓口での変更はできかねます。処分に不服がある場合は、介護保険法第183条に基づき審査請求をしていただくことになります。」 #act: staff.explain_jargon #act: staff.refuse #t: +2]
    {cname}「{pick("難しい言葉で、ごまかさないでください！ 今日変えてって言ってるんです！", "なにを言ってるのかわからないですよ！ 変えろって言ってるんです！", "何を言ってるのか、わかりません！ 直してくださいって言ってるんです！")}」 #act: customer.repeat #act: customer.shout #mood: angry
- -> stalemate

=== promised ===
（{junior}さんが、驚いた顔であなたを見た。結果を決めるのは審査会で、係長が見込みを言えることではない。）
* [「申し訳ありません、いまの言い方は誤りでした。どの区分になるかは審査会が決めることで、私からはお約束できません。今日できるのは、区分変更の申請の受付と、審査請求のご案内です。」 #act: staff.apologize_limited #act: staff.refuse #act: staff.explain #t: +3]
    {cname}「{pick("いま、たぶん3になるって言ったじゃないですか！ 今日変えてください！", "さっき3になるって言ったでしょう！ 今日変えてくださいよ！", "さっき、たぶん3になるって言ったじゃないですか！ 今日直してください！")}」 #act: customer.repeat #act: customer.shout #mood: angry
    -> stalemate
* [「……はい。結果がわかりましたら、こちらからお電話します。」 #act: staff.promise_vague #t: +1]
    {cname}「{pick("約束ですからね。待ってますから。", "約束しましたからね。電話、待ってますよ。", "……約束ですよ。待ってますから。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "gave_in"
    -> afterwards

=== stalemate ===
（同じ求めが、言葉を変えて何度も繰り返される。{junior}さんのメモには、同じ言葉が並んでいく。） #act: customer.repeat #t: +5
{cname}「{pick("変えてくれるまで、帰りませんから！", "変えると言うまで、ここを動きませんからね！", "直してくれるまで、帰りません……！")}」 #act: customer.shout #mood: angry
* [「大きな声はお控えください。このままでは、お話を続けられません。」（窓口を離れず、遠藤補佐に経緯を伝えて、中止を二人で判断する。委員会の課長には補佐から一報してもらう） #act: staff.warn #act: staff.decide_together #t: +4]
    （遠藤補佐は、{junior}さんのメモに目を通して小声で言った。「回答は出ているし、今日できることも伝えてある。中止しましょう。課長には休憩に入ったところで伝わって、了解をもらった。退去を求めても動かなければ最終警告まで。通報は私がかける。」遠藤補佐は、あなたの隣に立った。）
* [（課長もいないし、補佐に相談している間も惜しい。自分の判断で終わりにしよう）「大きな声はお控えください。このままでは、お話を続けることができません。」 #act: staff.warn #act: staff.decide_alone #t: +1]
    ~ alone = true
* [（課長が戻るまで、どれだけかかっても聞き続けよう。ここで打ち切れば、また来られるだけだ）「なるほど……夜も眠れないのですね。それは本当にお疲れでしょう。」 #act: staff.listen #t: +25]
    ~ late = true
    {cname}「{pick("わかってくれるなら、変えてください！", "わかるなら、変えてくださいよ！", "わかってくれるなら、直してください！")}」 #act: customer.repeat #act: customer.shout #t: +25
    （気がつくと、あなたが窓口に出てから1時間近くが過ぎていた。{junior}さんのメモは、同じ言葉で埋まっている。）
    * * [（出てきた遠藤補佐に経緯を伝え、対応の中止を二人で判断する。課長には補佐から一報してもらう） #act: staff.decide_together #t: +3]
    * * [（これ以上は無理だ。自分の判断で終わりにしよう） #act: staff.decide_alone #t: +1]
        ~ alone = true
    - - -> ending_talk
- -> ending_talk

=== ending_talk ===
* [「ご説明したとおり、市としての回答は変わりません。本日の対応はここまでとします。区分変更の申請書と、審査請求のご案内はこちらです。」 #act: staff.end_response #act: staff.explain #t: +2]
* [「本日は課長が委員会に出ておりまして、あいにく不在にしております。課長が戻りましたら、今日のお話は私からきちんと伝えて、課長から改めてお電話させますので、今日のところはお引き取りいただけますでしょうか。」 #act: staff.promise_vague #act: staff.end_response #t: +1]
    {cname}「{pick("課長さんなら変えられるんですね。じゃあ、電話を待ってます。", "課長なら変えられるんですね？ 電話、待ってますからね。", "課長さんなら直せるんですね。じゃあ、電話を待ってます。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "put_off"
    -> afterwards
- {cname}「{pick("帰りません。変えてもらうまで、ここにいます。", "帰りませんよ。変えてもらうまで、ここを動きません。", "帰りません。直してもらうまで、ここにいます。")}」 #act: customer.sit_in #mood: angry
-> exit_order

=== exit_order ===
* [「庁舎管理規則第8条に基づき、退去を命じます。お引き取りください。」（間を置いて、もう一度命じる） #act: staff.order_leave #t: +3]
    {cname}「{pick("命令って何ですか。帰らないと言ってるでしょう。", "命令？ 帰りませんよ。", "命令なんて言われても……帰れません。")}」 #act: customer.sit_in
    {persona == 3: -> leaves_after_order}
    -> final_step
* [「これ以上居座るなら、警察を呼びますよ。こちらも、これ以上はお待ちできません。」（遠藤補佐に、すぐ110番してほしいと頼む） #act: staff.call_police #t: +2]
    -> early_police
* [（退去を命じて騒ぎを大きくするより、言いたいことを言えば気も済むだろう。諦めて帰るのを待とう） #act: staff.keep_distance #t: +5]
    -> waited

=== leaves_after_order ===
（{cname}さんは、しばらく黙ってカウンターの書類を見つめていた。） #t: +3
{cname}「……今日は帰ります。でも、納得したわけじゃありませんから。」
（{cname}さんは、区分変更の申請書と審査請求の案内を手に取り、窓口を離れた。） #act: customer.leave #mood: irritated
~ outcome = "left_after_order"
-> afterwards

=== final_step ===
（もう一度、間を置いて退去を命じた。{cname}さんは腕を組んだまま動かない。） #act: staff.order_leave #t: +3
* [「これが最後の警告です。退去していただけない場合は、警察に通報します。」 #act: staff.final_warning #t: +1]
    {cname}「{pick("どうぞ。呼べばいいじゃないですか。", "呼べばいいでしょう。動きませんから。", "呼べばいいじゃないですか。")}」 #act: customer.sit_in #mood: threatening
    * * [（遠藤補佐に目で合図し、決めておいたとおり110番に通報してもらう） #act: staff.call_police #t: +2]
        -> police
    * * [（通報までは、やりすぎかもしれない。介護で追い詰められている人だ。もう少しすれば、諦めて帰るだろう。帰るのを待とう） #act: staff.keep_distance #t: +5]
        -> waited
* [（最後の警告まで言う必要はない。これ以上長引かせないよう、遠藤補佐に、すぐ110番してほしいと頼む） #act: staff.call_police #t: +2]
    ~ outcome = "police_no_final"
    -> police_arrive

=== police ===
~ outcome = "police"
-> police_arrive

=== police_arrive ===
（遠藤補佐が状況を伝えた。「市役所介護保険課の遠藤です。窓口で、退去命令に応じていただけない事案が発生しました。相手方は1名、当方は職員3名が対応中です。退去を命じてから10分ほどたちますが、応じていただけません。支援をお願いします。」） #t: +3
（しばらくして、警察官が二人到着した。あなたは、これまでの経緯と退去を求めた時刻を、{junior}さんのメモを見ながら説明した。） #t: +15
警察官が窓口に来た。 #who: police
警察官「市役所から退去を求められていますね。お話は外で伺いますから、一緒に出ましょう。」
{cname}さんは、警察官に付き添われて庁舎を出て行った。 #act: customer.leave #mood: irritated
-> afterwards

=== early_police ===
{cname}「{pick("警察？ 座って話しているだけなのに！", "警察ですか？ 話をしてるだけでしょう！", "警察ですって？ 話しているだけなのに……！")}」 #act: customer.shout #mood: threatening
（しばらくして、警察官が到着した。） #t: +20
警察官が窓口に来た。 #who: police
警察官「市役所として、退去ははっきり求められましたか。まずは管理者の方から退去を命じていただくことになります。」
（退去命令も、最終警告も、まだしていなかった。）
{cname}さんは「こんな扱いは忘れませんから」と言い残して帰っていった。 #act: customer.leave #mood: irritated
~ outcome = "early_police"
-> afterwards

=== waited ===
（{cname}さんは座り続けた。窓口には順番を待つ人の列ができ、係の職員がその分の対応に追われた。） #act: customer.sit_in #t: +60
{cname}「{pick("……今日はもういいです。また来ますから。", "……今日は帰ります。また来ますよ。", "……今日はもう帰ります。また来ますから。")}」 #act: customer.leave
~ outcome = "waited"
-> afterwards

=== afterwards ===
（窓口が静かになった。{junior}さんは自分の席で、メモを握ったまま動かずにいる。）
* [「{junior}さん、一人にしてしまってごめん。声が大きくなったら、30分を待たずに呼んでいい。私ももっと早く出るべきだった。あなたの対応が悪かったわけじゃないし、報告で評価が下がることもない。つらければ、総務課の職員係の窓口も使って。」（記録シートとチェックリストをまとめて課長と総務課に報告し、名前を伏せて係で共有する。ケアマネジャーにも同意の範囲で伝える） #act: staff.care_for_staff #act: staff.file_report #act: staff.report_somu #act: staff.share_in_section #t: +10]
    {junior}「……はい。ありがとうございます。次は、もっと早く声をかけます。」
* [「40分も引っ張らないで、もっと早く呼んでくれればよかったのに。」（記録シートは{junior}さんに書かせて、総務課に回す） #act: staff.dismiss_staff #act: staff.file_report #act: staff.report_somu #t: +5]
    {junior}「……すみませんでした。」（{junior}さんは、それきり黙ってしまった。）
* [「大変だったね。今日はもう気にしないで、早めに帰って休んで。総務課に上げると、報告書だ聞き取りだと大ごとになって、{junior}さんもかえってつらくなるから、この件は係の中で収めておこう。」 #act: staff.care_for_staff #act: staff.keep_in_section #t: +3]
    {junior}「……はい。」
- -> ending

=== ending ===
{
- (outcome == "police" or outcome == "left_after_order") and alone:
    （段階を踏んで退去を求めたが、対応の中止を補佐に諮らず、自分一人で決めた。） #ending: decided_alone
    -> END
- (outcome == "police" or outcome == "left_after_order") and late:
    （退去命令までの段階は踏んだが、窓口に出てから1時間近く同じ話を聞き続け、警告もしないまま終えた。） #ending: ended_late
    -> END
- outcome == "police":
    {pushed: （{junior}さんは、一度窓口に戻されてからの10分がいちばんつらかったと、あとで話した。）}
    {cold: （ただ、{cname}さんは同じ話を二度させられたことを、警察官にも繰り返し訴えていた。）}
    （補佐と二人で対応の中止を決め、対応の終了、退去命令、最終警告と段階を踏み、応じなかったので警察に通報した。） #ending: police_after_steps
    -> END
- outcome == "left_after_order":
    （補佐と判断して対応を終え、退去を命じると、{cname}さんは申請の書類を持って帰っていった。） #ending: left_after_order
    -> END
- outcome == "police_no_final":
    （退去を命じたが、最終警告をしないまま警察を呼んだ。） #ending: police_no_final
    -> END
- outcome == "early_police":
    （退去命令も最終警告もないまま、座っているだけの相手に警察を呼んだ。） #ending: early_police
    -> END
- outcome == "waited":
    （退去を求めきれず、通報もしないまま1時間以上、窓口が止まった。） #ending: waited_out
    -> END
- outcome == "put_off":
    （不在の課長なら変えられるかのように言って、その場を収めた。{cname}さんは課長からの電話を待っている。） #ending: put_off
    -> END
- else:
    （どの区分になるかを係長が見込みで約束して、その場を収めた。{cname}さんは今日中の電話を待っている。） #ending: gave_in
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

=== function me() ===
// 係長（あなた）の名乗り
~ return "菊地"
