// The one vocabulary of acts. Stories tag choices and lines with these names
// (`# act: staff.listen`), the game records them in the transcript, and the
// scoring engine reads only them. To add an act: add it here with its Japanese
// gloss; the story walker and the transcript validator pick it up from this list.

export const STAFF_ACTS = {
  'staff.listen': '傾聴・あいづち',
  'staff.paraphrase': '復唱',
  'staff.ask_facts': '5W1Hで事実確認',
  'staff.explain': '平易で丁寧な説明',
  'staff.explain_jargon': '専門用語での説明',
  'staff.argue': '反論・議論',
  'staff.interrupt': '話を遮る',
  'staff.retort': '感情的に言い返す',
  'staff.apologize_limited': '限定的な謝罪',
  'staff.apologize_full': '市の非や責任を認める謝罪',
  'staff.hedge': '市の誤りを言い繕う（「システムの処理の関係で」「規則どおりです」）',
  'staff.promise_vague': '曖昧な回答・その場しのぎの約束',
  'staff.defer_answer': '確認して後日回答',
  'staff.concede': '不当な要求に応じる',
  'staff.refuse': '丁寧かつ明確に断る',
  'staff.state_in_charge': '「私が担当です」',
  'staff.report_supervisor': '上司へ報告・相談',
  'staff.call_colleague': '同僚を呼び複数で対応',
  'staff.escalate_manager': '所管課長（責任者）が対応を代わる',
  'staff.brief_handover': '引継ぎで経緯を説明',
  'staff.handover_cold': '引継ぎで相手に再度説明させる',
  'staff.set_time_limit': '対応できる時間を告げる',
  'staff.announce_recording': '録音を告げて開始',
  'staff.take_notes': '記録をとる',
  'staff.warn': '言動をやめるよう警告',
  'staff.final_warning': '最終通告',
  'staff.end_response': '対応終了を告げる',
  'staff.hang_up': '切電',
  'staff.order_leave': '退去命令',
  'staff.call_police': '警察へ通報',
  'staff.keep_distance': '距離をとり安全を確保',
  'staff.request_stop_filming': '撮影・録音の中止を求める',
  'staff.label_harassment': '「カスハラです」と告げる',
  'staff.provoke': '挑発的な発言（「どうぞご自由に」）',
  'staff.decline_offsite': '庁舎外へは出向かない',
  'staff.visit_alone': '一人で出向く',
  'staff.visit_pair': '複数で出向き玄関先で対応',
  'staff.enter_home': '自宅に上がる',
  'staff.use_private_channel': '個人の電話・SNSで応じる',
  'staff.redirect_official': '勤務時間内・公式窓口へ切り替える',
  'staff.accommodate': '特性に応じた合理的配慮',
  'staff.file_report': '対応記録シート・発生連絡票で報告共有',
  'staff.preserve_evidence': '投稿の保存（スクリーンショット・URL・日時）',
  'staff.seek_support': '相談窓口・メンタルケアを利用',
  // Added for the scenario library: the tempting non-choice after an encounter (aftercare is then violated by absence).
  'staff.keep_to_self': '報告せず一人で抱える・そのまま次の業務に戻る',
  // The supervisor's seat (issue 12): what a 係長 or 所管課長 decides, and what a shaken member of staff shows.
  'staff.decide_together': '対応の中止・退去命令を所管課長を含む複数名で判断する',
  'staff.decide_alone': '対応の中止・退去命令を一人で決める（所管課長に諮らない）',
  'staff.assign_roles': '役割分担を決める（記録・通報・次回の担当）',
  'staff.share_in_section': '経緯と次回の対応を課内で共有する',
  'staff.distressed': '対応した職員が動揺・つらさを見せる（事後のケアが要る）',
  'staff.care_for_staff': '対応した職員をケアする（本人の責任ではない・報告で評価は下がらないと伝え、相談窓口・メンタルケアを案内）',
  'staff.dismiss_staff': '対応した職員を責める・つらさを取り合わない',
  'staff.report_somu': '総務課（カスハラ相談窓口）へ報告・相談する',
  'staff.keep_in_section': '課内で収め、総務課へ上げない',
  'staff.consult_police': '警察へ相談・情報連携する（再訪・つきまといのおそれ）',
  'staff.consult_lawyer': '弁護士との連携を相談する（総務課を通じて）',
} as const;

