// 宿日直の夜の電話と、酒に酔った来訪 — 庁舎の宿直（奥州市マニュアル（案）第4 1(3)(4)(6)(10)、第3 2(3)イ、第5 2）
// 十二月の金曜の夜、宿直室の電話。酒に酔った市民が、市営住宅の上の階の音を今すぐ何とかしろと言う。
// 宿直は用件を承り、翌朝、担当課から折り返す。暴言には警告し、録音を告げ、収まらなければ切る（第4 1(3)①〜③）。
// やがて本人が夜間通用口に来て、ガラス戸をたたき「出てこい」と言う。戸は開けず、一人で出ない（第4 1(6)①②）。
// 戸を蹴ってひびが入ったら、距離をとって、上司の判断を待たずにただちに警察へ通報する（第4 1(10)①②、第3 2(3)イ）。
// 相手は3人のうち1人（RANDOM）：
//   1 工藤さん（40代の男性）会社の忘年会の帰り
//   2 高野さん（50代の女性）職場の忘年会の帰り
//   3 大友さん（30代の男性）友人と飲んだ帰り

VAR persona = 0
VAR heard = false        // 最初に用件を聴いた
VAR promised = false     // 「今夜中に担当から電話させる」と約束した
VAR recorded = false     // 録音を告げた
VAR went_out = false     // 一人で通用口の外に出た
VAR argued = false       // インターホン越しに言い返した
VAR outcome = ""
VAR reported = false
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する

~ persona = RANDOM(1, 3)
-> opening

