// 正当なクレーム（市の誤り）— 税務課・収納係の窓口
// 南陽市マニュアル 6(1)④（責任が不明確な初期段階では限定的な謝罪）・6(2)・8(2)②（プロフィールは南陽市）；岡山市基本方針 1 基本姿勢 I；奥州市マニュアル（案）第1 3、第3 1、第4 1(5)③
// 5月にコンビニで納めた軽自動車税に、督促状が届いた。調べると、納付データの処理漏れ（市の誤り）だった。
// 言い方は厳しいが、苦情そのものは正当。事実を確かめてから市の誤りを認めて謝罪し、具体的な訂正を示す。
// 一方、迷惑料・慰謝料などの金銭の要求には、丁寧かつ明確に応じない（岡山市基本方針 2(2)「過度な金銭等の補償の要求」）。
// 相談者は3人のうち1人（RANDOM）：小野寺さん（50代の男性）、三宅さん（30代の女性）、藤井さん（70代の男性）。

INCLUDE common/colleague.ink

VAR persona = 0
VAR rash = false         // 確かめる前に「市のミスです」と言い切った
VAR defended = false     // 制度や規則をかばった（「行き違い」「規則ですので」）
VAR warned = false       // 言葉遣いを注意した
VAR labeled = false      // 「カスハラ」と口にした
VAR provoked = false     // こちらの一言で、相手が声を荒げた
VAR hedged = false       // 誤りが確かめられたのに「システムの関係」とぼかした
VAR vague_fix = false    // 訂正の仕方を「たぶん」で答えた
VAR limited_only = false // 誤りが確かめられたのに「ご不快な思いをおかけし」のお詫びにとどめた
VAR late_admit = false   // 誤りが確かめられたあと、言い繕い・反論・限定的なお詫びを経てから認めた
VAR argued_after = false // 誤りが確かめられたあと、規則どおりだったと言い張った
VAR money_asked = false  // 金銭を求められた
VAR alone = false        // 金銭の要求を一人で断った
VAR reported = false     // 事後に記録し報告した
VAR outcome = ""
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる

~ persona = RANDOM(1, 3)
-> opening

