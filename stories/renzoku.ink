// 係長の席：3週間続く電話に、係として備える — 都市計画課・建築指導係（南陽市カスタマーハラスメント対策マニュアル）
// 7(1)【電話の場合】①〜③ とステップ1〜4、6(2)⑤ 相手に再度説明させない、6(2)⑥ 記録・部署内で共有、7(2)⑤ 再訪のおそれの情報連携、
// 7(3) 執拗な要求・暴言、8(1) 相談窓口（メンタルケア、弁護士との連携）、8(2)①
// あなたは建築指導係長。隣の家の新築工事を止めるよう求める市民から、この3週間で12回、毎回40分から1時間の電話があり、
// ほとんどを2年目の田村さんが受けてきた。建築確認は民間の指定確認検査機関が下ろし、市（特定行政庁）も確認の内容と現場を確かめたが法令違反はなく、工事を止める根拠がない。
// 課はそのことを先週、課長名の文書で回答している。示せる道：確認に不服なら建築審査会への審査請求、建築計画概要書の閲覧、日照は民事（法律相談・調停）、
// 工事の時間や音は施工業者に伝えられる。
// ステップ4「次回電話時の担当者は誰にするか」を先に決め、係長が受ける。記録と報告の役割を決めて係で共有する。

INCLUDE common/phone.ink

VAR persona = 0
VAR cname = ""          // 相手の名字
VAR ready = false       // 役割を決めて係で共有した
VAR tamura_on = false   // 田村さんに受けさせ続けた
VAR cold = false        // 相手にもう一度説明させた
VAR hope = false        // 期待を持たせた
VAR heated = false      // 言い返した
VAR outcome = ""
VAR clock = 0           // 経過時間（分）。ゲームが各行の前に設定する

-> start

=== start ===
~ persona = RANDOM(1, 3)
{ persona:
- 1:
    ~ cname = "柴田"
- 2:
    ~ cname = "関"
- else:
    ~ cname = "吉岡"
}
-> morning

