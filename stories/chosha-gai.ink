// 庁舎外拘束型 — 道路課への電話から、市民の自宅・店の前へ
// 奥州市カスタマーハラスメント対応マニュアル（案）第4 1(6) 庁舎外拘束型
//   ① 庁舎外に呼び出されても、原則として出向かない ② やむを得ず出向く場合は、必ず複数の職員で対応する
//   ③ 自宅や事務所には入らず、玄関先で対応する ④ 対応できる時間を設定し、設定した時間を経過した場合は、退去する
//   ⑤ 拘束されるような状況が生じた場合は、警察に通報することを告げ、通報する
// 由利本荘市職員カスタマーハラスメント対策基本方針 4(2)②「面談は、原則として庁舎等で行います。」、3(4)「自宅等への職員の呼びつけ」
// 市道の側溝工事の近くに住む（店を営む）市民が、クレームの詳細もわからないうちに「今すぐ来て説明しろ」と呼びつける。
// 工事が原因かどうかは、記録を確かめるまでわからない（奥州市 第3 2(2)イ「事実関係を確認してから後日回答します。」）。
// 工事現場の脇で出た損傷を、その日のうちに確かめに行くのは通常の業務。模範は、係長に報告して承認を得て二人で出向き、
// 玄関先で時間を決めて確認し、説明は後日とすること。ハラスメントは「今すぐ来て説明しろ」「納得するまで帰さない」という拘束の側にある。

INCLUDE common/colleague.ink

VAR persona = 0          // 1 菊池さん（70代の男性・自宅） 2 小野寺さん（50代の女性・美容室） 3 村上さん（40代の男性・整備工場）
VAR facts = false        // 何が起きているのか、先に聞き取った
VAR declined = false     // 出向かないと伝えた
VAR pair = false         // 二人で出向いた
VAR inside = false       // 家（店・事務所）の中に上がった
VAR limit = false        // 対応できる時間を先に告げた
VAR gave = false         // 確かめる前に「市で直す」と約束した
VAR hope = false         // 期待を持たせる曖昧な返事をした
VAR heated = false       // 言い返した・突き放した
VAR stayed = false       // 約束の時間を過ぎても、話を聞き続けた
VAR threatened = false   // 「帰さない」と引き止められた
VAR reported = false     // 事後に記録し報告した
VAR outcome = ""
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる
VAR cue_at = -1          // 最初のカスハラの兆候（呼びつけ）の時刻（経過分）
VAR until = 0            // 告げた対応時間の終わり（経過分）

~ persona = RANDOM(1, 3)
-> opening

