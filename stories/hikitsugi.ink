// 係長の席：40分続く窓口を引き継ぐ — 介護保険課・介護保険係の窓口（南陽市カスタマーハラスメント対策マニュアル）
// 6(1)⑤ 対応者を代わる、6(2)⑤ 相手に再度説明させない、7(1)【対面の場合】②③、7(2)①〜④、8(2)①
// あなたは介護保険係長。所管課長は議会の委員会に出ていて不在なので、7(1)②「課長が不在の場合は、補佐または係長が対応する」により、
// 係長が対応を代わり、対応の中止は課長補佐と二人で判断する（7(2)①「対応の中止は所管課長を含めた複数名で判断する」）。
// 相談者（3人のうち1人を起動時に選ぶ）：要介護認定の結果（要介護1）に納得できず、今日中に変えるよう40分求め続けている家族。
// 認定は介護認定審査会の判定によるもので、窓口で変えることはできない。できること：状態が変わっていれば区分変更の申請（その場で受け付けられる）、
// 結果に不服があれば県の介護保険審査会への審査請求、当面の介護の困りごとはケアマネジャーと地域包括支援センターへつなぐこと。

VAR persona = 0
VAR cname = ""        // 相手の名字
VAR junior = ""       // 窓口で対応していた職員
VAR cared = ""        // 介護している家族（職員の呼び方）
VAR cold = false      // 相手にもう一度説明させた
VAR pushed = false    // 「もう少し頑張って」と担当を窓口に戻した
VAR hope = false      // 期待を持たせた
VAR warned = false    // 大声をやめるよう警告した
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
{cname}「{pick("ですから、今日中に認定を変えてくださいって、さっきから言ってるんです！", "だから、今日中に変えろって言ってるんですよ！ 何回言わせるんですか！", "だから、今日のうちに直してちょうだいって言ってるの！")}」 #act: customer.shout #act: customer.repeat #mood: angry
{junior}さんが、青い顔で奥の席まで来た。 #who: colleague
{junior}「係長、すみません。{cname}さんという方が、{cared}の要介護認定が要介護1だったのは間違いだから今日中に3に変えてほしい、と。もう40分になります。認定は審査会の判定なので窓口では変えられない、とは何度かお伝えしたんですが……。『あなたじゃ話にならない』と言われて、手が震えてしまって。」 #act: staff.report_supervisor #act: staff.distressed #t: +1
（{junior}さんは{pick("4月に入ったばかりの新任", "2年目", "4月に入ったばかりの新任")}だ。窓口のほうを見ると、{cname}さんは、カウンターに両手をついてこちらをにらんでいる。）
* [「わかった。代わるから、経緯を2分で教えて。何を求めていて、何をどう説明したか。」（聞き取ってから、{junior}さんと窓口へ行く） #act: staff.listen #t: +2]
    {junior}「はい。{pick("お母様は先月から夜中に何度も起きるようになって、石川さんはパートを休んで介護されているそうです。", "お父様が退院してから、大友さんがお一人で介護されていて、仕事も休みがちだそうです。", "ご主人が認知症で、佐久間さんがお一人で介護されていて、夜も眠れないそうです。")}要介護1ではデイサービスの回数が足りない、調査のとき本人が元気そうに振る舞っただけだ、と。審査会で決まることと、不服があれば審査請求ができることはお伝えしました。」
    -> counter
* [（経緯を聞く時間が惜しい。すぐ窓口へ出て、本人から直接聞こう） #act: staff.listen #t: +1]
    ~ cold = true
    -> counter
* [「ごめん、いま手が離せない。30分を過ぎたらまた声をかけて。もう少しだけ頑張ってみて。」 #act: staff.dismiss_staff #t: +1]
    ~ pushed = true
    -> pushed_back

=== pushed_back ===
{junior}さんは、うなずいて窓口へ戻っていった。
（書類に目を戻したが、窓口の声は大きくなるばかりだ。） #t: +10
{cname}「{pick("だから、あなたじゃ話にならないって言ってるでしょう！ 上の人を呼んできて！", "話にならない！ 上の人を出してくださいよ！", "あなたじゃわからないのよ！ 上の人を呼んでちょうだい！")}」 #act: customer.shout #act: customer.demand_manager #mood: angry
（{junior}さんが、今にも泣き出しそうな顔でこちらを振り返った。待合の人たちも、こちらを見ている。）
* [（{junior}さんを呼び、経緯を手短に聞いてから、二人で窓口へ行く） #act: staff.listen #t: +2]
    -> counter
* [（すぐに窓口へ出て、本人から話を聞き直す） #act: staff.listen #t: +1]
    ~ cold = true
    -> counter

=== counter ===
あなたは{junior}さんと窓口に立った。{junior}さんは一歩下がり、メモを取り始めた。 #act: staff.take_notes
* {not cold} [「介護保険係長の{me()}と申します。担当の{junior}から経緯は伺いました。{cared}の認定が要介護1と出て、夜も目が離せないのにデイサービスの回数が足りない、調査のときの様子だけで決められたのは納得できない、ということですね。」 #act: staff.escalate_manager #act: staff.brief_handover #act: staff.paraphrase #t: +3]
    {cname}「{pick("……そうです。わかってるなら、早く変えてください。", "……そうですよ。わかってるなら話は早い。今日中に変えてくださいよ。", "……そうなのよ。わかってるなら、直してちょうだい。")}」 #act: customer.demand_special #mood: irritated
* {cold} [「介護保険係長の{me()}と申します。恐れ入りますが、どういったご用件か、最初からお聞かせいただけますか。」 #act: staff.escalate_manager #act: staff.handover_cold #t: +2]
    {cname}「{pick("最初から？ 40分も話したのに、また一から話せって言うんですか！", "は？ 40分話したんですよ！ また最初からですか！", "また最初から話せって言うの？ もう40分も話したのよ！")}」 #act: customer.shout #mood: angry
    （{cname}さんは、同じ話をもう一度、最初から繰り返した。{junior}さんが後ろで小さくなっている。） #act: customer.repeat #act: customer.demand_special #t: +10
- -> answer

=== answer ===
* [「認定の結果を、この窓口で変えることはできません。ただ、{cared}のご様子が前より変わっているなら、区分変更の申請を今日ここで受け付けられます。結果にご納得いただけない場合は、県の介護保険審査会に審査請求をすることもできます。夜のご負担のことは、ケアマネジャーさんと地域包括支援センターにも、私から今日連絡します。」 #act: staff.refuse #act: staff.explain #t: +4]
    {cname}「{pick("申請なんかしたら、また1か月待つんでしょう。今日変えてって言ってるんです。", "申請？ また調査からやり直しでしょう。今日変えてくれって言ってるんですよ。", "申請したって、また待たされるんでしょう。今日直してって言ってるのよ。")}」 #act: customer.repeat #act: customer.shout #mood: angry
* [「お気持ちはよくわかります。審査会の委員に、上げていただけるよう私からお願いしてみます。」 #act: staff.promise_vague #t: +2]
    ~ hope = true
    {cname}「{pick("お願いしてくれるんですね。じゃあ、今日中に結果を電話してください。", "本当ですね？ じゃあ今日中に、3になったと電話をくださいよ。", "本当ね？ じゃあ今日のうちに、3にしたって電話をちょうだい。")}」 #act: customer.demand_special #mood: irritated
    -> promised
* [「要介護認定は、認定調査と主治医意見書に基づく介護認定審査会の二次判定による処分ですので、窓口での変更はできかねます。処分に不服がある場合は、介護保険法第183条に基づき審査請求をしていただくことになります。」 #act: staff.explain_jargon #act: staff.refuse #t: +2]
    {cname}「{pick("難しい言葉で、ごまかさないでください！ 今日変えてって言ってるんです！", "なにを言ってるのかわからないですよ！ 変えろって言ってるんです！", "何を言ってるのか、さっぱりわからないわよ！ 直してって言ってるの！")}」 #act: customer.repeat #act: customer.shout #mood: angry
- -> stalemate

=== promised ===
（{junior}さんが、驚いた顔であなたを見た。審査会の判定を、係長が頼んで変えられるはずがない。）
* [「申し訳ありません、いまの言い方は誤りでした。審査会の判定を私がお願いして変えることはできません。できるのは、区分変更の申請を今日受け付けることと、審査請求のご案内です。」 #act: staff.apologize_limited #act: staff.refuse #act: staff.explain #t: +3]
    ~ hope = false
    {cname}「{pick("いま、お願いしてみるって言ったじゃないですか！ 今日変えてください！", "さっき頼んでみるって言ったでしょう！ 今日変えてくださいよ！", "さっき、お願いしてみるって言ったじゃないの！ 今日直してちょうだい！")}」 #act: customer.repeat #act: customer.shout #mood: angry
    -> stalemate
* [「……はい。結果がわかりましたら、こちらからお電話します。」 #act: staff.promise_vague #t: +1]
    {cname}「{pick("約束ですからね。待ってますから。", "約束しましたからね。電話、待ってますよ。", "約束よ。待ってるからね。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "gave_in"
    -> afterwards

=== stalemate ===
（同じ求めが、言葉を変えて何度も繰り返される。{junior}さんのメモには、同じ言葉が並んでいく。） #act: customer.repeat #t: +5
{cname}「{pick("変えてくれるまで、帰りませんから！", "変えると言うまで、ここを動きませんからね！", "直してくれるまで、ここにいますからね！")}」 #act: customer.shout #mood: angry
* [「大きな声はお控えください。このままでは、お話を続けることができません。」（{junior}さんに記録を続けてもらい、奥の遠藤補佐のところへ行って経緯を伝え、対応の中止を二人で判断する） #act: staff.warn #act: staff.decide_together #t: +4]
    ~ warned = true
    （遠藤補佐は、{junior}さんのメモに目を通して言った。「組織としての回答は出ているし、できることも伝えてある。これ以上続けても変わらないね。中止しましょう。退去を求めても動かなければ、二人で最終警告まで。通報は{junior}さんにお願いしておく。」）
* [（もう十分だ。課長もいないし、自分の判断で終わりにしよう）「大きな声はお控えください。このままでは、お話を続けることができません。」 #act: staff.warn #act: staff.decide_alone #t: +1]
    ~ warned = true
    ~ alone = true
* [（ここで打ち切ったら、もっとこじれる。もう少し話を聞こう）「なるほど……夜も眠れないのですね。」 #act: staff.listen #t: +25]
    ~ late = true
    {cname}「{pick("わかってくれるなら、変えてください！", "わかるなら、変えてくださいよ！", "わかってくれるなら、直してちょうだい！")}」 #act: customer.repeat #act: customer.shout #t: +25
    （気がつくと、あなたが窓口に出てから1時間近くが過ぎていた。{junior}さんのメモは、同じ言葉で埋まっている。）
    * * [（遠藤補佐のところへ行って経緯を伝え、対応の中止を二人で判断する） #act: staff.decide_together #t: +3]
    * * [（これ以上は無理だ。自分の判断で終わりにしよう） #act: staff.decide_alone #t: +1]
        ~ alone = true
    - - -> ending_talk
- -> ending_talk

=== ending_talk ===
* [「これまでご説明したとおり、市としての回答は変わりません。これ以上お話を続けても同じですので、本日の対応はこれで終了させていただきます。区分変更の申請書と、審査請求のご案内はこちらです。」 #act: staff.end_response #act: staff.explain #t: +2]
* [「課長が戻りましたら、課長から改めてお電話させます。今日のところはお引き取りください。」 #act: staff.promise_vague #act: staff.end_response #t: +1]
    {cname}「{pick("課長さんなら変えられるんですね。じゃあ、電話を待ってます。", "課長なら変えられるんですね？ 電話、待ってますからね。", "課長さんなら直せるのね。じゃあ、電話を待ってるわ。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "put_off"
    -> afterwards
- {cname}「{pick("帰りません。変えてもらうまで、ここにいます。", "帰りませんよ。変えてもらうまで、ここを動きません。", "帰らないわよ。直してもらうまで、ここにいるから。")}」 #act: customer.sit_in #mood: angry
-> exit_order

=== exit_order ===
* [「庁舎管理規則第8条に基づき、庁舎からの退去を命じます。お引き取りください。」（間を置いて、もう一度はっきりと命じる） #act: staff.order_leave #t: +3]
    {cname}「{pick("命令って何ですか。帰らないと言ってるでしょう。", "命令？ 帰りませんよ。", "命令なんて言われても、帰らないわよ。")}」 #act: customer.sit_in
    {persona == 3: -> leaves_after_order}
    -> final_step
* [「これ以上居座るなら、警察を呼びます。」（{junior}さんに、すぐ110番するよう言う） #act: staff.call_police #t: +2]
    -> early_police
* [（退去を命じて騒ぎを大きくするより、諦めて帰るのを待とう） #act: staff.keep_distance #t: +5]
    -> waited

=== leaves_after_order ===
（{cname}さんは、しばらく黙ってカウンターの書類を見つめていた。） #t: +3
{cname}「……今日は帰るわ。でも、納得したわけじゃないからね。」
（{cname}さんは、区分変更の申請書と審査請求の案内を手に取り、窓口を離れた。） #act: customer.leave #mood: irritated
~ outcome = "left_after_order"
-> afterwards

=== final_step ===
（もう一度、間を置いて退去を命じた。{cname}さんは腕を組んだまま動かない。） #act: staff.order_leave #t: +3
* [「これが最後の警告です。退去していただけない場合は、警察に通報します。」 #act: staff.final_warning #t: +1]
    {cname}「{pick("どうぞ。呼べばいいじゃないですか。", "呼べばいいでしょう。動きませんから。", "呼べばいいじゃない。")}」 #act: customer.sit_in #mood: threatening
    * * [（{junior}さんに目で合図し、決めておいたとおり110番に通報してもらう） #act: staff.call_police #t: +2]
        -> police
    * * [（通報までは、やりすぎかもしれない。帰るのを待とう） #act: staff.keep_distance #t: +5]
        -> waited
* [（{junior}さんに、すぐ110番するよう言う） #act: staff.call_police #t: +2]
    ~ outcome = "police_no_final"
    -> police_arrive

=== police ===
~ outcome = "police"
-> police_arrive

=== police_arrive ===
（{junior}さんが、マニュアルの例にならって状況を伝えた。「市役所介護保険課の者です。窓口で、退去命令に応じていただけない事案が発生しました。相手方は1名、当方は職員2名が対応中です。事案解決の支援をお願いします。」） #t: +3
（しばらくして、警察官が二人到着した。あなたは、これまでの経緯と退去を求めた時刻を、{junior}さんのメモを見ながら説明した。） #t: +15
警察官が窓口に来た。 #who: police
警察官「市役所から退去を求められていますね。お話は外で伺いますから、一緒に出ましょう。」
{cname}さんは、警察官に付き添われて庁舎を出て行った。 #act: customer.leave #mood: irritated
-> afterwards

=== early_police ===
{cname}「{pick("警察？ 座って話しているだけなのに！", "警察ですか？ 話をしてるだけでしょう！", "警察ですって？ 話しているだけじゃないの！")}」 #act: customer.shout #mood: threatening
（しばらくして、警察官が到着した。） #t: +20
警察官が窓口に来た。 #who: police
警察官「市役所として、退去ははっきり求められましたか。まずは管理者の方から退去を命じていただくことになります。」
（退去命令も、最終警告も、まだしていなかった。）
{cname}さんは「こんな扱いは忘れませんから」と言い残して帰っていった。 #act: customer.leave #mood: irritated
~ outcome = "early_police"
-> afterwards

=== waited ===
（{cname}さんは座り続けた。窓口には順番を待つ人の列ができ、係の職員がその分の対応に追われた。） #act: customer.sit_in #t: +60
{cname}「{pick("……今日はもういいです。また来ますから。", "……今日は帰ります。また来ますよ。", "……今日はもう帰るわ。また来るからね。")}」 #act: customer.leave
~ outcome = "waited"
-> afterwards

=== afterwards ===
（窓口が静かになった。{junior}さんは自分の席で、メモを握ったまま動かずにいる。）
* [「{junior}さん、40分、よく一人で持ちこたえてくれました。呼んでくれて助かった。あなたの対応が悪かったわけじゃないし、報告したことで評価が下がることもない。つらさが残るようなら、総務課の職員係にメンタルケアの窓口があるから、遠慮なく使って。」（記録シートを二人でまとめ、総務課に報告し、係の朝礼で共有する） #act: staff.care_for_staff #act: staff.file_report #act: staff.report_somu #act: staff.share_in_section #t: +10]
    {junior}「……はい。ありがとうございます。次は、もっと早く声をかけます。」
* [「40分も引っ張らないで、もっと早く呼んでくれればよかったのに。」（記録シートは{junior}さんに書かせて、総務課に回す） #act: staff.dismiss_staff #act: staff.file_report #act: staff.report_somu #t: +5]
    {junior}「……すみませんでした。」（{junior}さんは、それきり黙ってしまった。）
* [「大変だったね。今日はもう気にしないで。総務課に上げると大ごとになるから、この件は係の中で収めておこう。」 #act: staff.care_for_staff #act: staff.keep_in_section #t: +3]
    {junior}「……はい。」
- -> ending

=== ending ===
{
- (outcome == "police" or outcome == "left_after_order") and alone:
    （段階を踏んで退去を求めたが、対応の中止を補佐に諮らず、自分一人で決めた。） #ending: decided_alone
    -> END
- (outcome == "police" or outcome == "left_after_order") and late:
    （退去命令までの段階は踏んだが、窓口に出てからさらに1時間近く同じ話を聞き続け、警告もしないまま終えた。） #ending: ended_late
    -> END
- outcome == "police":
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
    （審査会の判定を変えられるかのような約束をして、その場を収めた。{cname}さんは今日中の電話を待っている。） #ending: gave_in
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
