// 暴言型 — 市民課・証明書交付の窓口
// 奥州市カスタマーハラスメント対応マニュアル（案）第3 2(2)ア・ウ・エ、第3 2(3)、第4 1(3)、第4 2；南陽市マニュアル 7(3) 暴言・脅迫
// 相談者：家族の印鑑登録証明書を代理で取りに来た市民（3人のうち1人を起動時に選ぶ）。印鑑登録証（カード）を持っていない。
// 印鑑登録証明書は、本人でも代理人でも、印鑑登録証を出してもらわなければ交付できない（カードがあれば代理人でもその場で交付できる）。
// 対応の終了は組織の判断：担当は警告・録音の告知のあと係長に報告し、係長が終了を告げる（奥州市 第1 3、第3 2(1)ア）。

INCLUDE common/exit.ink
INCLUDE common/colleague.ink

VAR persona = 0
VAR cname = ""          // 相手の名字
VAR kin = ""          // 証明書が必要な家族（職員の呼び方）
VAR quick = false     // 聴く前に断った
VAR hope = false      // 期待を持たせた
VAR owned = false     // 市の非を認める謝罪をした
VAR warned = 0        // 暴言を止めるよう警告した回数
VAR recorded = false  // 録音を告げた
VAR heated = false    // 言い返した
VAR labeled = false   // 「カスハラ」と口にした
VAR tolerated = false // 暴言を聞き流した
VAR abrupt = false    // 警告せずに打ち切った
VAR way_out = false   // 終えるとき、カードがあれば交付できることを伝えた
VAR late = false      // 30分を過ぎてから打ち切った
VAR self_end = false  // 係長に報告せず、自分の判断で対応を終えた
VAR boss_here = false // 小原係長が窓口に来ている
VAR via_colleague = false // 菊池さんが係長に報告した
VAR reported = false
VAR outcome = ""
VAR clock = 0         // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる

-> start

=== start ===
~ persona = RANDOM(1, 3)
{ persona:
- 1:
    ~ cname = "高橋"
    ~ kin = "お母様"
- 2:
    ~ cname = "村上"
    ~ kin = "お父様"
- else:
    ~ cname = "小野寺"
    ~ kin = "奥様"
}
-> opening

