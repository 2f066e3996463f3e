// 係長の席：3週間続く電話に、係として備える — 都市計画課・建築指導係（南陽市カスタマーハラスメント対策マニュアル）
// 7(1)【電話の場合】①〜③ とステップ1〜4、6(2)⑤ 相手に再度説明させない、6(2)⑥ 記録・部署内で共有、7(2)⑤ 再訪のおそれの情報連携、
// 7(3) 執拗な要求・暴言、8(1) 相談窓口（メンタルケア、弁護士との連携）、8(2)①
// あなたは建築指導係長。隣の家の新築工事を止めるよう求める市民から、この3週間で12回、毎回40分から1時間の電話があり、
// ほとんどを2年目の田村さんが受けてきた。建築確認は民間の指定確認検査機関が法令どおり下ろしており、市に工事を止める権限はない。
// 課はそのことを先週、課長名の文書で回答している。工事の時間や騒音は、施工業者に伝えることはできる。
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
（{cname}さん。{pick("60代の男性で、隣に建つ2階建ての家のせいで庭が日陰になると言う。", "40代の女性で、隣に建つ家のせいで子ども部屋に日が入らなくなると言う。", "70代の男性で、隣の工事の音で昼寝もできないと言う。")}工事を止めろ、確認を取り消せ、と毎日のように電話があり、1回が40分から1時間。ほとんどを2年目の田村さんが受けてきた。先週は課長名の文書で、確認は法令どおりで市には工事を止める権限がないと回答している。）
{cname}さんの最後の電話の記録には、「田村という職員を担当から外せ」「いつまでも逃げられると思うな」と書いてある。
田村さんが、記録を綴じながら小さな声で言った。 #who: colleague
田村「係長……今日もかかってきたら、また私が出るんでしょうか。夜、電話の音が聞こえる気がして、眠れないんです。」 #act: staff.distressed
* [「田村さん、3週間も一人で受けさせてしまって、申し訳なかった。あなたの対応が悪いわけじゃない。今日からこの方の電話は私が受けます。田村さんには横で記録をお願いしたい。つらさが続くようなら、総務課の職員係にメンタルケアの窓口があるから使ってね。」（課長の了解をとり、朝の打合せで係に伝える：電話は係長に回す、田村さんが記録、佐野さんは通話中に何かあれば課長に報告して110番、30分が目安、暴言には警告→最終通告→切電） #act: staff.care_for_staff #act: staff.assign_roles #act: staff.share_in_section #t: +10]
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
    田村「係長、{cname}さんです。」（田村さんは保留を押して受話器をあなたに渡し、記録用紙を手元に引き寄せた。） #act: staff.take_notes
}
{cname}「{pick("やっと別のが出たか。とにかく、隣の工事を止めろ。", "やっと別の人が出ましたね。とにかく、隣の工事を止めてください。", "やっと別の人か。とにかく、隣の工事を止めてもらいたい。")}」 #act: customer.demand_special #mood: irritated
* [「お電話代わりました。建築指導係長の{me()}です。お隣の工事を止めてほしい、というお話ですね。これまでのお電話の記録と先週の回答文書で、経緯は把握しております。今後は、私が担当いたします。」 #act: staff.paraphrase #act: staff.state_in_charge #act: staff.brief_handover #t: +2]
    {cname}「{pick("係長か。だったら話は早い。今日中に止めろ。", "係長さんなら話は早いですね。今日中に止めてください。", "係長か。それなら、今日中に止めてもらおう。")}」 #act: customer.repeat #mood: irritated
* [「お電話代わりました。係長の{me()}です。恐れ入りますが、どのようなご用件か、最初からお話しいただけますか。」 #act: staff.handover_cold #t: +2]
    ~ cold = true
    {cname}「{pick("最初から？ 12回も電話して、まだわからないのか！", "最初からですか？ 12回も電話してるんですよ！", "最初から？ 12回も電話して、まだ覚えていないのか！")}」 #act: customer.shout #mood: angry
    （{cname}さんは、3週間分の話を最初から繰り返した。） #act: customer.repeat #act: customer.demand_special #t: +15
- {cname}「{pick("それと、あの田村という職員。あれを担当から外して、処分しろ。", "それから、あの田村さんって人。担当から外して、処分してください。", "それから、田村とかいう職員。外して、処分しろ。")}」 #act: customer.demand_transfer #act: customer.repeat
* [「先週、課長名の文書でお答えしたとおり、隣の建物の確認は法令に沿って行われていて、市には工事を止める権限がありません。これは課としての回答で、何度お話しいただいても変わりません。職員の処分のご要望にもお応えできません。工事の時間や音のことは、施工業者に伝えることができます。」 #act: staff.refuse #act: staff.explain #t: +3]
* [「わかりました。もう一度、業者さんに工事を控えてもらえないか、頼んでみます。」 #act: staff.promise_vague #t: +2]
    ~ hope = true
    {cname}「{pick("頼むだけか？ 止めると約束しろ。", "頼むだけですか？ 止めるって約束してください。", "頼むだけか。止めると約束してくれ。")}」 #act: customer.demand_special #act: customer.repeat
    * * [「……はい。止めていただけるよう、約束します。」 #act: staff.promise_vague #act: staff.concede #t: +1]
        {cname}「{pick("よし。明日の朝、止まってなかったら、また電話するからな。", "約束ですよ。明日、止まってなかったらまた電話しますから。", "よし。明日止まっていなかったら、また電話するぞ。")}」 #act: customer.hang_up
        ~ outcome = "gave_in"
        -> afterwards
    * * [「申し訳ありません、いまの言い方は誤りでした。市には工事を止める権限がなく、業者にお願いしても止まるとはお約束できません。課としての回答は、先週の文書のとおりです。」 #act: staff.apologize_limited #act: staff.refuse #act: staff.explain #t: +3]
        ~ hope = false
* [「ですから、何度も言っているでしょう。市には権限がないんです。いい加減にわかってください。」 #act: staff.argue #t: +2]
    ~ heated = true
- {cname}「{pick("文書なんか読んでない。お前らは税金で食ってるくせに、何の役にも立たないじゃないか。", "文書なんて、役所の言い訳でしょう。税金で食べてるくせに、何の役にも立たないじゃない。", "文書なんか、紙切れだ。税金で食っているくせに、何の役にも立たない。")}」 #act: customer.insult #mood: angry
-> phone_steps(cname, pick("いつまでも逃げられると思うなよ。明日、そっちに行って、田村に直接言ってやるからな。", "いつまでも逃げられると思わないでください。明日そっちに行って、田村さんに直接言いますから。", "逃げられると思うなよ。明日そっちへ行って、田村に直接言ってやる。")) ->
{ phone_result == "cut_after_steps" or phone_result == "cut_after_retort" or phone_result == "cut_abrupt":
    ~ outcome = phone_result
- else:
    ~ outcome = "kept_listening"
}
（電話が切れる直前、受話器の向こうで{cname}さんが「田村に、帰り道に気をつけろと言っておけ」と言った。{ready:田村さんの記録にも、その言葉が残っている。}） #act: customer.threat
-> afterwards

=== afterwards ===
（受話器を置いた。田村さんが、記録用紙を握ったまま顔を上げた。）
* [（課長に報告し、記録を添えて総務課の相談窓口に上げる。「帰り道に気をつけろ」という言葉と、明日来ると言っていることは、総務課と相談のうえ警察署に相談して情報を伝えておく。明日来庁したときの対応と、田村さんを窓口に出さないことを係で共有する） #act: staff.report_supervisor #act: staff.report_somu #act: staff.consult_police #act: staff.share_in_section #t: +15]
    ~ outcome = outcome + "_reported"
* [（記録は綴じておく。捨てぜりふに毎回騒いでいたらきりがない。課長や総務課に上げるほどのことではなく、係長の自分が気をつけていれば足りる） #act: staff.keep_in_section #t: +2]
* [（記録を総務課に回しておく。脅しの言葉は、いつもの捨てぜりふだろう） #act: staff.report_somu #t: +3]
- -> ending

=== ending ===
{
- outcome == "cut_after_steps_reported":
    {cold: （ただ、最初に話をもう一度させたことで、電話は15分長くなった。）}
    （係長が受け、課としての回答を伝え、警告・最終通告・切電と進め、脅しの言葉は総務課と警察につないだ。） #ending: cut_after_steps
    -> END
- outcome == "cut_after_steps":
    （手順どおり切電したが、職員の帰り道を脅す言葉を、警察にも相談しないまま係の中にとどめた。） #ending: threat_not_passed_on
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
    （工事を止めると約束して、電話を終わらせた。市にはその権限がない。） #ending: gave_in
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