export const CUSTOMER_ACTS = {
  'customer.request': '通常の申請・問い合わせ（苦情ではない）',
  'customer.complaint': '苦情・申し出',
  'customer.valid_grievance': '市の誤りが確認された正当な苦情（確認できた時点の行につける）',
  'customer.repeat': '同じ要求の繰り返し',
  'customer.shout': '大声・怒鳴る',
  'customer.insult': '侮辱・暴言',
  'customer.threat': '脅迫',
  'customer.media_threat': 'SNS・マスコミへの暴露をほのめかす',
  'customer.demand_manager': '「責任者を出せ」',
  'customer.demand_apology': '謝罪の強要（文書・自宅での謝罪、担当者を呼んで謝らせる等）',
  'customer.demand_dogeza': '土下座の要求',
  'customer.demand_money': '金銭補償の要求',
  'customer.demand_special': '特別扱いの要求',
  'customer.demand_transfer': '職員の処分・異動の要求',
  'customer.authority': '権威を振りかざす',
  'customer.film': '撮影・録音',
  'customer.sns_post': 'SNSへの投稿',
  'customer.sexual': '性的な言動',
  'customer.stalk': 'つきまとい・待ち伏せ',
  'customer.discriminate': '差別的な言動',
  'customer.violence': '暴力',
  'customer.property_damage': '器物損壊',
  'customer.sit_in': '居座り・不退去',
  'customer.summon_offsite': '庁舎外への呼び出し',
  'customer.private_contact': '個人の電話・SNSへの連絡',
  'customer.disability_sign': '障がい等の特性がうかがえる',
  // Added for the 外国人住民 desk: a raised voice that comes from not understanding, not from harassment (奥州市 第3 1(1)).
  'customer.language_barrier': '日本語での意思疎通が難しい様子（言葉の壁）',
  'customer.calm': '落ち着く',
  'customer.leave': '帰る',
  'customer.hang_up': '電話を切る',
} as const;

export type StaffAct = keyof typeof STAFF_ACTS;
export type CustomerAct = keyof typeof CUSTOMER_ACTS;
export type Act = StaffAct | CustomerAct;

export const ACT_LABELS: Readonly<Record<Act, string>> = { ...STAFF_ACTS, ...CUSTOMER_ACTS };
export const ALL_ACTS: readonly Act[] = Object.keys(ACT_LABELS) as Act[];

export function isAct(name: string): name is Act {
  return Object.prototype.hasOwnProperty.call(ACT_LABELS, name);
}

/** Customer acts that are not harassment in themselves (issue 3's definition of a cue). */
const NOT_CUES: ReadonlySet<Act> = new Set<Act>([
  'customer.request',
  'customer.complaint',
  'customer.valid_grievance',
  'customer.demand_manager',
  'customer.disability_sign',
  'customer.language_barrier',
  'customer.calm',
  'customer.leave',
  'customer.hang_up',
]);

export function isHarassmentCue(act: Act): boolean {
  return act.startsWith('customer.') && !NOT_CUES.has(act);
}

/**
 * Indexes of the cues in a sequence of acts. Asking again once is not yet harassment: a repetition counts from the
 * second (仙台市 「同様の要望等を…何度も繰り返す」; 南陽市 2 「常習的なクレーム」), every other cue at once.
 * The scoring engine, the HUD's clock and the debrief all read harassment's start from here.
 */
export function cueIndexes(acts: readonly string[]): number[] {
  const out: number[] = [];
  let repeats = 0;
  acts.forEach((a, i) => {
    if (!isHarassmentCue(a as Act)) return;
    if (a === 'customer.repeat' && ++repeats < 2) return;
    out.push(i);
  });
  return out;
}

/** Acts by which the staff side ends the encounter. */
export const ENDING_ACTS: ReadonlySet<Act> = new Set<Act>([
  'staff.end_response',
  'staff.hang_up',
  'staff.order_leave',
]);

/** Acts by which the citizen ends or defuses the encounter. */
export const CITIZEN_RESOLUTIONS: ReadonlySet<Act> = new Set<Act>([
  'customer.leave',
  'customer.calm',
  'customer.hang_up',
]);
