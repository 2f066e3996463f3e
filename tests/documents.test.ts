// Verdicts a training lead can sign: each case is a transcript written by hand from a passage of the documents
// (issue "Scores a training lead would sign"), upheld, violated and not applicable, per profile where the documents differ.
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../src/model/transcript';
import { score } from '../src/scoring/score';
import type { PrincipleId } from '../src/scoring/types';
import { tx, verdict } from './helpers';

const v = (t: ReturnType<typeof tx>, id: PrincipleId) => verdict(t, id).verdict;
const applied = (profile: ProfileId, id: PrincipleId) => score(tx([[0, 'customer.complaint']], profile)).principles.some((p) => p.id === id);

describe('a score counts what the encounter tested', () => {
  // denwa trains listen_first, limited_apology, no_argument … but not handover or no_label.
  const base = tx([[0, 'customer.complaint'], [1, 'staff.listen'], [2, 'customer.insult'], [3, 'staff.warn'], [5, 'customer.hang_up'], [8, 'staff.file_report']], 'oshu', 'phone');
  it('reports an upheld principle the scenario does not train, and no declined option would have broken, as not applicable', () => {
    const r = score({ ...base, scenario: 'denwa' });
    expect(r.principles.find((p) => p.id === 'no_label')!.verdict).toBe('not_applicable');
    expect(r.principles.find((p) => p.id === 'listen_first')!.verdict).toBe('upheld'); // denwa trains it
  });
  it('counts it as upheld when the trainee declined an option that would have broken it', () => {
    const events = base.events.map((e, i) => (i === 3 ? { ...e, chosen: true as const, declined: ['staff.label_harassment' as const, 'staff.retort' as const] } : e));
    const r = score({ ...base, events, scenario: 'denwa' });
    expect(r.principles.find((p) => p.id === 'no_label')!.verdict).toBe('upheld');
  });
  it('always counts a violation, and keeps every upheld verdict for a transcript that names no scenario', () => {
    const labelled = { ...base, events: [...base.events.slice(0, 3), { t: 180, act: 'staff.label_harassment' as const }, ...base.events.slice(3)] };
    expect(score({ ...labelled, scenario: 'denwa' }).principles.find((p) => p.id === 'no_label')!.verdict).toBe('violated');
    expect(v(base, 'no_label')).toBe('upheld');
  });
});

describe('critical failures are the grave ones only', () => {
  it('after a threat, no police is critical where the document sends threats to the police (奥州市 第3 2(3)イ, 由利本荘市 4(2)④), not elsewhere', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.threat', '「帰り道に気をつけろよ」'], [1, 'staff.warn'], [2, 'staff.end_response'], [3, 'customer.leave'], [10, 'staff.file_report']], p);
    expect(score(t('oshu')).critical).toEqual(['safety_first']);
    expect(score(t('yurihonjo')).critical).toEqual(['safety_first']);
    expect(score(t('nanyo')).critical).toEqual([]);
    expect(v(tx([[0, 'customer.threat'], [1, 'staff.keep_distance'], [2, 'staff.call_police'], [3, 'customer.leave']], 'oshu'), 'safety_first')).toBe('upheld');
  });
});

