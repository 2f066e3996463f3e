// 共通：電話の打ち切り（南陽市マニュアル 7(1)【電話の場合】ステップ1〜4；奥州市マニュアル（案）第4 1(1)③、第4 1(3)③）
//
// 使い方（トンネル）：
//   -> phone_steps("佐藤", "だいたい、お前らは税金泥棒なんだよ。") ->
//   -> report_after_call("係長") ->
// who: 相手の呼び名、abuse: ステップ1のあとも続く相手の言葉（そのまま表示される）
// 引数の名前は ph_ で始まる（物語の VAR と名前がぶつからないように）
// 戻ったとき phone_result は次のいずれか：
//   "cut_after_steps"  警告 → 最終通告 → 切電 の順に切った
//   "cut_after_retort" 警告のあと最終通告の代わりに言い返し、そのまま切った
//   "cut_abrupt"       警告なしに切った
//   "kept_listening"   切らずに聞き続けた（相手が切るまで）
// report_after_call のあと call_reported が true なら、上司に報告した

VAR phone_result = ""
VAR call_reported = false

=== phone_steps(ph_who, ph_abuse) ===
~ temp retorted = false
* [「恐れ入りますが、そのような言葉遣いでは対応を続けることができません。冷静にお話しいただけますでしょうか。」 #act: staff.warn #t: +1]
* [「もう結構です。そういうお話でしたら、これ以上お聞きすることはありません。失礼します。」（受話器を置く） #act: staff.hang_up #t: +1]
    ~ phone_result = "cut_abrupt"
    ->->
* [（言い返したい気持ちをこらえて、黙って聞き続ける。言いたいことを言い切れば、相手も少しは落ち着くかもしれない） #act: staff.listen #t: +10]
    -> kept_listening(ph_who, ph_abuse)
- {ph_who}「{ph_abuse}」 #act: customer.insult #mood: angry
* [「これ以上このようなお話が続くようでしたら、誠に申し訳ございませんが、お電話を切らせていただくこととなります。」 #act: staff.final_warning #t: +1]
* [「いい加減にしてください！ こちらも暇じゃないんです。ほかの方のお電話も待っているんですよ。」 #act: staff.retort #t: +1]
    ~ retorted = true
    {ph_who}「何ですか、その口のきき方は！」 #act: customer.shout #mood: threatening
* [（もう少しだけ我慢して聞こう。ここで切ったら、かえって怒らせて、また何度もかけてこられるだけだ。相手の気が済むまで付き合おう） #act: staff.listen #t: +10]
    -> kept_listening(ph_who, ph_abuse)
- {ph_who}「{~まだ話は終わっていないんですけど。|こっちは困っているから電話しているんですよ。|それで、どうしてくれるんですか。}」 #act: customer.repeat #mood: threatening
* [「申し訳ございませんが、建設的なお話ができませんので、これにて失礼いたします。」（受話器を置く） #act: staff.hang_up #t: +1]
    ~ phone_result = "cut_after_steps"
    {retorted: 
        ~ phone_result = "cut_after_retort"
    }
* [（切ったら、もっと怒らせてしまう。あとで苦情の電話が増えても困るし、相手が落ち着くまで、もう少し聞く） #act: staff.listen #t: +15]
    -> kept_listening(ph_who, ph_abuse)
- ->->

=== kept_listening(ph_who, ph_abuse) ===
{ph_who}「{ph_abuse}」 #act: customer.insult #t: +10
（同じ話と同じ言葉が、何度も繰り返された。受話器を持つ手が冷たくなっていく。） #act: customer.repeat #t: +20
{ph_who}「もういい！」（電話は一方的に切られた） #act: customer.hang_up
~ phone_result = "kept_listening"
->->

=== report_after_call(ph_boss) ===
（受話器を置いたあと、しばらく手が震えていた。）
* [（{ph_boss}に報告し、相手の情報と、次に電話があったときの担当を相談する） #act: staff.report_supervisor #act: staff.file_report #t: +10]
    ~ call_reported = true
* [（切れたのだから、もう終わった話だ。わざわざ報告して大ごとにすることもない。誰にも言わずに次の仕事に戻る） #act: staff.keep_to_self #t: +1]
- ->->