=== opening ===
六月の火曜日、午前10時。市役所、道路課。 #scene: phone
あなたは、市道の側溝を入れ替える工事の担当をしている。机の電話が鳴った。 #look: {persona == 1: man_70s|{persona == 2: woman_50s|man_40s}}
{persona:
- 1: 男性「道路課か。うちの前でやってる、側溝の工事のことだ。」 #act: customer.complaint #mood: irritated #t: +1
- 2: 女性「道路課ですか。うちの店の前でやってる、工事のことなんですけど。」 #act: customer.complaint #mood: irritated #t: +1
- else: 男性「道路課？ うちの工場の前の、工事のことなんだけど。」 #act: customer.complaint #mood: irritated #t: +1
}
~ mark_cue()
{persona:
- 1: 男性「菊池だ。電話じゃ話にならん。今すぐうちに来て、説明しろ。」 #act: customer.summon_offsite #mood: angry #t: +1
- 2: 女性「小野寺です。美容室をやってます。電話じゃらちがあかないわ。今すぐ店まで来て、説明してちょうだい。」 #act: customer.summon_offsite #mood: angry #t: +1
- else: 男性「村上です。整備工場の。電話で話してても埒が明かないんで、今すぐ工場まで来て、説明してもらえます？」 #act: customer.summon_offsite #mood: angry #t: +1
}
（何が起きているのかは、まだ何もわからない。）
* [「ご心配をおかけし、申し訳ありません。どちらの場所で、いつ頃から、どのようなことが起きているのか、まずお聞かせいただけますか。」 #act: staff.apologize_limited #act: staff.ask_facts #t: +2]
    ~ facts = true
    -> account
* [「承知しました。すぐに伺います。ご住所を教えていただけますか。」 #act: staff.concede #t: +2]
    {persona:
    - 1: 菊池「……工事の現場のすぐ前の家だ。すぐ来いよ。」
    - 2: 小野寺「……工事の現場のすぐ前の美容室よ。すぐ来てちょうだい。」
    - else: 村上「……工事の現場のすぐ前の整備工場です。すぐ来てくださいよ。」
    }
    -> go_how
* [「工事は請負業者が行っておりますので、市では細かいことがわかりかねます。まずは現場の業者さんにおっしゃっていただけますか。」 #act: staff.refuse #t: +1]
    ~ heated = true
    {persona:
    - 1: 菊池「業者に言えだと？ 工事を頼んだのは市だろう。たらい回しにする気か！」 #act: customer.shout #mood: angry #t: +1
    - 2: 小野寺「業者に言えって？ 工事を頼んだのは市でしょう。たらい回しにするつもり？」 #act: customer.shout #mood: angry #t: +1
    - else: 村上「業者に言え？ 発注したのは市でしょ。たらい回しですか！」 #act: customer.shout #mood: angry #t: +1
    }
    -> account

=== account ===
{persona:
- 1: 菊池「先週から、うちの前で重機が動いてるだろう。通るたびに家が揺れてな。今朝見たら、ブロック塀にひびが入ってた。前からあったひびじゃない。工事のせいに決まってる。」 #act: customer.complaint #t: +2
- 2: 小野寺「先週から、店の前で重機が動いてるでしょう。揺れるたびにお客さんが不安がるし、今朝見たら、入口のタイルにひびが入ってたのよ。前はなかったの。工事のせいでしょう。」 #act: customer.complaint #t: +2
- else: 村上「先週から、工場の前で重機が動いてるじゃないですか。で、今朝見たら、工場の前のコンクリートの土間にひびが入ってて。前はなかったんですよ。どう考えても工事のせいでしょ。」 #act: customer.complaint #t: +2
}
（手元の工事台帳では、その場所の側溝工事は先週から始まっている。工事の前に周りの建物の状態を記録したかどうかは、手元の資料だけではわからない。） #t: +1
{persona:
- 1: 菊池「電話で説明されてもわからん。今すぐ来て、このひびを見ろ。」 #act: customer.summon_offsite #act: customer.repeat #t: +1
- 2: 小野寺「電話で説明されてもわからないわ。今すぐ来て、このひびを見てちょうだい。」 #act: customer.summon_offsite #act: customer.repeat #t: +1
- else: 村上「電話じゃわかんないでしょ。今すぐ来て、このひび、見てくださいよ。」 #act: customer.summon_offsite #act: customer.repeat #t: +1
}
* [（保留にして佐藤係長に報告し、判断を仰ぐ。係長の承認を得て、先輩の小松さんと二人で現地の確認に伺うことにする）「お待たせしました。ひびの状況を確認させていただくため、これから担当二名で伺います。」 #act: staff.report_supervisor #act: staff.visit_pair #t: +3]
    ~ pair = true
    佐藤係長（小声で）「工事の脇でひびが出たなら、今日のうちに見ておこう。中には上がらないこと。時間を決めて、原因の説明は記録を確かめてから後日。いいね。」
    {persona:
    - 1: 菊池「二人も来るのか。……まあいい、早く来い。」
    - 2: 小野寺「二人で？ ……まあいいわ。早く来てちょうだい。」
    - else: 村上「二人で？ ……まあ、いいですけど。早く来てくださいよ。」
    }
    -> travel
* [「ご説明は、原則として市役所で行っております。工事の図面や記録もこちらにございますので、ご都合のよいときにお越しいただけますか。ひびの状況は、工事の記録と照らし合わせたうえで、確認の方法をあらためてご相談させてください。」 #act: staff.decline_offsite #act: staff.explain #t: +2]
    ~ declined = true
    -> phone_hold
* [「わかりました。これから私が伺います。」 #act: staff.concede #t: +1]
    -> go_how

=== phone_hold ===
{persona:
- 1: 菊池「来ないだと？ 市民が困ってるのに、役所は見に来もしないのか！」 #act: customer.shout #act: customer.repeat #mood: angry #t: +1
- 2: 小野寺「来ないですって？ 市民が困ってるのに、役所は見にも来ないの！」 #act: customer.shout #act: customer.repeat #mood: angry #t: +1
- else: 村上「来ない？ こっちは商売に関わってるんですよ。見にも来ないんですか！」 #act: customer.shout #act: customer.repeat #mood: angry #t: +1
}
（受話器の向こうの大きな声が、周りの席にまで漏れている。）
* [（隣の席の先輩・小松さんに目で合図し、横で聞いて記録をとってもらう） #act: staff.call_colleague #t: +1]
    -> colleague_joins("小松", "記録") ->
* [「齟齬がないよう、内容を正確に記録するため、録音させていただきます。」 #act: staff.announce_recording #t: +1]
    {persona:
    - 1: 菊池「録音？ 勝手にしろ。」
    - 2: 小野寺「録音？ 好きにしたらいいわ。」
    - else: 村上「録音？ どうぞ、ご勝手に。」
    }
* [（大きな声に気圧されながら、周りの席に迷惑をかけないよう、一人で聞き続ける）「……はい、はい。」 #act: staff.listen #t: +2]
-
{persona:
- 1: 菊池「いいから来い。来ないなら、市長に直接電話してやるからな。」 #act: customer.repeat #t: +1
- 2: 小野寺「いいから来てちょうだい。来ないなら、市長さんに直接電話しますからね。」 #act: customer.repeat #t: +1
- else: 村上「いいから来てくださいよ。来ないなら、市長に直接電話しますよ。」 #act: customer.repeat #t: +1
}
* [「市長にお電話されるかどうかは、{cn()}様のご判断ですので、何とも申し上げられません。お話は、市役所で伺います。明日の午前でしたら、私と係長とで、工事の記録をお見せしながらご説明できます。」 #act: staff.decline_offsite #act: staff.explain #t: +2]
    ~ declined = true
    -> phone_close
* [「……わかりました。これから伺います。」 #act: staff.concede #t: +1]
    -> go_how

=== phone_close ===
{persona:
- 1: 菊池「電話じゃ話にならんと言ってるだろう。何度言わせるんだ。」 #act: customer.repeat #t: +3
- 2: 小野寺「電話じゃ話にならないって言ってるでしょう。何度言わせるの。」 #act: customer.repeat #t: +3
- else: 村上「だから、電話じゃ話にならないって言ってるでしょ。何回言わせるんですか。」 #act: customer.repeat #t: +3
}
* [「ご説明したとおり、こちらから伺うことはできません。同じお話の繰り返しでしたら、お電話を終了させていただきます。明日、市役所でお待ちしております。」 #act: staff.warn #t: +1]
    {persona:
    - 1: 菊池「……わかった。明日、行ってやる。資料をそろえておけよ。」 #act: customer.calm #mood: irritated
    - 2: 小野寺「……わかったわよ。明日の朝、行きます。資料、ちゃんとそろえておいてね。」 #act: customer.calm #mood: irritated
    - else: 村上「……わかりました。明日、工場を閉めてから行きます。資料、そろえといてくださいよ。」 #act: customer.calm #mood: irritated
    }
    ~ outcome = "declined"
* [「これ以上はお話しできません。失礼します。」（受話器を置く） #act: staff.hang_up #t: +1]
    ~ heated = true
    （受話器を置いた。……5分後、また電話が鳴った。） #t: +5
    {persona:
    - 1: 菊池「いきなり切るとは何事だ！ 市長にも、議員にも言ってやるからな！」（電話は一方的に切られた） #act: customer.shout #act: customer.hang_up #mood: angry
    - 2: 小野寺「いきなり切るなんて、どういうつもり！ 市長さんにも、議員さんにも言いますからね！」（電話は一方的に切られた） #act: customer.shout #act: customer.hang_up #mood: angry
    - else: 村上「いきなり切るって、どういうことですか！ 市長にも議員にも言いますからね！」（電話は一方的に切られた） #act: customer.shout #act: customer.hang_up #mood: angry
    }
    ~ outcome = "cut_off"
* [（怒りが収まるまで聞き続け、25分たったところで根負けする）「……わかりました。そこまでおっしゃるなら、これから伺います。」（受話器を置くと、誰にも言わずに一人で飛び出す） #act: staff.listen #act: staff.concede #act: staff.visit_alone #t: +25]
    （話はひびのことから、工事の騒音、市役所への不満へと広がり、受話器を置いたときには、時計は{hm(clock)}を回っていた。） #act: customer.repeat #t: +2
    -> travel
- -> aftercare

=== go_how ===
（受話器を置いた。上着を手に、あなたは考えた。）
* [（佐藤係長に報告し、先輩の小松さんにも同行してもらう。二人で、玄関先で、時間を決めて対応する） #act: staff.report_supervisor #act: staff.visit_pair #t: +3]
    ~ pair = true
* [（みんな忙しそうだ。自分が行くと言ったのだから、一人で行こう） #act: staff.visit_alone #t: +1]
- -> travel

=== travel ===
{pair:
    （あなたは先輩の小松さんと公用車に乗り、{place()}へ向かった。車で5分ほどの距離だ。） #t: +5 #scene: offsite
- else:
    （あなたは一人で公用車に乗り、{place()}へ向かった。車で5分ほどの距離だ。） #t: +5 #scene: offsite
}
{persona:
- 1: 菊池さんは、玄関の戸を開けて待っていた。70代くらいの、がっしりした男性だ。
- 2: 小野寺さんは、店の入口で待っていた。50代くらいの、エプロン姿の女性だ。
- else: 村上さんは、工場のシャッターの前で待っていた。40代くらいの、作業着姿の男性だ。
}
{pair:
    車を降りた小松さんが、記録用のノートを手に、あなたの隣に立った。 #who: colleague #act: staff.take_notes
}
{persona:
- 1: 菊池「おう、来たか。まあ上がれ。茶でも淹れるから、中でゆっくり話そう。」 #t: +1
- 2: 小野寺「来てくれたのね。さあ、奥へどうぞ。お茶を淹れるから、座ってゆっくり話しましょう。」 #t: +1
- else: 村上「どうも。ここじゃなんですから、奥の事務所へどうぞ。コーヒーでも出しますよ。」 #t: +1
}
~ until = ((cue_at + 30) / 5) * 5
{ until < clock + 6:
    ~ until = ((clock + 14) / 5) * 5
}
* [「お気遣いありがとうございます。こちらで失礼します。他の予定がございますので、{hm(until)}までとさせていただきます。」（{entrance()}に立ったまま話す） #act: staff.keep_distance #act: staff.set_time_limit #t: +1]
    ~ limit = true
* [「お気遣いありがとうございます。本日は、こちらで失礼させていただきます。」（{entrance()}に立ったまま話す） #act: staff.keep_distance #t: +1]
* [「ご丁寧にありがとうございます。せっかくですので、では、{hm(until)}まで、少しだけ失礼します。」（断るのも悪い気がして、勧められるまま中に上がる） #act: staff.enter_home #act: staff.set_time_limit #t: +2]
    ~ inside = true
    ~ limit = true
    （{room()}に通され、お茶が出された。{cn()}さんはあなたの向かいに腰を下ろした。帰り道になる戸口は、{cn()}さんの背中の向こうにある。）
-
{inside:
    {cn()}さんは、スマートフォンでひびの写真を見せた。
- else:
    {cn()}さんは、{crack()}を指さした。
}
{persona:
- 1: 菊池「見ろ。このひびは工事のせいだ。市で直すと、今ここで約束しろ。」 #act: customer.demand_money #act: customer.repeat #mood: angry #t: +2
- 2: 小野寺「見てちょうだい。このひびは工事のせいよ。市で直すって、今ここで約束して。」 #act: customer.demand_money #act: customer.repeat #mood: angry #t: +2
- else: 村上「ほら、これ。工事のせいでしょ。修理代は市で持つって、今ここで約束してくださいよ。」 #act: customer.demand_money #act: customer.repeat #mood: angry #t: +2
}
* [「{inside:お帰りの際に、実際のひびを|ひびの様子を、}写真に撮らせていただけますか。工事の記録と照らし合わせて、確認してから後日回答します。」 #act: staff.take_notes #act: staff.defer_answer #t: +3]
    {persona:
    - 1: 菊池「後日、後日か。役所はいつもそれだ。」 #act: customer.repeat
    - 2: 小野寺「後日って、いつになるのよ。」 #act: customer.repeat
    - else: 村上「後日って。こっちは毎日、車を出し入れしてるんですよ。」 #act: customer.repeat
    }
* [「……これは、工事のせいだと思います。大切なお住まいにこんなひびが入ってしまって、本当に申し訳ございません。市で責任を持って直すようにいたしますので、どうかご安心ください。」 #act: staff.apologize_full #act: staff.concede #t: +2]
    ~ gave = true
    {persona:
    - 1: 菊池「よし、言ったな。約束だぞ。」 #act: customer.calm #mood: calm
    - 2: 小野寺「言いましたね。約束よ。」 #act: customer.calm #mood: calm
    - else: 村上「言いましたね。約束ですよ。」 #act: customer.calm #mood: calm
    }
    ~ outcome = "promised"
    -> aftercare
* [「たぶん、工事のせいということになると思います。上に話してみます。」 #act: staff.promise_vague #t: +2]
    ~ hope = true
    {persona:
    - 1: 菊池「たぶん、じゃない。市で直すんだな？ はっきり言え。」 #act: customer.repeat
    - 2: 小野寺「たぶん、じゃ困るのよ。市で直すのね？」 #act: customer.repeat
    - else: 村上「たぶん、って。市で直すんですよね？」 #act: customer.repeat
    }
-
{
- limit:
    （{cn()}さんの話は、ひびのことから、工事の騒音、市への不満へと広がっていく。やがて、約束の{hm(until)}になった。） #act: customer.repeat #t: +{MAX(until - clock, 1)}
- else:
    （{cn()}さんの話は、ひびのことから、工事の騒音、市への不満へと広がっていく。時計は{hm(clock)}を回った。） #act: customer.repeat #t: +6
}
* {limit} [「約束したお時間となりました。他の予定がございますので、これで失礼させていただきます。」 #act: staff.end_response #t: +1]
* {not limit} [「確認したうえで、後日ご回答します。他の予定がございますので、これで失礼させていただきます。」 #act: staff.end_response #t: +1]
* [（せっかく来たのだから、納得してもらえるまで付き合おう。途中で帰ったら、かえってこじれる）「はい……伺います。」 #act: staff.listen #t: +30]
    ~ stayed = true
    {inside:
        （出されたお茶を前に、あなたは話を聞き続けた。話は同じところを何度も回り、ひびのことから、工事の騒音、市への不満へと広がっていく。） #act: customer.repeat #t: +10
    - else:
        （{entrance()}に立ったまま、あなたは話を聞き続けた。話は同じところを何度も回り、ひびのことから、工事の騒音、市への不満へと広がっていく。） #act: customer.repeat #t: +10
    }
    （時計が{hm(clock)}を回ったところで、あなたはようやく「そろそろ失礼します」と切り出した。）
    -> detain
- { pair and limit and not inside and not hope:
    {persona:
    - 1: 菊池「……ふん。勝手にしろ。ちゃんと調べて、返事をよこせよ。」 #act: customer.calm #mood: irritated
    - 2: 小野寺「……わかったわよ。ちゃんと調べて、返事をちょうだいね。」 #act: customer.calm #mood: irritated
    - else: 村上「……わかりましたよ。ちゃんと調べて、連絡くださいよ。」 #act: customer.calm #mood: irritated
    }
    （あなたと小松さんは一礼して、公用車に乗り込んだ。）
    ~ outcome = "left_on_time"
    -> aftercare
  }
-> detain

=== detain ===
{inside:
    （{cn()}さんが立ち上がり、{room()}の戸口の前に立った。）
- else:
    （{cn()}さんが、公用車の前に立ちふさがった。）
}
{persona:
- 1: 菊池「待て。まだ話は終わってない。納得するまで帰さんぞ。」 #act: customer.threat #mood: threatening #t: +1
- 2: 小野寺「待ちなさいよ。まだ話は終わってないわ。納得するまで帰さないから。」 #act: customer.threat #mood: threatening #t: +1
- else: 村上「ちょっと待ってくださいよ。話、終わってないでしょ。納得するまで帰しませんよ。」 #act: customer.threat #mood: threatening #t: +1
}
~ threatened = true
* [「『帰さない』というのは、脅迫的な発言です。この後の発言は、対応の証拠として録音させていただきます。これ以上お引き止めになるようでしたら、警察に通報します。」 #act: staff.announce_recording #act: staff.final_warning #t: +1]
* [「帰してください！ こんなことをされる筋合いはありません！」 #act: staff.retort #t: +1]
    ~ heated = true
    {persona:
    - 1: 菊池「なんだ、その口のきき方は！」 #act: customer.shout #mood: threatening
    - 2: 小野寺「なによ、その言い方！」 #act: customer.shout #mood: threatening
    - else: 村上「なんですか、その言い方！」 #act: customer.shout #mood: threatening
    }
-
{pair: （小松さんが、あなたの半歩前に出た。それでも{cn()}さんは動かない。）|（あたりに、ほかの職員は誰もいない。）}
{persona:
- 1: 菊池「警察？ 呼べるもんなら呼んでみろ。」 #act: customer.threat #mood: threatening
- 2: 小野寺「警察ですって？ 呼べるものなら呼んでみなさいよ。」 #act: customer.threat #mood: threatening
- else: 村上「警察？ 呼べるもんなら呼んでくださいよ。」 #act: customer.threat #mood: threatening
}
* [「お引き止めになりますので、警察に通報します。」（その場で110番に電話し、状況を伝える） #act: staff.call_police #t: +2]
    -> police
* [（警察沙汰にはしたくない。相手の気が済むまで付き合おう） #act: staff.concede #act: staff.listen #t: +30]
    -> overstay

=== police ===
（「市役所道路課の者です。工事の件で市民の方の{place()}に伺ったところ、『帰さない』と言われ、{inside:部屋の出口の前に立たれています|公用車の前に立ちふさがれています}。相手方は{persona == 2:女性|男性}1名、当方は職員{pair:2|1}名です。事案解決の支援をお願いします。」）
{persona:
- 1: 菊池「本当に呼んだのか……。」 #mood: irritated
- 2: 小野寺「本当に呼んだの……。」 #mood: irritated
- else: 村上「本当に呼んだんですか……。」 #mood: irritated
}
（10分ほどして、パトカーが到着した。） #t: +10
警察官が到着した。 #who: police
警察官「お話は、私たちが伺います。市役所の方は、お帰りいただいて大丈夫ですよ。」
{persona:
- 1: 菊池「……わかったよ。」 #act: customer.calm #mood: irritated
- 2: 小野寺「……わかったわよ。」 #act: customer.calm #mood: irritated
- else: 村上「……わかりましたよ。」 #act: customer.calm #mood: irritated
}
~ outcome = "police"
-> aftercare

=== overstay ===
（「帰さない」と言われたまま、あなたは警察には通報せず、相手の気が済むのを待つことにした。）
{inside:
    （出されたお茶を前に、あなたは話を聞き続けた。話は同じところを何度も回り、ひびのことから、工事の騒音、市への不満へと広がっていく。） #act: customer.repeat #t: +30
- else:
    （{entrance()}に立ったまま、あなたは話を聞き続けた。話は同じところを何度も回り、ひびのことから、工事の騒音、市への不満へと広がっていく。） #act: customer.repeat #t: +30
}
{persona:
- 1: 菊池「今日はこのくらいにしてやる。明日までに返事をよこせよ。」 #act: customer.calm
- 2: 小野寺「今日はこのくらいにしておくわ。明日までに返事をちょうだいね。」 #act: customer.calm
- else: 村上「今日はこのへんにしときます。明日までに返事、くださいよ。」 #act: customer.calm
}
（庁舎に戻ったのは、お昼を回ってからだった。机の上には、あなた宛ての電話のメモが三枚たまっていた。）
~ outcome = "overstayed"
-> aftercare

=== aftercare ===
{outcome == "declined" or outcome == "cut_off": （受話器を置いて、あなたは大きく息をついた。）|（庁舎に戻り、あなたは自分の席で大きく息をついた。）}
* [経過を記録にまとめ、カスタマーハラスメント発生連絡票を作成して、佐藤係長に報告する{threatened:。「帰さない」と引き止められたことは警察署にも相談し、次にこの件で出向くときの体制（係長の同行、訪問の時間）も係長と決める} #act: staff.file_report #act: staff.report_supervisor #t: +15]
    ~ reported = true
* [（無事に済んだのだし、大ごとにはしたくない。誰にも言わずに、そのまま次の仕事に戻る） #act: staff.keep_to_self #t: +1]
- -> finale

=== finale ===
{
- outcome == "declined":
    {reported: 佐藤係長「呼びつけには応じず、市役所で説明する道を示したのは、安全な対応だ。ただ、工事の脇で出たひびなら、私に相談してくれれば、今日のうちに二人で確かめに行ってもよかった。日がたつと、工事のせいかどうかがわかりにくくなるからね。」}
    {reported and not colleague_here: 佐藤係長「大きな声が続いたら、電話でも周りに合図して、記録をとってもらおう。」}
    {reported: （翌日、{cn()}さんは市役所に来た。工事の記録を見ながら説明し、ひびの確認は、係長とあなたの二人で日時を決めて行うことになった。）}
    {not reported: （翌日、{cn()}さんが市役所に来たとき、係長は前日の電話のことを何も知らなかった。）}
    （庁舎外へは出向かず、市役所での説明につなげた。） #ending: declined_offsite
    -> END
- outcome == "cut_off":
    {reported: 佐藤係長「出向かないと断ったのは正しい。ただ、いきなり切らずに、『同じお話の繰り返しでしたら、お電話を終了させていただきます』と一度伝えてから切ろう。」}
    {not reported: （その日の午後、議員から「市民からの電話を、職員がいきなり切ったそうだが」と問い合わせがあった。係長は、何も聞かされていなかった。）}
    （警告をしないまま電話を切り、{cn()}さんの怒りをかえって強めてしまった。） #ending: cut_off
    -> END
- outcome == "promised":
    {reported: 佐藤係長「工事のせいかどうかは、記録を確かめるまでわからない。その場で『市で直す』と約束してはいけないんだ。私から{cn()}さんに連絡して、確認してから回答すると伝え直そう。」}
    {reported and not pair: 佐藤係長「それに、一人で行かせてしまったね。現地を確かめに行くなら、まず私に相談して、必ず二人で、だ。」}
    {not reported: （一週間後、{cn()}さんから「いつ直しに来るんだ」と電話があった。工事の記録を確かめると、ひびは工事の前からあったことがわかった。）}
    （確かめる前に「市で直す」と約束してしまい、守れない約束が残った。） #ending: promised_on_the_spot
    -> END
- outcome == "left_on_time":
    {reported: 佐藤係長「工事の脇で出たひびを、その日のうちに二人で確かめるのは、私たちの通常の仕事だ。二人で行き、上がらず、時間を決めて、原因の説明は後日として、その時間で引き上げた。それでいい。」}
    {reported: （撮ってきた写真を工事の記録と照らし合わせ、{cn()}さんには後日、結果を説明することになった。工事が原因とわかれば、補修について市として協議する。）}
    {not reported: （撮ってきた写真は、あなたのスマートフォンの中に残ったままだった。{cn()}さんへの回答を誰が、いつするのか、決まらないまま日が過ぎた。）}
    （二人で出向き、中には上がらず{entrance()}で対応して、約束の時間に引き上げた。） #ending: left_on_time
    -> END
- outcome == "police":
    {reported and not pair: 佐藤係長「一人で行かせてしまったのは、係としての失敗だ。現地を確かめに行くなら、まず私に相談して、必ず二人で。それでも引き止められたら、今日のように、警察に通報すると告げて通報していい。」}
    {reported and pair: 佐藤係長「引き止められても、警察に通報すると告げて、通報した。それでいい。」}
    {reported and inside: 佐藤係長「中に上がると、出口をふさがれてしまう。勧められても、玄関先で対応しよう。」}
    {reported and not limit: 佐藤係長「着いたら、最初に『〇時まで』と時間を伝えよう。先に伝えておけば、時間で引き上げるときに角が立ちにくい。」}
    {reported and hope: 佐藤係長「『たぶん工事のせい』『上に話してみます』は、市で直すと約束したように受け取られてしまう。確認してから後日回答する、で止めよう。」}
    {reported and stayed: 佐藤係長「約束の時間を過ぎて話を聞き続けると、帰るきっかけがなくなってしまう。時間になったら『約束したお時間となりました』と引き上げよう。」}
    {not reported: （警察から、市役所に確認の電話が入った。係長は、あなたが{cn()}さんの{place()}に行っていたことを、そのとき初めて知った。）}
    （{cn()}さんに引き止められ、警察に通報して、ようやく引き上げた。） #ending: police_called
    -> END
- else:
    {reported: 佐藤係長「『今すぐ来い』と呼びつけられても、そのまま出向かない。確かめに行くなら、私に相談して二人で、上がらず、時間を決めて、時間になったら『約束したお時間となりました』と引き上げる。『帰さない』と言われたら、警察に通報すると告げて通報していいんだ。」}
    {not reported: （翌日も、{cn()}さんから「続きを話しに来い」と電話があった。）}
    （{place()}に呼ばれるまま長くとどまり、庁舎の外で1時間以上拘束された。） #ending: overstayed
    -> END
}

=== function mark_cue() ===
// 最初のカスハラの兆候の時刻を覚える
{ cue_at < 0:
    ~ cue_at = clock
}

=== function cn() ===
{persona:
- 1: ~ return "菊池"
- 2: ~ return "小野寺"
- else: ~ return "村上"
}

=== function place() ===
{persona:
- 1: ~ return "自宅"
- 2: ~ return "店"
- else: ~ return "工場"
}

=== function entrance() ===
{persona:
- 1: ~ return "玄関先"
- 2: ~ return "店の入口"
- else: ~ return "シャッターの前"
}

=== function room() ===
{persona:
- 1: ~ return "奥の居間"
- 2: ~ return "店の奥の控室"
- else: ~ return "奥の事務所"
}

=== function crack() ===
{persona:
- 1: ~ return "玄関脇のブロック塀のひび"
- 2: ~ return "入口のタイルのひび"
- else: ~ return "シャッター前の土間のひび"
}

=== function hm(m) ===
// 経過分を壁の時計の時刻にする（開始の時刻はシナリオの startsAt。日付をまたげば0時に戻る）
~ temp total = (wall_start + m) mod 1440
{total / 60}時{total mod 60}分
