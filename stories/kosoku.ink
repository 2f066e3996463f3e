// 長時間拘束型（居座り）— 税務課・固定資産税の窓口（奥州市カスタマーハラスメント対応マニュアル（案）第3・第4 1(1)）
// 相談者：菅原さん（60代後半の男性）。亡くなった母親名義の空き家にかかる固定資産税の免除を求める。
// 空き家であることを理由とした免除は制度上できない（年4回の納期で納める税で、納め方の相談は可能）。
// 対応の終了と退去命令は組織の判断：担当は課長に報告し、課長が告げる（奥州市 第1 3、第3 2(1)ア；南陽市 7(1)③）。

VAR facts = false        // 5W1Hで本当の困りごと（一度に払えない）を把握した
VAR hope = false         // 市の非を認めて期待を持たせた
VAR limit = false        // 対応できる時間を先に告げた
VAR colleague = false    // 佐々木さんが同席している
VAR mgr = false          // 千田課長が窓口にいる
VAR early_mgr = false    // 「責任者を出せ」ですぐ課長に代わった
VAR labeled = false      // 「カスハラ」と口にした
VAR heated = false       // 言い返した・議論した
VAR early_police = false // 退去命令の前に通報した
VAR waited = false       // 退去命令後、通報せずに待った
VAR self_end = false     // 報告せず、自分の判断で対応終了・退去命令を告げた
VAR warned = false       // 同じ話の繰り返しに「対応を終了する」と予告した
VAR early_sit = false    // 「カスハラ」と言われて、対応の途中で座り込んだ
VAR reported = false     // 事後に記録し報告した
VAR outcome = ""
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する
VAR wall_start = 0       // 壁の時計の開始（0時からの分）。ゲームがシナリオの startsAt から入れる
VAR until = 0            // 告げた対応時間の終わり（経過分）
VAR order_at = 0         // 退去を命じた時刻（経過分）

-> opening