=== morning ===
朝の打合せの前。市役所、都市計画課の建築指導係。
あなたは建築指導係の係長だ。机の上には、この3週間の電話の記録が12枚並んでいる。
（{cname}さん。{pick("60代の男性で、隣に建つ2階建ての家のせいで庭が日陰になると言う。", "40代の女性で、隣に建つ家のせいで子ども部屋に日が入らなくなると言う。", "70代の男性で、隣の工事の音で昼寝もできないと言う。")}工事を止めろ、確認を取り消せ、と毎日のように電話があり、1回が40分から1時間。ほとんどを2年目の田村さんが受けてきた。先週は課長名の文書で、市でも確認の内容と現場を確かめたが法令違反はなく、工事を止める根拠がないと回答している。）
{cname}さんの最後の電話の記録には、「田村という職員を担当から外せ」「いつまでも逃げられると思うな」と書いてある。
田村さんが、記録を綴じながら小さな声で言った。 #who: colleague
田村「係長……今日もかかってきたら、また私が出るんでしょうか。夜、電話の音が聞こえる気がして、眠れないんです。」 #act: staff.distressed
* [「田村さん、3週間も一人で受けさせてしまって、申し訳なかった。あなたの対応が悪いわけじゃない。今日からこの方の電話は私が受けます。田村さんには横で記録をお願いしたい。つらさが続くようなら、総務課の職員係にメンタルケアの窓口があるから使ってね。」（課長と方針を決めて記録を総務課にも上げ、朝の打合せで係に伝える：電話は係長に回して録音する、田村さんが記録、佐野さんは録音を確かめ脅しになったら課長を呼ぶ、30分が目安、暴言には警告→最終通告→切電） #act: staff.care_for_staff #act: staff.assign_roles #act: staff.share_in_section #t: +10]
    ~ ready = true
    田村「……はい。ありがとうございます。記録、やります。」
* [「次にかかってきたら私が出ます。田村さんは横で記録をお願い。」（朝の打合せで、係長が受けることと役割だけを伝える） #act: staff.assign_roles #act: staff.share_in_section #t: +5]
    ~ ready = true
    田村「……はい。」（田村さんは、それ以上何も言わなかった。）
* [「もう慣れたでしょう。いつもどおり受けて、30分たったら切っていいから。」 #act: staff.dismiss_staff #t: +1]
    ~ tamura_on = true
    田村「……はい。」
- -> the_call

=== the_call ===
午前10時過ぎ、係の電話が鳴った。 #t: +20
{ tamura_on:
    （田村さんが受話器を取った。相手の声が、受話器から漏れてくる。田村さんは何も言えずに、うつむいている。） #t: +10
    {cname}「{pick("だから、あんたじゃ話にならないんだよ。何回言わせるんだ。", "ですから、あなたじゃ話にならないって言ってるでしょう。何回言わせるんですか。", "だから、あんたじゃ話にならないと言ってるだろう。何回言わせるんだ。")}」 #act: customer.repeat #act: customer.insult #mood: angry
    （田村さんが、涙ぐんだ目であなたを見た。あなたは受話器を受け取った。）
- else:
    田村「係長、{cname}さんです。」（田村さんが保留にし、あなたは自分の席の電話で取った。田村さんは記録用紙を手元に引き寄せ、佐野さんが録音の表示を確かめた。） #act: staff.take_notes
}
{cname}「{pick("やっと別のが出たか。とにかく、隣の工事を止めろ。", "やっと別の人が出ましたね。とにかく、隣の工事を止めてください。", "やっと別の人か。とにかく、隣の工事を止めてもらいたい。")}」 #act: customer.demand_special #mood: irritated
* [「お電話代わりました。建築指導係長の{me()}です。長い間ご心配をおかけしております。お隣の工事を止めてほしい、というお話ですね。これまでのお電話の記録と先週の回答文書で、経緯は把握しております。今後は、私が担当いたします。」 #act: staff.paraphrase #act: staff.state_in_charge #act: staff.brief_handover #t: +2]
    {cname}「{pick("係長か。だったら話は早い。今日中に止めろ。", "係長さんなら話は早いですね。今日中に止めてください。", "係長か。それなら、今日中に止めてもらおう。")}」 #act: customer.repeat #mood: irritated
* [「お電話代わりました。係長の{me()}です。恐れ入りますが、どのようなご用件か、最初からお話しいただけますか。」 #act: staff.handover_cold #t: +2]
    ~ cold = true
    {cname}「{pick("最初から？ 12回も電話して、まだわからないのか！", "最初からですか？ 12回も電話してるんですよ！", "最初から？ 12回も電話して、まだ覚えていないのか！")}」 #act: customer.shout #mood: angry
    （{cname}さんは、3週間分の話を最初から繰り返した。） #act: customer.repeat #act: customer.demand_special #t: +15
- {cname}「{pick("それと、あの田村という職員。あれを担当から外して、処分しろ。", "それから、あの田村さんって人。担当から外して、処分してください。", "それから、田村とかいう職員。外して、処分しろ。")}」 #act: customer.demand_transfer #act: customer.repeat
* [「先週、課長名の文書でお答えしたとおり、市でも確認の内容と現場を確かめましたが、法令に違反していないため、工事を止める根拠がありません。これは課としての回答です。確認にご不服なら建築審査会への審査請求ができますし、計画の中身は概要書で見ていただけます。工事の時間や音のことは施工業者に伝えます。担当は市が決めますので、職員の処分のご要望にもお応えできません。」 #act: staff.refuse #act: staff.explain #t: +3]
* [「わかりました。業者には、工事を止めるよう市から指導します。」 #act: staff.promise_vague #t: +2]
    ~ hope = true
    {cname}「{pick("指導するんだな？ じゃあ、いつ止まるんだ。約束しろ。", "指導してくれるんですね？ いつ止まるんですか。約束してください。", "指導するのか。いつ止まる。約束してくれ。")}」 #act: customer.demand_special #act: customer.repeat
    * * [「……はい。止めていただけるよう、約束します。」 #act: staff.promise_vague #act: staff.concede #t: +1]
        {cname}「{pick("よし。明日の朝、止まってなかったら、また電話するからな。", "約束ですよ。明日、止まってなかったらまた電話しますから。", "よし。明日止まっていなかったら、また電話するぞ。")}」 #act: customer.hang_up
        ~ outcome = "gave_in"
        -> afterwards
    * * [「申し訳ありません、いまの言い方は誤りでした。法令違反のない工事を止めるよう指導することはできず、止まるとはお約束できません。課としての回答は、先週の文書のとおりです。」 #act: staff.apologize_limited #act: staff.refuse #act: staff.explain #t: +3]
        ~ hope = false
* [「ですから、何度も言っているでしょう。違反はないんです。いい加減にわかってください。」 #act: staff.argue #t: +2]
    ~ heated = true
- {cname}「{pick("文書なんか読んでない。お前らは税金で食ってるくせに、何の役にも立たないじゃないか。", "文書なんて、役所の言い訳でしょう。税金で食べてるくせに、何の役にも立たないじゃない。", "文書なんか、紙切れだ。税金で食っているくせに、何の役にも立たない。")}」 #act: customer.insult #mood: angry
-> phone_steps(cname, pick("いつまでも逃げられると思うなよ。明日、そっちに行って、田村に直接言ってやるからな。", "いつまでも逃げられると思わないでください。明日そっちに行って、田村さんに直接言いますから。", "逃げられると思うなよ。明日そっちへ行って、田村に直接言ってやる。")) ->
{ phone_result == "cut_after_steps" or phone_result == "cut_after_retort" or phone_result == "cut_abrupt":
    ~ outcome = phone_result
- else:
    ~ outcome = "kept_listening"
}
（電話が切れる直前、受話器の向こうで{cname}さんが{pick("「田村に、帰り道に気をつけろと言っておけ」", "「田村さんに、帰り道には気をつけてって伝えておいてください」", "「田村に、帰り道に気をつけろと言っておけ」")}と言った。{ready:田村さんの記録にも、その言葉が残っている。}） #act: customer.threat
-> afterwards

=== afterwards ===
{outcome == "gave_in": -> gave_in_after}
（受話器を置いた。田村さんが、記録用紙を握ったまま顔を上げた。）
* [（課長に報告し、記録を添えて総務課の相談窓口に上げる。「帰り道に気をつけろ」という言葉と、明日来ると言っていることは、総務課と相談のうえ警察署に相談して情報を伝えておく。田村さんは当面一人で帰さず、明日来庁したときは課長と私が受けること、田村さんを窓口に出さないことを係で共有する） #act: staff.report_supervisor #act: staff.report_somu #act: staff.consult_police #act: staff.share_in_section #t: +15]
    ~ outcome = outcome + "_reported"
* [（記録は綴じておく。捨てぜりふに毎回騒いでいたらきりがない。課長や総務課に上げるほどのことではなく、係長の自分が気をつけていれば足りる） #act: staff.keep_in_section #t: +2]
* [（記録を総務課に回しておく。脅しの言葉は、いつもの捨てぜりふだろう） #act: staff.report_somu #t: +3]
- -> ending

=== gave_in_after ===
（受話器を置いた。田村さんが、驚いた顔であなたを見ている。）
* [（課長に報告し、できない約束をしたことを伝えて、課として訂正の電話を入れる方針を決め、係で共有する） #act: staff.report_supervisor #act: staff.share_in_section #t: +10]
* [（明日になれば、向こうも忘れているかもしれない。誰にも言わずにおこう） #act: staff.keep_in_section #t: +1]
- -> ending

=== ending ===
{tamura_on: （田村さんは翌週、体調を崩して休んだ。3週間分のつらさは、最後の電話で限界を超えていた。）}
{
- outcome == "cut_after_steps_reported":
    {cold: （ただ、最初に話をもう一度させたことで、電話は15分長くなった。）}
    （係長が受け、課としての回答を伝え、警告・最終通告・切電と進め、脅しの言葉は総務課と警察につないだ。） #ending: cut_after_steps
    -> END
- outcome == "cut_after_steps":
    （手順どおり切電したが、職員の帰り道を脅す言葉と来庁の予告を、警察に相談しないままにした。） #ending: threat_not_passed_on
    -> END
- outcome == "cut_after_retort_reported" or outcome == "cut_after_retort":
    （警告はしたが、最終通告の代わりに言い返して電話を切った。） #ending: cut_after_retort
    -> END
- outcome == "cut_abrupt_reported" or outcome == "cut_abrupt":
    （警告も最終通告もないまま、電話を切った。） #ending: cut_abrupt
    -> END
- outcome == "kept_listening_reported" or outcome == "kept_listening":
    （切電の手順を踏めず、相手が切るまで暴言と脅しを聞き続けた。） #ending: kept_listening
    -> END
- else:
    （法令違反のない工事を止めると約束して、電話を終わらせた。） #ending: gave_in
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
~ return "三浦"
