// 威嚇・脅迫型 — 土木課・道路補修の窓口
// 奥州市カスタマーハラスメント対応マニュアル（案）第3 2(1)イ・ウ、第3 2(2)ア〜オ、第3 2(3)ア・イ、第4 1(4)、第4 3(2)
// 相談者：自宅や店の前の道路の傷みを1か月前に電話で伝えた市民（3人のうち1人を起動時に選ぶ）。
// 補修の予定には入っているが、時期は未定。市から折り返しの連絡をしていなかった（その不便へのお詫びはできる）。
// 今日中の補修を求め、断られると、身を乗り出して脅し、SNSや新聞への暴露をほのめかす。

INCLUDE common/colleague.ink

VAR persona = 0
VAR cname = ""        // 相手の名字
VAR spot = ""         // 傷んでいる場所（職員の言い方）
VAR quick = false     // 聴く前に説明に入った
VAR hope = false      // 期待を持たせた
VAR deferred = false  // 明日電話で見通しを知らせると伝えた
VAR mgr = false       // 熊谷課長が窓口にいる
VAR mgr_first = false // 「課長を出せ」に、そのまま課長を出した
VAR warned = false    // 脅しを止めるよう警告した
VAR recorded = false  // 録音を告げた
VAR heated = false    // 言い返した
VAR labeled = false   // 「カスハラ」と口にした
VAR provoked = false  // 「どうぞ、ご自由に」と言った
VAR abrupt = false    // 警告せずに打ち切った
VAR late = false      // 30分を過ぎてから打ち切った
VAR waited = false    // 退去命令のあと、通報せずに待った
VAR reported = false
VAR by_mgr = false    // 退去命令を熊谷課長に報告して、課長が命じた
VAR police_called = false // 警察に通報した（事後の相談を含む）
VAR alone = false     // 脅されたあとも一人で窓口に立っていた
VAR order_self = false // 退去命令を自分の判断で出した
VAR safe_home = false  // 帰宅時の同行を頼んだ
VAR outcome = ""
VAR clock = 0         // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる

-> start

=== start ===
~ persona = RANDOM(1, 3)
{ persona:
- 1:
    ~ cname = "遠藤"
    ~ spot = "ご自宅の前の市道の穴"
- 2:
    ~ cname = "菅野"
    ~ spot = "ご自宅の前の側溝の蓋"
- else:
    ~ cname = "阿部"
    ~ spot = "お店の前の歩道の段差"
}
-> opening