=== opening ===
五月の連休明け、午前10時。奥州市役所、税務課の窓口。
あなたは固定資産税を担当する職員として、窓口に座っている。
60代後半くらいの男性が、封筒を握りしめてカウンターの前に立った。 #look: man_60s
菅原「ちょっといいか。この通知、いったいどういうことなんだ。」 #act: customer.complaint #mood: irritated
菅原「母が去年の秋に亡くなってな。江刺の実家は、いまは誰も住んでいない空き家だ。それなのに、俺の名前で固定資産税の通知が来た。住んでもいない家の税金を、なんで俺が払わなきゃならないんだ。免除してくれ。」 #act: customer.complaint #t: +3
* [「お母様を亡くされて、大変でしたね。空き家になったご実家の固定資産税の通知が届いた、ということですね。お支払いで特にご心配なのは、どのような点でしょうか。」 #act: staff.paraphrase #act: staff.ask_facts #t: +4]
    ~ facts = true
    菅原「……年金暮らしなんだよ。葬式を出したばかりで、この先も払っていけるかどうか。兄弟で相続の話もまだついていないんだ。」
* [「ご心配をおかけし申し訳ありません。なるほど、お母様のご実家のことなのですね。」 #act: staff.apologize_limited #act: staff.listen #t: +3]
    菅原「そうなんだよ。とにかく、免除にしてくれればいいんだ。」
* [「大変申し訳ございません。お母様を亡くされたばかりでお辛いところに、こんな通知が届いてしまって、本当にご迷惑をおかけしました。市のミスです。すぐに確認いたしますので、少しだけお時間をいただけますでしょうか。」 #act: staff.apologize_full #t: +1]
    -> admitted
- -> explain

=== admitted ===
菅原「ミス？ やっぱりそうか。だったら、免除してくれるんだな？」 #act: customer.demand_special
（通知書を確かめると、課税の内容に誤りは見当たらない。「ミス」と言ったのは早すぎた。） #t: +3
* [「申し訳ありません。先ほどの『ミス』は、確認する前の不用意な言い方でした。通知の内容に誤りはなく、空き家でも免除はできません。」 #act: staff.apologize_limited #act: staff.explain #act: staff.refuse #t: +3]
    ~ hope = true
    菅原「さっき、市のミスだと言ったじゃないか！ だったら免除しろ。」 #act: customer.repeat #act: customer.demand_special #mood: angry
    -> repetition
* [「……はい、承知いたしました。空き家の税金がご負担なのは本当によくわかりますので、免除できるよう、私から上の者にしっかり掛け合ってみます。できるだけご希望に沿えるように前向きに検討いたしますので、ご安心ください。」 #act: staff.promise_vague #t: +2]
    菅原「そうこなくちゃな。じゃあ、いい返事を待ってるからな。」 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
    -> aftercare

=== explain ===
* {facts} [「固定資産税は、1月1日に土地や建物をお持ちの方にかかる税で、住んでいなくてもかかります。お母様名義のままなら、相続される方のどなたかに納めていただきます。申し訳ありませんが、免除はできません。ただ、年4回の納期どおりが難しければ、納め方のご相談ができます。」 #act: staff.explain #act: staff.refuse #t: +4]
    -> calm_test
* {not facts} [「固定資産税は、1月1日に土地や建物をお持ちの方にかかる税で、住んでいなくてもかかります。お母様名義のままなら、相続される方のどなたかに納めていただきます。申し訳ありませんが、免除はできません。」 #act: staff.explain #act: staff.refuse #t: +3]
    菅原「説明はわかった。でも納得はできない。空き家なんだから、免除しろ。」 #act: customer.repeat #act: customer.demand_special #mood: angry
    -> repetition
* [「地方税法の規定により、固定資産税は賦課期日である1月1日現在の所有者に課税されます。所有者が死亡した場合は、相続人が被相続人の納税義務を承継することになります。なお、家屋が空き家であることは、市税条例に定める減免事由には該当しませんので、納期限までに納付していただく必要があります。」 #act: staff.explain_jargon #t: +3]
    菅原「ふかきじつ？ さっぱりわからん。役所の言葉で逃げるな。とにかく免除しろと言ってるんだ。」 #act: customer.repeat #act: customer.demand_special #mood: angry
    -> repetition
* [「お気持ちはよくわかります。お母様を亡くされたばかりで、本当に大変でしたよね。私一人では決められませんが、上の者とも相談して、何とかできないか前向きに考えてみますので……。」 #act: staff.promise_vague #t: +2]
    菅原「何とかなるんだな？ だったら、今ここで免除すると言ってくれ。」 #act: customer.demand_special
    -> pressed

=== pressed ===
* [「……はい。何とかなるよう、上に掛け合ってみます。」 #act: staff.promise_vague #t: +1]
    菅原「よし。じゃあ、いい返事を待ってるからな。」 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
    -> aftercare
* [「申し訳ありません、不用意な言い方でした。空き家であることを理由に税額を免除したり減らしたりすることはできません。ただ、納める時期や回数は、ご事情に合わせてご相談いただけます。」 #act: staff.apologize_limited #act: staff.refuse #act: staff.explain #t: +3]
    菅原「何だ、できないのか。期待させやがって。」 #mood: irritated
    菅原「……まあ、分けて払えるなら、その相談には行くよ。」 #act: customer.calm
    （あなたは納税相談の担当に連絡して、菅原さんを案内した。菅原さんは不満そうな顔のまま、窓口を離れた。） #act: customer.leave #t: +3
    ~ outcome = "corrected"
    -> aftercare

=== calm_test ===
菅原「分けて払うと言ったってな……結局、払うことに変わりはないんだろう。」
* [「ご負担に感じられるのは、ごもっともです。免除はできませんが、納める時期や回数はご相談いただけます。ご実家を取り壊すかどうかで来年からの税額が変わることもあるので、決める前にご相談ください。」 #act: staff.listen #act: staff.explain #t: +4]
    菅原「……そうか。免除は無理なんだな。分けて払えるなら、まあ、何とかなるか。」 #act: customer.calm #mood: calm
    （あなたは納税相談の担当に連絡して菅原さんを案内し、取り壊しの相談先を書いたメモも渡した。） #t: +3
    菅原「話を聞いてもらえて、少し落ち着いたよ。……ありがとうな。」 #act: customer.leave
    （話を聞き、困りごとを確かめ、できないこととできることを、わかる言葉ではっきり伝えた。菅原さんは納税相談の窓口へ向かった。） #ending: calmed
    -> END
* [「ですから何度も申し上げているように、固定資産税は住んでいるかどうかに関係なく、持っている方にかかる税金なんです。空き家だからといって免除していたら、きちんと納めている他の方との公平が保てません。税金なので、払っていただくしかないんです。」 #act: staff.argue #t: +2]
    ~ heated = true
    菅原「何だその言い方は。払えないから来てるんだろう。免除しろ！」 #act: customer.repeat #act: customer.demand_special #mood: angry
    -> repetition
* [「たぶん、事情を書いて出せば、少しは減らしてもらえると思いますよ。」 #act: staff.promise_vague #t: +2]
    菅原「減らしてもらえるのか。半分くらいにはなるんだろうな。今ここで、そう約束してくれ。」 #act: customer.demand_special
    -> pressed

=== repetition ===
~ until = ((clock + 30) / 5) * 5
（壁の時計は、{hm(clock)}を指している。）
* [「他の予定もございますので、{hm(until)}までならお話を伺うことができます。」 #act: staff.set_time_limit #t: +1]
    ~ limit = true
    菅原「時間を区切るのか。……まあいい。こっちは免除してもらえれば、それでいいんだ。」 #act: customer.repeat
* [「ですから何度も申し上げているように、住んでいなくても税金はかかるんです。」 #act: staff.argue #t: +2]
    ~ heated = true
    菅原「同じことしか言えないのか！」 #act: customer.shout #mood: angry
* [（もう一度、最初からじっくり聞いてみよう）「なるほど、そうなのですね。お母様のご実家のことですものね……」 #act: staff.listen #t: +5]
    -> drag
- 菅原「あんたじゃ話にならない。責任者を出せ。課長を呼んでこい。」 #act: customer.demand_manager #mood: angry
* [「私が担当ですので、お話を伺います。上司には私から報告します。」（隣の席の佐々木さんに目で合図し、来てもらって経緯を手短に伝える） #act: staff.state_in_charge #act: staff.call_colleague #act: staff.brief_handover #t: +3]
    ~ colleague = true
    先輩の佐々木さんが、メモを手に隣へ来た。 #who: colleague
    佐々木「お母様名義のご実家の固定資産税の件ですね。私も一緒に伺います。」
* [「私が担当ですので、お話を伺います。上司には私から報告します。」（周りに迷惑はかけられない。一人で対応を続ける） #act: staff.state_in_charge #t: +1]
* [「承知しました。課長を呼んでまいります。」（奥の席の千田課長に経緯を伝え、窓口に来てもらう） #act: staff.escalate_manager #act: staff.brief_handover #t: +4]
    -> manager_first
- -> loop

=== manager_first ===
~ mgr = true
~ early_mgr = true
千田課長が窓口に来た。 #who: manager
千田課長「課長の千田です。担当からご説明したとおり、空き家であっても固定資産税の免除はできません。」
菅原「課長が出てきて、同じことしか言えないのか。課長なら決められるだろう。今ここで決めろ。」 #act: customer.repeat
（課長がその場で判断を迫られている。この先、菅原さんは何かあるたびに課長を名指しで呼ぶだろう。最初に出る人を間違えた、とあなたは思った。）
-> loop

=== loop ===
{mgr: 菅原さんは課長に向かって、同じ要求を繰り返した。|菅原さんは、同じ要求を繰り返した。}
（同じやり取りが、10分ほど続いた。） #act: customer.repeat #t: +10
菅原「何回言わせるんだ！ 免除しろって言ってるんだよ！」 #act: customer.shout #mood: angry
（菅原さんの声がフロアに響き、待合の人たちが振り返った。）
* {not colleague} [（隣の席の佐々木さんに目で合図し、同席して記録をとってもらう） #act: staff.call_colleague #act: staff.take_notes #t: +1]
    ~ colleague = true
    先輩の佐々木さんが隣に来て、やり取りをメモし始めた。 #who: colleague
* [「齟齬がないよう、内容を正確に記録するため、録音させていただきます。」 #act: staff.announce_recording #t: +1]
    菅原「録音？ ……勝手にしろ。」 #mood: irritated
* [「そういう言い方は、カスハラに当たりますよ。」 #act: staff.label_harassment #t: +2]
    ~ labeled = true
    ~ early_sit = true
    菅原「カスハラだと？ 人を犯罪者扱いする気か！ もう話はいい。免除すると言うまで、ここを動かないからな。」 #act: customer.shout #act: customer.sit_in #mood: threatening
    -> sit_in
- 菅原「とにかく免除だ。それ以外の話は聞かない。」 #act: customer.repeat
* [「ご説明したとおり、これ以上は対応ができません。同じお話の繰り返しでしたら、対応を終了させていただきます。」 #act: staff.warn #act: staff.refuse #t: +2]
    ~ warned = true
* [「……わかりました。減免の申請書をお渡しします。書いて出していただければ、何とかなると思います。」 #act: staff.promise_vague #t: +3]
    菅原「最初からそう言えばいいんだ。書いて出すからな。」 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
    -> aftercare
* [（突き放すようで言いづらい。もう少し聞いてみよう）「なるほど……お気持ちは、よくわかります。」 #act: staff.listen #t: +5]
    -> drag
-
{
- limit:
    （菅原さんは腕を組んで黙り込み、また同じ要求を口にした。やがて時計の針が、約束の{hm(until)}を指した。） #act: customer.repeat #t: +{MAX(until - clock, 1)}
- else:
    （菅原さんは腕を組んで黙り込み、また同じ要求を口にした。時計は{hm(clock)}を回り、話は一歩も進んでいない。） #act: customer.repeat #t: +6
}
-> time_up

=== time_up ===
* {not mgr} [（{limit:約束の時間になった。|話はもう進まない。}奥の席の千田課長のところへ行き、経緯を報告して、対応を終えてよいか判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +2]
    ~ mgr = true
    千田課長が、あなたと一緒に窓口に来た。 #who: manager
    -> manager_ends
* {mgr} [（隣の千田課長に小声で経緯を伝え、対応を終えてよいか判断を仰ぐ） #act: staff.report_supervisor #t: +1]
    -> manager_ends
* {limit} [「約束の時間となりました。これ以上お話をお聞きしても、私どもの考えはお伝えしたとおりですので、お引き取りください。」（誰にも相談せず、自分の判断で告げる） #act: staff.end_response #t: +1]
    ~ self_end = true
    -> after_end
* {not limit} [「これまでご説明したとおりです。これ以上ご説明することはありませんので、対応を終了させていただきます。」（誰にも相談せず、自分の判断で告げる） #act: staff.end_response #t: +1]
    ~ self_end = true
    -> after_end
* [（ここで打ち切るのは冷たい気がする。もう少しだけ付き合おう）「なるほど……そうなのですね。」 #act: staff.listen #t: +5]
    -> overrun

=== manager_ends ===
（あなたは一歩下がり、やり取りを時刻とともに書き留める役に回った。）
千田課長「課長の千田です。経緯は担当から聞きました。空き家であることを理由に免除することはできない、というのが市としての回答です。担当から説明を尽くしておりますので、これ以上お話を続けてもお答えは変わりません。{limit:約束のお時間となりましたので、}本日の対応はこれで終了いたします。」 #act: staff.end_response #t: +2
-> after_end

=== after_end ===
{limit and not hope: -> left_in_time}
{hope: 菅原「何とかすると言ったのは、そっちだろう。このまま帰れるか。」|菅原「急に終わりだと？ こっちはまだ話が済んでいない。」}
菅原「帰らないぞ。免除すると言うまで、ここを動かないからな。」 #act: customer.sit_in #mood: angry
-> sit_in

=== left_in_time ===
菅原「……わかったよ。今日は帰る。納得したわけじゃないからな。」 #act: customer.leave #mood: irritated
（菅原さんは通知書を封筒にしまい、窓口を離れた。）
~ outcome = "ended_in_time"
-> aftercare

=== sit_in ===
（菅原さんはカウンター前の椅子に深く座り直し、腕を組んだ。待合の人たちが、遠巻きにこちらを見ている。）
* {not mgr} [（窓口を離れず、奥の千田課長に目で合図して来てもらい、経緯を報告して、退去を求めるかどうか判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +3]
    千田課長が窓口に来て、あなたの隣に立った。 #who: manager
    ~ mgr = true
    -> manager_orders
* {mgr} [（隣の千田課長に「動いていただけません」と小声で伝え、退去を求めるかどうか判断を仰ぐ） #act: staff.report_supervisor #t: +1]
    -> manager_orders
* [「奥州市庁舎等管理規則第９条に基づき、庁舎からの退去を命じます。お引き取りいただけない場合は、警察に通報します。」（課長には相談せず、自分の判断で命じる） #act: staff.order_leave #act: staff.final_warning #t: +2]
    ~ self_end = true
    ~ order_at = clock
    菅原「命令だと？ あんたにそんなことを言う権限があるのか。俺は動かないぞ。」 #act: customer.sit_in #mood: threatening
    -> police_or_wait
* [「これ以上居座るなら、警察を呼びますよ。」（そのまま受話器を取る） #act: staff.call_police #t: +3]
    -> police_early
* [「……わかりました。督促状が行かないよう、こちらで止めておきます。ですから、今日はお帰りください。」 #act: staff.concede #t: +3]
    菅原「本当だな？ 言ったからな。」 #act: customer.leave #mood: irritated
    ~ outcome = "gave_in"
    -> aftercare

=== manager_orders ===
千田課長「菅原様。市の考えは、担当がお伝えしたとおりです。本日はお引き取りください。」 #act: staff.warn #t: +2
菅原「何度言われても、帰らない。」 #act: customer.sit_in
（課長は間を置いて、もう一度お引き取りを求めた。菅原さんは動かない。） #act: staff.warn #t: +3
千田課長「奥州市庁舎等管理規則第９条に基づき、庁舎からの退去を命じます。退去されない場合は、警察に通報します。」 #act: staff.order_leave #act: staff.final_warning #t: +1
~ order_at = clock
菅原「警察でも何でも呼べばいいだろう。俺は動かないぞ。」 #act: customer.sit_in
千田課長「（小声で）通報をお願いします。」
* [（一歩下がって距離をとり、やり取りを書き留めていた手を止めて、課長の指示どおり奥州警察署に通報する） #act: staff.keep_distance #act: staff.take_notes #act: staff.call_police #t: +2]
    -> police_call
* [「課長、警察沙汰はやめておきませんか。少し待てば帰られると思います。」（少し離れて様子を見る） #act: staff.keep_distance #t: +30]
    千田課長「……では、もう少しだけ様子を見ましょう。」
    -> wait_out

=== police_or_wait ===
* [「退去していただけませんので、警察に通報します。」（奥州警察署に電話する） #act: staff.call_police #t: +2]
    -> police_call
* [（警察沙汰にはしたくない。少し離れて、帰るのを待とう） #act: staff.keep_distance #t: +30]
    -> wait_out

=== police_call ===
（あなたは奥州警察署に電話をかけ、マニュアルの例にならって状況を伝えた。）
（「奥州市役所税務課の者です。窓口で、退去命令に応じていただけない事案が発生しました。相手方は男性1名、当方は職員{colleague:3|2}名が対応中です。{hm(order_at)}ごろから退去を求めておりますが、聞き入れていただくことができません。事案解決の支援をお願いします。」） #t: +3
（暴力や脅迫はないかと聞かれ、あなたは、大声はあったが暴力はないこと、待合の市民が不安そうにしていることを伝えた。）
（15分ほどして、警察官が二人到着した。） #t: +15
警察官が窓口に来た。 #who: police
警察官「市役所から退去を求められていますね。お話は外で伺いますので、一緒に出ましょうか。」
菅原「……わかったよ。出ればいいんだろう。」 #act: customer.leave #mood: irritated
（菅原さんは警察官に付き添われて、庁舎を出て行った。）
~ outcome = "exit_police"
-> aftercare

=== police_early ===
~ early_police = true
（あなたは警察に電話をかけた。菅原さんが目を見開いた。）
菅原「本当に呼ぶのか！ 俺は座ってるだけだぞ！」 #act: customer.shout #mood: threatening
{ not mgr:
    騒ぎに気づいた千田課長が、窓口に駆けつけた。 #who: manager
    ~ mgr = true
}
（20分ほどして、警察官が二人到着した。） #t: +20
警察官が窓口に来た。 #who: police
警察官「市役所として、退去は求められましたか。座っておられるだけですので、まずは市役所さんから、はっきり退去を求めていただくことになります。」
（退去命令も、警察に通報するという告知も、まだしていなかった。手順を飛ばしてしまったことに、あなたは気づいた。）
千田課長「菅原様、課長の千田です。市の回答は担当がお伝えしたとおりです。奥州市庁舎等管理規則第９条に基づき、退去を命じます。お引き取りください。」 #act: staff.order_leave #t: +2
~ order_at = clock
菅原「……わかったよ。帰ればいいんだろう。だが、いきなり警察を呼ばれたことは忘れないからな。」 #act: customer.leave #mood: irritated
~ outcome = "early_police"
-> aftercare

=== wait_out ===
~ waited = true
（あなたは少し離れた場所から、菅原さんの様子をうかがった。）
（昼休みになっても、菅原さんは座り続けた。窓口には順番を待つ人の列ができ、ほかの職員がその分の対応に追われた。） #act: customer.sit_in #t: +60
菅原「……今日はもういい。また来るからな。」 #act: customer.leave
~ outcome = "waited_out"
-> aftercare

=== drag ===
（あなたは相づちを打ちながら、菅原さんの話を聞き続けた。話は何度も、同じところへ戻ってくる。） #act: customer.repeat #t: +15
菅原「役所ってのは、血も涙もないのか！」 #act: customer.shout #mood: angry
（話が同じところへ戻るたびに、菅原さんの声は大きくなった。窓口には、順番を待つ人の列ができ始めていた。） #act: customer.shout #act: customer.repeat #t: +15
菅原「だからな、空き家に税金なんておかしいと言ってるんだよ。」 #act: customer.repeat #mood: irritated
* [「なるほど、そうなのですね……」（怒鳴られても言い返さず、もう少しだけ聞く） #act: staff.listen #t: +30]
    （気づけば、正午のチャイムが鳴っていた。話は最初から一歩も進んでいない。）
    菅原「……今日はもういい。また来るからな。」 #act: customer.leave
    ~ outcome = "dragged_on"
    -> aftercare
* [（一人ではもう無理だ。奥の千田課長のところへ行き、経緯を報告して判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +3]
    -> late_end
* [「……わかりました。上と相談して、何とかしてみます。」 #act: staff.promise_vague #t: +2]
    菅原「最初からそう言えばいいんだ。いい返事を待ってるからな。」 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
    -> aftercare

=== overrun ===
（約束の{hm(until)}を過ぎても、あなたは相づちを打ち続けた。菅原さんは「まだ話は済んでいない」と、同じ話を繰り返す。） #act: customer.repeat #t: +30
菅原「だから免除しろと言ってるんだ！ 何度言わせる！」 #act: customer.shout #mood: angry
（窓口には、順番を待つ人の列ができていた。奥の席から、千田課長がこちらを見ている。）
* [（千田課長のところへ行き、時間を過ぎてしまったことも含めて経緯を報告し、判断を仰ぐ） #act: staff.report_supervisor #act: staff.brief_handover #t: +3]
    -> late_end
* [「お時間を過ぎてしまいましたが、これ以上お話をお聞きしても、私どもの考えはお伝えしたとおりですので、お引き取りください。」（自分の判断で告げる） #act: staff.end_response #t: +1]
    ~ self_end = true
    菅原「自分で時間を決めておいて、今さら何だ。……もういい。今日は帰る。」 #act: customer.leave #mood: irritated
    ~ outcome = "ended_late"
    -> aftercare
* [「……わかりました。上と相談して、何とかしてみます。」 #act: staff.promise_vague #t: +2]
    菅原「最初からそう言えばいいんだ。いい返事を待ってるからな。」 #act: customer.leave #mood: calm
    ~ outcome = "gave_in"
    -> aftercare

=== late_end ===
{ not mgr:
    千田課長が、あなたと一緒に窓口に来た。 #who: manager
    ~ mgr = true
}
千田課長「課長の千田です。経緯は担当から聞きました。空き家であることを理由に免除することはできない、というのが市としての回答です。説明は尽くしておりますので、本日の対応はこれで終了いたします。」 #act: staff.end_response #t: +2
菅原「課長まで同じことを言うのか。……もういい。今日は帰る。また来るからな。」 #act: customer.leave #mood: irritated
~ outcome = "ended_late"
-> aftercare

=== aftercare ===
（菅原さんが帰ったあと、あなたは自分の席に戻った。手のひらに、まだ汗がにじんでいる。）
* [経過を対応記録にまとめ、カスタマーハラスメント発生連絡票も作成して、係長に報告する #act: staff.file_report #act: staff.report_supervisor #t: +20]
    ~ reported = true
* [簡単なメモだけ残して、次のお客様の対応に戻る（大ごとにはしたくない） #act: staff.take_notes #t: +2]
- -> finale

=== finale ===
{
- outcome == "ended_in_time":
    {reported and not self_end: 及川係長「時間を決めて先に伝え、課長に報告して、その時間で終えた。それでいい。」}
    {reported and self_end: 及川係長「時間を決めて、その時間で終えられたね。ただ、対応を終えるのは課としての判断だ。告げる前に、課長か私に一言報告してほしい。」}
    {reported and heated: 及川係長「言い返したくなる場面もあったね。議論はしないで、同じ答えを短く伝えれば十分だよ。」}
    {reported and not colleague: 及川係長「それと、最後まで一人で抱えていたね。次は早めに二人で対応しよう。」}
    {reported and early_mgr: 及川係長「『責任者を出せ』ですぐ課長に代わると、課長がその場で決めるしかなくなる。まずは『私が担当です』と伝えよう。」}
    {not reported: （数日後、菅原さんは別の職員の窓口で、同じ話を一から始めた。記録が共有されていなかったため、その職員は何も知らなかった。）}
    （約束した時間の中で、対応を終えることができた。） #ending: ended_in_time
    -> END
- outcome == "exit_police":
    {reported and not self_end: 千田課長「課として退去を命じ、それでも応じないので通報した。記録があれば、次に来られたときも課として対応できる。」}
    {reported and self_end: 千田課長「退去命令は課として判断して出すものだ。一人で命じると、『あんたにそんな権限があるのか』と言われてしまう。まず私に報告してほしい。」}
    {reported and labeled: 千田課長「それと、『カスハラ』という言葉は相手に向けないこと。要求にはお応えできない、これ以上は対応できない、と説明すれば足りるんだ。」}
    {reported and not limit and not labeled and not hope: 千田課長「次は、最初に『〇時までなら』と対応できる時間を伝えておこう。終わりを受け入れてもらいやすくなる。」}
    {reported and hope: 千田課長「『何とかする』『ミスです』と一度言ってしまうと、相手はそこから引かなくなる。確認する前に約束や非を認める言葉は避けよう。」}
    {not reported: （記録が残っていないため、次に菅原さんが来たとき、経緯を説明できる人は誰もいなかった。）}
    （退去命令にも応じなかったため、警察に対応を要請して、この日の対応は終わった。） #ending: exit_police
    -> END
- outcome == "early_police":
    {reported: 千田課長「座っているだけの方に、いきなり警察は早すぎた。まず私に報告して、課として警告と退去命令を出し、それでも応じなければ『通報します』と告げて通報する。この順番を守ろう。」}
    {not reported: （記録が残っていないため、なぜ警察を呼んだのか、後から説明できる人はいなかった。）}
    （手順を飛ばして警察を呼んだことで、菅原さんの不信感だけが深く残った。） #ending: early_police
    -> END
- outcome == "corrected":
    {reported: 及川係長「すぐに言い直せたのはよかった。でも、『何とかしてみます』の一言で、相手は期待してしまう。できないことは最初からはっきり、できることと一緒に伝えよう。」}
    {not reported: （菅原さんは納税相談の窓口で「最初の職員は何とかすると言った」と話し、相談の担当が一から説明し直すことになった。）}
    （期待を持たせる一言を言ってしまったが、その場で訂正し、納め方の相談につないだ。） #ending: corrected
    -> END
- outcome == "gave_in":
    {reported: 及川係長「その約束は、市としてはできないことだ。私から菅原さんに連絡して訂正しよう。できないことは、その場ではっきり伝えていいんだよ。」}
    {not reported: （翌週、菅原さんから「話が違う」と電話があった。名指しで呼び出されたのは、あなたと課長だった。）}
    （その場を収めるための一言が、次の、もっと長い対応を生んでしまった。） #ending: gave_in
    -> END
- outcome == "ended_late":
    {reported: 及川係長「最後は課長に報告できたね。でも、告げた時間を過ぎて聞き続けると、次も『まだ時間はあるだろう』となる。時間が来たら、その場で報告して区切ろう。」}
    {reported and self_end: 及川係長「それと、対応を終えるのは課としての判断だ。告げる前に一言報告してほしい。」}
    {not reported: （この日のことは記録に残らず、菅原さんが次に来たとき、誰も経緯を知らなかった。）}
    （対応の目安の30分を大きく過ぎてから、ようやく対応を終えた。） #ending: ended_late
    -> END
- outcome == "waited_out":
    {reported: 千田課長「退去命令に応じないときは、『警察に通報します』と告げて通報していいんだ。待っているあいだ、ほかの市民の窓口が止まってしまったからね。」}
    {not reported: （午後の仕事は、何も手につかなかった。この日のことは、誰にも話さないままだった。）}
    （退去を命じたまま通報せず、1時間近く居座りが続いた。結局、何も決まらなかった。） #ending: waited_out
    -> END
- else:
    {reported: 及川係長「一人で抱えさせてしまったね。大きな声が続いたら、やめてくださいとはっきり伝えていい。時間を区切って、30分をめどに私たちに報告して終えていいんだよ。つらかったら、総務課の相談窓口も使ってね。」}
    {not reported: （午後の仕事は、何も手につかなかった。この日のことは、誰にも話さないままだった。）}
    （怒鳴り声にも何も言えないまま1時間以上、同じ話を聞き続けたが、何も決まらなかった。） #ending: dragged_on
    -> END
}

=== function hm(m) ===
// 経過分を壁の時計の時刻にする（開始の時刻はシナリオの startsAt。日付をまたげば0時に戻る）
~ temp total = (wall_start + m) mod 1440
{total / 60}時{total mod 60}分
