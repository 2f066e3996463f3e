// 職員の処分・異動の要求 — 保険年金課の窓口
// 仙台市職員カスタマーハラスメント対策基本方針（基本的な考え方、対象行為の例 (3) 不当・過剰な要求「職員の処分や異動の執拗な要求」）
// 由利本荘市職員カスタマーハラスメント対策基本方針 3(1)「職員の異動要求」；奥州市マニュアル（案）第1 2(2)「職員個人への攻撃、要求」、第1 3
// 先週、国民健康保険の加入手続きに来た市民が、そのときの職員（高橋さん）の態度に腹を立て、処分か異動と、その結果の報告を求める。
// 窓口の態度への苦情そのものは、市が受け止めるべき意見（奥州市 第1 3；仙台市 基本的な考え方）。
// 職員の処分や異動、その結果の報告、本人による謝罪の要求には応じない（仙台市 対象行為の例 (3)）。

INCLUDE common/colleague.ink

VAR persona = 0          // 1 大友さん（60代の男性） 2 熊谷さん（40代の女性） 3 阿部さん（30代の男性）
VAR order = 0            // 1 「本人に謝らせろ」が先 2 「結果を知らせろ」が先
VAR facts = false        // 何があったのか、5W1Hで聞き取った
VAR received = false     // 苦情として受け止め、所属長に伝えると約束した
VAR apologized = false   // 何らかのお詫びをした
VAR full_apology = false // 事実がわからないうちに、市の非を認めて謝った
VAR defended = false     // 高橋さんをかばって言い返した
VAR early_warn = false   // 苦情の段階で「職員を責めるな」と止めた
VAR humbled = false      // 高橋さんを呼んで謝らせた
VAR gave = false         // 異動・処分・結果の報告・自宅での謝罪を約束した
VAR limit = false        // 対応できる時間を先に告げた
VAR reported = false     // 事後に記録し報告した
VAR self_ended = false   // 係長に相談せずに、自分で対応を打ち切った
VAR outcome = ""
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる
VAR cue_at = -1          // 最初のカスハラの兆候の時刻（経過分）
VAR until = 0            // 告げた対応時間の終わり（経過分）

~ persona = RANDOM(1, 3)
~ order = RANDOM(1, 2)
-> opening