describe('no early cut (奥州市 第3 2(1)オ※; 南陽市 2; 仙台市 対応中止の例)', () => {
  it('a call hung up after one repetition and one warning, the matter never answered, is an early cut', () => {
    const t = tx([[0, 'customer.complaint'], [0, 'staff.listen'], [0, 'customer.repeat'], [0, 'staff.warn'], [0, 'staff.hang_up']], 'oshu', 'phone');
    expect(verdict(t, 'graduated_warning')).toEqual({ verdict: 'violated', events: [4] });
    expect(score(t).score).toBeLessThan(90);
  });
  it('is upheld once the substance was answered and the caller warned or told the limit', () => {
    for (const notice of ['staff.warn', 'staff.set_time_limit'] as const) {
      const t = tx([[0, 'customer.complaint'], [1, 'staff.listen'], [3, 'staff.explain'], [5, 'customer.repeat'], [6, 'staff.refuse'], [8, 'customer.repeat'], [9, notice], [12, 'customer.repeat'], [13, 'staff.hang_up']], 'sendai', 'phone');
      expect(v(t, 'graduated_warning')).toBe('upheld');
    }
  });
  it('keeps the shortcut after abuse: warned abuse may be cut off without more explanation', () => {
    const t = tx([[0, 'customer.insult', '「税金泥棒が」'], [0, 'staff.warn'], [1, 'customer.insult'], [1, 'staff.hang_up']], 'oshu', 'phone');
    expect(v(t, 'graduated_warning')).toBe('upheld');
  });
  it('under 南陽市 on the phone, 警告 and 最終通告 and an answer to the matter come before 切電', () => {
    const steps = tx([[0, 'customer.repeat'], [1, 'staff.explain'], [3, 'customer.repeat'], [4, 'staff.warn'], [6, 'customer.repeat'], [7, 'staff.final_warning'], [9, 'customer.repeat'], [10, 'staff.hang_up'], [12, 'staff.report_supervisor']], 'nanyo', 'phone');
    expect(v(steps, 'graduated_warning')).toBe('upheld');
    const unanswered = tx([[0, 'customer.repeat'], [1, 'staff.warn'], [3, 'customer.repeat'], [4, 'staff.final_warning'], [6, 'customer.repeat'], [7, 'staff.hang_up']], 'nanyo', 'phone');
    expect(v(unanswered, 'graduated_warning')).toBe('violated');
  });
});

describe('org_decision 対応の中止・退去命令は組織で判断する (南陽市 7(1)③, 7(2)①; 奥州市 第1 3; 由利本荘市 4(2))', () => {
  const sitIn = (reported: boolean, p: ProfileId = 'nanyo') =>
    tx([
      [0, 'customer.complaint'], [1, 'staff.listen'], [3, 'staff.explain'], [5, 'customer.repeat'], [6, 'staff.refuse'], [8, 'customer.repeat'], [9, 'staff.set_time_limit'],
      ...(reported ? ([[20, 'staff.report_supervisor']] as [number, 'staff.report_supervisor'][]) : []),
      [21, 'staff.warn'], [22, 'staff.end_response'], [23, 'customer.leave'], [30, 'staff.file_report'],
    ], p);
  it('is upheld when the supervisor was told and decided before the response ended', () => {
    expect(v(sitIn(true), 'org_decision')).toBe('upheld');
  });
  it('is violated when the trainee ended it alone, under each document that gives the decision to the organisation', () => {
    for (const p of ['nanyo', 'oshu', 'yurihonjo', 'standard'] as const) expect(v(sitIn(false, p), 'org_decision')).toBe('violated');
  });
  it('is not applied where the document does not say who decides (仙台市, 岡山市)', () => {
    expect(applied('sendai', 'org_decision')).toBe(false);
    expect(applied('okayama', 'org_decision')).toBe(false);
  });
  it('is not applicable after violence or a threat, on the phone, or before any harassment', () => {
    expect(v(tx([[0, 'customer.violence'], [0, 'staff.keep_distance'], [0, 'staff.call_police'], [1, 'staff.end_response']], 'nanyo'), 'org_decision')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.warn'], [2, 'customer.insult'], [3, 'staff.final_warning'], [4, 'staff.hang_up']], 'nanyo', 'phone'), 'org_decision')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.request'], [1, 'staff.explain'], [2, 'customer.leave']], 'nanyo'), 'org_decision')).toBe('not_applicable');
  });
  it('under 南陽市 the police come after a 最終警告 that follows the exit order (7(2)④); elsewhere the exit order suffices', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.repeat'], [1, 'staff.explain'], [2, 'customer.sit_in'], [3, 'staff.report_supervisor'], [4, 'staff.warn'], [5, 'staff.order_leave'], [6, 'customer.sit_in'], [7, 'staff.call_police']], p);
    expect(v(t('nanyo'), 'exit_and_police')).toBe('violated');
    expect(v(t('oshu'), 'exit_and_police')).toBe('upheld');
    const withFinal = tx([[0, 'customer.repeat'], [1, 'staff.explain'], [2, 'customer.sit_in'], [3, 'staff.report_supervisor'], [4, 'staff.warn'], [5, 'staff.order_leave'], [6, 'customer.sit_in'], [7, 'staff.final_warning'], [8, 'customer.sit_in'], [9, 'staff.call_police']], 'nanyo');
    expect(v(withFinal, 'exit_and_police')).toBe('upheld');
  });
});

