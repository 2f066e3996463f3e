// Scenario metadata, in one place: the select screen, the server and the trainer page read it.
import { minuteOfDay } from './clock';
import type { PrincipleId } from './report';
import type { Channel, ProfileId } from './transcript';

export interface ScenarioMeta {
  id: string;
  /** ink source under stories/. */
  file: string;
  title: string;
  type: string;
  channel: Channel;
  /** The seat the trainee plays (新任・係長・管理職): the select screen shows it and a lead builds sessions by it. */
  role: Role;
  /** The section whose desk it is (生活保護、税、保育 …), when the story is set at one; grouping and the select screen show it. */
  section?: string;
  profile: ProfileId;
  minutes: number;
  difficulty: 1 | 2 | 3;
  description: string;
  principles: PrincipleId[];
  contentNote?: string;
  /**
   * The time of day on the wall clock when the encounter begins ("HH:MM"), where the story names one (the night duty's
   * 午後10時); 10:00 otherwise. The HUD, the record sheet's times and the story's own 「壁の時計は…」 all read it.
   */
  startsAt?: string;
  /**
   * What the superior who comes (`#who: manager`) is called on the screens and the record sheet: 係長 where a 係長
   * comes, 上司 where a 係長 or (for the order to leave, stories/common/exit.ink) the 課長 may; 課長 otherwise.
   */
  managerTitle?: string;
}

export const ROLES = ['new', 'chief', 'manager'] as const;
export type Role = (typeof ROLES)[number];
/** As the pages write the seat: 新任 (the newest member of staff), 係長, 管理職 (所管課長). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = { new: '新任職員', chief: '係長', manager: '管理職' };

export const JUDGEMENTS = ['model', 'acceptable', 'poor', 'failure'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
export const JUDGEMENT_LABELS: Readonly<Record<Judgement, string>> = { model: '模範', acceptable: '可', poor: '不十分', failure: '失敗' };

export interface EndingJudgement {
  judgement: Judgement;
  /** Why, in one line of Japanese for trainers, naming the manual's section. */
  why: string;
}