=== opening ===
六月半ばの月曜日、午前10時。市役所、税務課の窓口。
あなたは収納係の職員として、窓口に座っている。
{ persona:
- 1: 作業着姿の50代くらいの男性が、封筒と小さな紙片をカウンターに置いた。
- 2: 30代くらいの女性が、少し疲れた顔で、封筒を手にカウンターの前に立った。
- else: 70代くらいの男性が、杖をつきながら、封筒を握ってカウンターに近づいてきた。
}
{nm()}「ちょっと、これ、どういうことですか。」 #act: customer.complaint #mood: angry #look: {persona == 1: man_50s|{persona == 2: woman_30s|man_70s}}
{ persona:
- 1: 小野寺「軽自動車税は、5月のうちにコンビニで払ったんだ。ほら、領収書もある。それなのに督促状が来て、延滞金がどうとか書いてある。こっちは現場を半日抜けて来てるんだぞ。」 #act: customer.complaint #t: +2
- 2: 三宅「軽自動車税、5月にコンビニで払いました。領収書もここにあります。なのに督促状が届いて、延滞金がかかるって書いてあるんです。夜勤明けで、寝ないで来たんですけど。」 #act: customer.complaint #t: +2
- else: 藤井「軽自動車税は、5月のうちにコンビニで払ったんだ。領収書もちゃんととってある。それなのに督促状が来て、延滞金がどうとか……。バスを乗り継いで来たんだぞ。」 #act: customer.complaint #t: +2
}
* [「お支払いいただいたはずなのに、督促状が届いたということですね。ご心配をおかけし申し訳ありません。領収書を拝見して、お支払いの記録をすぐにお調べします。」 #act: staff.paraphrase #act: staff.apologize_limited #act: staff.ask_facts #t: +2]
    { persona:
    - 1: 小野寺「……頼むよ。」
    - 2: 三宅「……お願いします。」
    - else: 藤井「……頼みますよ。」
    }
* [「コンビニでのお支払いは、市の記録に反映されるまで2週間ほどかかることがあります。督促状にも『行き違いの際はご容赦ください』と書いてありますので、たぶん行き違いだと思います。」 #act: staff.explain #act: staff.promise_vague #t: +2]
    ~ defended = true
    { persona:
    - 1: 小野寺「行き違い？ 払ったのは5月27日だ。もう三週間も前だぞ。調べもしないで、決めつけるのか。」 #act: customer.complaint
    - 2: 三宅「行き違い？ 払ったのは5月27日です。もう三週間も前ですよ。調べもしないで、決めつけるんですか。」 #act: customer.complaint
    - else: 藤井「行き違いだと？ 払ったのは5月27日だ。もう三週間も前じゃないか。調べもしないで、決めつけるのか。」 #act: customer.complaint
    }
* [「大変申し訳ございません。市のミスです。」 #act: staff.apologize_full #t: +1]
    ~ rash = true
    { persona:
    - 2: 三宅「……ミスなんですね。市のミスだって、認めるんですね。」
    - else: {nm()}「……ミスなんだな。市のミスだって、認めるんだな。」
    }
    （口にしてから気づいた。まだ、何ひとつ調べていない。）
- -> sharp

=== sharp ===
（あなたが領収書を受け取ろうとすると、{nm()}さんは声を強めた。）
{ persona:
- 1: 小野寺「だいたい、税金を取るときだけは早いくせに、払ったら知らん顔か。人を滞納者扱いしやがって。後ろの人たちにも聞こえてるだろうよ。」 #act: customer.complaint #mood: angry #t: +1
- 2: 三宅「だいたい、取るときだけはきっちりしてるのに、払ったら確認もしないんですか。滞納者扱いされて、どれだけ嫌な気持ちになったと思ってるんですか。」 #act: customer.complaint #mood: angry #t: +1
- else: 藤井「だいたい、税金を取るときだけは早いくせに、払ったら知らん顔じゃないか。この年になって、滞納者扱いされるとは思わなかった。」 #act: customer.complaint #mood: angry #t: +1
}
（言い方はきつい。待合の何人かが、こちらを見ている。）
* [「きちんと納めていただいたのに、滞納しているかのような通知が届いたのですから、ご不快に思われるのは当然です。お気持ちは、よくわかりました。」 #act: staff.listen #t: +2]
    { persona:
    - 2: 三宅「……わかってもらえるなら、いいです。早く調べてください。」
    - else: {nm()}「……わかればいいんだ。早く調べてくれ。」
    }
* [「督促状は、納期限までに納付の確認がとれない方に、規則でお送りしているものですので……。」 #act: staff.argue #t: +2]
    ~ defended = true
    ~ provoked = true
* [「お気持ちはわかりますが、言葉遣いには気をつけていただけますか。大きな声を出されると、ほかのお客様のご迷惑になりますので。」 #act: staff.warn #t: +1]
    ~ warned = true
    ~ provoked = true
* [「そういう言い方を続けられますと、カスハラに当たりますよ。」 #act: staff.label_harassment #t: +1]
    ~ labeled = true
    ~ provoked = true
- {provoked: -> provoked_turn}
-> check

=== provoked_turn ===
（「{labeled:カスハラ|{warned:言葉遣い|規則}}」という一言に、{nm()}さんの顔色が変わった。）
{ persona:
- 1: 小野寺「払ったのに督促状を送ってきたのは、そっちだろうが！ 文句を言ったら、こっちが悪者扱いか！」 #act: customer.shout #mood: angry
- 2: 三宅「払ったのに督促状を送ってきたのは、そっちでしょう！ 文句を言ったら、こっちが悪いんですか！」 #act: customer.shout #mood: angry
- else: 藤井「払ったのに督促状をよこしたのは、そっちじゃないか！ 年寄りだと思って、馬鹿にしているのか！」 #act: customer.shout #mood: angry
}
（待合の人たちが、いっせいにこちらを振り返った。）
* [「失礼いたしました。お支払いいただいたのに督促状が届いたのですから、お怒りはもっともです。ご不快な思いをおかけし、申し訳ありません。お支払いの記録を、いますぐお調べします。」（隣の席の佐々木さんに目で合図し、同席してもらう） #act: staff.apologize_limited #act: staff.call_colleague #t: +2]
    -> colleague_joins("佐々木", "記録") ->
* [「失礼いたしました。お支払いいただいたのに督促状が届いたのですから、お怒りはもっともです。ご不快な思いをおかけし、申し訳ありません。お支払いの記録を、いますぐお調べします。」（一人で対応を続ける） #act: staff.apologize_limited #t: +2]
* {warned or labeled} [「大きな声を出されるのでしたら、本日の対応は終了させていただきます。お支払いの件は、調べて後日ご連絡します。」 #act: staff.end_response #act: staff.defer_answer #t: +1]
    -> cut_off
- { persona:
  - 2: 三宅「……わかりました。早く調べてください。」 #act: customer.calm #mood: irritated
  - else: {nm()}「……わかったよ。早く調べてくれ。」 #act: customer.calm #mood: irritated
  }
-> check

=== check ===
（あなたは領収書を預かり、納めた日付と番号を控えた。収納システムで見ると、{nm()}さんの軽自動車税は「未納」のままになっている。） #t: +2
（コンビニからの納付データを照会するため、データを管理する担当者に確認を頼んだ。結果が出るまでには、少し時間がかかる。） #t: +20
（壁の時計は{hm(clock)}を指している。{nm()}さんが窓口に来てから、そろそろ30分になる。）
{ persona:
- 1: 小野寺「まだなのか。こっちは仕事を抜けて来てるんだぞ。」 #act: customer.complaint #mood: irritated
- 2: 三宅「まだですか。早く帰って、少しでも寝たいんですけど。」 #act: customer.complaint #mood: irritated
- else: 藤井「まだかね。帰りのバスの時間もあるんだ。」 #act: customer.complaint #mood: irritated
}
* [「お待たせして申し訳ありません。いま、コンビニからの納付データを照会しております。あと数分で結果が出ますので、もう少しだけお待ちいただけますか。」 #act: staff.apologize_limited #act: staff.explain #t: +4]
    （数分後、照会の結果が届いた。）
* [（長引く対応は30分で区切る、と研修で聞いた）「恐れ入りますが、対応が30分を過ぎましたので、本日はここまでとさせていただきます。調べた結果は、後日ご連絡いたします。」 #act: staff.end_response #act: staff.defer_answer #t: +2]
    -> cut_off
- -> confirmed

=== confirmed ===
（5月27日に{nm()}さんがコンビニで納めた税金のデータは、翌日には市に届いていた。ところが、読み取りの不具合で「保留」に回されたまま、誰も処理していなかった。督促状は、その処理漏れのせいで送られていた。） #t: +2
{ persona:
- 2: 三宅「それで、どうなんですか。払ってあったんでしょう。」 #act: customer.valid_grievance
- else: {nm()}「それで、どうなんだ。払ってあったんだろう。」 #act: customer.valid_grievance
}
* [「確認いたしました。5月27日にお納めいただいた税金は、翌日には市に届いておりました。市の処理漏れで、納付済みになっていませんでした。市の誤りです。大変申し訳ございませんでした。」 #act: staff.apologize_full #t: +2]
    -> remedy
* [「ご不快な思いをおかけし、申し訳ありません。システムの処理の関係で、反映が遅れていたようです。」 #act: staff.apologize_limited #act: staff.hedge #t: +1]
    ~ hedged = true
    -> hedge
* [「お支払いの確認が遅れ、ご不快な思いをおかけしたことは、申し訳ございません。督促状は取り消しておきます。」（誤りだとまでは言わずにおく） #act: staff.apologize_limited #t: +1]
    ~ limited_only = true
    -> hedge
* [「督促状は、記録の上で納付を確認できない方に、自動で発送される仕組みになっておりまして……。手続きとしては、規則どおりではあったのですが。」 #act: staff.argue #act: staff.hedge #t: +2]
    -> defend

=== hedge ===
~ late_admit = true
{ hedged:
    { persona:
    - 2: 三宅「『処理の関係』って、何ですか。払ってあったのに、そちらが処理しなかったんでしょう。はっきり言ってください。」 #act: customer.complaint #mood: angry
    - else: {nm()}「『処理の関係』って何だ。払ってあったのに、そっちが処理しなかったんだろう。はっきり言ってくれ。」 #act: customer.complaint #mood: angry
    }
- else:
    { persona:
    - 2: 三宅「ご不快な思い、じゃなくて。払ってあったのに、そちらが処理しなかったんでしょう。市の誤りなのかどうか、はっきり言ってください。」 #act: customer.complaint #mood: angry
    - else: {nm()}「ご不快な思い、じゃない。払ってあったのに、そっちが処理しなかったんだろう。市の誤りなのかどうか、はっきり言ってくれ。」 #act: customer.complaint #mood: angry
    }
}
* [「おっしゃるとおりです。お納めいただいた税金は、市に届いておりました。市の処理漏れで、納付済みになっていませんでした。市の誤りです。大変申し訳ございませんでした。」 #act: staff.apologize_full #t: +2]
    -> remedy
* [「督促状は、記録の上で納付を確認できない方に、自動で発送される仕組みになっておりまして……。手続きとしては、規則どおりではあったのですが。」 #act: staff.argue #act: staff.hedge #t: +2]
    -> defend

=== defend ===
~ defended = true
~ late_admit = true
~ argued_after = true
{ persona:
- 1: 小野寺「規則どおりだと？ 払った人間に督促状を送りつけておいて、まだ言い訳するのか！」 #act: customer.shout #mood: angry
- 2: 三宅「規則どおり？ 払った人に督促状を送っておいて、まだ言い訳するんですか！」 #act: customer.shout #mood: angry
- else: 藤井「規則どおりだと？ 払った者に督促状を送りつけておいて、まだ言い訳するのか！」 #act: customer.shout #mood: angry
}
（待合の人たちが振り返った。）
* [「申し訳ございません。おっしゃるとおりです。市の処理漏れで、納付済みになっていませんでした。市の誤りです。大変申し訳ございませんでした。」 #act: staff.apologize_full #t: +2]
    { persona:
    - 2: 三宅「……最初から、そう言ってください。」 #act: customer.calm #mood: irritated
    - else: {nm()}「……最初から、そう言えばいいんだ。」 #act: customer.calm #mood: irritated
    }
    -> remedy
* [「ですから、仕組みとしては規則どおりでして、職員がわざと送ったわけではないんです。」 #act: staff.argue #act: staff.hedge #t: +3]
    -> argued

=== remedy ===
{ persona:
- 2: 三宅「……で、督促状はどうなるんですか。延滞金は？」
- else: {nm()}「……で、督促状はどうなるんだ。延滞金は？」
}
* [「督促状と延滞金は取り消し、本日中に納付済みに訂正いたします。訂正したことは、改めて文書でご自宅にもお知らせします。車検などで納税の証明が必要でしたら、この場ですぐにお出しできます。」 #act: staff.explain #t: +3]
    （{nm()}さんは、小さく息をついた。）
* [「記録は、たぶん来週くらいには直ると思います。督促状は、そのまま捨てていただいて大丈夫です。」 #act: staff.promise_vague #t: +1]
    ~ vague_fix = true
    { persona:
    - 2: 三宅「たぶん？ 捨てていい？ そんな話で、また延滞金の通知が来たらどうするんですか。」 #act: customer.complaint #mood: angry
    - else: {nm()}「たぶん？ 捨てていい？ そんないい加減な話で、また延滞金の通知が来たらどうするんだ。」 #act: customer.complaint #mood: angry
    }
    （あなたは慌てて、督促と延滞金は取り消すこと、今日中に記録を直すことを言い直した。） #t: +2
- -> money

=== money ===
~ money_asked = true
{ persona:
- 1: 小野寺「督促が取り消しになるのは、当たり前だ。それより、こっちは現場を半日抜けて、恥までかかされたんだ。迷惑料として一万円。市のミスなんだから、払ってもらうぞ。」 #act: customer.demand_money #mood: angry #t: +1
- 2: 三宅「取り消しは当然です。それより、夜勤明けで寝ないで、タクシーで来たんです。タクシー代と、迷惑料として一万円。ミスをしたのはそちらなんだから、払ってもらえますよね。」 #act: customer.demand_money #mood: angry #t: +1
- else: 藤井「取り消しは当たり前だ。督促状が来てから、家内が心配して夜も眠れなかったんだ。迷惑をかけた分の慰謝料を、払ってもらおうじゃないか。」 #act: customer.demand_money #mood: angry #t: +1
}
{ rash:
    {persona == 2:三宅「最初に『市のミスです』って言いましたよね。だったら、払えるはずでしょう。」|{nm()}「最初に、市のミスだって認めたよな。だったら、払えるはずだ。」} #act: customer.repeat
}
* [「市の誤りにつきましては、先ほどお詫び申し上げたとおりです。ただ、申し訳ございませんが、{refusal()}」（{colleague_here:佐々木さんに頼んで、森係長にも|奥の席の森係長に目で合図して、}窓口に来てもらう） #act: staff.refuse #act: staff.call_colleague #act: staff.brief_handover #t: +2]
    -> boss
* [「市の誤りにつきましては、先ほどお詫び申し上げたとおりです。ただ、申し訳ございませんが、{refusal()}」（{colleague_here:佐々木さんと二人で|ほかの職員の手をわずらわせたくない。一人で}対応を続ける） #act: staff.refuse #t: +2]
    ~ alone = not colleague_here
    { persona:
    - 1: 小野寺「……金は出ないってことか。まあいい。督促が取り消しになるなら、今日のところはそれでいい。」 #act: customer.leave #mood: irritated
    - 2: 三宅「……迷惑料は出ないんですね。わかりました。タクシー代のご連絡は待ってます。督促が取り消しになるなら、今日はもういいです。」 #act: customer.leave #mood: irritated
    - else: 藤井「……金は出ないのか。まあ、督促が取り消しになるなら、今日のところはそれでいい。」 #act: customer.leave #mood: irritated
    }
    ~ outcome = "resolved"
    -> aftercare
* [「ご迷惑をおかけしたのは市ですので、{item()}は、お支払いできるよう手続きいたします。」 #act: staff.concede #t: +2]
    { persona:
    - 2: 三宅「それなら、いいです。いつ振り込まれるんですか。連絡、待ってますから。」 #act: customer.leave #mood: calm
    - else: {nm()}「それならいい。いつ振り込まれるんだ。連絡を待ってるからな。」 #act: customer.leave #mood: calm
    }
    ~ outcome = "promised"
    -> aftercare

=== boss ===
森係長が窓口に来て、あなたの隣に立った。 #who: manager
（あなたは係長に、小声で経緯を伝えた。係長は小さくうなずいた。） #t: +2
森係長「係長の森です。このたびは、市の処理漏れで督促状をお送りし、{nm()}様に大変なご迷惑をおかけしました。申し訳ございません。」
森係長「督促と延滞金は本日付けで取り消し、記録も訂正いたします。ただ、担当が申し上げたとおり、{refusal()}今回の原因を調べて、同じことが起きないよう、処理の手順を見直します。」 #t: +3
{ persona:
- 1: 小野寺「……金は出ないってことか。まあ、係長さんまで出てきて謝ったんだ。督促が取り消しになるなら、今日のところはそれでいい。」 #act: customer.leave #mood: calm
- 2: 三宅「……迷惑料は出ないんですね。わかりました。タクシー代のご連絡は待ってます。ちゃんと直してもらえるなら、今日はもういいです。」 #act: customer.leave #mood: calm
- else: 藤井「……金は出ないのか。まあ、係長さんまで謝ってくれたんだ。家内にも、払ってあったと言っておくよ。」 #act: customer.leave #mood: calm
}
~ outcome = "resolved"
-> aftercare

=== cut_off ===
{ persona:
- 1: 小野寺「終わり？ 払ったかどうかも調べないで、帰れって言うのか。……もういい。市長への手紙に書かせてもらう。」 #act: customer.leave #mood: angry
- 2: 三宅「終わり？ 払ったかどうかも調べないで、帰れって言うんですか。……もういいです。市長への手紙に書きます。」 #act: customer.leave #mood: angry
- else: 藤井「終わり？ 払ったかどうかも調べないで、帰れと言うのか。……もういい。市長への手紙に書かせてもらう。」 #act: customer.leave #mood: angry
}
（{nm()}さんは封筒をつかむと、足早に窓口を離れた。）
~ outcome = "cut_off"
-> aftercare

=== argued ===
{ persona:
- 2: 三宅「わざとかどうかなんて聞いていません。市の誤りなのか、違うのか、それを聞いているんです。」 #act: customer.complaint #mood: angry
- else: {nm()}「わざとかどうかなんて聞いてない。市の誤りなのか、違うのか、それを聞いてるんだ。」 #act: customer.complaint #mood: angry
}
（あなたは、督促状が送られる仕組みと規則を、言葉を変えて何度も説明した。{nm()}さんは、「市の誤りなのか」と同じ問いを何度も返してきた。話は一歩も進まない。） #t: +30
（壁の時計は、{hm(clock)}を回った。）
* [「これまでご説明したとおりです。これ以上ご説明することはありませんので、対応を終了させていただきます。」 #act: staff.end_response #t: +1]
    { persona:
    - 2: 三宅「言い訳を並べて、最後は追い返すんですね。……もういいです。市長への手紙に書きます。」 #act: customer.leave #mood: angry
    - else: {nm()}「言い訳を並べて、最後は追い返すのか。……もういい。市長への手紙に書かせてもらう。」 #act: customer.leave #mood: angry
    }
    （市の誤りをはっきり認めてもらえないまま、{nm()}さんは帰っていった。）
    ~ outcome = "argued"
    -> aftercare
* [（苦情は、もっともだ。言い訳をやめよう）「……申し訳ございません。おっしゃるとおり、市の処理漏れでした。市の誤りです。長い時間、言い訳を重ねてしまい、大変申し訳ございませんでした。」 #act: staff.apologize_full #t: +2]
    ~ defended = true
    { persona:
    - 2: 三宅「……最初から、そう言ってください。」 #act: customer.calm #mood: irritated
    - else: {nm()}「……最初から、そう言えばいいんだ。」 #act: customer.calm #mood: irritated
    }
    -> remedy

=== aftercare ===
（{nm()}さんが帰ったあと、あなたは自分の席に戻った。）
* [経過を対応記録にまとめ、{outcome == "cut_off":対応を途中で打ち切ったこと|処理漏れの原因}{money_asked:と、{item()}を求められたやり取り}も含めて、係長に報告する #act: staff.file_report #act: staff.report_supervisor #t: +15]
    ~ reported = true
* [（{outcome == "resolved":もう片づいたことだ|大ごとにはしたくない}）誰にも言わずに、次のお客様の対応に戻る #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{
- outcome == "resolved":
    {reported and not (rash or defended or provoked or hedged or limited_only or vague_fix or alone): 森係長「事実を確かめてから、市の誤りをはっきり認めてお詫びした。直し方を具体的に伝えて、お金の要求には応じなかった。それでいい。処理漏れの原因は、課で洗い出そう。」}
    {reported and rash: 森係長「結果は市の誤りだったけれど、調べる前に『市のミスです』と言い切ったのは早かったね。確かめるまでは、ご心配をおかけしたことへのお詫びにとどめて、確かめたら、はっきり認めてお詫びしよう。」}
    {reported and defended: 森係長「『行き違いです』『規則ですので』は、こちらに誤りがあるときには言い訳にしか聞こえない。まず事実を確かめよう。」}
    {reported and (warned or labeled): 森係長「言い方はきつくても、苦情の中身はもっともだった。言葉遣いを注意したり『カスハラ』と言ったりしたことで、かえって話がこじれたね。正当な苦情は、仕事を直すきっかけだよ。」}
    {reported and hedged: 森係長「誤りがはっきりしたら、『システムの関係』とぼかさずに、市の誤りだと認めてお詫びしていいんだ。」}
    {reported and limited_only: 森係長「調べて市の誤りだとわかったら、『ご不快な思いをおかけし』のお詫びでは足りない。何が誤りだったのかを言って、はっきりお詫びしよう。」}
    {reported and vague_fix: 森係長「『たぶん来週には』ではなく、いつ、何を直すのかを言い切ろう。」}
    {reported and alone: 森係長「お金の話が出たところで、私を呼んでくれればよかった。一人で断るのは負担が大きいし、市としての答えだと伝わりやすい。」}
    {not reported: （ひと月後、同じ読み取りの不具合で、別の人にも督促状が送られていた。原因が共有されていなかったため、同じ誤りが繰り返された。）}
    { argued_after:
        （市の誤りがわかったあとも規則どおりだったと言い張り、{nm()}さんの怒りを大きくした。最後は誤りを認めて督促を取り消し、{nm()}さんは帰っていった。） #ending: resolved_after_argument
        -> END
    }
    { late_admit:
        （市の誤りを認めるまでに、{hedged:「システムの処理の関係で」とぼかし|{limited_only:「ご不快な思いをおかけし」のお詫びにとどめ|規則どおりだったと言い張り}}、{nm()}さんの怒りを長引かせた。最後は誤りを認めて督促を取り消し、{nm()}さんは帰っていった。） #ending: resolved_late
        -> END
    }
    （市の誤りを認めて謝罪し、督促の取消しと記録の訂正を約束した。{nm()}さんは、金銭の要求は通らなかったものの、訂正を確かめて帰っていった。） #ending: resolved
    -> END
- outcome == "promised":
    {reported: 森係長「{persona == 2:迷惑料は、市としてお支払いできるものではないんだ。タクシー代のような実費は、市の誤りで生じたものかどうかを確かめて、賠償の対象になるかを課で検討する。その場で『払います』と約束するものではないよ。|{item()}は、市としてお支払いできるものではないんだ。}私から{nm()}さんに連絡して、お詫びして訂正しよう。謝罪と訂正はしっかりする。でも、できない約束はしない。」}
    {not reported: （二週間後、{nm()}さんから「いつ振り込まれるのか」と電話があった。あなたがお金の約束をしていたことを、係長はそのとき初めて知った。）}
    （市の誤りへのお詫びは伝わったのに、できない約束をしたことで、二度目のお詫びが必要になってしまった。） #ending: promised_money
    -> END
- outcome == "cut_off":
    （その日の午後、照会の結果が出た。{nm()}さんの税金は、5月のうちに納められていた。市の処理漏れだった。）
    {reported: 森係長「30分というのは、カスハラの兆候が出てから区切りの目安にする時間だよ。{nm()}さんは、市の誤りについて、もっともな苦情を言いに来ていた。言い方がきつくても、調べて、お詫びして、直すのが先だった。今日のうちに、私から電話でお詫びしよう。」}
    {not reported: （翌週、市長への手紙が届いた。「払ったのに督促状を送られ、窓口では調べもせずに追い返された」。課長が事情を尋ねてきたが、記録は何も残っていなかった。）}
    （市の誤りについての正当な苦情を、カスハラのように打ち切ってしまった。） #ending: cut_off
    -> END
- else:
    {reported: 森係長「市に誤りがあるときに、仕組みや規則で説明しても、言い訳にしか聞こえない。まず誤りを認めてお詫びし、直し方を伝えよう。督促は今日のうちに取り消して、私からお詫びの電話を入れる。」}
    {not reported: （翌週、市長への手紙が届いた。「市の誤りなのに、窓口で一時間も言い訳を聞かされた」。課長が事情を尋ねてきたが、記録は何も残っていなかった。）}
    （市の誤りを認めないまま押し問答が続き、{nm()}さんは納得しないまま帰っていった。） #ending: argued_away
    -> END
}

=== function nm() ===
{ persona:
- 1: 小野寺
- 2: 三宅
- else: 藤井
}

=== function refusal() ===
// 金銭の要求への答え。実費（タクシー代）は、国家賠償法の考え方に沿って、払えるかどうかを確かめて後日回答する
{ persona:
- 2: 迷惑料をお支払いすることはできません。タクシー代につきましては、領収書の写しをいただければ、市の誤りによって生じた費用としてお支払いできるかどうかを確認し、改めてご連絡いたします。
- else: {item()}をお支払いすることはできません。
}

=== function item() ===
{ persona:
- 1: 迷惑料
- 2: タクシー代や迷惑料
- else: 慰謝料
}

=== function hm(m) ===
// 経過分を壁の時計の時刻にする（開始の時刻はシナリオの startsAt。日付をまたげば0時に戻る）
~ temp total = (wall_start + m) mod 1440
{total / 60}時{total mod 60 == 0:ちょうど|{total mod 60}分}