describe('harassing posts go to the police under 由利本荘市 (4(2)③)', () => {
  const post = (police: boolean) => tx([[0, 'customer.sns_post'], [1, 'staff.preserve_evidence'], ...(police ? ([[2, 'staff.call_police']] as [number, 'staff.call_police'][]) : []), [5, 'staff.file_report']], 'yurihonjo');
  it('is violated under 由利本荘市 without the police, and upheld with them; 奥州市 asks for the evidence only', () => {
    expect(v(post(false), 'filming_response')).toBe('violated');
    expect(v(post(true), 'filming_response')).toBe('upheld');
    expect(v({ ...post(false), profile: 'oshu' }, 'filming_response')).toBe('upheld');
  });
});

describe('admit_error 市の誤りは率直に認める (奥州市 第4 1(5)③; 南陽市 8(2)②)', () => {
  const after = (...acts: ['staff.hedge' | 'staff.argue' | 'staff.apologize_full' | 'staff.apologize_limited' | 'staff.explain', string?][]) =>
    tx([[0, 'customer.complaint', '「通知の金額が去年と違うんです」'], [1, 'staff.ask_facts'], [3, 'customer.valid_grievance', '（課税の誤りが確認された）'], ...acts.map(([a, text], i) => [4 + i, a, text] as [number, typeof a, string?]), [9, 'customer.calm']]);
  it('is upheld by a plain apology with the correction', () => {
    expect(v(after(['staff.apologize_full', '「こちらの処理の誤りでした。申し訳ございません。正しい通知を本日お送りします。」'], ['staff.explain']), 'admit_error')).toBe('upheld');
  });
  it('is violated by hedging, by arguing the rule was followed, or by a limited apology only', () => {
    expect(v(after(['staff.hedge', '「システムの処理の関係で」'], ['staff.apologize_full']), 'admit_error')).toBe('violated');
    expect(v(after(['staff.argue', '「規則どおりに処理しております」']), 'admit_error')).toBe('violated');
    expect(v(after(['staff.apologize_limited', '「ご不快な思いをおかけし申し訳ありません」'], ['staff.explain']), 'admit_error')).toBe('violated');
  });
  it('is not applicable without a confirmed error, and is not applied under documents that do not state it', () => {
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.apologize_limited']]), 'admit_error')).toBe('not_applicable');
    for (const p of ['yurihonjo', 'sendai', 'okayama'] as const) expect(applied(p, 'admit_error')).toBe(false);
  });
});

