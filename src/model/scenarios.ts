// Scenario metadata, in one place: the select screen, the server and the trainer page read it.
import type { PrincipleId } from '../scoring/types';
import type { Channel, ProfileId } from './transcript';

export interface ScenarioMeta {
  id: string;
  /** ink source under stories/. */
  file: string;
  title: string;
  type: string;
  channel: Channel;
  profile: ProfileId;
  minutes: number;
  difficulty: 1 | 2 | 3;
  description: string;
  principles: PrincipleId[];
  sources: string[];
  contentNote?: string;
  /**
   * The writer's judgement of every `# ending:` the story can reach, with one line for trainers.
   * The story tests hold the scores to it: no failure ending passes, every model ending reaches 90.
   */
  endings: Readonly<Record<string, EndingJudgement>>;
}

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
    profile: 'oshu',
    minutes: 8,
    difficulty: 1,
    description:
      '亡くなった母親名義の空き家の固定資産税を免除してほしいと、市がお応えできない要求を繰り返す市民への対応です。話を聴き、わかる言葉で説明し、時間を区切り、組織で対応します。',
    principles: [
      'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first',
      'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'no_label', 'aftercare',
    ],
    sources: ['奥州市マニュアル（案） 第3、第4 1(1)、第4 2、第4 3、第5 2', '南陽市マニュアル 5、6、7', '由利本荘市基本方針 4(2)①'],
    endings: {},
  },
  {
    id: 'denwa',
    file: 'denwa.ink',
    title: '長引く苦情の電話',
    type: '長時間拘束型（電話・暴言を伴う）',
    channel: 'phone',
    profile: 'nanyo',
    minutes: 7,
    difficulty: 2,
    description: '除雪車が自宅の前に雪の塊を残していったと怒る市民からの電話を、採用1年目のあなたが受けました。同じ訴えが繰り返されるうちに、言葉がだんだん荒くなっていきます。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'manager_not_first', 'time_limit', 'record', 'graduated_warning', 'no_label', 'aftercare'],
    sources: ['南陽市マニュアル 4 基本的な対応心得（電話は最初に受けた職員が対応、記録をつける）', '南陽市マニュアル 5 対応の目安時間（電話30分）', '南陽市マニュアル 6(1)②④、6(2)①〜④・⑥', '南陽市マニュアル 7(1)【電話の場合】ステップ1〜4', '南陽市マニュアル 7(3) 暴言・脅迫、高圧的な言動', '奥州市マニュアル（案） 第3 2(1)ウ、第3 2(2)ウ（「私が担当ですので」「録音させていただきます」の言い回し）'],
    endings: {},
  },
  {
    id: 'repeat',
    file: 'repeat.ink',
    title: 'また、あの人からの電話',
    type: 'リピート型',
    channel: 'phone',
    profile: 'oshu',
    minutes: 6,
    difficulty: 2,
    description: '隣の空き地の草を市が刈れと、この3週間で4回電話してきた市民から、また電話がかかってきました。今日の電話は、いつもと違う話から始まります。',
    principles: ['legit_complaint', 'listen_first', 'no_argument', 'no_vague_answer', 'time_limit', 'record', 'graduated_warning', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(2) リピート型', '奥州市マニュアル（案） 第4 2 対応時の留意点（過去にカスハラを行った人の要求を直ちにカスハラと判断しない）', '奥州市マニュアル（案） 第1 3、第3 1(2)', '奥州市マニュアル（案） 第3 2(1)オ、第3 2(2)ア・イ・ウ', '奥州市マニュアル（案） 第5 2'],
    endings: {},
  },
  {
    id: 'bogen',
    file: 'bogen.ink',
    title: '証明書の窓口で続く暴言',
    type: '暴言型',
    channel: 'counter',
    profile: 'oshu',
    minutes: 7,
    difficulty: 2,
    description: '家族の印鑑登録証明書を代理で取りに来た市民が、印鑑登録証を持っていませんでした。交付できないと伝えると、「馬鹿」と大声で怒鳴り、あなたの仕事ぶりを否定する言葉を繰り返します。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'no_label', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(3) 暴言型（発言のたびの警告、録音の告知、対応の中止、退去命令、通報）', '奥州市マニュアル（案） 第3 2(2)ア 議論は避ける、イ 曖昧な回答はしない、ウ 発言内容を録音する、エ 警告する、オ 対応を中止する', '奥州市マニュアル（案） 第3 2(1)イ 複数で対応する、オ 時間を設定する', '奥州市マニュアル（案） 第3 2(3)ア・イ 退去命令と警察への通報', '奥州市マニュアル（案） 第3 1(2)(3)、第4 2 対応時の留意点、第5 2 事案の報告と共有', '南陽市マニュアル 7(3) 暴言・脅迫（暴言で返さない、「怖い」という感情を伝えて複数回警告する）'],
    endings: {},
  },
  {
    id: 'ikaku',
    file: 'ikaku.ink',
    title: '身を乗り出して脅す市民',
    type: '威嚇・脅迫型',
    channel: 'counter',
    profile: 'oshu',
    minutes: 8,
    difficulty: 3,
    description: '1か月前に伝えた道路の傷みがまだ直っていないと訴える市民が来ました。今日中の補修は約束できないと伝えると、カウンターに身を乗り出して「どうなっても知らないぞ」と脅し、SNSや新聞への暴露をほのめかします。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first', 'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'no_label', 'filming_response', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(4) 威嚇・脅迫型（複数対応と安全確保、録音の告知、対応の中止、マスコミ等への通報をほのめかした脅し、退去命令、通報）', '奥州市マニュアル（案） 第3 2(1)イ 複数で対応する、ウ 最初に責任者は対応しない、オ 時間を設定する', '奥州市マニュアル（案） 第3 2(2)ア〜オ（議論を避ける、曖昧な回答をしない、録音、警告、対応の中止）', '奥州市マニュアル（案） 第3 2(3)ア・イ 退去命令と警察への通報、第4 3(2) 状況説明の例', '奥州市マニュアル（案） 第3 1(2)(3)、第4 2 対応時の留意点、第5 2 事案の報告と共有', '由利本荘市基本方針 3(2) 暴言・威嚇・脅迫型（ＳＮＳやマスコミへの暴露をほのめかした脅し）、4(2)④ 職員の安全確保'],
    endings: {},
  },
  {
    id: 'ken-i',
    file: 'ken-i.ink',
    title: '議員の名前を出す来庁者',
    type: '権威型',
    channel: 'counter',
    profile: 'oshu',
    minutes: 8,
    difficulty: 2,
    description: '受付の取り違えで40分待たされた市民が、別の世帯の家族の住民票を委任状なしで出すよう求め、議員と懇意にしていると口にし、課長名の詫び状まで要求します。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first', 'time_limit', 'record', 'graduated_warning', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(5) 権威型 ①〜③', '奥州市マニュアル（案） 第3 1(2)(3)', '奥州市マニュアル（案） 第3 2(1)イ・ウ・オ、第3 2(2)ア・イ・エ', '奥州市マニュアル（案） 第5 2', '南陽市マニュアル 6(1)④、7(3) 高圧的な言動'],
    endings: {},
  },
  {
    id: 'dogeza',
    file: 'dogeza.ink',
    title: '土下座を求められて',
    type: '権威型（土下座の強要）',
    channel: 'counter',
    profile: 'oshu',
    minutes: 8,
    difficulty: 3,
    description: '昨日あなたが誤った案内をしたため、二度来庁することになった市民が、窓口で土下座して謝るよう迫ります。後ろには順番を待つ人たちが並んでいます。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'no_label', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(5) 権威型 ④', '奥州市マニュアル（案） 第1 3、第3 1(2)(3)', '奥州市マニュアル（案） 第3 2(1)イ・オ、第3 2(2)ア・エ、第3 2(3)', '奥州市マニュアル（案） 第4 2、第5 2', '南陽市マニュアル 6(1)、7(2)、7(3) 土下座の要求、9(2) 強要罪'],
    endings: {},
  },
  {
    id: 'kinsen',
    file: 'kinsen.ink',
    title: 'お金での埋め合わせを迫る来庁者',
    type: '不当・過剰な要求（金銭補償の要求）',
    channel: 'counter',
    profile: 'sendai',
    minutes: 8,
    difficulty: 2,
    description: '書類が足りずに前日の手続きができなかった市民が、先週の電話では不要と言われたと訴え、仕事を休んだ分のお金を払うよう繰り返し求めます。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'refuse_undue_demand', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'aftercare'],
    sources: ['仙台市基本方針 対象行為の例 (3) 不当・過剰な要求', '仙台市基本方針 基本的な考え方、カスタマーハラスメントへの対応原則、対応中止の例、基本的な対策', '奥州市マニュアル（案） 第1 2(1)、第3 1(3)、第3 2(2)イ', '南陽市マニュアル 7(3) 高圧的な言動、9(2) 恐喝罪'],
    endings: {},
  },
  {
    id: 'shobun',
    file: 'shobun.ink',
    title: '担当職員を処分しろと迫られて',
    type: '不当・過剰な要求（職員の処分・異動の執拗な要求）',
    channel: 'counter',
    profile: 'sendai',
    minutes: 8,
    difficulty: 2,
    description: '先週の国民健康保険の手続きで、同じ係の職員の態度に恥をかかされたという市民が来ました。苦情を話すうちに、その職員の処分か異動と、結果の報告を求めて譲りません。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'refuse_undue_demand', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'aftercare'],
    sources: ['仙台市基本方針 基本的な考え方（意見や要望は誠実に受け止め、十分な説明を尽くす）', '仙台市基本方針 対象行為の例 (3) 不当・過剰な要求（謝罪の強要、職員の処分や異動の執拗な要求）', '仙台市基本方針 カスタマーハラスメントへの対応原則（真摯に耳を傾ける、複数職員での対応、事案の組織内共有）、対応中止の例、基本的な対策（録音等による記録）', '由利本荘市基本方針 3(1) 反復・時間拘束型（職員の異動要求）', '奥州市マニュアル（案） 第1 2(2)（職員個人への攻撃、要求）、第1 3 カスタマーハラスメントの判断', '奥州市マニュアル（案） 第3 1(2)(3)、第3 2(1)オ、第3 2(2)ウ・エ、第4 1(1)①③、第4 1(5)③（お詫びは先ほどお伝えしたとおりの言い回し）', '南陽市マニュアル 6(1)④ 限定的な謝罪'],
    endings: {},
  },
  {
    id: 'chosha-gai',
    file: 'chosha-gai.ink',
    title: '「今すぐ家に来て説明しろ」',
    type: '庁舎外拘束型',
    channel: 'offsite',
    profile: 'oshu',
    minutes: 8,
    difficulty: 2,
    description: '市道の側溝工事の近くに住む（店を営む）市民から電話があり、何が起きたのかもわからないうちに「今すぐ来て説明しろ」と呼びつけられます。出向けば、玄関先でお茶を勧められ、なかなか帰してもらえません。',
    principles: ['offsite_rules', 'multi_staff', 'time_limit', 'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'record', 'graduated_warning', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(6) 庁舎外拘束型 ①〜⑤', '奥州市マニュアル（案） 第3 1(2)(3)、第3 2(1)イ・オ、第3 2(2)ア・イ・ウ', '奥州市マニュアル（案） 第4 1(4)②④（脅迫的な発言の録音の告知、「○○さんのご判断ですので」）', '奥州市マニュアル（案） 第4 3(2) 状況説明の例、第5 2 事案の報告と共有', '由利本荘市基本方針 4(2)②（面談は、原則として庁舎等で行います）、3(4)（自宅等への職員の呼びつけ）', '南陽市マニュアル 6(1)④ 限定的な謝罪'],
    endings: {},
  },
  {
    id: 'satsuei',
    file: 'satsuei.ink',
    title: 'スマートフォンを向けられて',
    type: 'SNS・ネット等での誹謗中傷型（撮影・SNS投稿）',
    channel: 'counter',
    profile: 'yurihonjo',
    minutes: 8,
    difficulty: 2,
    description: '転出証明書を持たずに転入の届出に来た市民が、受け付けられないと知ると、スマートフォンであなたの顔と名札を撮り始め、ネットに載せると言います。三日後、あなたの名前を添えた投稿が現れます。',
    principles: ['filming_response', 'record', 'graduated_warning', 'multi_staff', 'exit_and_police', 'listen_first', 'refuse_undue_demand', 'time_limit'],
    sources: ['由利本荘市基本方針 3(3) ＳＮＳ・ネット等での誹謗中傷型', '由利本荘市基本方針 4(2)③（庁舎における撮影等は原則として禁止、嫌がらせと認められる投稿は警察に通報）', '由利本荘市基本方針 4(1)、4(2)①②', '奥州市マニュアル（案） 第4 1(7) SNS/インターネット上での誹謗中傷型 ①②⑤', '奥州市マニュアル（案） 第3 2(3)ア・イ 退去命令と警察への通報', '南陽市マニュアル 7(3) SNSへの投稿（肖像権・名誉棄損の可能性を伝える、スクリーンショット・投稿日時・URL・アカウント名の保存、総務課へ報告）', '南陽市マニュアル 4 基本的な対応心得（記録をつける：SNSのスクリーンショットなど）', '奥州市 全員協議会資料 ４(3) 職員の名札の見直し（名字のみの表記）'],
    endings: {},
  },
  {
    id: 'sekuhara',
    file: 'sekuhara.ink',
    title: '窓口での誘いと待ち伏せ',
    type: 'セクシュアルハラスメント型',
    channel: 'counter',
    profile: 'oshu',
    minutes: 9,
    difficulty: 3,
    description: '市民課の窓口によく来る市民から、容姿についての言葉や食事の誘いが続き、やがて退勤時に職員通用口の外で待たれるようになります。二度の来庁と、その週の夕方までをたどる対応です。',
    principles: ['listen_first', 'no_vague_answer', 'multi_staff', 'record', 'graduated_warning', 'exit_and_police', 'safety_first', 'no_label', 'offsite_rules', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(8)①② セクシュアルハラスメント型', '奥州市マニュアル（案） 第3 1(2)、第3 2(1)イ、第3 2(2)イ・ウ・エ、第3 2(3)ア・イ', '奥州市マニュアル（案） 第4 1(6)②、第4 1(10)、第4 2、第4 3(2)、第5 2', '南陽市マニュアル 7(3) セクシャルハラスメント・暴行', '南陽市マニュアル カスタマーハラスメントチェックリスト 15'],
    endings: {},
    contentNote: '性的な発言とつきまといの場面があります（描写は控えめです）。選択によっては、手首をつかまれる場面があります。',
  },
  {
    id: 'sabetsu',
    file: 'sabetsu.ink',
    title: '後輩職員への差別的な発言',
    type: '差別的言動',
    channel: 'counter',
    profile: 'sendai',
    minutes: 6,
    difficulty: 2,
    description: '国民健康保険料の相談に来た市民が、対応している後輩職員の出身・性別・年齢のいずれかをあげつらい、別の職員に代えるよう求めます。主任として後輩の隣に入る場面です。',
    principles: ['legit_complaint', 'listen_first', 'refuse_undue_demand', 'multi_staff', 'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'aftercare'],
    sources: ['仙台市基本方針 対象行為の例 (5) 差別的言動・セクハラ', '仙台市基本方針 対応中止の例', '仙台市基本方針 対象行為の例 (3) 不当・過剰な要求', '仙台市基本方針 カスタマーハラスメントへの対応原則、基本的な対策', '奥州市マニュアル（案） 第1 2(2)、第3 2(2)エ'],
    endings: {},
    contentNote: '差別的な発言の場面があります（差別的な言葉そのものは表示しません）。',
  },
  {
    id: 'koshi',
    file: 'koshi.ink',
    title: '休みの日に鳴る私用のスマートフォン',
    type: '公私混同型',
    channel: 'phone',
    profile: 'oshu',
    minutes: 5,
    difficulty: 1,
    description: '休日や夜遅くに、先週窓口で対応した市民から、あなた個人の携帯電話やSNSに、市の仕事についての連絡が来ました。',
    principles: ['listen_first', 'no_argument', 'no_vague_answer', 'time_limit', 'graduated_warning', 'public_private', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第4 1(9) 公私混同型', '奥州市マニュアル（案） 第3 1(1)(2)、第3 2(2)イ', '奥州市マニュアル（案） 第5 2', '奥州市議会全員協議会資料 カスタマーハラスメントへの取組について 4(3) 職員の名札の見直し'],
    endings: {},
  },
  {
    id: 'boryoku',
    file: 'boryoku.ink',
    title: '物を投げつけられた窓口',
    type: '暴力型',
    channel: 'counter',
    profile: 'nanyo',
    minutes: 6,
    difficulty: 2,
    description: '粗大ごみの収集を早めてほしいという市民に、収集日は早められないと伝えました。声を荒らげた市民が、カウンターのバインダーをあなたに向かって投げつけます。',
    principles: ['listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'multi_staff', 'record', 'graduated_warning', 'safety_first', 'aftercare'],
    sources: ['南陽市マニュアル 7(3) 暴行（所管課長の判断を待つことなく、ただちに警察に通報する。所管課長を含め、複数人で対応する）', '南陽市マニュアル 7(1)【対面の場合】①〜③（複数対応と記録、現場職員と相手を引き離し安全を確保、暴力を振るおうとしている場合の対応中止と退去命令）', '南陽市マニュアル 7(2) 警察との連携（身の危険を感じた場合はその時点で通報、警察官への状況説明）', '南陽市マニュアル 4 基本的な対応心得、6(1)④、6(2)①〜④・⑥、7(3) 暴言・脅迫、高圧的な言動', '南陽市マニュアル 8(1) 相談窓口（メンタルケア）、カスタマーハラスメント対応記録シート', '奥州市マニュアル（案） 第4 1(10) 暴力型', '由利本荘市基本方針 4(2)④ 職員の安全確保について'],
    endings: {},
    contentNote: '窓口で職員に物を投げつける暴力の場面があります（重いけがの描写はありません）。',
  },
  {
    id: 'seito',
    file: 'seito.ink',
    title: '納めたのに届いた督促状',
    type: '正当なクレーム（市の誤り）',
    channel: 'counter',
    profile: 'okayama',
    minutes: 7,
    difficulty: 2,
    description: '5月にコンビニで納めたはずの軽自動車税に督促状が届いたと、市民が領収書を手に税務課の窓口へ来ました。仕事や家のことを置いて来たその人の言い方は、かなり厳しいものです。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'refuse_undue_demand', 'multi_staff', 'time_limit', 'graduated_warning', 'aftercare'],
    sources: ['岡山市基本方針 1 基本姿勢 I（意見や要望は貴重なもの。真摯に耳を傾け、誠実かつ丁寧に対応）', '岡山市基本方針 2(2)（過度な金銭等の補償の要求）、3 対応・フォローアップ', '南陽市マニュアル 6(1) 基本的な心構え（苦情＝カスハラではない／職員の適切でない言動が端緒となる可能性）', '南陽市マニュアル 6(2)①〜③ クレームの初期対応', '奥州市マニュアル（案） 第1 3 カスタマーハラスメントの判断', '奥州市マニュアル（案） 第3 1(1)〜(3)（冷静に対応する、5W1Hで事実を把握する、むやみに謝罪はしない）', '奥州市マニュアル（案） 第3 2(1)オ（30分はカスハラと判断してから。対応開始から30分で単純に打ち切らない）', '奥州市マニュアル（案） 第4 1(5)② 権威型（「申し訳ございませんが、お申し出の内容には対応できません。」）'],
    endings: {},
  },
  {
    id: 'hairyo',
    file: 'hairyo.ink',
    title: '何度も窓口に来る人',
    type: '障がい等の特性への配慮（合理的配慮）',
    channel: 'counter',
    profile: 'oshu',
    minutes: 5,
    difficulty: 2,
    description: '引っ越しの季節で混み合う市民課の窓口に、住民票を待つ市民が大きな声で何度もやって来ます。同じことを繰り返し尋ね、待合のほかの人たちもこちらを見ています。',
    principles: ['accommodation', 'legit_complaint', 'listen_first', 'multi_staff', 'time_limit', 'graduated_warning', 'no_label', 'aftercare'],
    sources: ['奥州市マニュアル（案） 第1 3（障がいに起因していることが明らかな場合は、安易にカスハラとして認定しない／判断は組織的に）', '奥州市マニュアル（案） 第3 1(1)（高齢者や障がい者、外国人など相手方の特性に応じて適切に対応）', '奥州市マニュアル（案） 第3 2(1)オ（30分はカスハラと判断してから）', '奥州市マニュアル（案） 第4 1(2) リピート型（言い回しを当てはめてはいけない場面として）', '奥州市マニュアル（案） 第4 2 対応時の留意点（「カスハラ」と言わない）', '奥州市マニュアル（案） 第5 2 事案の報告と共有', '南陽市マニュアル 2 カスタマーハラスメントの定義（障がいに関与していることが明らかな場合）', '南陽市マニュアル カスタマーハラスメントチェックリスト 16（合理的な配慮（障害者差別解消法等）が必要な対象者か）'],
    endings: {},
  },
  {
    id: 'escalation',
    file: 'escalation.ink',
    title: '保留の通知から始まった居座り',
    type: '執拗な要求・居座り（不退去）',
    channel: 'counter',
    profile: 'nanyo',
    minutes: 10,
    difficulty: 3,
    description: '4月からの保育所の入所が保留になった市民が、申込みのときに「たぶん大丈夫」と言われたと窓口に来ました。はじめはもっともな苦情ですが、話はやがて、市がお応えできない要求へと移っていきます。',
    principles: ['legit_complaint', 'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first', 'handover', 'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'no_label', 'aftercare'],
    sources: ['南陽市マニュアル 4 基本的な対応心得（複数名で対応する、記録をつける）', '南陽市マニュアル 5 対応の目安時間（対面30分）', '南陽市マニュアル 6(1) 基本的な心構え（苦情＝カスハラではない、限定的な謝罪）', '南陽市マニュアル 6(2)①〜⑥ クレームの初期対応（⑤ 相手に再度説明させない）', '南陽市マニュアル 7(1)【対面の場合】①〜③ 現場職員の判断・所管課長の判断・警告と退去の命令', '南陽市マニュアル 7(2)①〜⑤ 警察との連携（庁舎管理規則第8条）', '南陽市マニュアル 7(3) 高圧的な言動・執拗な要求', '南陽市マニュアル カスタマーハラスメント対応記録シート・チェックリスト', '奥州市マニュアル（案） 第3 2(1)ウ（「私が担当ですので、お話を伺います」「上司には私から報告します」）'],
    endings: {},
  },
];

export function scenarioById(id: string): ScenarioMeta | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