=== opening ===
六月の水曜日、午前10時。市役所、土木課の窓口。
あなたは、市道の維持補修の受付を担当している。
{pick("工務店の名前が入った作業着姿の、60代くらいの男性", "ワイシャツ姿の40代くらいの男性", "エプロンをつけたままの50代くらいの女性")}が、足早にカウンターへ来た。 #look: {persona == 1: man_60s|{persona == 2: man_40s|woman_50s}}
{cname}「{pick("ちょっといいか。うちの前の市道に穴があいてるって、1か月前に電話したんだ。まだそのままだ。きのうは軽トラのタイヤがはまった。どうなってるんだ。", "すみません、ちょっといいですか。家の前の側溝の蓋がガタガタで、夜中に車が通るたびに大きな音がするんです。1か月前に電話したのに、何の連絡もない。子どもが足を挟みそうで、怖いんですよ。", "ちょっと、いいかしら。うちの店の前の歩道、舗装がはがれて段差になってるって、1か月前に電話したのよ。まだそのまま。きのう、お客さんがつまずいて転びそうになったの。どうなってるの。")}」 #act: customer.complaint #mood: irritated #t: +2
* [「{spot}のことで、1か月前にお電話をいただいたのですね。場所を確かめたいので、こちらの地図で、どのあたりか教えていただけますか。」 #act: staff.paraphrase #act: staff.ask_facts #t: +3]
    {cname}「{pick("ここだ。この角の、うちの前だよ。", "ここです。この角を曲がった、うちの前です。", "ここよ。この交差点の、うちの店の前。")}」
    （受付の記録を調べると、1か月前の電話の記録があった。担当の職員が現地を確かめ、補修の予定に入れている。ただ、工事の時期はまだ決まっておらず、{cname}さんに折り返しの連絡はしていなかった。） #t: +3
    -> answer
* [「道路の補修は、危ないところから順番に行っています。予算にも限りがありますので、順番をお待ちいただくしかありません。」 #act: staff.explain #t: +1]
    ~ quick = true
    {cname}「{pick("場所も聞かずに、順番だと？ 1か月待ったんだぞ。", "場所も聞かないで、順番ですか。もう1か月待ったんですよ。", "場所も聞かないで、順番？ 1か月待ったのよ。")}」 #mood: angry
    （あわてて受付の記録を調べると、補修の予定には入っているが、工事の時期はまだ決まっていなかった。） #t: +3
    -> demand

=== answer ===
* [「ご連絡が行き届かず、ご心配をおかけして申し訳ありません。担当の職員が現地を確認して、補修の予定に入っています。ただ、いつ工事ができるかは、まだ決まっておりません。担当に確認して、明日中に見通しをお電話でお知らせします。」 #act: staff.apologize_limited #act: staff.explain #act: staff.defer_answer #t: +3]
    ~ deferred = true
* [「予定には入っていますので、たぶん来週中には直ると思います。」 #act: staff.promise_vague #t: +1]
    ~ hope = true
    {cname}「{pick("たぶん？ 本当に来週なんだろうな。", "たぶん、ですか。本当に来週なんですね？", "たぶん？ 本当に来週なのね？")}」
    （担当に確かめると、来週の予定など、どこにもなかった。あなたは、言葉に詰まった。） #t: +2
- -> demand

=== demand ===
{hope:
    {cname}「{pick("すぐ直すようなことを言っておいて、いつかも言えないのか。", "直るようなことを言っておいて、いつかも言えないんですか。", "直るようなことを言っておいて、いつかも言えないの？")}」 #mood: angry
}
{cname}「{deferred:{pick("明日の電話なんか待てるか。", "明日の電話？ もう1か月待ったんですよ。", "明日の電話？ 1か月待たされたのよ。")}|{pick("これ以上待てるか。", "もう1か月待ったんですよ。", "1か月待たされたのよ。")}}{pick("今日中に直せ。あんたじゃ話にならない。課長を出せ。", "今日中に直してください。あなたじゃ話にならない。課長を呼んでください。", "今日中に直して。あなたじゃ話にならないわ。課長を呼んで。")}」 #act: customer.demand_special #act: customer.demand_manager #mood: angry #t: +1
* [「私が担当ですので、お話を伺います。課長には、私から報告いたします。」 #act: staff.state_in_charge #t: +1]
    {cname}「{pick("担当だと？ ……ふん。", "担当、ですか。……へえ。", "担当？ ……ふうん。")}」
* [「承知しました。課長を呼んでまいります。」（奥の席の熊谷課長に、経緯を手短に伝えて来てもらう） #act: staff.escalate_manager #act: staff.brief_handover #t: +3]
    ~ mgr = true
    ~ mgr_first = true
    熊谷課長が窓口に来た。 #who: manager
    熊谷課長「課長の熊谷です。担当から申し上げたとおり、補修の予定には入っております。時期は確認して、明日お知らせいたします。」
    {cname}「{pick("課長が出てきて、それか。課長なら、今ここで決められるだろう。", "課長が出てきて、それですか。課長なら、今ここで決められるでしょう。", "課長が出てきて、それ？ 課長なら、今ここで決められるでしょう。")}」 #act: customer.repeat
    （課長が、その場で判断を迫られている。最初に出る人を間違えた、とあなたは思った。）
- -> threat

=== threat ===
（{cname}さんはカウンターに両手をつき、身を乗り出した。顔が、すぐ目の前にある。{mgr:熊谷課長は、あなたの隣に立っている。}）
{cname}「{pick("……あんたの名前、名札で覚えたからな。俺はこの商売を40年やってる。知り合いは多いんだ。気の荒いのもな。そいつらがこの話を聞いたら、どうなるかな。どうなっても知らないぞ。", "……あなたの名前、覚えましたよ。僕の知り合いには、こういう話を放っておかない連中がいるんです。あなたの帰り道くらい、すぐ分かる。どうなっても知りませんよ。", "……あなたの名前、覚えたわよ。私の知り合いには、こういう話を黙って聞いていられない人たちがいるの。あなたがどこに住んでるかくらい、すぐ分かるわ。どうなっても知らないわよ。")}」 #act: customer.threat #mood: threatening #t: +1
* [（一歩下がってカウンターから距離をとり、隣の席の斎藤さんに目で合図する）「そのような発言をされるのなら、これ以上お話しはできかねますので、そのような発言は控えてください。」 #act: staff.keep_distance #act: staff.call_colleague #act: staff.warn #t: +1]
    ~ warned = true
    -> colleague_joins("斎藤", "通報") ->
* {not mgr} [「そのような発言をされるのなら、これ以上お話しはできかねますので、そのような発言は控えてください。」（一歩下がって距離をとり、奥の熊谷課長に状況を伝えて、来てもらう） #act: staff.warn #act: staff.keep_distance #act: staff.report_supervisor #act: staff.escalate_manager #t: +2]
    ~ warned = true
    ~ mgr = true
    熊谷課長が窓口に来て、あなたの隣に立った。 #who: manager
    熊谷課長「課長の熊谷です。担当から話は聞きました。{cname}様、今のようなご発言は、お止めください。」
* [「申し訳ございません！ 今日中に何とかできないか、すぐ担当に掛け合いますので……。」 #act: staff.apologize_full #act: staff.promise_vague #t: +1]
    -> placated
* [「脅しですか。そんなことをおっしゃっても、順番は変わりませんよ。」 #act: staff.argue #t: +1]
    ~ heated = true
    {cname}「{pick("なんだと。こっちは本気で言ってるんだぞ！", "なんだと。こっちは本気で言ってるんだ！", "何ですって。こっちは本気で言ってるのよ！")}」 #act: customer.shout #mood: threatening
- -> record_step

=== record_step ===
~ alone = not colleague_here and not mgr
* [「『{pick("どうなっても知らないぞ", "どうなっても知りませんよ", "どうなっても知らないわよ")}』という発言は脅迫的な発言です。この後の発言は対応の証拠として録音させていただきます。」（ICレコーダーの録音ボタンを押す） #act: staff.announce_recording #t: +1]
    ~ recorded = true
    {cname}「{pick("録音？ 好きにしろ。", "録音？ どうぞ、ご勝手に。", "録音？ 好きにすれば。")}」
* [（録音などしたら、もっと怒らせてしまう。できないことを、もう一度だけ伝えよう）「申し訳ありませんが、今日中の補修はお約束できません。」 #act: staff.refuse #t: +1]
- -> media

=== media ===
{cname}「{pick("だったら、こっちにも考えがある。この窓口の対応、全部ネットに書いてやる。新聞社にも知り合いがいるんだ。記者に電話してやるからな。", "だったら、こっちにも考えがある。このやり取り、全部SNSに書きますよ。新聞社にも知り合いがいる。記者に電話しますから。", "だったら、こっちにも考えがあるわ。この窓口の対応、全部SNSに書くから。新聞社にも知り合いがいるの。記者に電話するわよ。")}」 #act: customer.media_threat #mood: threatening #t: +1
* [「{cname}様のご判断ですので、何とも申し上げられません。」 #act: staff.explain #t: +1]
    {cname}「{pick("……ふん。強がりやがって。", "……へえ。余裕ですね。", "……何よ、その落ち着きよう。")}」
* [「どうぞ、ご自由に。」 #act: staff.provoke #t: +1]
    ~ provoked = true
    {cname}「{pick("言ったな。今の言葉も、そのまま書いてやる！", "言いましたね。今の言葉も、そのまま書きますよ！", "言ったわね。今の言葉も、そのまま書いてやるから！")}」 #act: customer.shout #mood: threatening
* [「それだけは困ります！ 書くのは止めてください。今日中に直せるよう、何とかしますから。」 #act: staff.promise_vague #t: +1]
    -> placated
- -> final_threat

=== final_threat ===
{cname}「{pick("新聞に載れば、あんたも課長もおしまいだ。それに、知り合いの話も忘れるなよ。", "新聞に載れば、あなたも課長も終わりですよ。それに、知り合いの話も忘れないでくださいね。", "新聞に載ったら、あなたも課長もおしまいよ。それに、知り合いの話も忘れないでね。")}」 #act: customer.threat #t: +1
* {warned} [「脅迫するのであれば対応ができません。お引き取りください。」 #act: staff.end_response #t: +1]
    -> ended
* {not warned} [「脅迫するのであれば対応ができません。お引き取りください。」 #act: staff.end_response #t: +1]
    ~ abrupt = true
    -> ended
* {not warned} [「そのような発言をされるのなら、これ以上お話しはできかねますので、そのような発言は控えてください。続けられるのであれば、対応を終了します。」 #act: staff.warn #act: staff.final_warning #t: +1]
    ~ warned = true
    {cname}「{pick("終了だと？ やれるもんならやってみろ。", "終了？ やれるものならやってみてくださいよ。", "終了？ やれるものならやってみなさいよ。")}」 #act: customer.shout #mood: threatening
    -> last_chance
* {not warned} [（これ以上怒らせないよう、黙って聞いていよう） #act: staff.listen #t: +15]
    -> drag
* {warned} [「……わかりました。新聞だけは困りますので、今日中に何とかできないか、担当にもう一度掛け合ってみます。」 #act: staff.promise_vague #t: +1]
    -> placated

=== last_chance ===
* [「脅迫するのであれば対応ができません。お引き取りください。」 #act: staff.end_response #t: +1]
    -> ended
* [（名前も帰り道も知られている。怖い）「……わかりました。今日中に何とかできないか、担当に掛け合ってみますから。」 #act: staff.promise_vague #t: +1]
    -> placated

=== drag ===
（あなたは黙って聞き続けた。{cname}さんはカウンターに身を乗り出したまま、「知り合い」と「新聞」の話を何度も繰り返した。壁の時計は{hm(clock)}を回った。） #act: customer.threat #act: customer.repeat #t: +20
（窓口の周りには、誰も近づかなくなっていた。）
* [「脅迫するのであれば対応ができません。お引き取りください。」 #act: staff.end_response #t: +1]
    ~ late = true
    {not warned:
        ~ abrupt = true
    }
    （一時間近く脅し続けて疲れたのか、{cname}さんは舌打ちをして、カウンターから体を起こした。）
    {cname}「{pick("……今日はこれで帰る。だが、覚えておけよ。", "……今日はこれで帰ります。でも、覚えておいてくださいね。", "……今日はこれで帰るわ。でも、覚えておいてね。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "ended_late"
    -> aftercare
* [（あと少し我慢すれば、気が済んで帰るかもしれない） #act: staff.listen #t: +20]
    （昼のチャイムが鳴ったころ、{cname}さんはようやくカウンターから離れた。）
    {cname}「{pick("……今日はこれくらいにしてやる。だが、覚えておけよ。", "……今日はこれくらいにしておきます。でも、覚えておいてくださいね。", "……今日はこれくらいにしておくわ。でも、覚えておいてね。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "dragged_on"
    -> aftercare

=== placated ===
{cname}「{pick("最初からそう言えばいいんだ。今日中だぞ。直ってなかったら、また来るからな。", "最初からそう言えばいいんですよ。今日中ですよ。直ってなかったら、また来ますから。", "最初からそう言えばいいのよ。今日中よ。直ってなかったら、また来るから。")}」 #act: customer.leave #mood: irritated
（{cname}さんは帰っていった。今日中に補修できる見込みは、どこにもない。）
~ outcome = "gave_in"
-> aftercare

=== ended ===
{cname}「{pick("帰らないぞ。今日中に直すと言うまで、ここを動かない。", "帰りませんよ。今日中に直すと言うまで、ここを動きません。", "帰らないわよ。今日中に直すって言うまで、ここを動かないから。")}」 #act: customer.sit_in #mood: angry
（{cname}さんはカウンターの前に立ったまま、動こうとしない。{colleague_here:斎藤さんが、電話の近くで様子を見ている。}{mgr:熊谷課長が、あなたの隣にいる。}）
* [「脅迫的な発言がありましたので、警察に通報します。」（{mgr:熊谷課長がうなずくのを確かめて、|}{colleague_here:斎藤さんに通報を頼む|受話器を取る}） #act: staff.call_police #t: +2]
    -> police(false)
* [「お引き取りください。」（間隔を空けて、もう一度はっきりと退去を求める） #act: staff.warn #t: +3]
    {cname}「{pick("帰らないと言っているだろう。", "帰らないと言っているでしょう。", "帰らないって言ってるでしょう。")}」 #act: customer.sit_in
    （間を置いてもう一度お願いしたが、{cname}さんは動かない。） #act: staff.warn #t: +3
    -> order
* [「……わかりました。今日中に直すよう、課長に話します。ですから、今日はお帰りください。」 #act: staff.concede #t: +2]
    -> placated

=== order ===
* [（{mgr:隣の熊谷課長に|{colleague_here:斎藤さんに窓口を見ていてもらい、|}奥の熊谷課長に}経緯を報告して、退去命令の判断を仰ぐ。自分は一歩下がって、やり取りを書き留める） #act: staff.report_supervisor #act: staff.take_notes #t: +2]
    ~ by_mgr = true
    ~ temp came = not mgr
    { came:
        熊谷課長が窓口に来た。 #who: manager
    }
    ~ mgr = true
    熊谷課長「{came:課長の熊谷です。担当から経緯は聞きました。}脅迫的なご発言がありましたので、本日の対応はこれで終了します。」 #act: staff.end_response
    熊谷課長「庁舎管理規則に基づき、庁舎からの退去を命じます。退去されない場合は、警察に通報します。」 #act: staff.order_leave #act: staff.final_warning #t: +2
* [「庁舎管理規則に基づき、庁舎からの退去を命じます。お引き取りいただけない場合は、警察に通報します。」（自分の判断で命じる） #act: staff.order_leave #act: staff.final_warning #t: +2]
    ~ order_self = true
* [「あなたの行為は、カスハラに当たります。退去してください。」 #act: staff.label_harassment #act: staff.order_leave #t: +2]
    ~ order_self = true
    ~ labeled = true
    {cname}「{pick("カスハラだと？ 人を犯罪者扱いする気か！", "カスハラ？ 人を犯罪者扱いするんですか！", "カスハラ？ 人を犯罪者扱いする気？")}」 #act: customer.shout #mood: threatening
-
{ heated or provoked or labeled or not recorded:
    {cname}「{pick("命令だと？ 呼べるものなら呼んでみろ。動かないぞ。", "命令？ 呼べるものなら呼んでみてください。動きませんよ。", "命令？ 呼べるものなら呼んでみなさいよ。動かないから。")}」 #act: customer.sit_in #mood: angry
    -> order_refused
- else:
    （録音されていることは、{cname}さんにも分かっている。しばらくカウンターをにらんでいたが、やがて体を起こした。）
    {cname}「{pick("……ふん。今日のところは帰ってやる。", "……わかりましたよ。今日は帰ります。", "……わかったわよ。今日は帰るわ。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "left_after_order"
    -> aftercare
}

=== order_refused ===
* [{by_mgr:（熊谷課長の指示を受け、「警察に通報します」と告げて通報する）|「退去していただけませんので、警察に通報します。」} #act: staff.call_police #t: +2]
    -> police(true)
* [（警察沙汰にしたら、本当に新聞に書かれるかもしれない。少し離れて、帰るのを待とう） #act: staff.keep_distance #t: +2]
    ~ waited = true
    （{cname}さんは、カウンターの前から動かなかった。窓口に来た市民は、ほかの課に回ってもらうしかなかった。） #act: customer.sit_in #t: +45
    {cname}「{pick("……今日はもういい。だが、これで済むと思うなよ。", "……今日はもういいです。でも、これで済むと思わないでください。", "……今日はもういいわ。でも、これで済むと思わないで。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "waited_out"
    -> aftercare

=== police(after_order) ===
~ temp staff_n = 1
{colleague_here: 
    ~ staff_n += 1
}
{mgr:
    ~ staff_n += 1
}
（{colleague_here:斎藤さんが|あなたが}警察に電話をかけ、状況を伝えた。）
（「市役所土木課の者です。窓口で、職員に脅迫的な発言をされ、{after_order:退去命令にも応じていただけない|退去していただけない}事案が発生しました。相手方は{pick("男性", "男性", "女性")}1名、当方は職員{staff_n}名が対応中です。事案解決の支援をお願いします。」） #t: +3
（脅迫の内容を聞かれ、{recorded:「知り合い」の話や帰り道の話をされたこと、そのやり取りを録音していることを伝えた。|「知り合い」の話や帰り道の話をされたことを伝えた。録音はしていなかったので、言われた言葉は記憶を頼りに話すしかなかった。}）
（15分ほどして、警察官が二人到着した。） #t: +15
警察官が窓口に来た。 #who: police
警察官「市役所から退去を求められていますね。お話は外で伺いますので、一緒に出ましょうか。」
{cname}「{pick("……わかったよ。", "……わかりましたよ。", "……わかったわよ。")}」 #act: customer.leave #mood: irritated
（{cname}さんは、警察官に付き添われて庁舎を出て行った。）
~ police_called = true
~ outcome = "exit_police"
-> aftercare

=== aftercare ===
（{cname}さんが帰ったあと、あなたは席に戻った。「名前、覚えた」という声が、頭から離れない。）
* {police_called} [経過を記録にまとめ{recorded:、録音データとあわせて|て}カスタマーハラスメント発生連絡票を作り、熊谷課長に報告する。帰り道が不安なことも伝え、今日は同僚と一緒に帰る。相談窓口にも話しておく #act: staff.file_report #act: staff.report_supervisor #act: staff.seek_support #t: +20]
    ~ reported = true
    ~ safe_home = true
* {not police_called} [経過を記録にまとめ{recorded:、録音データとあわせて|て}カスタマーハラスメント発生連絡票を作り、熊谷課長に報告する。脅された内容は課長と一緒に警察に相談し、今日は同僚と一緒に帰る。相談窓口にも話しておく #act: staff.file_report #act: staff.report_supervisor #act: staff.call_police #act: staff.seek_support #t: +25]
    ~ reported = true
    ~ safe_home = true
    ~ police_called = true
* {not police_called} [経過を記録にまとめ{recorded:、録音データとあわせて|て}カスタマーハラスメント発生連絡票を作り、熊谷課長に報告する（帰ってくれたのだから、警察に相談するほどではないだろう） #act: staff.file_report #act: staff.report_supervisor #t: +15]
    ~ reported = true
* [（脅されたなどと話したら、大ごとになる。誰にも言わずに仕事に戻る） #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{reported:
    {heated: 熊谷課長「『脅しですか』と言い返すと、相手はもっと強く出る。議論はせず、『そのような発言は控えてください』とだけ伝えればいい。」}
    {provoked: 熊谷課長「『どうぞ、ご自由に』は挑発と受け取られる。『{cname}様のご判断ですので、何とも申し上げられません』と答えれば足りるんだ。」}
    {labeled: 熊谷課長「『カスハラです』とは言わないこと。脅迫するのであれば対応できない、と伝えれば十分だ。」}
    {abrupt: 熊谷課長「一度も止めるよう伝えないまま打ち切ったね。脅迫なら打ち切っていいけれど、まず『そのような発言は控えてください』と伝えておくと、その後の対応がぶれないんだ。」}
    {not recorded: 熊谷課長「脅すような言葉があったら、『この後の発言は対応の証拠として録音させていただきます』と告げて録音しよう。脅迫なら、同意がなくても録音していい。」}
    {mgr_first: 熊谷課長「『課長を出せ』で私がすぐ出ると、私がその場で決めるしかなくなる。まずは『私が担当です』と伝えて、報告してほしい。脅しがあったときは、すぐに呼んでくれていい。」}
    {alone: 熊谷課長「脅された窓口に、一人で立ち続けていたね。身を乗り出されたら、まず下がって、周りを呼ぶんだ。」}
    {order_self: 熊谷課長「退去命令は、課として出すものだ。次からは私に報告して、私から命じさせてほしい。あなたは一歩下がって、記録をお願い。」}
    {not police_called: 熊谷課長「それと、脅迫があったら、『警察に通報します』と告げて通報していい。帰ってもらえた後でも、警察には相談しておこう。帰り道のことも心配だからね。」}
    {safe_home: 熊谷課長「しばらくは、帰りは誰かと一緒に出よう。警察にも、この件を伝えて相談してある。一人で抱えなくていいからね。」}
}
{
- outcome == "left_after_order":
    {reported and police_called and not heated and not provoked and not labeled and not abrupt and not mgr_first: 熊谷課長「距離をとって、複数で対応し、録音を告げ、挑発には乗らず、脅迫が続いたので対応を終えた。退去を命じて、それで帰られた。ただ、脅迫があった時点で『警察に通報します』と告げて通報してもよかったんだ。補修の見通しは、約束どおり明日電話しよう。」}
    {not reported: （記録も報告も残らなかった。一週間後、{cname}さんの「知り合い」を名乗る人から電話があったが、応対した職員は何も知らなかった。）}
    （脅しには乗らず、対応を終えて退去を命じた。{cname}さんは、録音を意識してか、それ以上は何も言わずに帰っていった。） #ending: left_after_order
    -> END
- outcome == "exit_police":
    {reported and not heated and not provoked and not labeled and not abrupt: 熊谷課長「脅迫があって、退去もされなかったから、『警察に通報します』と告げて通報した。それでいい。録音は警察にも聞いてもらえる。補修の見通しは、約束どおり明日電話しよう。」}
    {reported and (heated or provoked or labeled or abrupt): 熊谷課長「通報したのは正しい。ただ、途中のやり取りで、相手をかえって意固地にさせてしまったね。」}
    {not reported: （警察が来た事案なのに、課として何も共有されなかった。あなたは帰り道、何度も後ろを振り返った。）}
    {provoked: （数日後、「市役所の職員に『ご自由に』と言われた」という書き込みが、SNSに上がった。）}
    （脅迫的な発言があり、退去もされなかったため、警察に対応を要請した。{cname}さんは、警察官に付き添われて庁舎を出た。） #ending: exit_police
    -> END
- outcome == "gave_in":
    {reported: 熊谷課長「今日中の補修は、市としてはできない約束だ。私から{cname}様に連絡して、訂正とお詫びをしよう。怖かったと思う。でも、脅されて約束すると、次も脅せば通ると思われてしまうんだ。」}
    {not reported: （夕方になっても、補修の予定は何も変わらなかった。翌朝、{cname}さんは、前の日よりも大きな声で窓口に現れた。）}
    （脅しを止めたい一心でした約束が、次の、もっと激しい脅しを呼んでしまった。） #ending: gave_in
    -> END
- outcome == "ended_late":
    {reported: 熊谷課長「最後は対応を終えられた。でも、脅しを黙って30分以上聞き続ける必要はないんだ。まず『そのような発言は控えてください』と伝えて、続いたらすぐ終えていい。」}
    {not reported: （その夜、あなたはなかなか眠れなかった。この日のことは、誰にも話さないままだった。）}
    （脅しを黙って30分以上聞いたあとで、ようやく対応を終えた。{cname}さんは捨て台詞を残して帰っていった。） #ending: ended_late
    -> END
- outcome == "waited_out":
    {reported: 熊谷課長「退去命令に応じないときは、『警察に通報します』と告げて通報していいんだ。新聞に書かれるかどうかで、対応を変える必要はない。」}
    {not reported: （その夜、あなたはなかなか眠れなかった。この日のことは、誰にも話さないままだった。）}
    （退去を命じたあと、通報せずに待ち続けた。45分近く、窓口は止まったままだった。） #ending: waited_out
    -> END
- else:
    {reported: 熊谷課長「脅しは、聞き続けても収まらない。警告して、録音して、それでも続けば対応を終えていいんだ。」}
    {not reported: （その夜、あなたはなかなか眠れなかった。この日のことは、誰にも話さないままだった。）}
    （1時間近く脅しを聞き続けたが、何も変わらなかった。） #ending: dragged_on
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

=== function hm(m) ===
// 経過分を壁の時計の時刻にする（開始の時刻はシナリオの startsAt。日付をまたげば0時に戻る）
~ temp total = (wall_start + m) mod 1440
{total / 60}時{total mod 60 < 10:0}{total mod 60}分
