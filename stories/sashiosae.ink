// 権威型・暴言型 — 預金を差し押さえられた市民が、納税課の窓口へ
// 奥州市カスタマーハラスメント対応マニュアル（案）第4 1(5) 権威型 ①②④（不用意な発言をしない、特別な対応はできない、土下座はできない）
// 奥州市 第4 1(3) 暴言型 ①（発言のたびに警告）、第3 1(1)〜(3)、第3 2(1)ア・イ・ウ・オ、第3 2(2)ア・イ・ウ、第1 3、第3 2(3)、第5 2
// 滞納処分は地方税法が国税徴収法の例によるとしているもの。督促状を送って納期限が過ぎ、催告書にも応答がないと、財産を調べて差し押さえる。
// 窓口でできること（公平な部分）：差押えに至った経過の説明、分割での納付の相談、換価の猶予（一時に納めると生活の維持が
// 困難になるおそれがあり、納める意思が誠実な場合）。猶予を認めるときは、差押えで生活の維持が困難になるなら差押えの解除もありうる。
// 窓口でできないこと（不当な部分）：この場で差押えを解除する約束、延滞金を免除する約束、土下座。判断は課として、事情を聴いて行う。

VAR persona = 0          // 1 佐藤さん（40代の男性・内装業・国民健康保険税） 2 菅野さん（50代の女性・パート・固定資産税） 3 斎藤さん（30代の男性・会社員・市県民税）
VAR facts = false        // 名前と口座を確かめ、経過を調べた
VAR fair = false         // 経過を説明し、分割と換価の猶予の道を示した
VAR admitted = false     // 確かめる前に「市の手違いかもしれない」と認めた
VAR hope = false         // 「解除できるよう掛け合う」と期待を持たせた
VAR heated = false       // 言い返した・議論した
VAR colleague = false    // 後藤さんが同席している
VAR warned = false       // 暴言をやめるよう警告した
VAR self_end = false     // 報告せず、自分の判断で対応を終えた
VAR reported = false     // 事後に報告した
VAR outcome = ""
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する

~ persona = RANDOM(1, 3)
-> opening

