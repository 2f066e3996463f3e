// 撮影・SNS投稿 — 市民課の窓口（転入の届出）
// 由利本荘市職員カスタマーハラスメント対策基本方針 4(2)③「庁舎における撮影、録音、録画、放送、配信その他これに類する行為は、原則として禁止します。」
//   「職員を誹謗中傷するＳＮＳへの投稿等、嫌がらせと認められる投稿があった場合には警察に通報します。」、3(3) ＳＮＳ・ネット等での誹謗中傷型
// 奥州市マニュアル（案）第4 1(7) ①②⑤（撮影の中止を求める ▶、複数回警告して対応を中止し退去を促す、顧問弁護士や警察に相談）、第4 1(4)④
// 南陽市マニュアル 7(3) SNSへの投稿（肖像権・名誉毀損の可能性を伝えて投稿しないよう促す、スクリーンショット・投稿日時・URL・アカウント名を保存、総務課へ報告）
// 奥州市 全員協議会資料 ４(3) 職員の名札の見直し（フルネームから名字のみの表記に）
// 転出証明書を持たずに転入の届出に来た市民が、特別に受け付けるよう求め、断られると職員をスマートフォンで撮り始める。三日後、職員の名前を添えた投稿が現れる。

INCLUDE common/colleague.ink
INCLUDE common/exit.ink

VAR persona = 0          // 1 工藤さん（30代の男性） 2 斎藤さん（50代の女性） 3 石川さん（60代の男性）
VAR facts = false        // 何のために急いでいるのか、先に聞き取った
VAR jargon = false       // 専門用語で説明した
VAR grabbed = false      // スマートフォンに手を伸ばした
VAR provoked = false     // 「どうぞご自由に」と言った
VAR argued = false       // カメラの前で言い返した
VAR fullname = false     // 下の名前まで答えた
VAR dragged = false      // 撮影を容認して、撮られながら説明を続けた
VAR self_ended = false   // 係長に報告せず、自分の判断で対応を打ち切った
VAR evidence = ""        // 投稿への対応：kept / told / replied
VAR outcome = ""
VAR clock = 0            // 経過時間（分）。ゲームが各行の前に設定する

~ persona = RANDOM(1, 3)
-> opening

