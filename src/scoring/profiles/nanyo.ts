import type { Profile } from '../types';
import { REASONABLE_ACCOMMODATION } from './law';

const doc = '南陽市カスタマーハラスメント対策マニュアル';
// Cited twice: handing over to a superior (manager_not_first, graduated_warning) and the staff side's own fault (admit_error, graduated_warning).
// The document's 【対面の場合】 passages are for the counter and the visit; its 【電話の場合】 ones for the phone.
const FACE_TO_FACE = ['counter', 'offsite'] as const;
const HAND_OVER = { doc, section: '6(1)⑤ 対応者を代わる', quote: '相手の怒りが収まらない場合、躊躇せず別の担当者や上位者に代わる。' };
const STAFF_AT_FAULT = { doc, section: '2 カスタマーハラスメントの定義 <注意>', quote: '職員の対応が不誠実又は不適切であった場合は、職員側に責任が課せられる場合もあります。' };

export const nanyo: Profile = {
  id: 'nanyo',
  name: '南陽市',
  timeLimitMinutes: 30,
  timeLimitFrom: 'first_cue',
  timeLimitRequires: 'begin_exit',
  phoneProcedure: 'nanyo_four_steps',
  policeAfter: [],
  policeAfterInWriting: ['customer.threat'],
  policeAtOnce: true,
  distanceFirst: true,
  vagueIsGivingIn: true,
  finalWarningBeforePolice: true,
  labelIsWarning: false,
  handOverAfterReport: true,
  handOverOnGrievance: true,
  endsRepeatedDemand: false,
  characteristicSigns: ['customer.disability_sign'],
  citations: {
    limited_apology: [
      {
        doc,
        section: '6(1)④ 限定的な謝罪を行う',
        quote:
          '責任が不明確な初期段階では対象を限定した謝罪を有効に活用する。具体的には、「ご心配をおかけし（ご不快な思いをおかけし）申し訳ありません」と謝罪する。',
      },
    ],
    multi_staff: [
      {
        doc,
        section: '4 基本的な対応心得',
        quote: '複数名で対応する ※ただし、電話では原則として最初に受けた職員が対応',
      },
    ],
    manager_not_first: [
      HAND_OVER,
      {
        doc,
        section: '7(1)【対面の場合】①② 現場職員・所管課長の判断',
        quote:
          'カスタマーハラスメントの可能性があると判断した場合、所管課長に報告の上、対応の中止を含めた方針を相談する。現場職員からの報告を踏まえ、カスタマーハラスメントに該当すると判断した場合、所管課長が対応を代わる。',
        channels: FACE_TO_FACE,
      },
      { doc, section: '4 基本的な対応心得', quote: '複数名で対応する ※ただし、電話では原則として最初に受けた職員が対応', channels: ['phone'] },
    ],
    time_limit: [
      {
        doc,
        section: '5 対応の目安時間（対面）',
        quote:
          '著しい迷惑行為が30分を超えたら、組織的な対応に移り、退去の方向に進める。（暴力等の犯罪行為があれば時間は関係なし）※30分はあくまでも目安であり、話が進展しない場合や暴行等の行為があった場合は時間を待たずに終了するなど、事案に応じた対応をします。',
        channels: FACE_TO_FACE,
      },
      {
        doc,
        section: '5 対応の目安時間（電話）',
        quote:
          '電話対応で同じ内容の繰り返しや脅しなどの言葉により、建設的な会話ができない状態で30分を超えたら、切電の対応に移る。※30分はあくまでも目安であり、話が進展しない場合や暴行等の行為があった場合は時間を待たずに終了するなど、事案に応じた対応をします。',
        channels: ['phone'],
      },
    ],
    legit_complaint: [
      {
        doc,
        section: '6(1) 基本的な心構え',
        quote:
          '苦情・クレーム = カスタマーハラスメント にはなりません。市民等から寄せられるクレームの全てがカスタマーハラスメントではありません。手続や対応に関する指摘、窓口態度の不満など、正当なクレームは、業務の改善につながる貴重な機会でもあります。',
      },
    ],
    accommodation: [
      {
        doc,
        section: '2 カスタマーハラスメントの定義',
        quote: '相手の言動が社会生活への適応能力や障がいに関与していることが明らかな場合は、安易にカスタマーハラスメントとして認定すべきではないことに留意する必要があります。',
      },
      { doc, section: 'カスタマーハラスメントチェックリスト 16', quote: '合理的な配慮（障害者差別解消法等）が必要な対象者か' },
      REASONABLE_ACCOMMODATION,
    ],
    admit_error: [
      STAFF_AT_FAULT,
      { doc, section: '8(2)② 事例の検証', quote: 'カスタマーハラスメントの端緒が、職員の不適切な言動や対応にあった場合、その問題点等を改善するための取組を検討する。' },
    ],
    org_decision: [
      {
        doc,
        section: '7(1)【対面の場合】①③',
        quote: 'カスタマーハラスメントの可能性があると判断した場合、所管課長に報告の上、対応の中止を含めた方針を相談する。／所管課長は、膠着状態に陥っていることを確認し、対応を中止することを相手に伝達する。それでも迷惑行為が続く場合、警告の上、退去を命令する。',
        channels: FACE_TO_FACE,
      },
      { doc, section: '7(2)① 対応の中止を伝える', quote: '対応の中止は所管課長を含めた複数名で判断する。' },
    ],
    listen_first: [
      {
        doc,
        section: '6(2)①② 相手の言い分を聞く／結論を急がない',
        quote: '話を十分に聞いて理解を示す。場合によっては相手の言葉を復唱し、寄り添いながら聞く姿勢を示す。相手の言い分が分かっても、すぐに反論や説明をしないようする。',
      },
    ],
    no_argument: [
      { doc, section: '6(2)④ 相手の感情を高ぶらせない', quote: '相手の話の腰を折らない。' },
      { doc, section: '7(3) 暴言・脅迫', quote: '暴言で返すことなく丁寧な言葉を用いて冷静・沈着に対応する。不用意な発言をしないよう細心の注意を払い、発言は必要最小限にとどめる。不必要な議論に立ち入らない。' },
    ],
    no_vague_answer: [
      { doc, section: '6(2)③ 丁寧な説明を心がける', quote: '「たぶん」など、あいまいな表現に気を付ける。／専門用語を使った説明、説得をできるだけ避ける。' },
      { doc, section: '7(3) 高圧的な言動', quote: '曖昧な発言又はぶれた発言は避けるとともに、早く解決を図ろうとしてその場逃れの安易な妥協をしない。' },
    ],
    refuse_undue_demand: [
      { doc, section: '7(3) 高圧的な言動', quote: '自らの主張を一方向的に強弁し、又は不当な要求を行っても明確に拒否する。事実関係が不明なまま要求を認めない。' },
      { doc, section: '7(3) 土下座の要求', quote: '（例）そのような対応はできません。' },
    ],
    handover: [
      {
        doc,
        section: '6(2)⑤ 相手に再度説明させない',
        quote: 'クレーム対応を引き継いだり、途中から同席したりする場合、相手にクレーム内容をもう一度説明させない。経緯等は、それまで対応していた職員が説明し、その上で相手から話を聞く。',
      },
    ],
    record: [
      { doc, section: '4 基本的な対応心得', quote: '記録をつける ※音声・動画・メモ・SNSのスクリーンショットなど' },
      { doc, section: '6(2)⑥ 対応内容を記録・情報共有する', quote: '相手への対応内容を可能な限り詳細に記録する。相手との会話を録音する。' },
    ],
    graduated_warning: [
      {
        doc,
        channels: ['phone'],
        section: '7(1)【電話の場合】ステップ1〜3',
        quote:
          'ステップ1 毅然とした警告「恐れ入りますが、そのような言葉遣いでは対応を続けることができません。冷静にお話しいただけますでしょうか。」ステップ2 最終通告の明示「これ以上このようなお話が続くようでしたら、誠に申し訳ございませんが、お電話を切らせていただくこととなります。」ステップ3 切電の実施「申し訳ございませんが、建設的なお話ができませんので、これにて失礼いたします。」',
      },
      { doc, section: '7(1)【対面の場合】③ 警告・退去の命令', quote: 'それでも迷惑行為が続く場合、警告の上、退去を命令する。', channels: FACE_TO_FACE },
      {
        doc,
        section: '2 カスタマーハラスメントの定義',
        quote: '明らかに認定できる場合を除き、そのような言動があった場合でも即時にカスタマーハラスメントと認定するのではなく、その言動の鎮静化を図る努力をし、それでもなお当該言動が続くようであれば、その時点で判断を行う必要があります。',
      },
      HAND_OVER,
      STAFF_AT_FAULT,
    ],
    exit_and_police: [
      {
        doc,
        section: '7(2)②③④ 警察との連携',
        quote: '迷惑行為を止めない場合、庁舎管理規則第8条に基づき退去を命じる。2、3度繰り返す。繰り返し退去を命じても退去しない場合、最終警告する。なお退去しない場合、警察に通報する。',
      },
    ],
    safety_first: [
      { doc, section: '7(3) 暴行', quote: '刑法第208条の暴行罪に該当するため、所管課長の判断を待つことなく、ただちに警察に通報する。' },
      { doc, section: '7(1)【対面の場合】② 所管課長の判断', quote: '現場職員と相手を引き離し、安全を確保する。', channels: FACE_TO_FACE },
    ],
    filming_response: [
      { doc, section: '7(1)【対面の場合】① 現場職員の判断', quote: '職員の顔等を無断で撮影し続けるなどの迷惑行為が続く場合、行為の中止を求める', channels: FACE_TO_FACE },
      {
        doc,
        section: '7(3) SNSへの投稿',
        quote: 'メッセージはすぐに削除される可能性があるため、スクリーンショット等を活用し保存する。また、投稿日時・URL・アカウント名等を正確に記録し証拠として残す。',
      },
    ],
    record_sheet: [
      { doc, section: 'カスタマーハラスメント対応記録シート', quote: '総務課へ相談する際にこのシートを活用してください。※別添「カスタマーハラスメントチェックリスト」も記入してください。' },
      { doc, section: '6(2)⑥ 対応内容を記録・情報共有する', quote: '相手への対応内容を可能な限り詳細に記録する。' },
    ],
    aftercare: [
      { doc, section: '3 対応方針', quote: '万一、これらの行為を受けた際は、上司等に報告・相談することで組織的に対処します。' },
      { doc, section: '6(2)⑥ 対応内容を記録・情報共有する', quote: '対応内容は速やかに部署内で情報共有する。' },
      { doc, section: '7(1)【電話の場合】ステップ4 切電後の対処', quote: '① 上司に報告する：相手の情報を更新・共有する ② 次回の対応を検討する', channels: ['phone'] },
      { doc, section: 'カスタマーハラスメント対応記録シート', quote: '総務課へ相談する際にこのシートを活用してください。' },
    ],
    staff_care: [
      {
        doc,
        section: '8(2)① メッセージ発信',
        quote: 'カスタマーハラスメントは、所管課長や職員の責任ではないこと、事案の報告や相談によって人事評価が下がることはないこと、適切に報告した場合は逆に評価されることなど、併せて周知を徹底する。',
      },
      { doc, section: '8(1) 相談窓口の設置', quote: 'メンタルケア 総務課職員係 内線413・417' },
      { doc, section: '7(1)【対面の場合】② 所管課長の判断', quote: '現場職員と相手を引き離し、安全を確保する。', channels: FACE_TO_FACE },
    ],
    report_upward: [
      { doc, section: '8(1) 相談窓口の設置', quote: '総合的な相談窓口 総務課長・課長補佐 内線411／電話録音データ提供の窓口 総務課庶務係 内線414・415／弁護士との連携 総務課庶務係 内線414・415' },
      { doc, section: 'カスタマーハラスメント対応記録シート', quote: '総務課へ相談する際にこのシートを活用してください。' },
      {
        doc,
        section: '7(2)⑤ 警察官に状況を説明する',
        quote: '警察官の到着前に相手が立ち去った場合でも、再訪する恐れがある場合は「相手は立ち去ったが再訪する恐れがある」として情報連携しておく。',
      },
    ],
  },
};