describe('each profile applies what its document says, and nothing it does not', () => {
  it('limited_apology only under 奥州市 and 南陽市, whose documents say to limit one\'s own apology', () => {
    expect(applied('oshu', 'limited_apology') && applied('nanyo', 'limited_apology')).toBe(true);
    for (const p of ['yurihonjo', 'sendai', 'okayama'] as const) expect(applied(p, 'limited_apology')).toBe(false);
  });
  it('manager_not_first under 南陽市 asks only for the report first (6(1)⑤ 躊躇せず上位者に代わる); 奥州市 wants the handler to answer first', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.complaint'], [1, 'staff.listen'], [2, 'customer.insult'], [2, 'customer.demand_manager'], [3, 'staff.report_supervisor'], [4, 'staff.escalate_manager']], p);
    expect(v(t('nanyo'), 'manager_not_first')).toBe('upheld');
    expect(v(t('oshu'), 'manager_not_first')).toBe('violated');
    const unreported = tx([[0, 'customer.complaint'], [1, 'customer.demand_manager'], [2, 'staff.escalate_manager']], 'nanyo');
    expect(v(unreported, 'manager_not_first')).toBe('violated');
  });
  it('multi_staff not under 岡山市 (「組織的に」 is not two staff), but under 仙台市 (「複数職員での対応」)', () => {
    expect(applied('okayama', 'multi_staff')).toBe(false);
    expect(applied('sendai', 'multi_staff')).toBe(true);
  });
  it('no_label not under 南陽市 (7(3) 「迷惑行為であることを明確に伝え」) nor 由利本荘市; under 由利本荘市 saying カスハラ is its warning', () => {
    expect(applied('nanyo', 'no_label')).toBe(false);
    expect(applied('yurihonjo', 'no_label')).toBe(false);
    const t = (p: ProfileId) => tx([[0, 'customer.insult'], [1, 'staff.label_harassment', '「その発言はカスタマーハラスメントに当たります。おやめください。」'], [2, 'customer.insult'], [3, 'staff.report_supervisor'], [4, 'staff.end_response']], p);
    expect(v(t('yurihonjo'), 'graduated_warning')).toBe('upheld');
    expect(v(t('oshu'), 'graduated_warning')).toBe('violated');
  });
  it('time_limit runs from the judgement under 奥州市, from the start of the meeting under 由利本荘市, and is not scored under 仙台市 or 岡山市', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.complaint'], [1, 'staff.listen'], [20, 'customer.shout'], [21, 'staff.warn'], [22, 'staff.set_time_limit'], [34, 'staff.report_supervisor'], [35, 'staff.end_response'], [36, 'customer.leave']], p);
    expect(v(t('oshu'), 'time_limit')).toBe('upheld');
    expect(v(t('yurihonjo'), 'time_limit')).toBe('violated');
    expect(applied('sendai', 'time_limit')).toBe(false);
    expect(applied('okayama', 'time_limit')).toBe(false);
  });
  it('under 南陽市 the exit procedure must begin by 30 minutes (5 組織的な対応に移り、退去の方向に進める); elsewhere the response must have ended', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.sit_in'], [1, 'staff.explain'], [25, 'staff.report_supervisor'], [26, 'staff.warn'], [40, 'staff.end_response'], [41, 'customer.leave']], p);
    expect(v(t('nanyo'), 'time_limit')).toBe('upheld');
    expect(v(t('yurihonjo'), 'time_limit')).toBe('violated');
  });
  it('under 南陽市 the procedure begun must end the response: a report at minute 1 does not excuse an hour and a half of stalemate', () => {
    const t = tx([[0, 'customer.complaint'], [1, 'customer.repeat'], [2, 'customer.repeat'], [3, 'staff.report_supervisor'], [4, 'staff.explain'], [30, 'customer.repeat'], [60, 'customer.repeat'], [90, 'customer.repeat'], [91, 'customer.leave']], 'nanyo');
    expect(v(t, 'time_limit')).toBe('violated');
  });
  it('a citizen who calms down ends the episode; harassment that starts again starts the clock again', () => {
    const t = tx([[0, 'customer.shout'], [1, 'staff.warn'], [2, 'customer.calm'], [5, 'customer.shout'], [6, 'staff.warn'], [40, 'customer.shout'], [70, 'customer.leave']]);
    expect(v(t, 'time_limit')).toBe('violated');
    const kept = tx([[0, 'customer.shout'], [1, 'staff.warn'], [2, 'customer.calm'], [5, 'customer.shout'], [6, 'staff.warn'], [20, 'customer.leave']]);
    expect(v(kept, 'time_limit')).toBe('upheld');
  });
  it('under 奥州市 one raised voice does not start the 30 minutes: the clock waits for the judgement', () => {
    const t = tx([[0, 'customer.complaint'], [1, 'customer.shout'], [2, 'staff.listen'], [10, 'staff.explain'], [41, 'customer.calm']]);
    expect(v(t, 'time_limit')).toBe('not_applicable');
  });
  it('graduated_warning forgives only the anger before a confirmed error was answered, not abuse for the rest of the encounter', () => {
    const before = tx([[0, 'customer.valid_grievance'], [0, 'customer.insult'], [1, 'customer.shout'], [2, 'staff.apologize_full'], [4, 'customer.calm']]);
    expect(v(before, 'graduated_warning')).toBe('not_applicable');
    const afterwards = tx([[0, 'customer.valid_grievance'], [1, 'staff.apologize_full'], [3, 'customer.insult'], [4, 'customer.insult'], [6, 'customer.leave']]);
    expect(v(afterwards, 'graduated_warning')).toBe('violated');
  });
  it('a routine request is not a complaint: answering it at once is no fault of listen_first; a complaint is heard first', () => {
    expect(v(tx([[0, 'customer.request', '「印鑑証明を2通お願いします」'], [1, 'staff.explain'], [3, 'customer.leave']]), 'listen_first')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.request'], [1, 'staff.explain'], [3, 'customer.complaint'], [4, 'staff.explain']]), 'listen_first')).toBe('violated');
    expect(v(tx([[0, 'customer.request'], [1, 'staff.explain'], [3, 'customer.complaint'], [4, 'staff.paraphrase']]), 'listen_first')).toBe('upheld');
  });
});