=== opening ===
七月の水曜日、午前10時。市役所、市民課の窓口。
あなたは、転入や転居の届出を受け付ける窓口に座っている。胸の名札には、名字だけが書かれている。
{persona:
- 1: 30代くらいの男性が、足早に窓口へ来た。スーツの上着を腕にかけている。
- 2: 50代くらいの女性が、足早に窓口へ来た。書類の入った紙袋を提げている。
- else: 60代くらいの男性が、足早に窓口へ来た。手帳を何度も確かめている。
}
{persona:
- 1: 工藤「引っ越してきたので、転入の手続きをお願いします。急いでるんで。」 #act: customer.request #t: +1
- 2: 斎藤「引っ越してきたので、転入の手続きをお願いします。急いでいるの。」 #act: customer.request #t: +1
- else: 石川「引っ越してきたから、転入の手続きを頼む。急いでるんだ。」 #act: customer.request #t: +1
}
（前の住所地の市役所で発行される転出証明書の提出をお願いすると、{cn()}さんは書類の束をめくり、顔をしかめた。） #look: {persona == 1: man_30s|{persona == 2: woman_50s|man_60s}}
{persona:
- 1: 工藤「転出証明書？ ……前の市役所には行ってないですね。引っ越しでばたばたしてて。免許証ならありますよ。前の住所も言えるし、これで十分でしょう。」 #act: customer.complaint #mood: irritated #t: +1
- 2: 斎藤「転出証明書？ ……前の市役所には行ってないわ。引っ越しでばたばたしていて。免許証ならあるし、前の住所も言えるわよ。これで十分でしょう。」 #act: customer.complaint #mood: irritated #t: +1
- else: 石川「転出証明書？ ……前の市役所には行っていない。引っ越しでばたばたしていてな。免許証ならあるし、前の住所も言える。これで十分だろう。」 #act: customer.complaint #mood: irritated #t: +1
}
* [「本日、転入のお手続きがお急ぎなのですね。どのようなご事情でお急ぎなのか、伺ってもよろしいですか。」 #act: staff.paraphrase #act: staff.ask_facts #t: +1]
    ~ facts = true
    -> need
* [「申し訳ありませんが、転出証明書がないと受け付けられません。お急ぎなのはわかりますが、決まりですので、どなたでも同じなんです。」 #act: staff.refuse #t: +1]
    {persona:
    - 1: 工藤「決まり、決まりって。こっちの事情も聞かないんですか。」 #mood: angry
    - 2: 斎藤「決まりだから、の一言？ こっちの事情も聞かないの？」 #mood: angry
    - else: 石川「決まりだから、で終わりか。こっちの事情も聞かないのか。」 #mood: angry
    }
    -> demand

=== need ===
{persona:
- 1: 工藤「転勤で、来週から新しい職場なんですよ。今日中に新しい住所の住民票を出すよう、会社に言われてて。会社を半日休んで来てるんです。」 #act: customer.complaint #t: +2
- 2: 斎藤「母の介護で、実家に戻ってきたの。今日の午後、車の名義を変えるのに、新しい住所の住民票が要るのよ。」 #act: customer.complaint #t: +2
- else: 石川「定年で、こっちに戻ってきたんだ。今日の午後、不動産屋で家の契約があって、新しい住所の住民票が要ると言われている。」 #act: customer.complaint #t: +2
}
* [「お急ぎのところ、申し訳ありません。転入のお届けには、前の市区町村が発行する転出証明書が必要で、これがないとお受けできません。前の市役所に郵送で転出届を出すと、証明書を送ってもらえます。マイナンバーカードがあれば、オンラインでも転出届を出せます。」 #act: staff.apologize_limited #act: staff.explain #act: staff.refuse #t: +3]
* [「住民基本台帳法施行令の規定により、転入届には転出証明書の添付が必要とされております。転出証明書は転出地の市区町村長が交付するものですので、当庁で発行することもいたしかねます。したがいまして、転出証明書の添付のない転入届は、受理いたしかねますので、ご了承ください。」 #act: staff.explain_jargon #act: staff.refuse #t: +2]
    ~ jargon = true
    {persona:
    - 1: 工藤「は？ 何を言ってるのか、さっぱりわからないんですけど。」 #mood: angry
    - 2: 斎藤「何を言っているのか、さっぱりわからないわ。」 #mood: angry
    - else: 石川「何を言っているのか、さっぱりわからん。」 #mood: angry
    }
- -> demand

=== demand ===
{persona:
- 1: 工藤「前の市役所に電話して確かめれば済む話でしょう。今日中に要るんですよ。特別に受け付けてくださいよ。」 #act: customer.demand_special #mood: angry #t: +1
- 2: 斎藤「前の市役所に電話して確かめれば済む話でしょう。今日中に要るのよ。特別に受け付けてちょうだい。」 #act: customer.demand_special #mood: angry #t: +1
- else: 石川「前の市役所に電話して確かめれば済む話だろう。今日中に要るんだ。特別に受け付けてくれ。」 #act: customer.demand_special #mood: angry #t: +1
}
（あなたがもう一度、転出証明書がなければ受け付けられないことを伝えると、{cn()}さんはスマートフォンを取り出した。） #t: +1
{persona:
- 1: 工藤「……わかりました。じゃあ、今の対応、撮らせてもらいます。名札もね。『融通のきかない市役所の職員』って、ネットに上げますから。」 #act: customer.film #act: customer.media_threat #mood: threatening #t: +1
- 2: 斎藤「……そう。じゃあ、今の対応を撮らせてもらうわ。名札もね。『融通のきかない市役所の職員』って、ネットに載せますから。」 #act: customer.film #act: customer.media_threat #mood: threatening #t: +1
- else: 石川「……そうか。なら、今の対応を撮らせてもらう。名札もだ。『融通のきかない市役所の職員』と、ネットに載せてやる。」 #act: customer.film #act: customer.media_threat #mood: threatening #t: +1
}
（レンズが、あなたの顔と名札に向けられた。待合の人たちが、こちらを見ている。）
* [「庁舎内での撮影は、原則としてお断りしております。執務室内の資料、来庁者の容貌などが記録されかねませんので、業務の適正な執行、プライバシー保護の観点などから、撮影はお止めください。」 #act: staff.request_stop_filming #t: +1]
    {persona:
    - 1: 工藤「撮られて困るようなことをしてるんですか？ 撮るのはこっちの自由でしょう。」 #act: customer.film #act: customer.repeat #t: +1
    - 2: 斎藤「撮られて困るようなことをしているの？ 撮るのは私の自由でしょう。」 #act: customer.film #act: customer.repeat #t: +1
    - else: 石川「撮られて困るようなことをしているのか？ 撮るのはこっちの自由だ。」 #act: customer.film #act: customer.repeat #t: +1
    }
* [（思わずスマートフォンに手を伸ばす）「ちょっと、撮らないでください！ 勝手に撮るなんて、失礼じゃないですか。今すぐ消してください！」 #act: staff.retort #act: staff.provoke #t: +1]
    ~ grabbed = true
    {cn()}さんは、さっとスマートフォンを引いた。
    {persona:
    - 1: 工藤「触らないでくださいよ！ 今の、ちゃんと撮れましたからね。『職員にスマホを取り上げられそうになった』って。」 #act: customer.film #act: customer.shout #mood: threatening #t: +1
    - 2: 斎藤「触らないで！ 今の、ちゃんと撮れたわよ。『職員にスマホを取り上げられそうになった』って。」 #act: customer.film #act: customer.shout #mood: threatening #t: +1
    - else: 石川「触るな！ 今のは、ちゃんと撮れたぞ。『職員にスマホを取り上げられそうになった』とな。」 #act: customer.film #act: customer.shout #mood: threatening #t: +1
    }
* [「どうぞご自由に撮ってください。こちらは何もやましいことはしていませんし、決まりどおりに対応しているだけですから。撮られて困ることなど、一つもありません。」 #act: staff.provoke #t: +1]
    ~ provoked = true
    {persona:
    - 1: 工藤「言いましたね。その言葉も、そのまま載せますから。」 #act: customer.film #t: +1
    - 2: 斎藤「言ったわね。その言葉も、そのまま載せるから。」 #act: customer.film #t: +1
    - else: 石川「言ったな。その言葉も、そのまま載せてやる。」 #act: customer.film #t: +1
    }
- -> keep_filming

=== keep_filming ===
（{cn()}さんは、スマートフォンを構えたまま下ろそうとしない。）
* [（隣の席の先輩・遠藤さんに目で合図して来てもらう）「撮影はお止めください。お止めいただけない場合は、対応を終了させていただきます。」 #act: staff.call_colleague #act: staff.request_stop_filming #act: staff.warn #t: +1]
    -> colleague_joins("遠藤", "記録") ->
    遠藤「私も同席させていただきます。撮影はお止めください。」
* [「撮影はお止めください。お止めいただけない場合は、対応を終了させていただきます。」（周りも忙しそうだし、先輩を呼ぶほどのことでもない。一人で対応を続ける） #act: staff.request_stop_filming #act: staff.warn #t: +1]
* [（撮影には触れず、もう一度、決まりを説明する）「ですから、転出証明書がないとお受けできないんです。」 #act: staff.explain #t: +2]
-
（{cn()}さんはレンズを名札に近づけた。）
{persona:
- 1: 工藤「名札、名字だけなんですね。下の名前は？ フルネームで載せるんで、教えてくださいよ。」 #act: customer.film #act: customer.repeat #t: +1
- 2: 斎藤「名札、名字だけなのね。下の名前は？ フルネームで載せるから、教えてちょうだい。」 #act: customer.film #act: customer.repeat #t: +1
- else: 石川「名札は名字だけか。下の名前は？ フルネームで載せるから、言ってみろ。」 #act: customer.film #act: customer.repeat #t: +1
}
* [「名札のとおり、名字で対応しております。職員の顔や名前を許可なくインターネットに載せれば、肖像権の侵害や、名誉毀損に当たるおそれがあります。投稿はお控えください。」 #act: staff.refuse #act: staff.warn #t: +2]
    {persona:
    - 1: 工藤「脅しですか？ 事実を載せるだけですよ。」 #act: customer.film #act: customer.repeat
    - 2: 斎藤「脅すつもり？ 本当のことを載せるだけよ。」 #act: customer.film #act: customer.repeat
    - else: 石川「脅しか？ 本当のことを載せるだけだ。」 #act: customer.film #act: customer.repeat
    }
* [（問い詰められて、下の名前まで答えてしまう） #act: staff.concede #t: +1]
    ~ fullname = true
    {persona:
    - 1: 工藤「はい、どうも。フルネーム、いただきました。」 #act: customer.film
    - 2: 斎藤「はい、ありがとう。フルネーム、ちゃんと撮れたわ。」 #act: customer.film
    - else: 石川「よし。フルネーム、ちゃんと撮れたぞ。」 #act: customer.film
    }
* [「私は何も間違ったことはしていません！ 決まりどおりにご案内しているだけです。ネットに載せて困るのは、そちらのほうですよ。撮るなら、大声を出しているそちらの態度も、ちゃんと撮ってください！」 #act: staff.argue #act: staff.provoke #t: +1]
    ~ argued = true
    {persona:
    - 1: 工藤「カメラの前で逆ギレですか。いい画が撮れましたよ。」 #act: customer.film #act: customer.shout
    - 2: 斎藤「カメラの前で逆ギレ？ いい画が撮れたわ。」 #act: customer.film #act: customer.shout
    - else: 石川「カメラの前で逆ギレか。いい画が撮れた。」 #act: customer.film #act: customer.shout
    }
-
{persona:
- 1: 工藤「ほら、もっとしゃべってくださいよ。全部撮ってますから。」 #act: customer.film #act: customer.repeat #t: +2
- 2: 斎藤「ほら、もっと話して。全部撮っているから。」 #act: customer.film #act: customer.repeat #t: +2
- else: 石川「ほら、もっとしゃべれ。全部撮っているからな。」 #act: customer.film #act: customer.repeat #t: +2
}
* [（{colleague_here:遠藤さんにその場を頼んで奥の伊藤係長のところへ行き|窓口を離れずに伊藤係長に目で合図して来てもらい}、撮影をやめてもらえないこと、ネットに載せると言っていることを報告し、対応の終了を判断してもらう。係長が来たら一歩下がって記録する） #act: staff.report_supervisor #act: staff.take_notes #t: +2]
    伊藤係長が、窓口に来た。 #who: manager
    伊藤係長「市民課の係長の伊藤です。転出証明書がなければ転入の届出をお受けできないことは、担当がご説明したとおりです。庁舎内での撮影は、お断りしております。撮影をお止めいただけませんので、本日の対応はこれで終了いたします。お引き取りください。」 #act: staff.refuse #act: staff.end_response #t: +2
    （あなたは一歩下がり、やり取りの時刻と言葉を書き留めた。）
* [「撮影をお止めいただけませんので、これ以上は対応できません。お引き取りください。」（自分の判断で打ち切る） #act: staff.end_response #t: +1]
    ~ self_ended = true
* [（止めても無駄だ。撮られるのは構わないことにして、手続きの説明を続けよう。そのうちきっと気が済むだろう）「……撮影は、もう結構です。ですから、転出証明書をお持ちいただければ、すぐに……」 #act: staff.concede #act: staff.explain #t: +30]
    ~ dragged = true
    （あなたは、レンズを向けられたまま、同じ説明を何度も繰り返した。{cn()}さんは、ときどき画面をのぞき込んでは、また質問を重ねた。） #act: customer.film #act: customer.repeat #t: +5
    {persona:
    - 1: 工藤「もう十分撮れました。あとはネットの皆さんに判断してもらいますよ。」 #act: customer.leave
    - 2: 斎藤「もう十分撮れたわ。あとはネットの皆さんに判断してもらうから。」 #act: customer.leave
    - else: 石川「もう十分撮れた。あとはネットの連中に判断してもらう。」 #act: customer.leave
    }
    -> epilogue
-
{ grabbed or provoked or argued:
    {persona:
    - 1: 工藤「帰りませんよ。このまま、ここから配信しますから。」 #act: customer.film #act: customer.sit_in #mood: angry
    - 2: 斎藤「帰らないわよ。このまま、ここから配信するから。」 #act: customer.film #act: customer.sit_in #mood: angry
    - else: 石川「帰らんぞ。このまま、ここから配信してやる。」 #act: customer.film #act: customer.sit_in #mood: angry
    }
    -> exit_sequence(cn(), "庁舎管理規則", "市役所市民課", grabbed) ->
- else:
    {persona:
    - 1: 工藤「覚えておいてくださいよ。全部ネットに上げますから。」 #act: customer.leave #mood: angry
    - 2: 斎藤「覚えておきなさいよ。全部ネットに載せるから。」 #act: customer.leave #mood: angry
    - else: 石川「覚えておけよ。全部ネットに載せてやるからな。」 #act: customer.leave #mood: angry
    }
    （{cn()}さんは、スマートフォンをこちらに向けたまま、窓口を離れていった。）
}
-> epilogue

=== epilogue ===
（三日後の朝。始業前に、先輩の遠藤さんが、スマートフォンの画面をあなたに見せた。）
遠藤「ねえ、これ……この前の窓口の件じゃない？」
（SNSに、窓口で話すあなたの動画が投稿されていた。{fullname:あなたのフルネーム|名札の名字}とともに、「市役所市民課の職員。融通がきかず、態度も最悪」という言葉が添えられている。{grabbed:「職員にスマホを取り上げられそうになった」という書き込みもある。}{provoked:「どうぞご自由に」と言うあなたの声も、そのまま入っている。}{argued:カメラに向かって言い返すあなたの顔が、大きく映っている。}すでに、いくつもの返信がついていた。） #act: customer.sns_post #t: +1
* [（投稿をスクリーンショットで保存し、投稿日時・URL・アカウント名を記録する。そのうえで伊藤係長に報告し、総務課へつないでもらう） #act: staff.preserve_evidence #act: staff.report_supervisor #act: staff.file_report #t: +10]
    ~ evidence = "kept"
* [（伊藤係長に「こんな投稿がありました」と口頭で伝える。画面の保存は、あとでいいだろう） #act: staff.report_supervisor #t: +3]
    ~ evidence = "told"
* [（係長に言うほどのことではない。自分のアカウントから「事実と違います。決まりどおりに対応しただけです」と返信して、自分で片をつける） #act: staff.use_private_channel #act: staff.argue #act: staff.keep_to_self #t: +3]
    ~ evidence = "replied"
- {evidence == "kept":
    伊藤係長「保存してくれてありがとう。職員を中傷する投稿は、嫌がらせとして警察に通報する。運営元への削除要請も、総務課と進めよう。」
    （伊藤係長は総務課と連絡をとり、保存した画面を添えて、その日のうちに警察に通報した。） #act: staff.call_police
  }
-> finale

=== finale ===
{
- evidence == "replied":
    （あなたの返信は、すぐに拡散された。「本人が反論してきた」と書かれ、返信に使ったアカウントから、あなたの私生活まで探られ始めた。）
    伊藤係長「投稿には、個人で反論しないこと。保存して、係に報告して、総務課から運営元への削除要請や、警察への通報につなぐんだ。今からでも、画面を保存しよう。」
    （個人のアカウントで反論したことで、騒ぎはかえって大きくなってしまった。） #ending: replied_online
    -> END
- evidence == "told":
    伊藤係長「わかった。あとで見ておくよ。」
    （翌日、投稿は消されていた。保存したものは何もなく、投稿日時もアカウント名もわからない。総務課も、警察に通報する材料を持てなかった。）
    伊藤係長「投稿は、すぐに消されることがある。見つけたら、まずスクリーンショットと、日時、URL、アカウント名を残そう。」
    （一週間後、同じ動画が別のアカウントから、また投稿された。）
    （投稿を保存しなかったため、証拠が残らず、組織として対応する手がかりを失った。） #ending: post_lost
    -> END
- dragged:
    伊藤係長「保存して報告してくれたから、運営元への削除要請も、警察への通報もできた。ただ、『撮影は、もう結構です』と言ってしまうと、撮ってよいと認めたことになる。撮影が止まらないときは、警告して、それでも止めなければ私を呼んで。対応を終えるのは、組織の判断でいいんだ。」
    （保存した画面をもとに、総務課が運営元に削除を要請した。だが、30分にわたる動画は、すでに何度も切り抜かれていた。） #ending: filmed_too_long
    -> END
- exit_result != "":
    {exit_result == "police": 伊藤係長「警告して、退去を命じて、それでも動かないから通報した。手順どおりだ。」}
    {exit_result == "left": 伊藤係長「退去を命じて、帰ってもらえた。手順どおりだ。」}
    {exit_result == "early_police": 伊藤係長「撮影と配信には、まず中止を求めて、警告し、退去を命じてから通報しよう。いきなり警察を呼ぶと、相手に言い分を与えてしまう。」}
    {exit_result == "waited": 伊藤係長「退去を命じても動かないときは、警察に通報すると告げて、通報していい。1時間、窓口が止まってしまったからね。」}
    {grabbed: 伊藤係長「それと、スマートフォンに手を伸ばしたのは危なかった。相手の持ち物には触れずに、言葉で中止を求めよう。」}
    {provoked: 伊藤係長「『どうぞご自由に』は、挑発と受け取られてしまう。撮影には中止を求め、投稿をほのめかされても挑発しないこと。」}
    {argued: 伊藤係長「カメラの前で言い返すと、その場面だけが切り取られてしまう。発言は必要最小限にしよう。」}
    （保存した画面をもとに、総務課が運営元に削除を要請し、警察にも通報した。ただ、窓口で配信された映像は、すでに広まっていた。） #ending: refused_to_leave
    -> END
- fullname:
    伊藤係長「投稿は、消される前に保存してくれた。運営元への削除要請も、警察への通報もできる。ただ、下の名前は答えなくていいんだ。名札が名字だけなのは、ネットに名前が広まらないようにするためだからね。」
    {self_ended: 伊藤係長「それと、対応を終えるかどうかは、組織として判断することなんだ。次は、自分で打ち切る前に私を呼んで。」}
    {not colleague_here: 伊藤係長「撮られ始めた時点で、周りに合図して、複数で対応しよう。記録係がいると心強いよ。」}
    （保存した画面をもとに、総務課が運営元に削除を要請し、警察にも通報した。投稿は削除されたが、あなたのフルネームは、すでに別の掲示板に書き写されていた。） #ending: name_exposed
    -> END
- else:
    {not self_ended: 伊藤係長「撮影には中止を求め、警告して、それでも止めないから私に報告して、対応を終えた。投稿も、消される前に保存してくれた。それでいい。」}
    {self_ended: 伊藤係長「撮影には中止を求め、警告して、投稿も消される前に保存してくれた。ただ、対応を終えるかどうかは、組織として判断することなんだ。次は、自分で打ち切る前に私を呼んで。私から伝えるから。」}
    {not colleague_here: 伊藤係長「それと、撮られ始めた時点で、周りに合図して、複数で対応しよう。記録係がいると心強いよ。」}
    （保存した画面をもとに、総務課が運営元に削除を要請し、警察にも通報した。数日後、投稿は削除された。） #ending: post_preserved
    -> END
}

=== function cn() ===
{persona:
- 1: ~ return "工藤"
- 2: ~ return "斎藤"
- else: ~ return "石川"
}