=== opening ===
週明けの月曜日、午前10時。市役所、市民課の証明書交付窓口。
あなたは、住民票や印鑑登録証明書の交付を担当している。
{pick("作業着姿の50代くらいの男性", "スーツ姿の40代くらいの女性", "ジャンパーを着た70代前半くらいの男性")}が、請求書と委任状をカウンターに置いた。 #look: {persona == 1: man_50s|{persona == 2: woman_40s|man_70s}}
{cname}「{pick("母の印鑑証明を1通くれ。母は施設に入っていて、自分では来られないんだ。委任状は書いてもらってきた。", "父の印鑑証明を1通お願いします。父は入院していて来られないので、委任状を書いてもらってきました。", "家内の印鑑証明を1通ほしい。家内は入院していてな。委任状は書いてもらった。")}」 #act: customer.complaint #mood: calm
（請求書を見ると、印鑑登録証（カード）の欄が空いている。印鑑登録証明書は、カードを出してもらわなければ交付できない。あなたがカードのことを尋ねると、{cname}さんの表情が曇った。）
{cname}「カード？ {pick("そんなもの、どこにあるか知らないよ。明日、実家の土地を売る契約があって、そこで要るんだ。", "そんなの聞いてないわよ。父の車を手放すのに、業者さんが今日の夕方までに要るって言うの。", "そんなものがあったかな。家内の実家の相続の書類に要るんだ。司法書士さんには今週中と言われている。")}」 #act: customer.complaint #mood: irritated #t: +2
* [「{kin}の印鑑登録証明書が、{pick("明日のご契約", "今日の夕方まで", "今週中の相続のお手続き")}に必要なのですね。お急ぎのところ、申し訳ありません。カードのある場所に、お心当たりはございますか。」 #act: staff.paraphrase #act: staff.apologize_limited #act: staff.ask_facts #t: +3]
    {cname}「……{pick("母が自分で持っていたはずだ。施設に入るときに、実家の茶だんすにしまったかもしれない。", "父の財布か、家の引き出しか……。父に聞けば分かるかもしれないけど。", "家内なら分かるだろうが、病院に電話しないと聞けないな。")}」
    -> explain
* [「カードをお持ちでないと、証明書はお出しできません。次の方もお待ちですので、カードをお持ちになって、もう一度お越しください。」 #act: staff.refuse #t: +1]
    ~ quick = true
    {cname}「{pick("……は？ それだけか？ こっちは急いでるって言っただろう。", "……え？ それだけ？ 急いでるって言ったでしょう。", "……なんだ、それだけか。急いでいると言っただろう。")}」 #mood: angry
    -> demand
* [「委任状があるのでしたら、何とかなるかもしれません。せっかくこうしてお越しいただいたのですから、できるだけご希望に沿えるよう、上の者に確認してまいります。少々お待ちください。」 #act: staff.promise_vague #t: +4]
    ~ hope = true
    （奥の席の小原係長に確認すると、答えはやはり「カードがなければ交付できない」だった。あなたは窓口に戻り、そのことを伝えた。） #t: +3
    -> demand

=== explain ===
* [「印鑑登録証明書は、ご本人でも代理の方でも、カードをお持ちいただいてお出ししています。委任状があっても、カードがないとお出しできません。ただ、カードさえあれば、{cname}様が代理でお越しでも、その場でお出しできます。」 #act: staff.explain #act: staff.refuse #t: +3]
* [「大変申し訳ございません。カードが要ることを、市がきちんとお知らせしていなかったせいです。お急ぎのところ、わざわざお越しいただいたのに、本当に申し訳ございません。ただ、カードがないとお出しできない決まりなんです。」 #act: staff.apologize_full #act: staff.explain #act: staff.refuse #t: +3]
    ~ owned = true
- -> demand

=== demand ===
{hope:
    {cname}「{pick("何とかなるって言ったのは、お前だろう。待たせておいて、それか。", "何とかなるって言ったのは、あなたでしょう。待たせておいて、それ？", "何とかなると言ったのは、あんただろう。待たせておいて、それか。")}」 #mood: angry
}
{owned:
    {cname}「{pick("市のせいだって認めたな。だったら市が責任を持って出せ。", "市のせいだって認めたわよね。だったら市の責任で出しなさいよ。", "市のせいだと言ったな。だったら市の責任で出せ。")}」 #mood: angry
}
{cname}「{pick("家族が来てるんだから、出せばいいだろう。委任状もあるんだ。カードなんか関係ないだろう。", "家族が来てるんだから、出してくれればいいでしょう。委任状だってあるのよ。", "家族が頼んでいるんだ。委任状もある。カードがなくても出せるだろう。")}」 #act: customer.demand_special #mood: angry #t: +1
（あなたが、カードがなければ交付できないことをもう一度伝えると、{cname}さんはカウンターを叩いて声を張り上げた。）
{cname}「{pick("馬鹿じゃないのか。こんな簡単なことも分からないのか！", "馬鹿じゃないの？ 家族が来てるって言ってるでしょう！", "馬鹿か、あんたは！ 年寄りだと思って、からかっているのか！")}」 #act: customer.insult #act: customer.shout #mood: angry #t: +1
（フロアが静まり返った。待合の人たちが、こちらを見ている。）
* [「そのような発言をされるのなら、これ以上お話はできかねますので、そのような発言は止めてください。」 #act: staff.warn #t: +1]
    ~ warned += 1
    {cname}「{pick("止めろだと？ お前みたいな役立たずが窓口に座ってるから、市役所は駄目なんだ。", "止めてって何よ。あなたじゃ話にならない。よくそれで窓口の仕事が務まるわね。", "止めろだと？ こんなこともできない者が、よく役所に勤めていられるな。")}」 #act: customer.insult #mood: angry #t: +1
* [「馬鹿とは何ですか。こちらは決まりどおりにご案内しているだけです。」 #act: staff.retort #t: +1]
    ~ heated = true
    {cname}「{pick("なんだ、その口のきき方は！ お前みたいな役立たずが窓口に座ってるから、市役所は駄目なんだ！", "何よ、その言い方！ あなたじゃ話にならない。よくそれで窓口の仕事が務まるわね！", "なんだ、その言い草は！ こんなこともできない者が、よく役所に勤めていられるな！")}」 #act: customer.insult #act: customer.shout #mood: threatening #t: +1
* [（言われたことは聞き流して、同じ説明を繰り返そう）「……カードがないと、お出しできない決まりなんです。」 #act: staff.listen #act: staff.refuse #t: +5]
    ~ tolerated = true
    {cname}「{pick("決まり、決まりって、それしか言えないのか。お前みたいな役立たずが窓口に座ってるから、市役所は駄目なんだ。", "決まり、決まりって、それしか言えないの？ あなたじゃ話にならない。よくそれで窓口の仕事が務まるわね。", "決まり、決まりと、それしか言えないのか。こんなこともできない者が、よく役所に勤めていられるな。")}」 #act: customer.insult #act: customer.repeat #mood: angry #t: +5
    （暴言を聞き流したことで、{cname}さんは、言っても構わないと受け取ったようだった。言葉はかえって激しくなっていく。）
* [「そういうことをおっしゃる方には、対応できません。お引き取りください。」 #act: staff.end_response #t: +1]
    ~ abrupt = true
    -> cut_short
- -> second_warning

=== second_warning ===
* [（隣の菊池さんに目で合図して、記録を頼む）「大きな声でそのように言われると、怖いです。{warned > 0:先ほども申し上げましたが、}そのような発言は止めてください。」 #act: staff.call_colleague #act: staff.warn #t: +2]
    ~ warned += 1
    -> colleague_joins("菊池", "記録") ->
* [「大きな声でそのように言われると、怖いです。{warned > 0:先ほども申し上げましたが、}そのような発言は止めてください。」（周りに心配をかけたくないし、菊池さんも忙しそうだ。一人で対応を続ける） #act: staff.warn #t: +1]
    ~ warned += 1
* [「今のは、カスハラに当たりますよ。」 #act: staff.label_harassment #t: +1]
    ~ labeled = true
    {cname}「{pick("カスハラだと？ 客を犯罪者扱いする気か！", "カスハラ？ 客を犯罪者扱いするつもり？", "カスハラだと？ 年寄りを犯罪者扱いする気か！")}」 #act: customer.shout #mood: threatening
- -> third

=== third ===
{cname}「{pick("馬鹿に馬鹿と言って何が悪い。お前なんか、何の役にも立たないだろう。", "馬鹿に馬鹿って言って、何が悪いの。あなた、本当に何もできないのね。", "馬鹿を馬鹿と言って何が悪い。あんたは何の役にも立たないな。")}」 #act: customer.insult #mood: angry #t: +2
* [「「馬鹿」というのは侮辱的な発言です。この後の発言は証拠として録音させていただきます。」（ICレコーダーの録音ボタンを押し、カウンターに置く） #act: staff.announce_recording #t: +1]
    ~ recorded = true
    -> closing
* [（{colleague_here:菊池さんに小声で頼んで小原係長を呼んでもらい|奥の席の小原係長に目で合図して来てもらい}、経緯を報告して、対応を終える判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +2]
    -> boss_ends
* [（怒りが収まるまで、黙って聞いていよう）「……」 #act: staff.listen #t: +10]
    -> drag
* [「……わかりました。そこまでおっしゃるなら、カードなしでお出しできないか、もう一度係長に頼んでみます。私からもよくお願いしておきますので、明日の朝、お電話します。」 #act: staff.promise_vague #t: +2]
    -> promised

=== closing ===
{cname}「{pick("録音？ 勝手にしろ。録られて困ることなんか言ってない。だいたい、お前らはな……", "録音？ 勝手にすれば。困ることなんか言ってないわよ。だいたい、あなたたちはね……", "録音だと？ 勝手にしろ。困ることなんか言ってない。だいたい、あんたらはな……")}」 #act: customer.insult #mood: angry #t: +2
（同じ言葉が、また始まった。）
* [（{colleague_here:菊池さんに小声で頼んで小原係長を呼んでもらい|奥の席の小原係長に目で合図して来てもらい}、経緯を報告して、対応を終える判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +2]
    -> boss_ends
* [「{end_line()}」（係長には相談せず、自分の判断で告げる） #act: staff.end_response #t: +1]
    -> self_ends
* [（録音もしたのだから、もう少しだけ聞いてみよう）「なるほど……お急ぎなのは、よくわかります。」 #act: staff.listen #t: +10]
    -> drag

=== drag ===
（あなたは、{cname}さんの言葉を黙って聞き続けた。同じ暴言が、何度も繰り返される。壁の時計は{hm(clock)}を回った。） #act: customer.insult #act: customer.repeat #t: +20
（窓口には、順番を待つ人の列ができていた。{colleague_here:菊池さんのペンが、何度も止まりがちになる。|隣の席の職員たちが、心配そうにこちらをうかがっている。}）
* [（{colleague_here:菊池さんに小声で頼んで小原係長を呼んでもらい|奥の席の小原係長に目で合図して来てもらい}、経緯を報告して、対応を終える判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +2]
    ~ late = true
    -> boss_ends
* [（もう少しだけ、我慢して聞こう） #act: staff.listen #t: +20]
    {colleague_here: -> colleague_steps_in}
    （気づけば、昼のチャイムが鳴っていた。）
    {cname}「{pick("……今日はもういい。カードを探してくる。だが、お前の対応は忘れないからな。", "……今日はもういいわ。カードを探してくる。でも、あなたの対応は忘れないから。", "……今日はもういい。家内に聞いてみる。だが、あんたの対応は忘れないからな。")}」 #act: customer.leave #mood: irritated
    ~ outcome = "dragged_on"
    -> aftercare

=== colleague_steps_in ===
（暴言は止まない。記録をとっていた菊池さんが、そっと席を立った。）
（菊池さんは奥の席の小原係長に、記録を見せながら経緯を伝えた。） #act: staff.report_supervisor
~ late = true
~ via_colleague = true
-> boss_ends

=== promised ===
{cname}「{pick("最初からそう言えばいいんだ。明日の朝、電話を待ってるからな。", "最初からそう言えばいいのよ。明日の朝、電話を待ってるから。", "最初からそう言えばいいんだ。明日の朝、電話を待ってるぞ。")}」 #act: customer.leave #mood: irritated
（{cname}さんは、請求書をカウンターに置いたまま帰っていった。カードなしで交付できる見込みは、どこにもない。）
~ outcome = "vague_promise"
-> aftercare

=== cut_short ===
{cname}「{pick("なんだと！ 客を追い返す気か！ 馬鹿に馬鹿と言って何が悪い！", "何それ！ 客を追い返すつもり？ 馬鹿に馬鹿って言って何が悪いのよ！", "なんだと！ 年寄りを追い返す気か！ 馬鹿を馬鹿と言って何が悪い！")}」 #act: customer.insult #act: customer.shout #mood: threatening #t: +1
（一度も止めるよう伝えないまま打ち切られたことで、{cname}さんの怒りはかえって大きくなった。）
* [（隣の席の菊池さんに目で合図して来てもらう）「この後の発言は、証拠として録音させていただきます。」 #act: staff.call_colleague #act: staff.announce_recording #t: +2]
    ~ recorded = true
    -> colleague_joins("菊池", "記録") ->
* [「この後の発言は、証拠として録音させていただきます。」（自分で打ち切ったのだから、一人で収めよう） #act: staff.announce_recording #t: +1]
    ~ recorded = true
- -> refuses

=== self_ends ===
~ self_end = true
{warned == 0:
    ~ abrupt = true
}
-> after_end

=== boss_ends ===
~ boss_here = true
小原係長が窓口に来た。 #who: manager
{via_colleague:（小原係長は、あなたに「よく我慢したね。あとは任せて」と小声で言い、{cname}さんの前に立った。あなたは半歩下がった。）|（あなたが小声で経緯を伝えると、小原係長はうなずき、{cname}さんの前に立った。あなたは半歩下がり、やり取りを書き留める。）}
小原係長「係長の小原です。経緯は担当から聞きました。{warned > 0:担当から再三止めてくださいとお伝えしても、発言が収まらないので、|そのような発言が続きますので、}これ以上対応できません。印鑑登録証明書は、カードがなければお出しできない、というのが市の回答です。本日の対応はこれで終了いたします。お引き取りください。」 #act: staff.end_response #t: +2
{warned == 0:
    ~ abrupt = true
}
-> after_end

=== after_end ===
{heated or labeled or abrupt: -> refuses}
{cname}「{pick("……本当に、カードがなきゃ出せないんだな。", "……本当に、カードがないと出せないのね。", "……本当に、カードがないと出せないんだな。")}」 #mood: irritated
* [「はい。カードをお持ちいただければ、代理の方でもその場でお出しできます。見つかりましたら、またお越しください。」 #act: staff.explain #t: +1]
    ~ way_out = true
    {cname}「{pick("……わかったよ。探してくればいいんだろう。", "……もういいわ。探してくる。", "……わかった。家内に聞いてみる。")}」 #act: customer.leave #mood: irritated
    （{cname}さんは、委任状を鞄にしまって窓口を離れた。）
    ~ outcome = "left"
    -> aftercare
* [「これ以上お話しすることはありません。お引き取りください。」 #act: staff.warn #t: +1]
    {cname}「{pick("……ふん。二度と来るか。", "……もういいわ。二度と頼まない。", "……もういい。二度と来るか。")}」 #act: customer.leave #mood: irritated
    （{cname}さんは、委任状を握りしめたまま窓口を離れた。カードがあれば代理でもすぐに出せることは、伝わらないままだった。）
    ~ outcome = "left"
    -> aftercare

=== refuses ===
{cname}「{pick("帰らないぞ。出すと言うまで、ここを動かないからな。", "帰らないわよ。出すって言うまで、ここを動かないから。", "帰らないぞ。出すと言うまで、ここを動かないからな。")}」 #act: customer.sit_in #mood: angry
-> exit_sequence(cname, "庁舎管理規則", "市役所市民課", heated or labeled or abrupt or not recorded) ->
{ exit_result:
- "police":
    ~ outcome = "exit_police"
- "early_police":
    ~ outcome = "early_police"
- "waited":
    ~ outcome = "dragged_on"
- else:
    ~ outcome = "left_after_order"
}
-> aftercare

=== aftercare ===
（{cname}さんが帰ったあと、あなたは席に戻った。「馬鹿」と言われた声が、まだ耳に残っている。）
* [経過を記録にまとめてカスタマーハラスメント発生連絡票を作り、小原係長に報告する #act: staff.file_report #act: staff.report_supervisor #t: +20]
    ~ reported = true
* [（自分の説明が下手だったせいだ。係長に言うほどのことでもない。誰にも言わずに、次の番号を呼ぶ） #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{reported:
    {heated: 小原係長「『馬鹿とは何ですか』と言い返したところで、火に油を注いでしまったね。言い返さず、止めるよう伝えるだけでいいんだ。」}
    {labeled: 小原係長「『カスハラです』とは言わないこと。言われた側はかえって怒る。何が困るのか、これ以上は対応できない、と伝えれば足りるんだ。」}
    {abrupt: 小原係長「一度も止めるよう伝えないまま打ち切ると、相手は追い返されたとしか受け取らない。発言のたびに止めるよう警告して、それでも続くときに終えるんだ。」}
    {tolerated: 小原係長「暴言を聞き流すと、言っても構わないと誤解される。言われるたびに、止めてくださいと伝えていいんだよ。」}
    {not colleague_here: 小原係長「それと、一人で受け止め続けていたね。暴言が始まったら、すぐ周りに合図して。記録を取る人がいれば、後で事実を確かめられる。」}
    {late: 小原係長「打ち切ったのは、暴言が始まってから30分を過ぎてからだったね。警告しても止まないなら、もっと早く終えていいんだ。」}
    {owned: 小原係長「最初に『市のせい』と謝ったのは、事実と違う。お詫びは、ご不便をおかけしたことに限っていいんだ。」}
}
{
- outcome == "left":
    {reported and not heated and not labeled and not abrupt and not tolerated and colleague_here and not self_end and not late and way_out: 小原係長「止めるよう警告して、録音して、それでも続いたから報告してくれた。課として対応を終えて、最後に、カードがあれば出せることも伝えた。手順どおりだよ。」}
    {reported and self_end: 小原係長「警告を重ねたうえで終えたのはいい。でも、対応を終えるのは課としての判断だ。告げる前に、私に一言報告してほしい。」}
    {reported and not way_out: 小原係長「最後に、カードがあれば代理でもすぐ出せることを伝えておけば、次につながったね。」}
    {not reported: （数日後、カードを持って来た{cname}さんの応対をしたのは、何も知らない別の職員だった。）}
    {
    - late:
        （暴言を20分以上受け止め続けたあとで、ようやく係長に報告し、対応を終えた。） #ending: ended_late
    - self_end:
        （警告を重ねたうえで、係長に報告しないまま自分の判断で対応を終えた。{cname}さんは帰っていった。） #ending: ended_alone
    - not way_out:
        （対応を終えたが、カードがあれば出せることは伝わらないまま、{cname}さんは帰っていった。） #ending: ended_curtly
    - else:
        （警告を重ね、係長に報告して課として対応を終え、できることを伝えた。{cname}さんは、カードを探しに帰っていった。） #ending: ended_and_left
    }
    -> END
- outcome == "left_after_order":
    {reported: 小原係長「帰らないと言われても、お引き取りを繰り返して、退去を命じた。それで帰られたなら、それでいい。」}
    {not reported: （記録も報告も残らなかった。次に{cname}さんが来たとき、誰も経緯を知らなかった。）}
    （お引き取りを繰り返し求め、退去を命じると、{cname}さんは帰っていった。） #ending: left_after_order
    -> END
- outcome == "exit_police":
    {reported and recorded and not heated and not labeled and not abrupt: 小原係長「警告して、録音して、対応を終え、退去を命じても応じなかったから通報した。記録があるから、課としても次の対応を決められる。」}
    {reported and (heated or labeled or abrupt): 小原係長「退去命令に応じなかったから、通報した。そこは手順どおりだ。」}
    {reported and not recorded: 小原係長「次は、暴言が続いた時点で『この後の発言は証拠として録音させていただきます』と告げよう。録音していると伝わるだけで、収まることもある。」}
    {not reported: （報告しなかったため、警察が来た事案なのに、課の誰も経緯を説明できなかった。）}
    （退去命令にも応じなかったため、警察に対応を要請し、{cname}さんは警察官に付き添われて庁舎を出た。） #ending: exit_police
    -> END
- outcome == "early_police":
    {reported: 小原係長「暴言で警察を呼ぶのは、最後の段階だ。警告、対応の終了、お引き取りのお願い、退去命令、それから『警察に通報します』と告げて通報。この順番を守ろう。」}
    {not reported: （いきなり警察を呼ばれたことへの抗議の電話が、翌日、課長あてに入った。経緯を知る記録は、どこにもなかった。）}
    （退去を命じる前に警察を呼んだため、{cname}さんには「いきなり警察を呼ばれた」という不信感だけが残った。） #ending: early_police
    -> END
- outcome == "vague_promise":
    {reported: 小原係長「その約束は、市としてはできないことだ。私から{cname}さんに電話して訂正しよう。暴言を止めたくて約束してしまう気持ちはわかる。でも、できないことはできないと伝えていいんだ。」}
    {not reported: （翌朝、電話をかけてきた{cname}さんに、あなたは「やはりお出しできません」と伝えるしかなかった。怒鳴り声は、前の日よりも大きかった。）}
    （暴言を止めたい一心でした約束が、次の、もっと激しいやり取りを生んでしまった。） #ending: vague_promise
    -> END
- else:
    {reported: 小原係長「30分を過ぎても、暴言を受け止め続けていたね。止めるよう警告して、続けば録音、それでも止まなければ対応を終える。つらかったら、総務課の相談窓口も使ってね。」}
    {not reported: （午後の仕事は、何も手につかなかった。この日のことは、誰にも話さないままだった。）}
    {exit_result == "waited": （退去を求めたまま、{cname}さんが自分から帰るのを待ち続けた。そのあいだ、窓口は止まったままだった。）|（1時間近く暴言を浴び続けたが、何も変わらなかった。）} #ending: dragged_on
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

=== function end_line() ===
// 対応を終えるときの言葉（奥州市 第4 1(3)③）。警告の回数に合わせる
{
- warned >= 2:
    ~ return "再三、止めてくださいと伝えても収まらないので、これ以上対応できません。お引き取りください。"
- warned == 1:
    ~ return "止めてくださいとお伝えしても収まらないので、これ以上対応できません。お引き取りください。"
- else:
    ~ return "これ以上は対応できません。お引き取りください。"
}