describe('what a training lead\'s review found, now held by tests', () => {
  it('a police call after the citizen already left answers no sit-in (奥州市 第3 2(3)イ)', () => {
    const t = tx([[0, 'customer.repeat'], [1, 'customer.repeat'], [2, 'staff.explain'], [3, 'staff.report_supervisor'], [4, 'staff.warn'], [5, 'staff.order_leave'], [6, 'customer.sit_in'], [50, 'customer.leave'], [55, 'staff.call_police']]);
    expect(v(t, 'exit_and_police')).toBe('violated');
  });
  it('a harassing post reported to the police as 由利本荘市 4(2)③ says is not an early police call', () => {
    const t = tx([[0, 'customer.request'], [1, 'staff.explain'], [2, 'customer.sns_post'], [3, 'staff.preserve_evidence'], [4, 'staff.report_supervisor'], [5, 'staff.call_police'], [9, 'staff.file_report']], 'yurihonjo');
    expect(v(t, 'exit_and_police')).toBe('not_applicable');
    expect(v(t, 'filming_response')).toBe('upheld');
  });
  it('stalking goes to the police under 奥州市 (第4 1(8)②): a violation without it, not a critical one', () => {
    const t = tx([[0, 'customer.sexual'], [1, 'staff.warn'], [5, 'customer.stalk'], [6, 'staff.keep_to_self']]);
    const p = score(t).principles.find((x) => x.id === 'safety_first')!;
    expect(p.verdict).toBe('violated');
    expect(p.critical).toBeUndefined();
    expect(v(tx([[0, 'customer.stalk'], [1, 'staff.report_supervisor'], [2, 'staff.call_police']]), 'safety_first')).toBe('upheld');
  });
  it('a warning is the right first answer to a sexual or discriminatory remark or to filming; listen_first is about complaints', () => {
    expect(v(tx([[0, 'customer.request'], [1, 'staff.explain'], [2, 'customer.sexual'], [3, 'staff.call_colleague'], [4, 'staff.warn']]), 'listen_first')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.complaint'], [1, 'customer.discriminate'], [2, 'staff.warn']]), 'listen_first')).toBe('upheld');
    expect(v(tx([[0, 'customer.complaint'], [1, 'customer.film'], [2, 'staff.request_stop_filming']]), 'listen_first')).toBe('upheld');
  });
  it('under 南陽市 handing over to a superior with the story told is itself the report (6(1)⑤)', () => {
    const t = tx([[0, 'customer.shout'], [1, 'staff.apologize_limited'], [2, 'customer.shout'], [3, 'staff.escalate_manager'], [3, 'staff.brief_handover'], [6, 'customer.calm']], 'nanyo');
    expect(v(t, 'manager_not_first')).toBe('upheld');
    expect(v(t, 'multi_staff')).toBe('upheld');
  });
  it('after violence, 仙台市 and 岡山市 ask for the police, not for a distance first or a call before all else', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.property_damage'], [0, 'staff.call_colleague'], [1, 'staff.report_supervisor'], [2, 'staff.call_police']], p);
    expect(v(t('sendai'), 'safety_first')).toBe('upheld');
    expect(v(t('okayama'), 'safety_first')).toBe('upheld');
    expect(v(t('nanyo'), 'safety_first')).toBe('violated');
  });
  it('declining a summons on the phone is not facing it alone (奥州市 第4 1(6)①)', () => {
    const t = tx([[0, 'customer.summon_offsite'], [1, 'staff.decline_offsite'], [2, 'staff.explain'], [3, 'customer.summon_offsite'], [4, 'staff.refuse'], [6, 'customer.hang_up']], 'oshu', 'offsite');
    expect(v(t, 'multi_staff')).toBe('not_applicable');
  });
  it('a vague line corrected by a clear refusal is a slip, not giving in; and only where the document says so', () => {
    const corrected = tx([[0, 'customer.demand_special'], [1, 'staff.listen'], [2, 'staff.promise_vague', '「検討します」'], [3, 'staff.refuse'], [5, 'customer.leave']]);
    expect(v(corrected, 'refuse_undue_demand')).toBe('upheld');
    expect(v(corrected, 'no_vague_answer')).toBe('violated');
    const uncorrected = tx([[0, 'customer.demand_money'], [1, 'staff.listen'], [2, 'staff.promise_vague'], [5, 'customer.leave']], 'okayama');
    expect(v(uncorrected, 'refuse_undue_demand')).toBe('upheld');
  });
  it('warned, then endured: after the final notice the abuse went on and nothing ended it (南陽市 7(1) ステップ3, 7(3); 仙台市 対応中止の例)', () => {
    for (const p of ['nanyo', 'sendai'] as const) {
      const t = tx([[0, 'customer.insult'], [1, 'staff.warn'], [2, 'customer.insult'], [3, 'staff.final_warning'], [4, 'customer.insult'], [50, 'customer.hang_up']], p, 'phone');
      expect(v(t, 'graduated_warning')).toBe('violated');
    }
    const cut = tx([[0, 'customer.insult'], [1, 'staff.warn'], [2, 'customer.insult'], [3, 'staff.final_warning'], [4, 'customer.insult'], [5, 'staff.hang_up']], 'nanyo', 'phone');
    expect(v(cut, 'graduated_warning')).toBe('upheld');
  });
  it('a raised voice alone does not license cutting a complaint off unheard (南陽市 2, 7(1))', () => {
    const t = tx([[0, 'customer.complaint'], [10, 'customer.shout'], [20, 'staff.call_colleague'], [30, 'staff.warn'], [40, 'customer.shout'], [50, 'staff.report_supervisor'], [60, 'staff.end_response']], 'nanyo');
    expect(v(t, 'graduated_warning')).toBe('violated');
  });
});

