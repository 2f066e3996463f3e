// 共通：居座りへの退去命令と警察通報（庁舎内）。退去命令は組織の判断：担当は課長に報告し、課長が命じる。
// 奥州市マニュアル（案）第1 3（判断を組織的に）、第3 2(3)ア・イ、第4 1(1)④⑤、第4 3(2)；
// 南陽市マニュアル 7(1)③（所管課長が対応の中止を伝え、警告の上、退去を命令）、7(2)①〜④（複数名で判断、退去命令を繰り返し、最終警告、通報）
//
// 使い方（トンネル）：
//   -> exit_sequence("菅原", "奥州市庁舎等管理規則第９条", "奥州市役所税務課", true) ->
//   {exit_result == "police": ...}
// who: 相手の呼び名、rule: 退去命令の根拠、office: 通報で名乗る部署、stubborn: 退去命令後も居座るか
// （引数の名前は ex_ で始まる：物語の VAR と名前がぶつからないように）
// 戻ったとき exit_result は次のいずれか：
//   "left"          退去命令に応じて帰った
//   "police"        警告・退去命令・通報の告知を経て通報し、警察官が到着した
//   "early_police"  退去命令の前に通報した（過剰対応）
//   "waited"        通報せずに待ち続けた
// exit_by_manager は、退去命令を課長が出したとき true（担当が自分の判断で命じたときは false）。

VAR exit_result = ""
VAR exit_by_manager = false

=== exit_sequence(ex_who, ex_rule, ex_office, ex_stubborn) ===
（{ex_who}さんは、その場から動こうとしない。待合の人たちが、遠巻きにこちらを見ている。）
* [「お答えは変わりませんので、お引き取りください。」（間隔を空けて、もう一度はっきりと退去を求める） #act: staff.warn #t: +3]
    {ex_who}「{~帰りません。話は終わっていません。|ですから、帰らないと言っているんです。|帰るわけにはいかない。}」 #act: customer.sit_in
    （間を置いてもう一度お願いしたが、{ex_who}さんは動かない。） #act: staff.warn #t: +3
* [「これ以上居座るなら、警察を呼びますよ。」（そのまま受話器を取る） #act: staff.call_police #t: +2]
    -> early_police(ex_who)
* [（騒ぎを大きくしたくない。少し離れて、帰るのを待とう） #act: staff.keep_distance #t: +5]
    -> wait_out(ex_who)
- 
* [（窓口を離れず、課長に目で合図して来てもらい、経緯を報告して退去命令の判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +3]
    ~ exit_by_manager = true
    課長が窓口に来た。 #who: manager
    （あなたが小声で経緯を伝えると、課長はうなずき、{ex_who}さんの前に立った。あなたは一歩下がり、やり取りの時刻と言葉を書き留める。）
    課長「この課の課長です。経緯は担当から聞いております。市としての回答は担当がお伝えしたとおりで、これ以上お話を続けても変わりません。本日の対応はこれで終了いたします。」 #act: staff.end_response
    課長「{ex_rule}に基づき、庁舎からの退去を命じます。退去していただけない場合は、警察に通報します。」 #act: staff.order_leave #act: staff.final_warning #t: +2
* [「{ex_rule}に基づき、庁舎からの退去を命じます。お引き取りいただけない場合は、警察に通報します。」（自分の判断で命じる） #act: staff.order_leave #act: staff.final_warning #t: +2]
* [「あなたの行為はカスハラに当たります。退去してください。」 #act: staff.label_harassment #act: staff.order_leave #t: +2]
    {ex_who}「カスハラ？ 人を犯罪者扱いするんですか！」 #act: customer.shout #mood: threatening
- 
{ ex_stubborn:
    {ex_who}「命令？ 呼びたければ呼べばいいでしょう。ここを動きません。」 #act: customer.sit_in #mood: angry
- else:
    {ex_who}「……わかりました。帰ればいいんでしょう。」 #act: customer.leave #mood: irritated
    ~ exit_result = "left"
    ->->
}
{ exit_by_manager:
    （課長は間隔を空けて二度、退去を命じた。それでも{ex_who}さんは動かない。） #act: staff.order_leave #t: +3
    課長「これが最後の警告です。退去されない場合は、警察に通報します。」 #act: staff.final_warning
}
* [{exit_by_manager:（課長の指示を受け、「警察に通報します」と告げて通報する）|「退去していただけませんので、警察に通報します。」} #act: staff.call_police #t: +2]
    （あなたは警察に電話をかけ、マニュアルの例にならって状況を伝えた。）
    （「{ex_office}の者です。窓口で、退去命令に応じていただけない事案が発生しました。相手方は1名、当方は職員が対応中です。退去を求めておりますが、聞き入れていただくことができません。事案解決の支援をお願いします。」） #t: +3
    （しばらくして、警察官が二人到着した。） #t: +15
    警察官が窓口に来た。 #who: police
    警察官「市役所から退去を求められていますね。お話は外で伺いますので、一緒に出ましょうか。」
    {ex_who}さんは、警察官に付き添われて庁舎を出て行った。 #act: customer.leave #mood: irritated
    ~ exit_result = "police"
    ->->
* [（退去は命じた。あとは帰るのを待とう） #act: staff.keep_distance #t: +5]
    -> wait_out(ex_who)

=== early_police(ex_who) ===
（あなたは警察に電話をかけた。{ex_who}さんが目を見開いた。）
{ex_who}「本当に呼ぶんですか！ 座っているだけなのに！」 #act: customer.shout #mood: threatening
（しばらくして、警察官が到着した。） #t: +20
警察官が窓口に来た。 #who: police
警察官「市役所として、退去は求められましたか。まずは市役所さんから、はっきり退去を求めていただくことになります。」
（退去命令も、通報するという告知も、まだしていなかった。手順を飛ばしてしまったことに、あなたは気づいた。）
{ex_who}さんは「こんな扱いは忘れません」と言い残して帰っていった。 #act: customer.leave #mood: irritated
~ exit_result = "early_police"
->->

=== wait_out(ex_who) ===
（{ex_who}さんは座り続けた。窓口には順番を待つ人の列ができ、ほかの職員がその分の対応に追われた。） #act: customer.sit_in #t: +60
{ex_who}「……今日はもういいです。また来ます。」 #act: customer.leave
~ exit_result = "waited"
->->