=== opening ===
十二月の金曜日、午後10時。市役所の宿直室。
今夜の宿直は、あなたと、委託の警備員の佐々木さんの二人だ。佐々木さんは、さっき庁舎の見回りから戻ってきたところだ。
宿直室の電話が鳴った。 #scene: phone
{nm()}「もしもし、市役所？ {first_line()}」 #look: {persona == 1: man_40s|{persona == 2: woman_50s|man_30s}} #act: customer.complaint #mood: irritated
（ろれつが少し回っていない。電話の向こうで、車の音がする。お酒を飲んでいるようだ。）
{nm()}「市営住宅の、上の部屋。毎晩毎晩、夜中にどすんどすん。今すぐ住宅の担当を寄こして、注意させてよ。」 #act: customer.complaint #t: +2
* [「上のお部屋の音で、毎晩眠れずにお困りなのですね。お住まいの団地とお部屋の番号を、伺ってもよろしいですか。」 #act: staff.paraphrase #act: staff.ask_facts #t: +3]
    ~ heard = true
    （あなたは、団地と部屋の番号、名前と電話番号を聞き取った。）
* [「お酒を召し上がっているようでしたら、明日、酔いがさめてからおかけ直しいただけますか。」 #act: staff.interrupt #t: +1]
    {nm()}「酔ってたら話も聞かないわけ？ こっちは眠れなくて困ってるの。」 #act: customer.complaint #mood: angry
    （あなたは、団地と部屋の番号、名前と電話番号を聞き取った。） #act: staff.ask_facts #t: +3
- -> tonight

=== tonight ===
{nm()}「それで、今から来てくれるんでしょ？」
* [「夜間は宿直で、ご用件を承っております。住宅の担当課に、明日の朝いちばんにお伝えして、担当から{nm()}様にお電話します。今、危ないことが起きているようでしたら、警察にご連絡ください。」 #act: staff.defer_answer #act: staff.explain #t: +3]
* [「わかりました。今夜中に、担当から必ずお電話させます。」 #act: staff.promise_vague #t: +1]
    ~ promised = true
    {nm()}「本当に？ 待ってるからね。」（電話が切れた。）
    （住宅課の担当の家の電話番号は、宿直には知らされていない。緊急時の連絡網は、火事や災害のためのものだ。あなたは受話器を見つめた。）
    （40分後、また電話が鳴った。） #t: +40
    {nm()}「いつまで待たせるの！ 電話させるって言ったよね！」 #act: customer.shout #mood: angry
- {nm()}「{promised:電話させるって、うそじゃない。|明日？ ふざけないでよ。}{insult_line()}」 #act: customer.insult #mood: angry #t: +1
* [「そのような発言をされるのなら、これ以上お話はできかねますので、そのような発言は止めてください。」 #act: staff.warn #t: +1]
* [「税金泥棒とは何ですか。こちらは夜通し庁舎を守っているんです。」 #act: staff.retort #t: +1]
    {nm()}「へえ、口答えするんだ。」 #act: customer.insult #mood: threatening
* [（言い返したくなるのをこらえて、黙って聞き続ける） #act: staff.listen #t: +20]
    -> endured
- {nm()}「{abuse_line()}」 #act: customer.insult #mood: angry
* [「『税金泥棒』というのは侮辱的な発言です。この後の発言は証拠として録音させていただきます。」（宿直室の電話の録音ボタンを押す） #act: staff.announce_recording #act: staff.warn #t: +1]
    ~ recorded = true
    {nm()}「録音？ 勝手にすれば。{abuse_again()}」 #act: customer.insult
    * * [「再三、止めてくださいと伝えても収まらないので、これ以上対応できません。電話を切らせていただきます。」（受話器を置く） #act: staff.hang_up #t: +1]
    * * [（録音しているのだから、もう少し聞こう） #act: staff.listen #t: +20]
        -> endured
* [「……失礼します。」（受話器を置く） #act: staff.hang_up #t: +1]
* [（言い返したくなるのをこらえて、黙って聞き続ける） #act: staff.listen #t: +20]
    -> endured
- （受話器を置いてから、電話は鳴らなかった。）
-> door

=== endured ===
（同じ話と同じ言葉が、何度も繰り返された。受話器を持つ手が冷たくなっていく。） #act: customer.repeat #act: customer.insult #t: +15
{nm()}「もういい。今から、そっちに行くから。」（電話は一方的に切られた。） #act: customer.hang_up
-> door

=== door ===
（15分ほどして、夜間通用口のインターホンが鳴った。防犯カメラの画面に、{nm()}さんが映っている。） #t: +15
（ガラス戸の向こうで、{nm()}さんがガラスを平手でたたいた。） #scene: counter
{nm()}「{door_line()}」 #act: customer.shout #act: customer.summon_offsite #mood: angry
佐々木「（小声で）どうします？」
* [（佐々木さんと二人で宿直室にとどまり、戸から離れたまま、インターホンで）「夜間は、通用口を開けることはできません。ご用件は承っておりますので、今日はお帰りください。」 #act: staff.decline_offsite #act: staff.keep_distance #act: staff.call_colleague #act: staff.warn #t: +2]
* [（一人で通用口を開けて外に出て、話を聞いて落ち着いてもらおう） #act: staff.visit_alone #t: +2]
    ~ went_out = true
    -> outside
* [（インターホンで）「いい加減にしてください。こんな時間に、非常識ですよ。」 #act: staff.argue #t: +1]
    ~ argued = true
- {nm()}「{door_threat()}」 #act: customer.threat #mood: threatening
（{nm()}さんは、ガラス戸を思い切り蹴った。鈍い音がして、ガラスに白いひびが走った。） #act: customer.property_damage #t: +1
* [（佐々木さんと戸から離れて宿直室の奥に下がり、すぐに110番に通報する。佐々木さんは、カメラの画面を見ながら時刻と様子を書き留める） #act: staff.keep_distance #act: staff.call_police #act: staff.take_notes #t: +2]
    -> police_call
* [（まず、宿日直の連絡網で総務課長の自宅に電話し、警察を呼んでよいか指示を仰ぐ） #act: staff.report_supervisor #t: +6]
    （総務課長は「すぐに110番して」と言った。あなたは電話を切り、110番した。） #act: staff.call_police #t: +2
    ~ outcome = "police_late"
    -> police_arrive
* [（宿直室の奥に下がり、鍵がかかっていることを確かめて、帰るのを待つ） #act: staff.keep_distance #t: +15]
    -> wait_out

=== outside ===
（あなたが通用口を開けて外に出ると、冷たい空気と、お酒のにおいがした。佐々木さんは、宿直室の中から様子を見ている。）
{nm()}「やっと出てきた。あんたが電話の人？」（{nm()}さんは、ぐっと距離を詰めてきた。） #act: customer.threat #mood: threatening
{nm()}「{door_threat()}」（{nm()}さんは、あなたの胸を両手で突き飛ばした。あなたは、通用口の段差でよろけた。） #act: customer.violence #t: +1
（あなたは急いで戸の内側に戻った。佐々木さんが鍵をかけ、あなたと一緒に戸から離れて、すぐに110番した。） #act: staff.keep_distance #t: +1
佐々木が110番に通報した。 #act: staff.call_police #t: +2
~ outcome = "went_out"
-> police_arrive

=== police_call ===
（「市役所の宿直の者です。夜間通用口で、酒に酔った{gender()}がガラス戸を蹴り、ガラスにひびが入りました。当方は宿直の職員1名と警備員1名で、庁舎の中にいます。相手は今も戸の外にいます。」）
~ outcome = "police_safe"
-> police_arrive

=== police_arrive ===
（10分ほどして、パトカーが到着した。） #t: +10
警察官が通用口に来た。 #who: police
（警察官が{nm()}さんに声をかけると、{nm()}さんは急に静かになった。）
警察官「ガラスにひびが入っていますね。お話は署で伺います。市役所さんも、明日、被害の届けの相談をしてください。」
（{nm()}さんは、警察官に付き添われてパトカーに乗った。） #act: customer.leave #mood: calm
-> aftercare

=== wait_out ===
（{nm()}さんは、しばらく戸をたたき続けたが、やがてふらふらと帰っていった。） #act: customer.leave #t: +10
（ガラス戸には、白いひびが残った。）
~ outcome = "no_police"
-> aftercare

=== aftercare ===
（午前0時を回った。宿直室に、静けさが戻った。）
* [宿日直日誌に、電話の時刻と言葉、来訪とガラスの件を時系列で書き、朝いちばんに総務課と住宅課に報告して、発生連絡票も出す #act: staff.file_report #act: staff.report_supervisor #t: +20]
    ~ reported = true
* [（明日の宿直明けで疲れている。日誌には「酔客の電話と来訪あり」とだけ書いておく） #act: staff.keep_to_self #t: +2]
- -> finale

=== finale ===
{
- outcome == "police_safe":
    {reported: 総務課長「戸を開けず、二人で離れて、すぐに110番した。それでいい。ガラスの件は、市として被害の届けを出そう。住宅課には、上の部屋の音の件を朝いちばんに伝えておいたよ。」}
    {reported and promised: 総務課長「ただ、『今夜中に担当から電話させる』は、宿直ではできない約束だったね。承って、翌朝に担当課から折り返す、と伝えれば足りるんだ。」}
    {reported and argued: 総務課長「インターホン越しに言い返したのは、火に油だったね。言い返さず、開けられないことと、お帰りくださいとだけ伝えよう。」}
    {reported and not recorded: 総務課長「電話で暴言が続いたときは、録音すると告げて、記録を残そう。」}
    {not reported: （朝、住宅課にも総務課にも、夜のことは伝わっていなかった。ひびの入ったガラスに気づいたのは、清掃の人だった。）}
    （戸を開けず、距離をとって、ガラスが割られたその場で警察に通報した。） #ending: police_safe
    -> END
- outcome == "police_late":
    {reported: 総務課長「電話をくれたのはありがたいけれど、ガラスを蹴られたら、私の判断を待たずに、すぐ110番していいんだよ。その数分で、何が起きてもおかしくなかった。」}
    {not reported: （朝、総務課長は、夜中の電話のことを住宅課に伝えていなかった。日誌には一行しか書かれていなかった。）}
    （ガラスを蹴られたあと、総務課長の指示を仰いでから通報し、その間、危険が続いた。） #ending: police_late
    -> END
- outcome == "went_out":
    {reported: 総務課長「夜中に一人で外に出てはいけない。酔った人に、話せばわかる、は通じないことがある。開けずに、二人で、中から。けがはないね？ 無理をしないで、相談窓口も使ってね。」}
    {not reported: （あなたは、突き飛ばされたことを誰にも話さなかった。胸の痛みは、数日残った。）}
    （一人で通用口の外に出て、突き飛ばされた。警備員が通報し、警察が来た。） #ending: went_out
    -> END
- else:
    {reported: 総務課長「ガラスを蹴って割ったのは、器物損壊だよ。帰るのを待つのではなく、その場で110番していい。今からでも、警察に相談しよう。」}
    {not reported: （数日後、{nm()}さんはまた夜に電話をかけてきた。「この前は開けなかったね」。）}
    （ガラス戸を割られても警察に通報せず、相手が帰るのを待った。） #ending: no_police
    -> END
}

// ---- 相手ごとの言葉 ----

=== function nm() ===
{ persona:
- 1: 工藤
- 2: 高野
- else: 大友
}

=== function gender() ===
{ persona:
- 1: 40代くらいの男性
- 2: 50代くらいの女性
- else: 30代くらいの男性
}

=== function first_line() ===
{ persona:
- 1: 工藤だけど。ちょっと聞いてよ、眠れないんだよ。
- 2: 高野ですけど。あのね、もう我慢できないの。
- else: あ、大友っていいます。ちょっと、どうにかしてもらえます？
}

=== function insult_line() ===
{ persona:
- 1: こっちは明日も仕事なんだよ。あんたら、夜は寝てるだけで給料もらってんだろ。税金泥棒が。
- 2: 困ってるから電話してるの。役所なんて、夜は寝てるだけじゃない。税金泥棒。
- else: 明日じゃ意味ないんすよ。夜に座ってるだけで金もらえるんだから、いいよな。税金泥棒。
}

=== function abuse_line() ===
{ persona:
- 1: 税金泥棒に税金泥棒って言って、何が悪いんだよ。あんた、名前は？ 役立たずが。
- 2: 何よ、その言い方。あなたみたいな役立たずが、電話に出るからいけないのよ。
- else: 役立たずに役立たずって言って、何が悪いんすか。名前、言ってくださいよ。
}

=== function abuse_again() ===
{ persona:
- 1: 録音でも何でもしろよ。税金泥棒の役立たずが。
- 2: 録音されて困ることなんて、言ってないわよ。役立たずは役立たずでしょ。
- else: 録音とか、こわっ。役立たずのくせに。
}

=== function door_line() ===
{ persona:
- 1: 開けろよ！ 電話じゃ話にならない。誰か出てきて、ちゃんと説明しろ！
- 2: 開けてよ！ 電話じゃ話にならない。誰か出てきて、ちゃんと説明しなさいよ！
- else: 開けてくださいよ！ 電話じゃ話にならないんすよ。誰か出てきて、説明してくださいよ！
}

=== function door_threat() ===
{ persona:
- 1: 開けろって言ってんだよ！ 開けないなら、こんな戸、ぶち破ってやる！
- 2: 開けなさいよ！ 開けないなら、このガラス、割ってやるから！
- else: 開けろよ！ 開けないなら、ガラス割るぞ！
}