// Weaknesses the endings' judgements name, which the rules once missed (every path to a non-model ending breaks a principle).
describe('what the endings\' judgements name, now seen by the rules', () => {
  it('no_vague_answer: an answer in jargon is no plain answer (南陽市 6(2)③ 「専門用語を使った説明、説得をできるだけ避ける」; 奥州市 第3 1(1))', () => {
    const t = (p: ProfileId) => tx([[0, 'customer.complaint'], [1, 'staff.paraphrase'], [3, 'staff.explain_jargon', '「道路除雪計画に基づき…道路管理者の業務の範囲外となります」'], [5, 'customer.repeat']], p);
    for (const p of ['nanyo', 'oshu', 'standard'] as const) expect(verdict(t(p), 'no_vague_answer')).toEqual({ verdict: 'violated', events: [2] });
    expect(applied('sendai', 'no_vague_answer')).toBe(false);
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.paraphrase'], [3, 'staff.explain'], [5, 'customer.calm']], 'nanyo'), 'no_vague_answer')).toBe('upheld');
  });
  it('safety_first: a threat is called in on the spot (奥州市 第3 2(3)イ); calling or consulting only after the citizen left is a violation, not the critical one', () => {
    const spot = tx([[0, 'customer.threat'], [1, 'staff.keep_distance'], [2, 'staff.call_police'], [20, 'customer.leave']]);
    expect(v(spot, 'safety_first')).toBe('upheld');
    for (const act of ['staff.call_police', 'staff.consult_police'] as const) {
      const late = score(tx([[0, 'customer.threat'], [1, 'staff.warn'], [2, 'staff.end_response'], [3, 'customer.leave'], [30, 'staff.file_report'], [30, act]]));
      expect(late.principles.find((p) => p.id === 'safety_first')).toMatchObject({ verdict: 'violated', events: [0, 5] });
      expect(late.critical).toEqual([]);
    }
    const none = score(tx([[0, 'customer.threat'], [1, 'staff.warn'], [2, 'staff.end_response'], [3, 'customer.leave'], [30, 'staff.file_report']]));
    expect(none.critical).toContain('safety_first');
    expect(v(tx([[0, 'customer.threat'], [3, 'customer.leave'], [30, 'staff.call_police']], 'nanyo'), 'safety_first')).toBe('not_applicable');
  });
  it('graduated_warning under 仙台市: the same demand answered twice with reasons and still repeated is ended, not endured (対応中止の例)', () => {
    const endured = (p: ProfileId, end: boolean) =>
      tx([
        [0, 'customer.demand_transfer'], [1, 'staff.refuse'], [1, 'staff.explain'], [3, 'customer.repeat'], [5, 'staff.refuse'], [7, 'customer.repeat'], [9, 'customer.repeat'],
        ...(end ? ([[10, 'staff.warn'], [11, 'staff.end_response']] as [number, 'staff.warn' | 'staff.end_response'][]) : ([[40, 'staff.listen'], [60, 'customer.repeat'], [61, 'staff.promise_vague'], [62, 'customer.leave']] as [number, 'staff.listen' | 'customer.repeat' | 'staff.promise_vague' | 'customer.leave'][])),
      ], p);
    expect(verdict(endured('sendai', false), 'graduated_warning')).toEqual({ verdict: 'violated', events: [4, 6] });
    expect(v(endured('sendai', true), 'graduated_warning')).toBe('upheld');
    expect(v(endured('oshu', false), 'graduated_warning')).toBe('not_applicable');
    const calmed = tx([[0, 'customer.demand_transfer'], [1, 'staff.refuse'], [3, 'customer.repeat'], [5, 'staff.explain'], [6, 'customer.calm'], [7, 'customer.repeat'], [9, 'customer.repeat'], [12, 'customer.leave']], 'sendai');
    expect(v(calmed, 'graduated_warning')).toBe('not_applicable');
  });
  it('graduated_warning under 南陽市: after a confirmed city error, the anger goes to a superior before the call is cut (6(1)⑤, 2 <注意>)', () => {
    const call = (handOver: boolean, p: ProfileId = 'nanyo') =>
      tx([
        [0, 'customer.valid_grievance'], [1, 'staff.apologize_full'], [3, 'customer.demand_transfer'], [4, 'staff.refuse'], [5, 'customer.insult'],
        ...(handOver ? ([[6, 'staff.escalate_manager'], [6, 'staff.brief_handover']] as [number, 'staff.escalate_manager' | 'staff.brief_handover'][]) : []),
        [7, 'staff.warn'], [8, 'customer.insult'], [9, 'staff.final_warning'], [10, 'customer.insult'], [11, 'staff.hang_up'],
      ], p, 'phone');
    expect(verdict(call(false), 'graduated_warning')).toEqual({ verdict: 'violated', events: [0, 9] });
    expect(v(call(true), 'graduated_warning')).toBe('upheld');
    expect(v(call(false, 'oshu'), 'graduated_warning')).toBe('upheld');
    const handedOnly = tx([[0, 'customer.valid_grievance'], [1, 'staff.apologize_full'], [3, 'customer.insult'], [4, 'staff.warn'], [4, 'staff.escalate_manager'], [4, 'staff.brief_handover'], [9, 'customer.calm']], 'nanyo', 'phone');
    expect(verdict(handedOnly, 'graduated_warning')).toEqual({ verdict: 'upheld', events: [3, 4] });
  });
  it('admit_error: a limited apology in place of owning a confirmed error, owned only when pressed, is not owning it (南陽市 6(1)④ 「責任が不明確な初期段階では」)', () => {
    const pressed = tx([[0, 'customer.valid_grievance'], [1, 'staff.apologize_limited', '「ご不快な思いをおかけし、申し訳ございません」'], [2, 'customer.complaint', '「市の誤りなのかどうか、はっきり言ってください」'], [3, 'staff.apologize_full']], 'nanyo');
    expect(verdict(pressed, 'admit_error')).toEqual({ verdict: 'violated', events: [1, 3] });
    expect(v(tx([[0, 'customer.valid_grievance'], [1, 'staff.apologize_full'], [3, 'staff.explain'], [4, 'customer.calm']], 'nanyo'), 'admit_error')).toBe('upheld');
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.apologize_limited'], [2, 'customer.valid_grievance'], [3, 'staff.apologize_full']], 'nanyo'), 'admit_error')).toBe('upheld');
  });
  it('aftercare: a word to the 係長 in passing, then the report chosen against (no 記録シート), is no report (奥州市 第5 2; 南陽市 対応記録シート)', () => {
    expect(verdict(tx([[0, 'customer.threat'], [1, 'staff.preserve_evidence'], [1, 'staff.report_supervisor'], [60, 'staff.keep_to_self']], 'nanyo', 'mail'), 'aftercare')).toEqual({ verdict: 'violated', events: [2, 3] });
    expect(v(tx([[0, 'customer.threat'], [1, 'staff.preserve_evidence'], [1, 'staff.report_supervisor'], [60, 'staff.file_report']], 'nanyo', 'mail'), 'aftercare')).toBe('upheld');
    expect(v(tx([[0, 'customer.insult'], [10, 'staff.end_response'], [11, 'staff.keep_to_self'], [20, 'staff.file_report']]), 'aftercare')).toBe('upheld');
  });
});