=== opening ===
六月の月曜日、午前10時。市役所、保険年金課の窓口。
あなたは国民健康保険の担当として、窓口に座っている。
{persona:
- 1: 60代前半くらいの男性が、大きな封筒を手に、まっすぐあなたの窓口へ来た。
- 2: 40代くらいの女性が、クリアファイルを胸に抱えて、まっすぐあなたの窓口へ来た。
- else: 30代くらいの男性が、封筒とスマートフォンを手に、まっすぐあなたの窓口へ来た。
}
{persona:
- 1: 大友「先週も来たんだ。会社を定年で辞めたから、国保に入る手続きでな。そのときの職員の態度が、どうにも腹に据えかねてな。今日はその話もさせてもらう。」 #act: customer.complaint #mood: irritated #t: +2
- 2: 熊谷「先週もこちらに来たんです。仕事を辞めたので、子どもと私の保険の切り替えで。そのときの職員さんの対応が、あまりにひどかったんです。今日はそのこともお話しさせてください。」 #act: customer.complaint #mood: irritated #t: +2
- else: 阿部「先週も来たんですよ。会社を辞めて独立したんで、国保の手続きで。そのときの人の態度が、ちょっとありえなかったんで。今日はそれも言わせてもらいます。」 #act: customer.complaint #mood: irritated #t: +2
}
{persona:
- 1: 大友「名札に『高橋』とあった。あそこの奥に座っている、あの職員だ。」
- 2: 熊谷「名札には『高橋』とありました。あちらの奥に座っている方です。」
- else: 阿部「名札、『高橋』でしたよね。あそこの奥に座ってる人です。」
}
（{cn()}さんの視線の先では、同じ係の高橋さんが、別の書類に目を通している。） #look: {persona == 1: man_60s|{persona == 2: woman_40s|man_30s}}
* [「先週、国民健康保険のお手続きでお越しいただいた際に、担当した職員の対応で、ご不快な思いをされたということですね。どのようなやり取りがあったのか、詳しくお聞かせいただけますか。」 #act: staff.paraphrase #act: staff.ask_facts #t: +2]
    ~ facts = true
    -> account
* [「それは大変失礼いたしました。職員の対応が悪かったのだと思います。市として、申し訳ございません。」 #act: staff.apologize_full #t: +1]
    ~ full_apology = true
    ~ apologized = true
    {persona:
    - 1: 大友「そうだろう。あんたも認めるんだな。だったら話は早い。」
    - 2: 熊谷「やっぱり、そうですよね。認めていただけるなら、話は早いです。」
    - else: 阿部「ですよね。認めるんなら、話は早いです。」
    }
    -> demand
* [「高橋は、いつも丁寧に対応している職員です。何か行き違いがあったのではないでしょうか。」 #act: staff.argue #t: +1]
    ~ defended = true
    ~ mark_cue()
    {persona:
    - 1: 大友「行き違いだと？ こっちの聞き方が悪かったとでも言うのか！」 #act: customer.shout #mood: angry #t: +1
    - 2: 熊谷「行き違い？ 私の聞き方が悪かったって言うんですか！」 #act: customer.shout #mood: angry #t: +1
    - else: 阿部「行き違いって何ですか。こっちの聞き方が悪かったって言いたいんですか！」 #act: customer.shout #mood: angry #t: +1
    }
    -> demand

=== account ===
{persona:
- 1: 大友「先週の火曜の午後だ。会社の保険をやめたという証明書がないと手続きできない、と言われた。それはいい。だが、どこでもらえばいいのか聞き返したら、ため息をついて『ですから、さっきも申し上げましたよね』だ。書類はカウンターの上で、こっちへ押し返された。後ろに並んでいる人にも聞こえる声でな。恥をかかされたよ。」 #act: customer.complaint #t: +4
- 2: 熊谷「先週の火曜の午後です。前の職場の保険をやめたという証明書がないと手続きできない、と言われました。それは仕方ないと思います。でも、子どもの分はどうなるのか聞き返したら、ため息をつかれて『ですから、さっきも申し上げましたよね』って。書類もカウンターの上で押し返されて。後ろに並んでいる人にも聞こえる声でした。」 #act: customer.complaint #t: +4
- else: 阿部「先週の火曜の午後です。前の会社の保険をやめたっていう証明書がないとダメだ、って言われて。それはいいんですよ。でも、どこでもらえばいいのか聞き返したら、ため息ついて『ですから、さっきも申し上げましたよね』ですよ。書類もカウンターの上で押し返されて。後ろの人にも聞こえる声で。」 #act: customer.complaint #t: +4
}
（端末の受付記録には「先週火曜、高橋対応。資格喪失証明書が未提出のため、後日来庁を案内」とだけある。手続きの案内そのものは正しい。どんな言い方だったのかは、記録からはわからない。） #t: +1
{persona:
- 1: 大友「今日は、その証明書を持ってきた。」
- 2: 熊谷「今日は、その証明書を持ってきました。」
- else: 阿部「で、今日はその証明書、持ってきました。」
}
* [「お手続きの際に、ご不快な思いをおかけし、申し訳ありませんでした。いただいたお話は、窓口の対応を見直すため、私から所属長に必ず伝えます。本日お持ちいただいた証明書で、加入のお手続きは私が進めます。」 #act: staff.apologize_limited #act: staff.explain #t: +3]
    ~ received = true
    ~ apologized = true
    {persona:
    - 1: 大友「……手続きは、頼む。」
    - 2: 熊谷「……手続きは、お願いします。」
    - else: 阿部「……手続きは、お願いします。」
    }
* [「お話はわかりました。ただ、職員個人を責めるようなお話は、窓口ではお控えください。」 #act: staff.warn #t: +1]
    ~ early_warn = true
    {persona:
    - 1: 大友「控えろ？ 苦情を言いに来た市民を、黙らせる気か。」 #mood: angry
    - 2: 熊谷「控えろって……苦情を言いに来た市民に、黙れということですか。」 #mood: angry
    - else: 阿部「は？ 苦情を言いに来たのに、黙ってろってことですか。」 #mood: angry
    }
* [「それは高橋の対応が悪かったと思います。市として、大変申し訳ございません。」 #act: staff.apologize_full #t: +2]
    ~ full_apology = true
    ~ apologized = true
    {persona:
    - 1: 大友「認めるんだな。だったら、けじめをつけてもらおうか。」
    - 2: 熊谷「認めるんですね。だったら、けじめをつけてください。」
    - else: 阿部「認めるんですね。じゃあ、けじめをつけてもらわないと。」
    }
- -> demand

=== demand ===
~ mark_cue()
{persona:
- 1: 大友「それで、あの高橋って職員はどうするんだ。ああいうのを窓口に置いておくから、市役所はなめられるんだ。よそへ異動させろ。」 #act: customer.demand_transfer #mood: angry #t: +2
- 2: 熊谷「それで、高橋さんはどうなるんですか。あんな対応をする人は、きちんと処分してください。」 #act: customer.demand_transfer #mood: angry #t: +2
- else: 阿部「で、あの高橋って人、どうなるんですか。ああいう人は窓口から外すか、処分するかしてくださいよ。」 #act: customer.demand_transfer #mood: angry #t: +2
}
{early_warn:
    {persona:
    - 1: 大友「苦情も言わせない職場だから、ああいう職員が育つんだ。」
    - 2: 熊谷「苦情も言わせない職場だから、ああいう方が育つんじゃないですか。」
    - else: 阿部「苦情も言わせないから、ああいう人が育つんじゃないですか。」
    }
}
* [「職員の処分や異動は、市が組織として判断するものですので、この場でお約束することはできません。いただいたご意見は、私から所属長に確実に伝えます。」 #act: staff.refuse #act: staff.explain #t: +2]
    {persona:
    - 1: 大友「伝えるだけか。それで何が変わるんだ。」 #act: customer.repeat
    - 2: 熊谷「伝えるだけですか。それで何が変わるんですか。」 #act: customer.repeat
    - else: 阿部「伝えるだけ？ それで何か変わるんですか。」 #act: customer.repeat
    }
* [「……承知しました。今後、高橋は窓口の担当から外すようにいたします。」 #act: staff.concede #t: +1]
    ~ gave = true
    {persona:
    - 1: 大友「言ったな。外したかどうか、ちゃんと連絡してこいよ。」 #act: customer.leave #mood: calm
    - 2: 熊谷「約束ですよ。外したかどうか、ちゃんと連絡してくださいね。」 #act: customer.leave #mood: calm
    - else: 阿部「言いましたね。外したかどうか、連絡くださいよ。」 #act: customer.leave #mood: calm
    }
    （{cn()}さんは、連絡先を書いたメモを置いて、窓口を離れた。）
    -> gave_in_exit
* [「処分だなんて、あんまりです。高橋は毎日遅くまで、一生懸命やっているんです。」 #act: staff.argue #t: +1]
    ~ defended = true
    {persona:
    - 1: 大友「一生懸命やっていれば、客に何を言ってもいいのか！」 #act: customer.shout #mood: angry
    - 2: 熊谷「一生懸命なら、市民に何を言ってもいいんですか！」 #act: customer.shout #mood: angry
    - else: 阿部「一生懸命なら、何を言ってもいいんですか！」 #act: customer.shout #mood: angry
    }
- -> support

=== support ===
{not defended: （あなたが答える間もなく、{cn()}さんの声が大きくなった。）}
{persona:
- 1: 大友「こっちは大勢の前で恥をかかされたんだぞ。ちゃんと聞いてるのか！」 #act: customer.shout #mood: angry #t: +1
- 2: 熊谷「大勢の前で恥をかかされたんですよ。ちゃんと聞いてるんですか！」 #act: customer.shout #mood: angry #t: +1
- else: 阿部「大勢の前で恥かかされたんですよ。聞いてます？」 #act: customer.shout #mood: angry #t: +1
}
（声がフロアに響き、待合の人たちが振り返った。奥の席で、高橋さんが顔を上げたのが見えた。）
* [（隣の席の先輩・菅野さんに目で合図し、同席して記録をとってもらう） #act: staff.call_colleague #t: +1]
    -> colleague_joins("菅野", "記録") ->
    菅野「先週の窓口での対応についてのお話ですね。私も一緒に伺います。」
* [「齟齬がないよう、内容を正確に記録するため、録音させていただきます。」（周りも忙しそうだ。一人で対応を続ける） #act: staff.announce_recording #t: +1]
    {persona:
    - 1: 大友「録音？ 好きにしろ。困るのはそっちだろう。」
    - 2: 熊谷「録音ですか。どうぞ。困るのはそちらだと思いますけど。」
    - else: 阿部「録音？ どうぞ。困るのはそっちでしょう。」
    }
* [（高橋さんのことで、周りに気を遣わせたくない。一人で聞き続ける）「はい……伺っております。」 #act: staff.listen #t: +2]
- {persona:
- 1: 大友「とにかく、あの職員をどうするのか、はっきりさせろ。」 #act: customer.repeat #t: +2
- 2: 熊谷「とにかく、あの方をどうするのか、はっきりさせてください。」 #act: customer.repeat #t: +2
- else: 阿部「とにかく、あの人をどうするのか、はっきりさせてくださいよ。」 #act: customer.repeat #t: +2
}
~ until = ((cue_at + 30) / 5) * 5
（壁の時計は、{hm(clock)}を指している。）
* [「他の予定もございますので、{hm(until)}までならお話を伺うことができます。」 #act: staff.set_time_limit #t: +1]
    ~ limit = true
    {persona:
    - 1: 大友「時間を区切るのか。……まあいい。」
    - 2: 熊谷「時間を区切るんですか。……わかりました。」
    - else: 阿部「時間制限ですか。……まあ、いいですけど。」
    }
* [（時間の話をすれば、また怒らせてしまう。まずは気が済むまで話してもらおう）「はい、伺います。」 #act: staff.listen #t: +3]
- -> stages

=== stages ===
{ order == 1:
    -> stage_apology ->
    { not gave:
        -> stage_outcome ->
    }
- else:
    -> stage_outcome ->
    { not gave:
        -> stage_apology ->
    }
}
{ gave:
    -> gave_in_exit
}
-> closing

=== stage_apology ===
{persona:
- 1: 大友「だいたい、本人はそこに座っているじゃないか。ここに呼べ。俺の前で頭を下げさせろ。」 #act: customer.demand_apology #act: customer.repeat #mood: angry #t: +2
- 2: 熊谷「だいたい、ご本人はそこにいらっしゃるじゃないですか。ここに呼んで、私にきちんと謝らせてください。」 #act: customer.demand_apology #act: customer.repeat #mood: angry #t: +2
- else: 阿部「てか、本人そこにいるじゃないですか。ここに呼んで、謝らせてくださいよ。」 #act: customer.demand_apology #act: customer.repeat #mood: angry #t: +2
}
* {apologized} [「先週のお手続きでご不快な思いをおかけしたことは、先ほどお詫びしたとおりです。担当者をこの場に呼んで謝罪させることは、いたしかねます。」 #act: staff.refuse #t: +2]
    {persona:
    - 1: 大友「本人には謝らせないってことか。かばうんだな。」 #act: customer.repeat
    - 2: 熊谷「ご本人には謝らせないんですね。かばうんですか。」 #act: customer.repeat
    - else: 阿部「本人には謝らせないんだ。かばうんですね。」 #act: customer.repeat
    }
* {not apologized} [「先週のお手続きで、ご不快な思いをおかけし、申し訳ありませんでした。ただ、担当者をこの場に呼んで謝罪させることは、いたしかねます。」 #act: staff.apologize_limited #act: staff.refuse #t: +2]
    ~ apologized = true
    {persona:
    - 1: 大友「あんたが謝ってどうする。本人には謝らせないのか。かばうんだな。」 #act: customer.repeat
    - 2: 熊谷「あなたに謝っていただいても……。ご本人には謝らせないんですね。」 #act: customer.repeat
    - else: 阿部「あなたに謝られても。本人には謝らせないんですね。」 #act: customer.repeat
    }
* [「……わかりました。本人を呼んでまいります。」（奥の席の高橋さんを窓口に呼ぶ） #act: staff.concede #act: staff.apologize_full #t: +3]
    ~ humbled = true
    高橋さんが、こわばった顔で窓口に来た。 #who: colleague
    高橋「先週は、大変申し訳ございませんでした。」
    {persona:
    - 1: 大友「謝って済むと思うなよ。こういう職員を窓口に出すな。異動させろ。」 #act: customer.demand_transfer #act: customer.repeat #mood: angry
    - 2: 熊谷「謝れば済むと思わないでください。こういう方を窓口に出さないで。処分してください。」 #act: customer.demand_transfer #act: customer.repeat #mood: angry
    - else: 阿部「謝って済むなら苦情なんかいらないでしょ。こういう人は窓口から外してくださいよ。」 #act: customer.demand_transfer #act: customer.repeat #mood: angry
    }
    （高橋さんは、頭を下げたまま動けずにいる。これで収まると思ったのに、要求はかえって強くなった。あなたは高橋さんに、席へ戻ってもらった。） #t: +2
* [「本人には私から話をして、後日あらためて、ご自宅へお詫びに伺わせます。」 #act: staff.concede #t: +2]
    ~ gave = true
    {persona:
    - 1: 大友「家に来るんだな。そのとき、どう処分したのかも聞かせてもらうぞ。」 #act: customer.leave #mood: calm
    - 2: 熊谷「家に来てくださるんですね。そのとき、どう処分したのかも教えてください。」 #act: customer.leave #mood: calm
    - else: 阿部「家に来るんですね。そのとき、どう処分したかも聞かせてくださいよ。」 #act: customer.leave #mood: calm
    }
    （{cn()}さんは、住所と電話番号を書いたメモを置いて、窓口を離れた。）
- ->->

=== stage_outcome ===
{persona:
- 1: 大友「それから、どう処分したのか、結果は必ず俺に知らせろ。電話番号を書いていく。」 #act: customer.demand_transfer #act: customer.repeat #t: +2
- 2: 熊谷「それと、どう処分したのか、結果は必ず私に知らせてください。電話番号を書いていきます。」 #act: customer.demand_transfer #act: customer.repeat #t: +2
- else: 阿部「あと、どう処分したのか、結果は絶対に連絡してください。番号書いていくんで。」 #act: customer.demand_transfer #act: customer.repeat #t: +2
}
* [「職員の人事や処分については、市が組織として判断するものですので、その結果をお知らせすることもできません。いただいたご意見を所属長に伝えることは、お約束します。」 #act: staff.refuse #t: +2]
    {persona:
    - 1: 大友「知らせられない？ 結局、握りつぶす気だろう。」 #act: customer.repeat
    - 2: 熊谷「知らせられない？ 結局、うやむやにするつもりでしょう。」 #act: customer.repeat
    - else: 阿部「知らせられない？ 結局、握りつぶすんでしょ。」 #act: customer.repeat
    }
* [「……承知しました。どのような対応になったか、後日お電話でご報告します。」 #act: staff.concede #t: +1]
    ~ gave = true
    {persona:
    - 1: 大友「よし。連絡がなかったら、また来るからな。」 #act: customer.leave #mood: calm
    - 2: 熊谷「お願いしますね。連絡がなかったら、また来ますから。」 #act: customer.leave #mood: calm
    - else: 阿部「じゃあ、待ってますよ。連絡なかったら、また来ますから。」 #act: customer.leave #mood: calm
    }
    （{cn()}さんは、電話番号を書いたメモを置いて、窓口を離れた。）
- ->->

=== closing ===
{humbled:
    {persona:
    - 1: 大友「本人に謝らせたくらいで、済んだと思うなよ。」
    - 2: 熊谷「ご本人に謝っていただいたくらいで、済んだとは思っていませんから。」
    - else: 阿部「本人が謝ったくらいで、済んだと思わないでくださいね。」
    }
}
{persona:
- 1: 大友「何度でも言うぞ。あの職員を処分するのか、しないのか。はっきり答えろ。」 #act: customer.repeat #t: +4
- 2: 熊谷「何度でも言いますよ。あの方を処分するんですか、しないんですか。はっきり答えてください。」 #act: customer.repeat #t: +4
- else: 阿部「何回でも言いますけど。あの人、処分するんですか、しないんですか。はっきりしてください。」 #act: customer.repeat #t: +4
}
* [「ご説明したとおり、職員の処分や異動についてのご要望には、お応えできません。同じお話の繰り返しでしたら、対応を終了させていただきます。」 #act: staff.warn #act: staff.refuse #t: +2]
* {not limit} [「もうお話しすることはありません。お引き取りください。」 #act: staff.end_response #t: +1]
    ~ self_ended = true
    -> cut_off
* [（言い方はきついが、苦情には違いない。気が済むまで聞こう）「なるほど……そうですよね。」 #act: staff.listen #t: +5]
    -> drag
-
{
- limit:
    （{cn()}さんは腕を組み、同じ要求を、言い方を変えて繰り返した。やがて時計の針が、約束の{hm(until)}を指した。） #act: customer.repeat #t: +{MAX(until - clock, 1)}
- else:
    （{cn()}さんは腕を組み、同じ要求を、言い方を変えて繰り返した。時計は{hm(clock)}を回り、話は先へ進まない。） #act: customer.repeat #t: +5
}
* [（{colleague_here:菅野さんにその場を頼んで奥の千葉係長のところへ行き|窓口を離れずに千葉係長に目で合図して来てもらい}、{limit:約束の時間になったこと、|}処分や異動の要求をお断りしても同じ要求が続いていることを報告して、対応の終了を判断してもらう） #act: staff.report_supervisor #t: +2]
    -> boss_ends
* [{limit:「約束の時間となりました。これ以上お話をお聞きしても、私どもの考えはお伝えしたとおりですので、お引き取りください。」|「これまでご説明したとおりです。これ以上ご説明することはありませんので、対応を終了させていただきます。」}（係長に相談するまでもない。自分で終わりにする） #act: staff.end_response #t: +1]
    ~ self_ended = true
* [（ここで終わりにするのは冷たい気がする。もう少しだけ付き合おう）「はい……伺います。」 #act: staff.listen #t: +5]
    -> drag
- -> leaves

=== boss_ends ===
千葉係長が、窓口に来た。 #who: manager
千葉係長「保険年金課の係長の千葉です。お話は、担当から伺いました。先週の窓口での対応についてのご意見は、私から課長に確実に伝えます。ただ、職員の処分や異動、その結果のお知らせについてのご要望には、お応えできません。同じお話の繰り返しになりますので、本日の対応はこれで終了させていただきます。」 #act: staff.refuse #act: staff.end_response #t: +2
* [（係長の半歩後ろに下がり、やり取りを時刻とともに記録する） #act: staff.take_notes #t: +1]
* [（係長の後ろから）「高橋も、悪気があったわけではないと思うんです……。」 #act: staff.argue #t: +1]
    ~ defended = true
    {persona:
    - 1: 大友「悪気がなければ、何をしてもいいのか！」 #act: customer.shout #mood: angry
    - 2: 熊谷「悪気がなければ、何をしてもいいんですか！」 #act: customer.shout #mood: angry
    - else: 阿部「悪気がなければ、いいんですか！」 #act: customer.shout #mood: angry
    }
    （千葉係長は、あなたに目で「下がって」と合図し、同じ説明を静かに繰り返した。） #t: +2
- -> leaves

=== leaves ===
{
- received and not full_apology and not defended and not humbled:
    {persona:
    - 1: 大友「……わかった。今日は帰る。だが、上に伝えると言ったのは忘れるなよ。」 #act: customer.leave #mood: irritated
    - 2: 熊谷「……わかりました。今日は帰ります。でも、上に伝えるとおっしゃったこと、忘れないでくださいね。」 #act: customer.leave #mood: irritated
    - else: 阿部「……わかりました。今日は帰ります。上に伝えるって言ったの、忘れないでくださいよ。」 #act: customer.leave #mood: irritated
    }
- else:
    {persona:
    - 1: 大友「もういい。今日は帰る。だが、これで済んだと思うなよ。」 #act: customer.leave #mood: angry
    - 2: 熊谷「もういいです。今日は帰ります。でも、これで済んだとは思わないでください。」 #act: customer.leave #mood: angry
    - else: 阿部「もういいです。帰ります。これで終わりだと思わないでくださいね。」 #act: customer.leave #mood: angry
    }
}
（{cn()}さんは、加入手続きの控えを封筒にしまい、窓口を離れた。）
~ outcome = "ended"
-> aftercare

=== cut_off ===
{persona:
- 1: 大友「なんだと？ 苦情を言いに来た市民を、追い返すのか！」 #act: customer.shout #mood: angry
- 2: 熊谷「追い返すんですか？ 苦情を言いに来た市民を！」 #act: customer.shout #mood: angry
- else: 阿部「は？ 苦情言いに来た市民を、追い返すんですか！」 #act: customer.shout #mood: angry
}
{persona:
- 1: 大友「もういい。市長に手紙を書く。あんたのこともな。」 #act: customer.leave
- 2: 熊谷「もういいです。市長への手紙に書きます。あなたのことも。」 #act: customer.leave
- else: 阿部「もういいです。市長への手紙、書きますから。あなたのことも。」 #act: customer.leave
}
~ outcome = "cut_off"
-> aftercare

=== drag ===
（あなたは相づちを打ちながら、話を聞き続けた。高橋さんへの不満は、やがて市役所全体への不満へと広がっていく。） #act: customer.repeat #t: +25
{persona:
- 1: 大友「結局、あの職員をどうするんだ。返事を聞くまでは納得しないぞ。」 #act: customer.repeat #mood: angry
- 2: 熊谷「結局、あの方をどうするんですか。お返事をいただくまで、納得できません。」 #act: customer.repeat #mood: angry
- else: 阿部「結局、あの人どうするんですか。返事もらうまで納得できないんで。」 #act: customer.repeat #mood: angry
}
（窓口には、順番を待つ人の列ができていた。）
* [（時計は{hm(clock)}を回った。とにかく帰ってもらいたい）「……お気持ちはよくわかりました。高橋のことは、上の者とも相談して、前向きに検討いたします。」 #act: staff.listen #act: staff.promise_vague #t: +20]
    {persona:
    - 1: 大友「前向きにだな。聞いたぞ。どうなったか、また聞きに来るからな。」 #act: customer.leave #mood: irritated
    - 2: 熊谷「前向きに、ですね。どうなったか、また伺いに来ますから。」 #act: customer.leave #mood: irritated
    - else: 阿部「前向きに、ですね。どうなったか、また聞きに来ますんで。」 #act: customer.leave #mood: irritated
    }
    ~ outcome = "dragged"
* [「……わかりました。上に話して、高橋は窓口から外してもらうようにします。」 #act: staff.concede #t: +2]
    ~ gave = true
    {cn()}さんは「最初からそう言えばいいんだ」と言って、窓口を離れた。 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
- -> aftercare

=== gave_in_exit ===
~ outcome = "gave_in"
-> aftercare

=== aftercare ===
（{cn()}さんが帰ったあと、あなたは自分の席に戻った。奥の席の高橋さんが、気まずそうにこちらを見ている。）
* [経過を対応記録にまとめて千葉係長に報告し、先週の窓口対応へのご意見も、課長に伝えてもらう #act: staff.file_report #act: staff.report_supervisor #t: +15]
    ~ reported = true
* [高橋さんにだけ「こういうお話がありました。気にしないでくださいね」と伝えて、自分の仕事に戻る #act: staff.keep_to_self #t: +2]
- -> finale

=== finale ===
{
- outcome == "gave_in":
    {reported: 千葉係長「職員の処分や異動は、市が組織として決めることで、窓口で約束できることではないんだ。結果をお知らせすることもできない。{cn()}さんには、私から連絡して訂正しよう。先週の対応へのご意見は、課長にきちんと伝えるからね。」}
    {reported and humbled: 千葉係長「それと、高橋さんを呼んで頭を下げさせたのは、やめよう。何があったのか確かめる前に本人に謝らせても、要求が強くなるだけなんだ。」}
    {not reported: （翌週、{cn()}さんから「高橋はまだ窓口にいるじゃないか。約束が違う」と電話があった。その約束を知っている人は、あなたのほかに誰もいなかった。）}
    （その場を収めるための約束が、市として守れない約束として残ってしまった。） #ending: gave_in
    -> END
- outcome == "dragged":
    {reported: 千葉係長「苦情には誠実に耳を傾ける。でも、処分や異動の要求が繰り返されるようになったら、丁寧に説明しても納得が得られない時点で、私に言ってくれれば対応を終えるよ。それと、『前向きに検討します』は、処分を約束したと受け取られてしまう。{cn()}さんには、私から連絡してお伝えし直そう。」}
    {not reported: （翌週、{cn()}さんから「前向きに検討すると言ったのに、高橋はまだ窓口にいる」と電話があった。この日のことは、誰にも話していなかった。）}
    （1時間以上話を聞き続け、最後は「前向きに検討します」と言葉を濁して、帰ってもらった。） #ending: dragged_on
    -> END
- outcome == "cut_off":
    {reported: 千葉係長「処分や異動の要求は、確かに行き過ぎていた。ただ、打ち切る前に『これ以上は対応できません』と一度伝えておけば、いきなり追い返されたとは受け取られにくいんだ。終えるかどうかは、私に相談してくれれば、私から伝える。それと、先週の対応へのご意見は、課長に伝えておくよ。」}
    {not reported: （数日後、市長への手紙が届いた。「窓口で苦情を言ったら、いきなり追い返された」と書かれていた。経緯を知る記録は、どこにもなかった。）}
    （警告をしないまま打ち切ったため、{cn()}さんには「追い返された」という思いだけが残った。） #ending: cut_off
    -> END
- early_warn:
    {reported: 千葉係長「窓口の態度への苦情は、市が受け止めるべきご意見だよ。話を聞く前に『職員を責めるな』と止めてしまうと、苦情そのものを封じたことになる。区切るのは、要求が行き過ぎてからでいいんだ。」}
    （数日後、市長への手紙が届いた。「窓口の態度に苦情を言ったら、職員を責めるなと注意された」と書かれていた。）
    （苦情を聞く前に止めてしまったことで、先週の対応への不満が、市への不信に変わってしまった。） #ending: rebuffed
    -> END
- humbled:
    {reported: 千葉係長「処分や異動の要求は断れた。でも、高橋さんを呼んで頭を下げさせたのは、やめよう。何があったのか確かめる前に本人に謝らせても、要求が強くなるだけなんだ。高橋さんとは、私が話をしておくよ。」}
    {not reported: （その日の午後、高橋さんは一言も口をきかなかった。先週の対応について、誰かが高橋さんと振り返ることもなかった。）}
    （高橋さんに頭を下げさせたことで、{cn()}さんの要求は強まり、高橋さんにはつらい記憶だけが残った。） #ending: colleague_apologized
    -> END
- else:
    {reported and not self_ended: 千葉係長「苦情は苦情として受け止めて、処分や異動の要求ははっきり断り、時間を区切って、終えるときは私に相談してくれた。それでいい。」}
    {reported and self_ended: 千葉係長「苦情は苦情として受け止めて、処分や異動の要求ははっきり断れた。ただ、対応を終えるかどうかは、組織として判断することなんだ。次は、自分で打ち切る前に私に言って。私から伝えるから。」}
    {reported and full_apology: 千葉係長「ただ、何があったのか確かめる前に『職員が悪かった』と謝ったね。お詫びは、ご不快な思いをさせたことに限ろう。」}
    {reported and defended: 千葉係長「高橋さんをかばいたくなる気持ちはわかる。でも、言い返すと相手の怒りに火をつけてしまうんだ。」}
    {reported and not colleague_here: 千葉係長「それと、大きな声が出た時点で、周りを呼んでいいんだよ。一人で抱えないでね。」}
    {reported: （課長は、先週の対応について高橋さんと話し合った。聞き返されたときの言い方や書類の渡し方を、係全体で見直すことになった。）}
    {not reported: （「所属長に伝えます」と約束したご意見は、結局どこにも伝わらなかった。数日後、{cn()}さんから「伝えたのか」と電話があった。）}
    （先週の対応への苦情は受け止め、職員の処分や異動の要求には応じずに、対応を終えた。） #ending: complaint_received
    -> END
}

=== function mark_cue() ===
// 最初のカスハラの兆候の時刻を覚える
{ cue_at < 0:
    ~ cue_at = clock
}

=== function cn() ===
{persona:
- 1: ~ return "大友"
- 2: ~ return "熊谷"
- else: ~ return "阿部"
}

=== function hm(m) ===
// 経過分を壁の時計の時刻にする（開始の時刻はシナリオの startsAt。日付をまたげば0時に戻る）
~ temp total = (wall_start + m) mod 1440
{total / 60}時{total mod 60}分