=== opening ===
十一月の月曜日、午前10時。市役所、納税課の窓口。 #look: {persona == 1: man_40s|{persona == 2: woman_50s|man_30s}}
あなたは、市税の収納と滞納の相談を担当して2年目の職員だ。
{persona:
- 1: 作業着姿の男性が、通帳と銀行の書類をカウンターに叩きつけるように置いた。
- 2: 50代くらいの女性が、通帳を握りしめてカウンターの前に立った。顔がこわばっている。
- else: スーツ姿の若い男性が、スマートフォンの画面を見せながら窓口に来た。
}
{persona:
- 1: 男性「家賃を下ろそうとしたら、口座が止まってる。銀行に聞いたら、市役所が差し押さえたって言うじゃないか。どういうことだ。」 #act: customer.complaint #mood: angry #t: +2
- 2: 女性「今朝、銀行で下ろそうとしたら、お金が出せなかったんです。市役所に差し押さえられていますって。何かの間違いですよね？」 #act: customer.complaint #mood: irritated #t: +2
- else: 男性「給料が入ったはずの口座から、引き落としができなかったんですよ。銀行に聞いたら、市の差押えだって。どういうことですか。」 #act: customer.complaint #mood: angry #t: +2
}
* [「驚かれたと思います。すぐにお調べします。ご本人の確認のため、運転免許証などをお見せいただけますか。お話は、あちらの相談ブースで伺います。」 #act: staff.listen #act: staff.ask_facts #t: +3]
    ~ facts = true
* [「滞納処分として、地方税法により国税徴収法の例によって、預金債権を差し押さえております。」 #act: staff.explain_jargon #t: +1]
    {persona:
    - 1: 佐藤「は？ 何を言ってるのか、さっぱりわからない。人の金を勝手に取ったってことか。」 #mood: angry
    - 2: 菅野「……何のことだか、わかりません。私のお金を、勝手に取ったということですか。」 #mood: angry
    - else: 斎藤「さっぱりわかりませんね。要するに、人の給料を勝手に取ったってことですか。」 #mood: angry
    }
* [「税金を納めていただいていないので、差押えになったんだと思います。」 #act: staff.explain #t: +1]
    {persona:
    - 1: 佐藤「思いますって何だ。ちゃんと調べてから物を言え。」 #mood: angry
    - 2: 菅野「思いますって……。ちゃんと調べてください。」 #mood: angry
    - else: 斎藤「思います、って。調べもしないで言うんですか。」 #mood: angry
    }
* [「大変申し訳ございません。市の手違いかもしれません。すぐに確認いたします。」 #act: staff.apologize_full #t: +1]
    ~ admitted = true
    ~ facts = true
    {persona:
    - 1: 佐藤「手違い？ やっぱりな。だったら、すぐに外してもらえるんだな。」
    - 2: 菅野「手違い……そうですよね。じゃあ、すぐに戻してもらえるんですね。」
    - else: 斎藤「手違いですか。だったら、すぐ外せますよね。」
    }
-
（端末で調べると、{tax()}が{owed()}万円、納期限を過ぎたままになっていた。督促状は各期の納期限のあとに、催告書は夏と秋に二度、住所あてに送っている。返事はなく、財産を調べたうえで、先週の金曜日に、{cn()}さんの預金口座を差し押さえていた。差し押さえた残高は{seized()}万円。銀行からの取立ては、まだしていない。） #t: +4
{admitted: （手違いではなかった。「手違いかもしれない」と口にしたのは、確かめる前の、不用意な一言だった。）}
{persona:
- 1: 佐藤「督促状？ そんなもの、現場に出てて見てる暇なんかない。とにかく、その金は今月の家賃なんだ。今すぐ差押えを外せ。」 #act: customer.demand_special #mood: angry #t: +2
- 2: 菅野「封筒は……来ていたかもしれません。でも、主人が亡くなってから、郵便を開ける気になれなくて。あのお金は今月の生活費なんです。今すぐ外してください。」 #act: customer.demand_special #mood: angry #t: +2
- else: 斎藤「転職したばかりで、住民税のことなんて知らなかったんですよ。金曜日に入った給料が、止まってるんです。給料って、差し押さえちゃいけないんじゃないんですか。今すぐ外してください。」 #act: customer.demand_special #mood: angry #t: +2
}
* [「{admitted:先ほどは『手違いかも』と申しましたが、確認したところ手続きに誤りはありませんでした。失礼しました。}督促状と催告書にお返事がなかったため、先週差し押さえました。止まっているのは差し押さえた{seized()}万円までで、これから入るお金はお使いになれます。この場で外すお約束はできませんが、通帳で入金の中身を確かめ、今月の生活も含めて事情を伺って、分けて納める相談と『換価の猶予』をご案内します。」 #act: staff.explain #act: staff.refuse #act: staff.defer_answer #t: +5]
    ~ fair = true
    {persona:
    - 1: 佐藤「相談だの制度だの、面倒なことを言うな。今月の家賃が払えないんだよ！」 #act: customer.repeat #act: customer.shout #mood: angry #t: +2
    - 2: 菅野「相談って……今日、お金がないんです。外してくださいって言ってるんです！」 #act: customer.repeat #act: customer.shout #mood: angry #t: +2
    - else: 斎藤「相談じゃ困るんですよ。今日、外してくださいって言ってるんです！」 #act: customer.repeat #act: customer.shout #mood: angry #t: +2
    }
* [「……わかりました。ご事情はよくわかりましたので、今日中に外せるよう、私から上に掛け合ってみます。少しお待ちいただけますか。」 #act: staff.promise_vague #t: +1]
    ~ hope = true
    -> pressed
* [「今日、いくらかでも納めていただければ、その分で差押えを外せるよう、上に話してみます。」 #act: staff.promise_vague #t: +1]
    ~ hope = true
    -> pressed
* [「決まりですので、外せません。督促状も催告書もお送りしていますし、納期限までに納めていただかなかったのは、{cn()}様のほうですから。」 #act: staff.argue #act: staff.refuse #t: +1]
    ~ heated = true
    {persona:
    - 1: 佐藤「こっちが悪いって言うのか！ 家賃が払えなくなるんだぞ！」 #act: customer.repeat #act: customer.shout #mood: angry #t: +2
    - 2: 菅野「私が悪いって言うんですか！ 生活できなくなるんですよ！」 #act: customer.repeat #act: customer.shout #mood: angry #t: +2
    - else: 斎藤「こっちが悪いって言うんですか！ 生活できないんですよ！」 #act: customer.repeat #act: customer.shout #mood: angry #t: +2
    }
- -> abuse

=== pressed ===
{persona:
- 1: 佐藤「掛け合うなら、今すぐ行ってこい。外れるまで、ここで待ってるからな。」 #act: customer.repeat #act: customer.demand_special #t: +1
- 2: 菅野「本当ですか。じゃあ、外してもらえるまで、ここで待っています。」 #act: customer.repeat #act: customer.demand_special #t: +1
- else: 斎藤「じゃあ、今すぐお願いします。外れるまで、ここで待ちますから。」 #act: customer.repeat #act: customer.demand_special #t: +1
}
（全額を納めてもらうのでなければ、窓口の判断で今日中に差押えを外せないことは、あなたにもわかっている。）
* [「申し訳ありません、不用意な言い方でした。この場で差押えを外すことはできません。入ったお金の中身を通帳で確かめさせていただいて、分けて納める相談と『換価の猶予』という制度をご案内します。」 #act: staff.apologize_limited #act: staff.refuse #act: staff.explain #act: staff.defer_answer #t: +4]
    ~ fair = true
    {persona:
    - 1: 佐藤「何だ、今さら。期待させておいて、ふざけるな！」 #act: customer.shout #mood: angry #t: +1
    - 2: 菅野「さっきは掛け合うって言ったじゃないですか！」 #act: customer.shout #mood: angry #t: +1
    - else: 斎藤「さっき、掛け合うって言いましたよね！」 #act: customer.shout #mood: angry #t: +1
    }
    -> abuse
* [（奥へ行き、高橋係長に「今日中に外せないか」と頼んでみる）「少々お待ちください。」 #act: staff.promise_vague #t: +10]
    高橋係長「全額納めていただくのでなければ、窓口で今日外すとは言えないよ。事情を伺って、換価の猶予も含めて課として判断することだ。期待を持たせるようなことは言っていないね？」
    （窓口に戻ると、{cn()}さんは「で、外れたのか」という顔で待っていた。） #act: customer.repeat
    {persona:
    - 1: 佐藤「外せない？ 掛け合うって言ったのは誰だ！ ふざけるな！」 #act: customer.shout #mood: angry #t: +2
    - 2: 菅野「外せないって……掛け合ってくれるって言ったじゃないですか！」 #act: customer.shout #mood: angry #t: +2
    - else: 斎藤「外せない？ 掛け合うって言ったのは、そっちですよね！」 #act: customer.shout #mood: angry #t: +2
    }
    -> abuse

=== abuse ===
{persona:
- 1: 佐藤「税金泥棒が。人の金を勝手に取りやがって。」 #act: customer.insult #mood: angry #t: +1
- 2: 菅野「人のお金を勝手に取るなんて、泥棒と同じじゃないですか。」 #act: customer.insult #mood: angry #t: +1
- else: 斎藤「人の給料を勝手に取るって、泥棒ですよね。」 #act: customer.insult #mood: angry #t: +1
}
（相談ブースの仕切りを越えて、声が待合まで響いた。）
* [（隣の席の後藤さんに目で合図し、同席して記録をとってもらう） #act: staff.call_colleague #act: staff.take_notes #t: +1]
    ~ colleague = true
    先輩の後藤さんが、メモを手に隣へ来た。 #who: colleague
* [「泥棒とは何ですか。税金を払わないほうが、よっぽど泥棒じゃないですか。」 #act: staff.retort #t: +1]
    ~ heated = true
    {persona:
    - 1: 佐藤「何だと！ 役人のくせに、その口のきき方は何だ！」 #act: customer.shout #mood: threatening #t: +1
    - 2: 菅野「なんですって……！ 市の職員が、そんなこと言うんですか！」 #act: customer.shout #mood: threatening #t: +1
    - else: 斎藤「は？ 市の職員が、そんなこと言っていいんですか！」 #act: customer.shout #mood: threatening #t: +1
    }
* [（言い返したら、かえってこじれる。黙って聞こう）「……はい。」 #act: staff.listen #t: +3]
-
{persona:
- 1: 佐藤「とにかく、謝れ。そこに手をついて、土下座して謝れ。それが筋だろう。」 #act: customer.demand_dogeza #mood: threatening #t: +1
- 2: 菅野「謝ってください。市長さんの名前で、謝罪の手紙をください。」 #act: customer.demand_apology #mood: angry #t: +1
- else: 斎藤「まず謝罪してください。市長名で、文書で。それくらい当然でしょう。」 #act: customer.demand_apology #mood: threatening #t: +1
}
* [「『泥棒』という言葉は、やめてください。続くようでしたら、お話を続けられません。{persona == 1:土下座はできません|書面での謝罪には応じることができません}。納め方のご相談でしたら、続けて伺います。」 #act: staff.warn #act: staff.refuse #t: +2]
    ~ warned = true
* [{persona == 1:（これで収まるなら……）ブースの外に出て、床に膝をつく|「……わかりました。市長名で、お詫びの文書をお送りします。」}{persona != 1:（これで収まるなら……）} #act: staff.concede #t: +2]
    -> knelt
* [「{persona == 1:土下座なんて|謝罪文なんて}、出すわけないでしょう。何様のつもりですか。」 #act: staff.retort #t: +1]
    ~ heated = true
    {persona:
    - 1: 佐藤「何様だと？ 納税者様だよ！」 #act: customer.shout #act: customer.insult #mood: threatening #t: +1
    - 2: 菅野「何様って……あなたたちのお給料は、私たちの税金でしょう！」 #act: customer.shout #act: customer.insult #mood: threatening #t: +1
    - else: 斎藤「何様？ 納税者ですけど！」 #act: customer.shout #act: customer.insult #mood: threatening #t: +1
    }
-
{ fair and warned and not heated and not hope:
    -> plan
}
-> sit

=== plan ===
{persona:
- 1: 佐藤「……土下座はいい。で、その猶予とかいうのを使えば、家賃は払えるようになるのか。」 #act: customer.calm #mood: irritated #t: +2
- 2: 菅野「……すみません、大きな声を出して。その、猶予というのは、どうすればいいんですか。」 #act: customer.calm #mood: calm #t: +2
- else: 斎藤「……わかりましたよ。で、その猶予っていうのは、どうすればいいんですか。」 #act: customer.calm #mood: irritated #t: +2
}
* [「この財産収支状況書に、収入と毎月の支払いを書いてお持ちください。その日のうちに係長と検討し、今週中にお電話します。差し押さえた預金は原則として税に充てますが、生活に必要な分があれば、解除も含めて判断します。結論まで取立てを待てるかも、係長に確かめます。暮らしのご相談は、福祉の相談窓口もご案内できます。」（連絡先の電話番号を伺う） #act: staff.explain #act: staff.defer_answer #t: +10]
    （{cn()}さんは、財産収支状況書と納付計画の用紙を受け取り、明日、収入と支払いがわかるものを持って来ると言って、窓口を離れた。） #act: customer.leave #t: +2
    ~ outcome = "plan"
* [「それでしたら、今日中に差押えを外すように、私から係長に言っておきます。用紙は、落ち着いてからで大丈夫です。」 #act: staff.promise_vague #t: +1]
    ~ hope = true
    {persona:
    - 1: 佐藤「頼んだぞ。今日中だからな。」 #act: customer.leave #mood: calm
    - 2: 菅野「……お願いします。今日中に、ですね。」 #act: customer.leave #mood: calm
    - else: 斎藤「今日中ですね。お願いしますよ。」 #act: customer.leave #mood: calm
    }
    ~ outcome = "promised"
- -> aftercare

=== knelt ===
{persona == 1:（あなたはブースの外に出て、床に膝をついた。待合の人たちが、息をのんで見ている。）|（係長にも課長にも諮らないまま、あなたは、市長名のお詫びの文書を送ると約束した。）} #t: +2
{persona:
- 1: 佐藤「ふん。謝るくらいなら、最初から取るな。さっさと外しておけよ。」 #act: customer.leave #mood: irritated
- 2: 菅野「……手紙、待っていますから。それと、外してくださいね。」 #act: customer.leave #mood: irritated
- else: 斎藤「文書、待ってますから。……で、外してくれるんですよね。今日中に。」 #act: customer.leave #mood: irritated
}
（{cn()}さんは窓口を離れた。差押えは、もちろんそのままだ。）
~ outcome = "forced"
-> aftercare

=== sit ===
{persona:
- 1: 佐藤「話にならない。外すまで、ここを動かないからな。」 #act: customer.sit_in #act: customer.repeat #mood: angry #t: +3
- 2: 菅野「外してもらえるまで、帰りません。」 #act: customer.sit_in #act: customer.repeat #mood: angry #t: +3
- else: 斎藤「外してくれるまで、帰りませんから。」 #act: customer.sit_in #act: customer.repeat #mood: angry #t: +3
}
（{cn()}さんはカウンター前の椅子に座り込み、腕を組んだ。）
* [（奥の席の高橋係長のところへ行き、経緯を報告して判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +3]
    -> chief
* [「これ以上はお話しできません。本日の対応は終了します。お引き取りください。」（自分の判断で告げる） #act: staff.end_response #t: +1]
    ~ self_end = true
    {persona:
    - 1: 佐藤「終了だと？ 勝手に決めるな。動かないと言っただろう。」 #act: customer.sit_in #mood: threatening
    - 2: 菅野「終了って……帰りませんって言ってるんです。」 #act: customer.sit_in #mood: angry
    - else: 斎藤「終了？ 勝手に終わらせないでくださいよ。」 #act: customer.sit_in #mood: angry
    }
    -> chief
* [（座っているだけだ。気が済むまで、同じ話を聞こう）「はい……。」 #act: staff.listen #t: +30]
    （同じ話が、何度も繰り返された。窓口には、納付書を手にした人の列ができていた。） #act: customer.repeat #act: customer.shout #t: +30
    {persona:
    - 1: 佐藤「……今日はもういい。外さなかったら、また来るからな。」 #act: customer.leave
    - 2: 菅野「……もういいです。また来ます。」 #act: customer.leave
    - else: 斎藤「……今日は帰ります。また来ますから。」 #act: customer.leave
    }
    ~ outcome = "dragged_on"
    -> aftercare

=== chief ===
{self_end:
    （あなたは奥の席の高橋係長に、経緯を報告した。） #act: staff.report_supervisor #t: +2
}
高橋係長が、窓口に来た。 #who: manager
高橋係長「係長の高橋です。経緯は担当から聞きました。差押えは、督促と催告を経て行ったものです。全額を納めていただく場合のほかは、この場で外すことはできません。止まっているのは差し押さえた分までで、これから入るお金はお使いになれます。入金の中身は、通帳で確かめさせてください。分けて納めるご相談と、換価の猶予のご相談は受け付けます。」 #act: staff.explain #t: +3
（高橋係長は、財産収支状況書の用紙と、相談の予約の紙をカウンターに置いた。）
高橋係長「ご事情は、この用紙をお持ちいただいたときに伺います。本日の窓口での対応は、これで終了いたします。」 #act: staff.end_response #t: +1
{ fair and not heated:
    {persona:
    - 1: 佐藤「……猶予の相談の紙だけ、もらっていく。」 #act: customer.leave #mood: irritated
    - 2: 菅野「……その用紙、ください。」 #act: customer.leave #mood: irritated
    - else: 斎藤「……用紙だけ、もらっていきます。」 #act: customer.leave #mood: irritated
    }
    （{cn()}さんは財産収支状況書の用紙を受け取り、窓口を離れた。）
    ~ outcome = "ended_by_chief"
    -> aftercare
}
{persona:
- 1: 佐藤「係長が出てきても同じか。動かないと言っただろう。」 #act: customer.sit_in #mood: threatening
- 2: 菅野「係長さんまで同じことを……。帰りません。」 #act: customer.sit_in #mood: angry
- else: 斎藤「係長も同じですか。帰りませんよ。」 #act: customer.sit_in #mood: angry
}
高橋係長「本日はお引き取りください。」 #act: staff.warn #t: +3
（係長は間を置いて、もう一度お引き取りを求めた。{cn()}さんは動かない。係長は奥の菊地課長に報告し、課長が窓口に来た。） #act: customer.sit_in #t: +5
菊地課長「納税課長の菊地です。庁舎等管理規則に基づき、庁舎からの退去を命じます。退去されない場合は、警察に通報します。」 #act: staff.order_leave #act: staff.final_warning #t: +1
{persona:
- 1: 佐藤「……わかったよ。帰ればいいんだろう。覚えてろよ。」 #act: customer.leave #mood: irritated
- 2: 菅野「……帰ります。」 #act: customer.leave #mood: irritated
- else: 斎藤「……わかりましたよ。帰ります。」 #act: customer.leave #mood: irritated
}
~ outcome = "exit_order"
-> aftercare

=== aftercare ===
（{cn()}さんが帰ったあと、あなたは自分の席に戻った。）
* [経過を滞納整理の記録と発生連絡票にまとめ、高橋係長に報告する #act: staff.file_report #act: staff.report_supervisor #t: +15]
    ~ reported = true
* [（記録に「来庁。差押えについて説明」とだけ書いて、次の窓口に戻る） #act: staff.keep_to_self #t: +2]
- -> finale

=== finale ===
{
- outcome == "plan":
    {reported: 高橋係長「差押えは外せないとはっきり言い、そのうえで、分けて納める相談と換価の猶予という、できることを示した。暴言には止めるよう伝え、土下座は断った。それでいい。書類が届いたら、課として早めに判断しよう。」}
    {reported and not colleague: 高橋係長「ただ、大きな声が出たら、後藤さんか私を呼んで、二人で聞こう。」}
    {reported and not facts: 高橋係長「それと、最初は説明より先に、名前と口座を伺って調べよう。」}
    {reported and admitted: 高橋係長「それと、調べる前に『市の手違いかもしれません』とは言わないこと。相手はそこから引けなくなる。」}
    {reported: 高橋係長「今日のやり取りは、滞納管理システムの交渉経過に入れて、差押えをした地区の担当にも今日のうちに伝えておこう。延滞金は納め終わるまで増えることも、次に来られたときに説明しよう。」}
    {not reported: （翌日、{cn()}さんが書類を持って来たとき、窓口の職員は前日の経緯を知らず、差押えの話を一から聞き直した。）}
    （差押えは外せないと伝えたうえで、分けて納める相談と換価の猶予の相談につないだ。） #ending: plan_agreed
    -> END
- outcome == "ended_by_chief":
    {reported: 高橋係長「外せないことと、分けて納める相談や猶予の道は、はっきり伝えてくれていた。座り込まれたところで報告してくれたので、課として終えられた。」}
    {reported and hope: 高橋係長「『掛け合ってみます』と一度言うと、訂正しても相手はそこから引けなくなる。訂正できたのはよかったが、最初からはっきり伝えよう。」}
    {reported and self_end: 高橋係長「対応を終えるのは、課としての判断だ。告げる前に、私に報告してほしい。」}
    {not reported: （数日後、{cn()}さんは別の職員の窓口で、同じ話を一から始めた。）}
    （座り込まれたところで係長に報告し、係長が課として対応を終え、猶予の相談の道を示した。） #ending: ended_by_chief
    -> END
- outcome == "exit_order":
    {reported and not fair: 高橋係長「外せないと言うだけでなく、分けて納める相談や換価の猶予といった、できることを先に伝えていたら、ここまでこじれなかったかもしれない。」}
    {reported and hope: 高橋係長「『掛け合ってみます』と一度言うと、相手はそこから引かない。できないことは、最初からはっきり伝えよう。」}
    {reported and heated: 高橋係長「言い返すと、相手は引けなくなる。暴言には、やめてくださいと伝えればいい。」}
    {reported and persona == 1: 高橋係長「最後の『覚えてろよ』も、言われたとおり連絡票に書いて、差押えをした地区の担当と共有しておこう。」}
    {reported and self_end: 高橋係長「対応を終えるのは、課としての判断だ。告げる前に、私に報告してほしい。」}
    {not reported: （この日のことは記録に残らず、{cn()}さんが次に来たとき、誰も経緯を知らなかった。）}
    （こじれた末に座り込まれ、係長が退去を命じて、ようやく帰った。） #ending: exit_order
    -> END
- outcome == "forced":
    {reported and persona == 1: 高橋係長「土下座は、してはいけない。差押えは、謝って外れるものでもない。『土下座はできません』と伝えていいんだ。……つらかったね。総務課の相談窓口も使ってほしい。」}
    {reported and persona != 1: 高橋係長「市長名の謝罪文は、担当が約束できるものじゃない。書面での謝罪は、市として必要なほどの落ち度があるときにするもので、今回は手続きに誤りはない。私から{cn()}さんに連絡して、お伝えし直そう。」}
    {not reported and persona == 1: （待合にいた人の一人が、その様子を「市役所で職員が土下座させられていた」と書き込んだ。）}
    {not reported and persona != 1: （翌週、{cn()}さんから「謝罪文はまだか」と、課長あてに電話があった。課長は何も聞かされていなかった。）}
    （{persona == 1:土下座の要求に応じ、窓口で膝をついた|市長名の謝罪文という、担当が約束できない要求に応じた}。差押えは何も変わらなかった。） #ending: forced_apology
    -> END
- outcome == "promised":
    {reported: 高橋係長「全額を納めていただくのでなければ、今日中に外すと窓口で約束することはできない。私から{cn()}さんに連絡して、ご事情を伺って課として判断することを伝え直そう。」}
    {not reported: （夕方、{cn()}さんから「今日中に外すと言ったのに、まだ下ろせない」と電話があった。）}
    （「今日中に外す」と、市としてできない約束をして帰した。） #ending: promised_release
    -> END
- else:
    {reported: 高橋係長「一人で1時間近く聞かせてしまったね。{warned:やめてくださいと伝えたあとも続くなら、|大きな声や『泥棒』という言葉には、やめてくださいと伝えていい。}座り込まれたら、私に報告してくれれば、課として終える。」}
    {not reported: （午後の窓口でも、あなたは「泥棒」という声を何度も思い出した。）}
    （暴言と座り込みに、{warned:係長に報告しないまま|警告も報告もしないまま}、1時間近く一人で聞き続けた。） #ending: dragged_on
    -> END
}

=== function cn() ===
{persona:
- 1: ~ return "佐藤"
- 2: ~ return "菅野"
- else: ~ return "斎藤"
}

=== function tax() ===
{persona:
- 1: ~ return "昨年度の国民健康保険税"
- 2: ~ return "相続で菅野さんの名義になった自宅の固定資産税"
- else: ~ return "前の職場を辞めたあとの市県民税"
}

=== function owed() ===
{persona:
- 1: ~ return 24
- 2: ~ return 16
- else: ~ return 12
}

=== function seized() ===
{persona:
- 1: ~ return 9
- 2: ~ return 7
- else: ~ return 12
}