export const SCENARIOS: readonly ScenarioMeta[] = [
  {
    id: 'kosoku',
    file: 'kosoku.ink',
    title: '窓口に居座る市民',
    type: '長時間拘束型',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 8,
    difficulty: 1,
    description:
      '亡くなった母親名義の空き家の固定資産税を免除してほしいと、市がお応えできない要求を繰り返す市民への対応です。話を聴き、わかる言葉で説明し、時間を区切り、組織で対応します。',
    principles: [
      'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first',
      'time_limit', 'record', 'graduated_warning', 'org_decision', 'exit_and_police', 'no_label', 'aftercare',
    ],
  },
  {
    id: 'denwa',
    file: 'denwa.ink',
    title: '長引く苦情の電話',
    type: '長時間拘束型（電話・暴言を伴う）',
    channel: 'phone',
    role: 'new',
    profile: 'nanyo',
    minutes: 7,
    difficulty: 2,
    startsAt: '09:10',
    managerTitle: '係長',
    description: '除雪車が自宅の前に雪の塊を残していったと怒る市民からの電話を、採用1年目のあなたが受けました。同じ訴えが繰り返されるうちに、言葉がだんだん荒くなっていきます。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'manager_not_first', 'time_limit', 'record', 'graduated_warning', 'aftercare'],
  },
  {
    id: 'repeat',
    file: 'repeat.ink',
    title: 'また、あの人からの電話',
    type: 'リピート型',
    channel: 'phone',
    role: 'new',
    profile: 'oshu',
    minutes: 6,
    difficulty: 2,
    startsAt: '14:00',
    managerTitle: '係長',
    description: '隣の空き地の草を市が刈れと、この3週間で4回電話してきた市民から、また電話がかかってきました。今日の電話は、いつもと違う話から始まります。',
    principles: ['legit_complaint', 'listen_first', 'no_argument', 'no_vague_answer', 'time_limit', 'record', 'graduated_warning', 'aftercare'],
  },
  {
    id: 'bogen',
    file: 'bogen.ink',
    title: '証明書の窓口で続く暴言',
    type: '暴言型',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 7,
    difficulty: 2,
    managerTitle: '上司',
    description: '家族の印鑑登録証明書を代理で取りに来た市民が、印鑑登録証を持っていませんでした。交付できないと伝えると、「馬鹿」と大声で怒鳴り、あなたの仕事ぶりを否定する言葉を繰り返します。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'org_decision', 'exit_and_police', 'no_label', 'aftercare'],
  },
  {
    id: 'ikaku',
    file: 'ikaku.ink',
    title: '身を乗り出して脅す市民',
    type: '威嚇・脅迫型',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 8,
    difficulty: 3,
    description: '1か月前に伝えた道路の傷みがまだ直っていないと訴える市民が来ました。今日中の補修は約束できないと伝えると、カウンターに身を乗り出して「どうなっても知らないぞ」と脅し、SNSや新聞への暴露をほのめかします。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first', 'time_limit', 'record', 'graduated_warning', 'safety_first', 'exit_and_police', 'no_label', 'filming_response', 'aftercare'],
  },
  {
    id: 'ken-i',
    file: 'ken-i.ink',
    title: '議員の名前を出す来庁者',
    type: '権威型',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 8,
    difficulty: 2,
    description: '受付の取り違えで40分待たされた市民が、別の世帯の家族の住民票を委任状なしで出すよう求め、議員と懇意にしていると口にし、課長名の詫び状まで要求します。',
    principles: ['listen_first', 'admit_error', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first', 'time_limit', 'record', 'graduated_warning', 'org_decision', 'aftercare'],
  },
  {
    id: 'dogeza',
    file: 'dogeza.ink',
    title: '土下座を求められて',
    type: '権威型（土下座の強要）',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 8,
    difficulty: 3,
    description: '昨日あなたが誤った案内をしたため、二度来庁することになった市民が、窓口で土下座して謝るよう迫ります。後ろには順番を待つ人たちが並んでいます。',
    principles: ['legit_complaint', 'listen_first', 'admit_error', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'org_decision', 'exit_and_police', 'no_label', 'aftercare'],
  },
  {
    id: 'kinsen',
    file: 'kinsen.ink',
    title: 'お金での埋め合わせを迫る来庁者',
    type: '不当・過剰な要求（金銭補償の要求）',
    channel: 'counter',
    role: 'new',
    profile: 'sendai',
    minutes: 8,
    difficulty: 2,
    managerTitle: '上司',
    description: '書類が足りずに前日の手続きができなかった市民が、先週の電話では不要と言われたと訴え、仕事を休んだ分のお金を払うよう繰り返し求めます。',
    principles: ['legit_complaint', 'listen_first', 'refuse_undue_demand', 'multi_staff', 'record', 'graduated_warning', 'exit_and_police', 'aftercare'],
  },
  {
    id: 'shobun',
    file: 'shobun.ink',
    title: '担当職員を処分しろと迫られて',
    type: '不当・過剰な要求（職員の処分・異動の執拗な要求）',
    channel: 'counter',
    role: 'new',
    profile: 'sendai',
    minutes: 8,
    difficulty: 2,
    managerTitle: '係長',
    description: '先週の国民健康保険の手続きで、同じ係の職員の態度に恥をかかされたという市民が来ました。苦情を話すうちに、その職員の処分か異動と、結果の報告を求めて譲りません。',
    principles: ['legit_complaint', 'listen_first', 'refuse_undue_demand', 'multi_staff', 'record', 'graduated_warning', 'aftercare'],
  },
  {
    id: 'chosha-gai',
    file: 'chosha-gai.ink',
    title: '「今すぐ家に来て説明しろ」',
    type: '庁舎外拘束型',
    channel: 'offsite',
    role: 'new',
    profile: 'oshu',
    minutes: 8,
    difficulty: 2,
    managerTitle: '係長',
    description: '市道の側溝工事の近くに住む（店を営む）市民から、「工事でひびが入った。今すぐ来て説明しろ」と電話があります。工事の脇の損傷を確かめに行くのは通常の業務ですが、誰と、どう行き、どう引き上げるか。出向けば、お茶を勧められ、なかなか帰してもらえません。',
    principles: ['offsite_rules', 'multi_staff', 'time_limit', 'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'record', 'graduated_warning', 'safety_first', 'aftercare'],
  },
  {
    id: 'satsuei',
    file: 'satsuei.ink',
    title: 'スマートフォンを向けられて',
    type: 'SNS・ネット等での誹謗中傷型（撮影・SNS投稿）',
    channel: 'counter',
    role: 'new',
    profile: 'yurihonjo',
    minutes: 8,
    difficulty: 2,
    managerTitle: '上司',
    description: '転出証明書を持たずに転入の届出に来た市民が、受け付けられないと知ると、スマートフォンであなたの顔と名札を撮り始め、ネットに載せると言います。三日後、あなたの名前を添えた投稿が現れます。',
    principles: ['filming_response', 'record', 'graduated_warning', 'multi_staff', 'org_decision', 'exit_and_police', 'listen_first', 'refuse_undue_demand', 'time_limit'],
  },
  {
    id: 'sekuhara',
    file: 'sekuhara.ink',
    title: '窓口での誘いと待ち伏せ',
    type: 'セクシュアルハラスメント型',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 9,
    difficulty: 3,
    description: '市民課の窓口によく来る市民から、容姿についての言葉や食事の誘いが続き、やがて退勤時に職員通用口の外で待たれるようになります。二度の来庁と、その週の夕方までをたどる対応です。',
    principles: ['no_vague_answer', 'multi_staff', 'record', 'graduated_warning', 'org_decision', 'exit_and_police', 'safety_first', 'no_label', 'offsite_rules', 'aftercare'],
    contentNote: '性的な発言とつきまといの場面があります（描写は控えめです）。選択によっては、手首をつかまれる場面があります。',
  },
  {
    id: 'sabetsu',
    file: 'sabetsu.ink',
    title: '後輩職員への差別的な発言',
    type: '差別的言動',
    channel: 'counter',
    role: 'new',
    profile: 'sendai',
    minutes: 6,
    difficulty: 2,
    startsAt: '11:00',
    managerTitle: '上司',
    description: '国民健康保険料の相談に来た市民が、対応している後輩職員の出身・性別・年齢のいずれかをあげつらい、別の職員に代えるよう求めます。主任として後輩の隣に入る場面です。',
    principles: ['legit_complaint', 'listen_first', 'refuse_undue_demand', 'multi_staff', 'record', 'graduated_warning', 'exit_and_police', 'aftercare'],
    contentNote: '差別的な発言の場面があります（差別的な言葉そのものは表示しません）。',
  },
  {
    id: 'koshi',
    file: 'koshi.ink',
    title: '休みの日に鳴る私用のスマートフォン',
    type: '公私混同型',
    channel: 'phone',
    role: 'new',
    profile: 'oshu',
    minutes: 5,
    difficulty: 1,
    managerTitle: '係長',
    description: '休日や夜遅くに、先週窓口で対応した市民から、あなた個人の携帯電話やSNSに、市の仕事についての連絡が来ました。',
    principles: ['listen_first', 'no_argument', 'no_vague_answer', 'time_limit', 'graduated_warning', 'public_private', 'aftercare'],
  },
  {
    id: 'boryoku',
    file: 'boryoku.ink',
    title: '物を投げつけられた窓口',
    type: '暴力型',
    channel: 'counter',
    role: 'new',
    profile: 'nanyo',
    minutes: 6,
    difficulty: 2,
    description: '粗大ごみの収集を早めてほしいという市民に、収集日は早められないと伝えました。声を荒らげた市民が、カウンターのバインダーをあなたに向かって投げつけます。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'record', 'graduated_warning', 'safety_first', 'aftercare'],
    contentNote: '窓口で職員に物を投げつける暴力の場面があります（重いけがの描写はありません）。',
  },
  {
    id: 'seito',
    file: 'seito.ink',
    title: '納めたのに届いた督促状',
    type: '正当なクレーム（市の誤り）',
    channel: 'counter',
    role: 'new',
    profile: 'nanyo',
    minutes: 7,
    difficulty: 2,
    managerTitle: '係長',
    description: '5月にコンビニで納めたはずの軽自動車税に督促状が届いたと、市民が領収書を手に税務課の窓口へ来ました。仕事や家のことを置いて来たその人の言い方は、かなり厳しいものです。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'admit_error', 'refuse_undue_demand', 'multi_staff', 'graduated_warning', 'aftercare'],
  },
  {
    id: 'hairyo',
    file: 'hairyo.ink',
    title: '何度も窓口に来る人',
    type: '障がい等の特性への配慮（合理的配慮）',
    channel: 'counter',
    role: 'new',
    profile: 'oshu',
    minutes: 5,
    difficulty: 2,
    managerTitle: '係長',
    description: '引っ越しの季節で混み合う市民課の窓口に、住民票を待つ市民が大きな声で何度もやって来ます。同じことを繰り返し尋ね、待合のほかの人たちもこちらを見ています。',
    principles: ['accommodation', 'legit_complaint', 'listen_first', 'multi_staff', 'graduated_warning', 'no_label', 'aftercare'],
  },
  {
    id: 'escalation',
    file: 'escalation.ink',
    title: '保留の通知から始まった居座り',
    type: '執拗な要求・居座り（不退去）',
    channel: 'counter',
    role: 'new',
    profile: 'nanyo',
    minutes: 10,
    difficulty: 3,
    description: '4月からの保育所の入所が保留になった市民が、申込みのときに「たぶん大丈夫」と言われたと窓口に来ました。はじめはもっともな苦情ですが、話はやがて、市がお応えできない要求へと移っていきます。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first', 'handover', 'time_limit', 'record', 'graduated_warning', 'org_decision', 'exit_and_police', 'aftercare'],
  },
  {
    id: 'kocho-mail',
    file: 'kocho-mail.ink',
    title: '一日に百通のメール',
    type: '執拗な要求（メールの大量送信）・脅迫',
    channel: 'mail',
    role: 'new',
    section: '広報広聴',
    profile: 'nanyo',
    minutes: 10,
    difficulty: 2,
    description:
      '「市民の声」の受信箱が、同じ差出人からの職員の処分を求めるメールで埋まっています。まぎれた一通の問い合わせ、そして職員を名指しした脅しのメール。何に答え、何に答えず、何を残して誰に上げるかを判断します。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'record', 'graduated_warning', 'org_decision', 'legit_complaint', 'safety_first', 'aftercare'],
    contentNote: '職員を名指しして帰り道を脅すメールの場面があります。',
  },
  {
    id: 'homon',
    file: 'homon.ink',
    title: '家庭訪問で、出口をふさがれる',
    type: '庁舎外拘束型（家庭訪問）',
    channel: 'offsite',
    role: 'new',
    section: '生活保護',
    profile: 'oshu',
    minutes: 8,
    difficulty: 2,
    managerTitle: '係長',
    description:
      '地区担当のケースワーカーとして、申告のない収入が課税調査でわかった世帯を訪問します。前回窓口で大声を出した記録のある世帯です。誰と、どう訪ね、「返さなくていいと書くまで帰さない」と戸口をふさがれたらどうするか。',
    principles: ['offsite_rules', 'multi_staff', 'listen_first', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'time_limit', 'record', 'graduated_warning', 'safety_first', 'aftercare'],
    contentNote: '家庭訪問先で出口をふさがれ、帰してもらえない場面があります（暴力の描写はありません）。',
  },
  {
    id: 'sashiosae',
    file: 'sashiosae.ink',
    title: '預金を差し押さえられた',
    type: '権威型・暴言型（不当な要求・土下座の強要）',
    channel: 'counter',
    role: 'new',
    section: '税務',
    profile: 'oshu',
    minutes: 8,
    difficulty: 2,
    managerTitle: '係長',
    description:
      '市税の滞納で預金口座を差し押さえられた市民が、納税課の窓口に来ました。差押えに至った経過と差押えの範囲、分けて納める相談や換価の猶予といった、できることを伝えられるか。「今すぐ外せ」「泥棒」「謝れ」には、どう応じるか。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'record', 'graduated_warning', 'org_decision', 'aftercare'],
  },
  {
    id: 'hoiku',
    file: 'hoiku.ink',
    title: '保留通知と、指数の誤り',
    type: '正当なクレーム（市の誤り）から暴言・職員の処分の要求へ',
    channel: 'phone',
    role: 'new',
    section: '保育',
    profile: 'nanyo',
    minutes: 7,
    difficulty: 2,
    managerTitle: '係長',
    description:
      '4月からの保育所の利用申込みが保留になった保護者から電話です。調べると、就労時間の入力を市が誤り、指数が低く計算されていました。誤りを率直に認めて係長に上げ、そのうえで「入れろ」「入力した職員の名前を言え、処分しろ」という要求と暴言にどう応じるか。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'admit_error', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'record', 'graduated_warning', 'aftercare'],
  },
  {
    id: 'gaikoku',
    file: 'gaikoku.ink',
    title: '通知がわからない',
    type: '特性への配慮（外国人住民・言葉の壁）',
    channel: 'counter',
    role: 'new',
    section: '国保年金課（国民健康保険）',
    profile: 'oshu',
    minutes: 6,
    difficulty: 1,
    managerTitle: '係長',
    description:
      '会社の保険に入ったのに国民健康保険税の通知が届いたと、外国出身の市民が窓口に来ました。説明がわからず、声がだんだん大きくなります。',
    principles: ['accommodation', 'legit_complaint', 'listen_first', 'no_vague_answer', 'multi_staff', 'no_label', 'aftercare'],
  },
  {
    id: 'koreisha',
    file: 'koreisha.ink',
    title: '毎朝、同じことを尋ねに来る人',
    type: '特性への配慮（高齢者・もの忘れがうかがえる繰り返し）',
    channel: 'counter',
    role: 'new',
    section: '介護保険課',
    profile: 'oshu',
    minutes: 6,
    difficulty: 2,
    managerTitle: '係長',
    description:
      '介護保険料の納付書を「二重取りだ」と思っている高齢の市民が、今週五回目の来庁です。毎回「今日初めて来た」と言い、口調はきつくなるばかり。隣の同僚は「はっきり言ったほうが」とささやきます。',
    principles: ['accommodation', 'legit_complaint', 'listen_first', 'multi_staff', 'no_label', 'aftercare'],
  },
  {
    id: 'shukuchoku',
    file: 'shukuchoku.ink',
    title: '宿直の夜の電話と、通用口の酔客',
    type: '暴言型・暴力型（宿日直・酒に酔った来訪）',
    channel: 'phone',
    role: 'new',
    section: '宿日直（夜間の庁舎）',
    profile: 'oshu',
    minutes: 8,
    difficulty: 3,
    startsAt: '22:00',
    managerTitle: '係長',
    description:
      '十二月の金曜の夜、宿直室の電話に、酒に酔った市民から、市営住宅の上の階の音を今すぐ何とかしろと電話が入ります。電話を終えて30分後、その人が夜間通用口に来て、ガラス戸をたたき始めます。',
    principles: ['listen_first', 'no_argument', 'no_vague_answer', 'record', 'graduated_warning', 'time_limit', 'safety_first', 'offsite_rules', 'aftercare'],
    contentNote: '酒に酔った人の暴言と、ガラス戸を蹴って割る場面があります。選択によっては、職員が突き飛ばされる場面があります（けがの描写はありません）。',
  },
  {
    id: 'futo-yokyu',
    file: 'futo-yokyu.ink',
    title: '工事の「地元協力金」',
    type: '威嚇・脅迫型（行政対象暴力・反社会的勢力とのつながりのほのめかし）',
    channel: 'counter',
    role: 'new',
    section: '建設課（道路改良工事）',
    profile: 'oshu',
    minutes: 6,
    difficulty: 3,
    managerTitle: '係長',
    description:
      '来月始まる市道の改良工事について、「地元の者」を名乗る来庁者が、知り合いの会社を下請けに入れることと「地元協力金」を求めます。穏やかな口調のまま、反社会的勢力とのつながりをほのめかします。',
    principles: ['no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'record', 'safety_first', 'aftercare'],
    contentNote: '来庁者が職員の家族に触れて脅す場面があります（暴力の描写はありません）。',
  },
  {
    id: 'hikitsugi',
    file: 'hikitsugi.ink',
    title: '40分続く窓口を引き継ぐ（係長）',
    type: '長時間拘束型・不退去（係長の判断）',
    channel: 'counter',
    role: 'chief',
    section: '介護保険',
    profile: 'nanyo',
    minutes: 10,
    difficulty: 3,
    description:
      'あなたは介護保険係長です。要介護認定の結果に納得できない家族が、今日中に変えるよう40分求め続けていると、窓口の若手が報告に来ました。課長は議会で不在。引き継いで、補佐と判断し、退去命令まで進めます。',
    principles: ['listen_first', 'no_vague_answer', 'refuse_undue_demand', 'handover', 'time_limit', 'graduated_warning', 'org_decision', 'exit_and_police', 'aftercare', 'staff_care', 'report_upward'],
  },
  {
    id: 'renzoku',
    file: 'renzoku.ink',
    title: '3週間続く電話に、係として備える（係長）',
    type: 'リピート型・暴言（電話、係長の判断）',
    channel: 'phone',
    role: 'chief',
    section: '建築指導',
    profile: 'nanyo',
    minutes: 9,
    difficulty: 3,
    description:
      'あなたは建築指導係長です。隣の新築工事を止めろという電話が3週間で12回、毎回1時間近く続き、受けてきた若手は眠れなくなっています。次の電話を誰が受け、誰が記録し、どう切るかを決め、係で共有して、あなたが受けます。',
    principles: ['listen_first', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'handover', 'time_limit', 'record', 'graduated_warning', 'aftercare', 'staff_care', 'report_upward'],
    contentNote: '電話で職員を名指しして脅す言葉（「帰り道に気をつけろ」）が出てきます。',
  },
  {
    id: 'jigo',
    file: 'jigo.ink',
    title: '事案のあとで（課長）',
    type: '事後の対応（職員のケア・総務課への報告）',
    channel: 'counter',
    role: 'manager',
    section: '市民課',
    profile: 'nanyo',
    minutes: 6,
    difficulty: 2,
    startsAt: '17:00',
    description:
      'あなたは市民課長です。閉庁間際、新任の職員が、住民票の写しを交付できないと伝えた相手から容姿をからかわれ、「帰り道に気をつけろ」と言われました。震えている職員と話し、総務課と警察に何を伝えるか、来週から窓口の何を変えるかを決めます。',
    principles: ['record', 'staff_care', 'report_upward'],
    contentNote: '職員の容姿をからかう言葉（内容は書かれていません）と、職員への脅し（「帰り道に気をつけろ」）が出てきます。',
  },
];

export function scenarioById(id: string): ScenarioMeta | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** When a scenario's encounter begins, in minutes after midnight: its `startsAt`, else 10:00 (also for no scenario). */
export function scenarioStart(id: string | null | undefined): number {
  return minuteOfDay(scenarioById(id ?? '')?.startsAt ?? '10:00')!;
}

/** What the superior who comes in a scenario is called: its `managerTitle`, else 課長. */
export function managerTitle(id: string | null | undefined): string {
  return scenarioById(id ?? '')?.managerTitle ?? '課長';
}
