// Every principle beyond the skeleton's four: upheld, violated and not applicable,
// per channel and profile where they differ. Transcripts written by hand from the manuals.
import { describe, expect, it } from 'vitest';
import { score } from '../src/scoring/score';
import { openReport, storeReport } from '../src/server/reports';
import { tx, verdict } from './helpers';

const v = (t: ReturnType<typeof tx>, id: Parameters<typeof verdict>[1]) => verdict(t, id).verdict;

describe('legit_complaint 正当なクレームをカスハラ扱いしない (奥州市 第1 3; 南陽市 6(1))', () => {
  it('is upheld when a fair complaint is heard to the end', () => {
    expect(v(tx([[0, 'customer.valid_grievance'], [1, 'staff.listen'], [5, 'staff.apologize_full'], [9, 'customer.calm']]), 'legit_complaint')).toBe('upheld');
  });
  it('is violated, critically, by ending, cutting off, expelling, calling the police or calling it カスハラ before any harassment cue', () => {
    for (const act of ['staff.end_response', 'staff.order_leave', 'staff.call_police', 'staff.label_harassment'] as const) {
      const r = score(tx([[0, 'customer.complaint'], [1, 'staff.listen'], [4, act]]));
      expect(r.principles.find((p) => p.id === 'legit_complaint')).toMatchObject({ verdict: 'violated', events: [0, 2], critical: true });
      expect(r.score).toBeLessThanOrEqual(40);
    }
    const hungUp = score(tx([[0, 'customer.complaint'], [1, 'staff.listen'], [4, 'staff.hang_up']], 'oshu', 'phone'));
    expect(hungUp.critical).toContain('legit_complaint');
  });
  it('counts a premature warning as an ordinary violation, not a critical one', () => {
    const r = score(tx([[0, 'customer.complaint'], [1, 'staff.listen'], [4, 'staff.warn', '「大きな声はお控えください」'], [6, 'staff.explain'], [9, 'customer.calm']]));
    const p = r.principles.find((x) => x.id === 'legit_complaint')!;
    expect(p.verdict).toBe('violated');
    expect(p.critical).toBeUndefined();
    expect(r.critical).toEqual([]);
    expect(r.score).toBe(75);
  });
  it('leaves a call to a staff member\'s private phone to 公私の区別 (奥州市 第4 1(9)), even when hung up at once', () => {
    const t = tx([[0, 'customer.private_contact'], [0, 'customer.complaint'], [1, 'staff.hang_up', '「勤務時間外に、仕事の電話には出られません」']], 'oshu', 'phone');
    expect(v(t, 'legit_complaint')).toBe('not_applicable');
    expect(score(t).critical).toEqual([]);
  });
  it('is violated by cutting off a new, fair request from someone who harassed before (奥州市 第4 2)', () => {
    const t = tx([[0, 'customer.repeat'], [1, 'customer.repeat'], [2, 'staff.warn'], [3, 'customer.complaint', '「それとは別に、側溝の蓋が割れているんです」'], [4, 'staff.hang_up']], 'oshu', 'phone');
    expect(verdict(t, 'legit_complaint')).toEqual({ verdict: 'violated', events: [3, 4] });
    const heard = tx([[0, 'customer.repeat'], [1, 'customer.repeat'], [2, 'staff.warn'], [3, 'customer.complaint'], [4, 'staff.paraphrase'], [6, 'customer.repeat'], [7, 'staff.hang_up']], 'oshu', 'phone');
    expect(verdict(heard, 'legit_complaint').verdict).toBe('not_applicable');
  });
  it('does not count ending a private-line call that was moved to office hours (奥州市 第4 1(9))', () => {
    const t = tx([[0, 'customer.private_contact'], [1, 'staff.listen'], [2, 'customer.complaint'], [3, 'staff.ask_facts'], [4, 'staff.redirect_official'], [4, 'staff.hang_up']], 'oshu', 'phone');
    expect(v(t, 'legit_complaint')).toBe('not_applicable');
  });
  it('does not count a warning given after harassment began', () => {
    expect(v(tx([[0, 'customer.complaint'], [3, 'customer.insult'], [4, 'staff.warn']]), 'legit_complaint')).toBe('upheld');
  });
  it('is not applicable when the encounter opens with harassment', () => {
    expect(v(tx([[0, 'customer.violence'], [0, 'staff.call_police']]), 'legit_complaint')).toBe('not_applicable');
  });
});

describe('accommodation 合理的配慮 (奥州市 第1 3; 南陽市 2)', () => {
  it('is upheld by accommodating before anything harsh', () => {
    expect(verdict(tx([[0, 'customer.disability_sign'], [1, 'staff.accommodate'], [3, 'customer.shout'], [5, 'staff.warn']]), 'accommodation')).toEqual({ verdict: 'upheld', events: [1] });
  });
  it('is violated by a warning before any accommodation, or by never accommodating', () => {
    expect(verdict(tx([[0, 'customer.disability_sign'], [1, 'customer.shout'], [2, 'staff.warn'], [3, 'staff.accommodate']]), 'accommodation')).toEqual({ verdict: 'violated', events: [0, 2] });
    expect(v(tx([[0, 'customer.disability_sign'], [1, 'staff.listen'], [9, 'customer.leave']]), 'accommodation')).toBe('violated');
  });
  it('is a critical failure when the conduct is met by ending, expelling, the police or the label before any accommodation; a warning alone is not', () => {
    const sentAway = score(tx([[0, 'customer.disability_sign'], [1, 'customer.repeat'], [2, 'staff.warn'], [4, 'staff.end_response'], [5, 'customer.leave']], 'nanyo'));
    expect(sentAway.principles.find((p) => p.id === 'accommodation')).toMatchObject({ verdict: 'violated', events: [0, 2, 3], critical: true });
    expect(sentAway.critical).toContain('accommodation');
    expect(sentAway.score).toBeLessThanOrEqual(40);
    const warnedOnly = score(tx([[0, 'customer.disability_sign'], [1, 'customer.repeat'], [2, 'staff.warn'], [3, 'staff.accommodate'], [8, 'customer.leave']], 'nanyo'));
    expect(warnedOnly.principles.find((p) => p.id === 'accommodation')).toMatchObject({ verdict: 'violated', events: [0, 2] });
    expect(warnedOnly.critical).toEqual([]);
    // Accommodated first, then ended when the conduct went on: not this rule's violation at all.
    expect(v(tx([[0, 'customer.disability_sign'], [1, 'staff.accommodate'], [3, 'customer.insult'], [4, 'staff.warn'], [6, 'customer.insult'], [7, 'staff.end_response']], 'nanyo'), 'accommodation')).toBe('upheld');
  });
  it('allows calling the police after violence', () => {
    expect(v(tx([[0, 'customer.disability_sign'], [1, 'customer.violence'], [1, 'staff.call_police'], [2, 'staff.accommodate']]), 'accommodation')).toBe('upheld');
  });
  it('applies under every profile, citing 障害者差別解消法 第7条第2項 beside the document', () => {
    for (const profile of ['oshu', 'nanyo', 'yurihonjo', 'sendai', 'okayama', 'standard'] as const) {
      const p = score(tx([[0, 'customer.disability_sign'], [1, 'staff.warn']], profile)).principles.find((x) => x.id === 'accommodation')!;
      expect(p.verdict).toBe('violated');
      expect(p.citations.map((c) => c.section)).toContain('第7条第2項');
    }
  });
});

describe('a disabled citizen is not met with the harassment procedure (南陽市 2 「安易にカスタマーハラスメントとして認定すべきではない」)', () => {
  // A reviewer's trainee warned a citizen with a ヘルプマーク and told her to leave: the debrief, besides 合理的配慮, taught
  // 「まず複数回退去を求め…警察に通報します」 and praised ending her service within the time limit.
  const hardLine = tx([[0, 'customer.disability_sign'], [1, 'customer.repeat'], [2, 'customer.shout'], [3, 'staff.warn'], [5, 'staff.order_leave'], [6, 'customer.sit_in'], [8, 'staff.call_police'], [9, 'customer.leave']], 'nanyo');

  it('leaves warnings, the exit order and the police, and the time limit not applicable where the sign was never accommodated', () => {
    const r = score(hardLine);
    const verdictOf = (id: string) => r.principles.find((p) => p.id === id)?.verdict;
    expect(verdictOf('accommodation')).toBe('violated');
    for (const id of ['graduated_warning', 'exit_and_police', 'time_limit']) expect(verdictOf(id), id).toBe('not_applicable');
    const taught = r.principles.filter((p) => p.verdict === 'violated').map((p) => p.feedback).join('');
    expect(taught).not.toMatch(/警察に通報します|最終通告/);
  });

  it('judges the procedure again once the trainee accommodated and the conduct still went on', () => {
    const t = tx([[0, 'customer.disability_sign'], [1, 'staff.accommodate'], [3, 'customer.insult'], [4, 'customer.insult'], [6, 'staff.end_response']], 'nanyo');
    expect(v(t, 'accommodation')).toBe('upheld');
    expect(v(t, 'graduated_warning')).toBe('violated');
  });

  it('applies only to the characteristics the profile names: a language barrier under 南陽市 is met by the procedure', () => {
    const t = tx([[0, 'customer.language_barrier'], [1, 'customer.insult'], [2, 'customer.insult'], [4, 'staff.end_response']], 'nanyo');
    expect(v(t, 'graduated_warning')).toBe('violated');
    expect(v(tx([[0, 'customer.language_barrier'], [1, 'customer.insult'], [2, 'customer.insult'], [4, 'staff.end_response']], 'oshu'), 'graduated_warning')).toBe('not_applicable');
  });
});

describe("a document's passages for the channel the encounter was on (南陽市 【対面の場合】 and 【電話の場合】)", () => {
  const sections = (t: ReturnType<typeof tx>, id: string) => score(t).principles.find((p) => p.id === id)!.citations.map((c) => c.section);
  const call = tx([[0, 'customer.repeat'], [5, 'customer.repeat'], [10, 'customer.repeat'], [12, 'staff.warn'], [14, 'customer.repeat'], [15, 'staff.final_warning'], [16, 'customer.repeat'], [17, 'staff.hang_up']], 'nanyo', 'phone');
  const counter = tx([[0, 'customer.shout'], [1, 'staff.warn'], [3, 'customer.shout'], [4, 'staff.warn'], [6, 'customer.sit_in'], [8, 'staff.end_response']], 'nanyo', 'counter');

  it('quotes the 電話 steps and the 電話 time limit on the phone, never the 対面 ones', () => {
    expect(sections(call, 'graduated_warning')).toContain('7(1)【電話の場合】ステップ1〜3');
    expect(sections(call, 'time_limit')).toEqual(['5 対応の目安時間（電話）']);
    expect(sections(call, 'manager_not_first')).toContain('4 基本的な対応心得');
    for (const id of ['graduated_warning', 'time_limit', 'manager_not_first', 'org_decision']) expect(sections(call, id).join(), id).not.toContain('対面');
  });

  it('keeps to the channel when a stored report is opened again (the trainer pages)', () => {
    const stored = storeReport(score(call));
    expect(openReport(stored, 'phone').principles.find((p) => p.id === 'time_limit')!.citations.map((c) => c.section)).toEqual(['5 対応の目安時間（電話）']);
  });

  it('quotes the 対面 passages at the counter, never the 電話 steps', () => {
    expect(sections(counter, 'graduated_warning')).toContain('7(1)【対面の場合】③ 警告・退去の命令');
    expect(sections(counter, 'time_limit')).toEqual(['5 対応の目安時間（対面）']);
    for (const id of ['graduated_warning', 'time_limit', 'manager_not_first', 'aftercare']) expect(sections(counter, id).join(), id).not.toMatch(/電話/);
  });
});

describe('accommodation for a language barrier (奥州市 第3 1(1) 「高齢者や障がい者、外国人など相手方の特性に応じて」)', () => {
  // A resident who raises her voice because she cannot follow the explanation: 奥州市 names 外国人 among the characteristics.
  const warnedFirst = (profile: 'oshu' | 'standard' | 'nanyo' | 'yurihonjo' | 'sendai' | 'okayama') =>
    tx([[0, 'customer.complaint', '「わからない！ なぜ、はらう？」'], [0, 'customer.language_barrier'], [1, 'staff.warn', '「大きな声はお控えください」'], [2, 'staff.accommodate', '（やさしい日本語で、ゆっくり）']], profile);
  it('is upheld under 奥州市 by やさしい日本語 or an interpreter before anything harsh', () => {
    const t = tx([[0, 'customer.complaint'], [0, 'customer.language_barrier'], [1, 'staff.accommodate', '「ゆっくり 話しますね」'], [4, 'staff.ask_facts'], [9, 'customer.leave']]);
    expect(verdict(t, 'accommodation')).toEqual({ verdict: 'upheld', events: [2] });
  });
  it('is violated under 奥州市 (and the standard profile that follows it) by a warning first, citing 第3 1(1)', () => {
    for (const profile of ['oshu', 'standard'] as const) {
      const p = score(warnedFirst(profile)).principles.find((x) => x.id === 'accommodation')!;
      expect(p).toMatchObject({ verdict: 'violated', events: [1, 2] });
      expect(p.citations.map((c) => c.section)).toContain('第3 1(1) 冷静に対応する');
    }
  });
  it('is not applied where the document does not name foreign residents (the disability law does not cover language)', () => {
    for (const profile of ['nanyo', 'yurihonjo', 'sendai', 'okayama'] as const) expect(v(warnedFirst(profile), 'accommodation')).toBe('not_applicable');
  });
  it('leaves the premature warning to legit_complaint everywhere: the raised voice is not a harassment cue', () => {
    for (const profile of ['oshu', 'nanyo', 'sendai'] as const) expect(verdict(warnedFirst(profile), 'legit_complaint')).toEqual({ verdict: 'violated', events: [0, 2] });
  });
});

describe('listen_first 傾聴と初期対応 (奥州市 第3 1(2); 南陽市 6(2)①②)', () => {
  it('is upheld by listening, paraphrasing, asking the facts or a limited apology first', () => {
    for (const act of ['staff.listen', 'staff.paraphrase', 'staff.ask_facts', 'staff.apologize_limited'] as const) {
      expect(v(tx([[0, 'customer.complaint'], [1, act], [2, 'staff.explain']]), 'listen_first')).toBe('upheld');
    }
  });
  it('is violated by jumping to a conclusion first', () => {
    for (const act of ['staff.argue', 'staff.interrupt', 'staff.explain_jargon', 'staff.refuse', 'staff.explain', 'staff.warn'] as const) {
      expect(verdict(tx([[0, 'customer.complaint'], [1, act], [2, 'staff.listen']]), 'listen_first')).toEqual({ verdict: 'violated', events: [1] });
    }
  });
  it('does not count organising the response as the first answer', () => {
    expect(verdict(tx([[0, 'customer.complaint'], [0, 'staff.take_notes'], [1, 'staff.listen']]), 'listen_first')).toEqual({ verdict: 'upheld', events: [2] });
  });
  it('is not applicable after violence came first, or with no staff answer', () => {
    expect(v(tx([[0, 'customer.violence'], [0, 'staff.keep_distance'], [0, 'staff.call_police']]), 'listen_first')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.complaint']]), 'listen_first')).toBe('not_applicable');
  });
});

describe('no_argument 議論を避ける (奥州市 第3 2(2)ア)', () => {
  it('is violated by arguing, interrupting, retorting or provoking', () => {
    expect(verdict(tx([[0, 'customer.repeat'], [1, 'staff.listen'], [2, 'staff.retort'], [3, 'staff.argue']]), 'no_argument')).toEqual({ verdict: 'violated', events: [2, 3] });
  });
  it('is upheld otherwise, and not applicable with no citizen in the transcript', () => {
    expect(v(tx([[0, 'customer.repeat'], [1, 'staff.listen']]), 'no_argument')).toBe('upheld');
    expect(v(tx([[0, 'staff.file_report']]), 'no_argument')).toBe('not_applicable');
  });
  it('is not applied by profiles whose document does not state it (仙台市)', () => {
    expect(score(tx([[0, 'customer.repeat'], [1, 'staff.argue']], 'sendai')).principles.map((p) => p.id)).not.toContain('no_argument');
  });
});

describe('no_vague_answer 曖昧な回答をしない (奥州市 第3 2(2)イ; 南陽市 6(2)③)', () => {
  it('is violated by a vague promise and upheld by deferring the answer', () => {
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.promise_vague']]), 'no_vague_answer')).toBe('violated');
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.defer_answer']]), 'no_vague_answer')).toBe('upheld');
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.listen']]), 'no_vague_answer')).toBe('not_applicable');
  });
});

describe('refuse_undue_demand 不当な要求に応じない (奥州市 第4 1(5)②)', () => {
  it('is upheld by refusing a demand and violated by giving in', () => {
    expect(verdict(tx([[0, 'customer.demand_money'], [2, 'staff.refuse']]), 'refuse_undue_demand')).toEqual({ verdict: 'upheld', events: [1] });
    expect(verdict(tx([[0, 'customer.demand_transfer'], [2, 'staff.concede']]), 'refuse_undue_demand')).toEqual({ verdict: 'violated', events: [1] });
  });
  it('makes giving in to 土下座 or to money a critical failure (once, under this principle), but not giving in to special treatment', () => {
    for (const demand of ['customer.demand_dogeza', 'customer.demand_money'] as const) {
      const r = score(tx([[0, 'customer.complaint'], [1, 'staff.listen'], [2, demand], [3, 'staff.concede']]));
      expect(r.critical).toEqual(['refuse_undue_demand']);
      expect(r.score).toBeLessThanOrEqual(40);
    }
    const special = score(tx([[0, 'customer.complaint'], [1, 'staff.listen'], [2, 'customer.demand_special'], [3, 'staff.concede']]));
    expect(special.critical).toEqual([]);
    expect(special.score).toBeLessThan(80);
  });
  it('counts a vague promise to an undue demand as giving in (奥州市 第4 1(5)① 不用意な発言はしない)', () => {
    const t = tx([[0, 'customer.demand_special'], [1, 'staff.listen'], [2, 'staff.promise_vague', '「上と相談して、何とかできないか考えてみます」'], [3, 'customer.leave']]);
    expect(verdict(t, 'refuse_undue_demand')).toEqual({ verdict: 'violated', events: [2] });
    expect(v(t, 'no_vague_answer')).toBe('violated');
    expect(score(t).score).toBeLessThan(80);
  });
  it('is not applicable without a demand', () => {
    expect(v(tx([[0, 'customer.complaint'], [2, 'staff.concede']]), 'refuse_undue_demand')).toBe('not_applicable');
  });
});

describe('record 記録・録音 (奥州市 第3 2(2)ウ; 南陽市 4)', () => {
  it('is upheld by announcing a recording, notes or preserving evidence', () => {
    expect(verdict(tx([[0, 'customer.insult'], [1, 'staff.announce_recording']]), 'record')).toEqual({ verdict: 'upheld', events: [1] });
    expect(v(tx([[0, 'customer.sns_post'], [1, 'staff.preserve_evidence']]), 'record')).toBe('upheld');
  });
  it('is violated when abuse goes unrecorded, and not applicable to mere repetition', () => {
    expect(verdict(tx([[0, 'customer.complaint'], [2, 'customer.shout'], [3, 'staff.warn']]), 'record')).toEqual({ verdict: 'violated', events: [1] });
    expect(v(tx([[0, 'customer.repeat'], [3, 'staff.explain']]), 'record')).toBe('not_applicable');
  });
});

describe('graduated_warning 段階的な警告 (奥州市 第3 2(2)エオ; 南陽市 7(1) ステップ1〜3)', () => {
  it('is upheld by a warning before ending, and by announcing the time limit before ending on time', () => {
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.warn'], [3, 'staff.end_response']]), 'graduated_warning')).toBe('upheld');
    expect(v(tx([[0, 'customer.repeat'], [1, 'staff.set_time_limit'], [2, 'staff.explain'], [30, 'staff.end_response']]), 'graduated_warning')).toBe('upheld');
  });
  it('is violated by ending abruptly, and an exit order needs a warning, not just a time limit', () => {
    expect(verdict(tx([[0, 'customer.insult'], [1, 'staff.end_response']]), 'graduated_warning')).toEqual({ verdict: 'violated', events: [1] });
    expect(v(tx([[0, 'customer.sit_in'], [1, 'staff.set_time_limit'], [30, 'staff.order_leave']]), 'graduated_warning')).toBe('violated');
  });
  it('needs both 警告 and 最終通告 before 切電 on the phone under 南陽市, but one warning elsewhere', () => {
    const oneWarning: Parameters<typeof tx>[0] = [[0, 'customer.insult'], [1, 'staff.warn'], [2, 'staff.hang_up']];
    expect(v(tx([...oneWarning], 'nanyo', 'phone'), 'graduated_warning')).toBe('violated');
    expect(v(tx([...oneWarning], 'oshu', 'phone'), 'graduated_warning')).toBe('upheld');
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.warn'], [2, 'staff.final_warning'], [3, 'staff.hang_up']], 'nanyo', 'phone'), 'graduated_warning')).toBe('upheld');
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.final_warning'], [2, 'staff.warn'], [3, 'staff.hang_up']], 'nanyo', 'phone'), 'graduated_warning')).toBe('violated');
  });
  it('lets the response end at once after a threat to life, body or property (奥州市 第3 2(2)オ)', () => {
    expect(v(tx([[0, 'customer.complaint'], [3, 'customer.threat'], [4, 'staff.end_response']]), 'graduated_warning')).toBe('upheld');
  });
  it('is violated when abuse is repeated and never warned against, unless a disability explains it', () => {
    expect(verdict(tx([[0, 'customer.insult'], [5, 'customer.insult'], [30, 'customer.hang_up']], 'nanyo', 'phone'), 'graduated_warning')).toEqual({ verdict: 'violated', events: [0, 1] });
    expect(v(tx([[0, 'customer.disability_sign'], [1, 'customer.shout'], [2, 'customer.shout'], [3, 'staff.accommodate']]), 'graduated_warning')).toBe('not_applicable');
  });
  it('makes an exception after violence, and is not applicable with no ending', () => {
    expect(v(tx([[0, 'customer.violence'], [0, 'staff.order_leave']]), 'graduated_warning')).toBe('upheld');
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.warn']]), 'graduated_warning')).toBe('not_applicable');
  });
});

describe('exit_and_police 退去命令と警察通報 (奥州市 第3 2(3); 南陽市 7(2))', () => {
  it('is upheld by an exit order, then the police', () => {
    expect(verdict(tx([[0, 'customer.sit_in'], [1, 'staff.warn'], [2, 'staff.order_leave'], [10, 'customer.sit_in'], [11, 'staff.call_police']]), 'exit_and_police')).toEqual({ verdict: 'upheld', events: [2, 4] });
  });
  it('is violated by calling the police over a non-violent sit-in without an exit order', () => {
    expect(verdict(tx([[0, 'customer.sit_in'], [1, 'staff.call_police']]), 'exit_and_police')).toEqual({ verdict: 'violated', events: [1] });
  });
  it('allows the police at once after violence, threats or stalking (奥州市 第4 1(8)②): safety_first judges that call, not this', () => {
    expect(v(tx([[0, 'customer.threat'], [1, 'staff.call_police']]), 'exit_and_police')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.sexual'], [1, 'staff.warn'], [60, 'customer.stalk'], [61, 'staff.call_police']]), 'exit_and_police')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.sexual'], [1, 'staff.warn'], [60, 'customer.stalk'], [61, 'staff.call_police']]), 'safety_first')).toBe('upheld');
  });
  it('is violated when a sit-in after the response ended is left unanswered', () => {
    expect(verdict(tx([[0, 'customer.repeat'], [30, 'staff.end_response'], [31, 'customer.sit_in'], [60, 'staff.listen']]), 'exit_and_police')).toEqual({ verdict: 'violated', events: [2] });
  });
  it('is violated by waiting out a sit-in after the exit order instead of calling the police', () => {
    expect(verdict(tx([[0, 'customer.sit_in'], [1, 'staff.warn'], [2, 'staff.order_leave'], [3, 'customer.leave']]), 'exit_and_police').verdict).toBe('upheld');
    expect(verdict(tx([[0, 'customer.sit_in'], [1, 'staff.warn'], [2, 'staff.order_leave'], [3, 'customer.sit_in'], [60, 'customer.leave']]), 'exit_and_police')).toEqual({ verdict: 'violated', events: [3] });
    expect(verdict(tx([[0, 'customer.sit_in'], [1, 'staff.warn'], [2, 'staff.order_leave'], [3, 'customer.sit_in'], [60, 'staff.listen']]), 'exit_and_police')).toEqual({ verdict: 'violated', events: [3] });
  });
  it('on the phone, wants the caller told the call would end before the police are called (奥州市 第4 1(2)③)', () => {
    expect(v(tx([[0, 'customer.repeat'], [1, 'staff.warn'], [2, 'staff.hang_up'], [60, 'customer.repeat'], [61, 'staff.call_police']], 'oshu', 'phone'), 'exit_and_police')).toBe('upheld');
    expect(v(tx([[0, 'customer.repeat'], [1, 'staff.call_police']], 'oshu', 'phone'), 'exit_and_police')).toBe('violated');
  });
  it('does not count waiting until the citizen goes, long after the response ended, as answering the sit-in (奥州市 第3 2(3)ア)', () => {
    expect(verdict(tx([[0, 'customer.insult'], [5, 'staff.warn'], [6, 'staff.end_response'], [7, 'customer.sit_in'], [67, 'customer.leave']]), 'exit_and_police')).toEqual({ verdict: 'violated', events: [3] });
    expect(v(tx([[0, 'customer.insult'], [5, 'staff.warn'], [6, 'staff.end_response'], [7, 'customer.sit_in'], [9, 'customer.leave']]), 'exit_and_police')).toBe('not_applicable');
  });
  it('is not applicable without a sit-in or a police call', () => {
    expect(v(tx([[0, 'customer.repeat'], [30, 'staff.end_response']]), 'exit_and_police')).toBe('not_applicable');
  });
});

describe('safety_first 安全確保 (奥州市 第4 1(10); 南陽市 7(3) 暴行)', () => {
  it('is upheld by keeping distance and calling the police at once', () => {
    expect(verdict(tx([[0, 'customer.violence'], [0, 'staff.keep_distance'], [1, 'staff.call_police']]), 'safety_first')).toEqual({ verdict: 'upheld', events: [1, 2] });
  });
  it('is violated, critically, with no police call', () => {
    const r = score(tx([[0, 'customer.property_damage'], [0, 'staff.keep_distance'], [1, 'staff.listen']]));
    expect(r.principles.find((p) => p.id === 'safety_first')).toMatchObject({ verdict: 'violated', critical: true });
    expect(r.critical).toContain('safety_first');
  });
  it('is violated by waiting for the manager first (南陽市: 所管課長の判断を待つことなく)', () => {
    expect(verdict(tx([[0, 'customer.violence'], [0, 'staff.keep_distance'], [1, 'staff.report_supervisor'], [5, 'staff.call_police']], 'nanyo'), 'safety_first')).toEqual({ verdict: 'violated', events: [2, 3] });
  });
  it('is violated by carrying on the conversation before calling (ただちに)', () => {
    expect(verdict(tx([[0, 'customer.violence'], [0, 'staff.keep_distance'], [1, 'staff.explain'], [5, 'staff.call_police']]), 'safety_first')).toEqual({ verdict: 'violated', events: [2, 3] });
    expect(v(tx([[0, 'customer.violence'], [0, 'staff.call_colleague'], [0, 'staff.keep_distance'], [1, 'staff.call_police']]), 'safety_first')).toBe('upheld');
  });
  it('is not applicable without violence or damage where the document does not send threats to the police (南陽市)', () => {
    expect(v(tx([[0, 'customer.threat'], [1, 'staff.call_police']], 'nanyo'), 'safety_first')).toBe('not_applicable');
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.warn']]), 'safety_first')).toBe('not_applicable');
  });
});

describe('no_label 「カスハラ」と言わない (奥州市 第4 2)', () => {
  it('is violated by telling the citizen it is カスハラ, upheld otherwise once harassment began', () => {
    expect(verdict(tx([[0, 'customer.insult'], [1, 'staff.label_harassment']]), 'no_label')).toEqual({ verdict: 'violated', events: [1] });
    expect(v(tx([[0, 'customer.insult'], [1, 'staff.warn']]), 'no_label')).toBe('upheld');
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.listen']]), 'no_label')).toBe('not_applicable');
  });
  it('is not applied under 由利本荘市, whose policy has staff warn that the conduct is カスハラ (4(2))', () => {
    expect(score(tx([[0, 'customer.insult'], [1, 'staff.label_harassment']], 'yurihonjo')).principles.map((p) => p.id)).not.toContain('no_label');
  });
});

describe('filming_response 撮影・SNSへの対応 (奥州市 第4 1(7), 1(4)④; 南陽市 7(3))', () => {
  it('is upheld by asking to stop filming and preserving a post', () => {
    expect(v(tx([[0, 'customer.film'], [1, 'staff.request_stop_filming'], [5, 'customer.sns_post'], [6, 'staff.preserve_evidence']]), 'filming_response')).toBe('upheld');
  });
  it('is violated by not asking, not preserving, or provoking a media threat', () => {
    expect(v(tx([[0, 'customer.film'], [1, 'staff.listen']]), 'filming_response')).toBe('violated');
    expect(v(tx([[0, 'customer.sns_post'], [1, 'staff.listen']]), 'filming_response')).toBe('violated');
    expect(verdict(tx([[0, 'customer.media_threat'], [1, 'staff.provoke']]), 'filming_response')).toEqual({ verdict: 'violated', events: [1] });
  });
  it('is upheld by a calm answer to a media threat, and not applicable otherwise', () => {
    expect(v(tx([[0, 'customer.media_threat'], [1, 'staff.refuse']]), 'filming_response')).toBe('upheld');
    expect(v(tx([[0, 'customer.insult']]), 'filming_response')).toBe('not_applicable');
  });
});

describe('offsite_rules 庁舎外対応 (奥州市 第4 1(6))', () => {
  it('is upheld by declining or going as a pair, violated by going alone or entering the home', () => {
    expect(v(tx([[0, 'customer.summon_offsite'], [1, 'staff.decline_offsite']]), 'offsite_rules')).toBe('upheld');
    expect(v(tx([[0, 'customer.summon_offsite'], [1, 'staff.visit_pair']], 'oshu', 'offsite'), 'offsite_rules')).toBe('upheld');
    expect(v(tx([[0, 'customer.summon_offsite'], [1, 'staff.visit_alone']], 'oshu', 'offsite'), 'offsite_rules')).toBe('violated');
    expect(v(tx([[0, 'customer.summon_offsite'], [1, 'staff.visit_pair'], [5, 'staff.enter_home']], 'oshu', 'offsite'), 'offsite_rules')).toBe('violated');
    expect(v(tx([[0, 'customer.complaint']]), 'offsite_rules')).toBe('not_applicable');
  });
  it('counts going as a pair as 複数対応 off site', () => {
    expect(v(tx([[0, 'customer.summon_offsite'], [1, 'staff.visit_pair'], [30, 'staff.end_response']], 'oshu', 'offsite'), 'multi_staff')).toBe('upheld');
  });
});

describe('public_private 公私の区別 (奥州市 第4 1(9))', () => {
  it('is violated by answering on a private channel and upheld by redirecting to office hours', () => {
    expect(v(tx([[0, 'customer.private_contact'], [1, 'staff.use_private_channel']], 'oshu', 'phone'), 'public_private')).toBe('violated');
    expect(v(tx([[0, 'customer.private_contact'], [1, 'staff.redirect_official']], 'oshu', 'phone'), 'public_private')).toBe('upheld');
    expect(v(tx([[0, 'customer.complaint']]), 'public_private')).toBe('not_applicable');
  });
});

describe('handover 相手に再度説明させない (南陽市 6(2)⑤)', () => {
  it('is upheld by a briefed handover and violated by a cold one, under 南陽市', () => {
    expect(v(tx([[0, 'customer.repeat'], [1, 'staff.report_supervisor'], [2, 'staff.brief_handover'], [2, 'staff.escalate_manager']], 'nanyo'), 'handover')).toBe('upheld');
    expect(v(tx([[0, 'customer.repeat'], [1, 'staff.report_supervisor'], [2, 'staff.handover_cold']], 'nanyo'), 'handover')).toBe('violated');
    expect(v(tx([[0, 'customer.repeat']], 'nanyo'), 'handover')).toBe('not_applicable');
  });
});

describe('aftercare 報告・共有・相談 (奥州市 第5 2; 南陽市 7(1) ステップ4)', () => {
  it('wants the report after the encounter: bringing the manager in during it is not the report (奥州市 第5 2)', () => {
    expect(v(tx([[0, 'customer.insult'], [2, 'staff.report_supervisor'], [3, 'staff.escalate_manager'], [10, 'customer.leave']]), 'aftercare')).toBe('violated');
  });
  it('is upheld by a report after harassment and violated without one', () => {
    expect(v(tx([[0, 'customer.insult'], [10, 'staff.end_response'], [20, 'staff.file_report']]), 'aftercare')).toBe('upheld');
    expect(v(tx([[0, 'customer.insult'], [10, 'staff.end_response']]), 'aftercare')).toBe('violated');
    expect(v(tx([[0, 'customer.complaint'], [10, 'customer.leave']]), 'aftercare')).toBe('not_applicable');
  });
  it("names the trainee's choice not to report, not the citizen's line, when there was one (the group page lists that choice)", () => {
    expect(verdict(tx([[0, 'customer.insult'], [10, 'staff.end_response'], [11, 'customer.leave'], [12, 'staff.keep_to_self']]), 'aftercare')).toEqual({ verdict: 'violated', events: [3] });
    expect(verdict(tx([[0, 'customer.insult'], [10, 'staff.end_response']]), 'aftercare')).toEqual({ verdict: 'violated', events: [0] });
  });
  it("speaks of the municipality's own form, never of another city's", () => {
    const feedback = score(tx([[0, 'customer.insult'], [10, 'staff.end_response']], 'nanyo')).principles.find((p) => p.id === 'aftercare')!.feedback;
    expect(feedback).not.toMatch(/奥州市|南陽市|発生連絡票/);
  });
});

// The supervisor's seat (issue 12): a junior's report and strain are story lines, the 係長's or 課長's decisions are the
// trainee's acts. The rules read the acts, never the seat.
describe('staff_care 職員のケア (南陽市 8(1)・8(2)①・7(1)②; 奥州市 第3 2(1)・第5 1・さいごに; 岡山市 フォローアップ; 仙台市 相談体制)', () => {
  // The junior warned, the 係長 joined, the citizen threatened and left; the junior reports, shaken.
  const incident: [number, Parameters<typeof tx>[0][number][1], string?][] = [
    [0, 'customer.complaint'], [1, 'staff.paraphrase'], [3, 'customer.shout'], [3, 'customer.insult'], [4, 'staff.warn'], [5, 'staff.call_colleague'],
    [5, 'staff.take_notes'], [6, 'customer.threat'], [6, 'customer.leave'], [9, 'staff.report_supervisor', '千葉「課長、いまの件です。」'],
    [9, 'staff.distressed', '小松「……私の言い方が悪かったんでしょうか。」'],
  ];
  it('is upheld when the supervisor tells the junior it is not their fault and points to the 相談窓口, under each document that states it', () => {
    for (const profile of ['nanyo', 'oshu', 'okayama', 'sendai'] as const) {
      const t = tx([...incident, [12, 'staff.care_for_staff', '「あなたの対応は間違っていない。報告で評価が下がることもない。総務課にメンタルケアの窓口がある」']], profile);
      expect(verdict(t, 'staff_care'), profile).toEqual({ verdict: 'upheld', events: [11] });
    }
  });
  it('is violated by blaming the junior or brushing it off, even after kind words (sending them back to the same counter alone)', () => {
    expect(verdict(tx([...incident, [10, 'staff.dismiss_staff', '「もう少し言い方があったんじゃないかな」']], 'nanyo'), 'staff_care')).toEqual({ verdict: 'violated', events: [11] });
    const backAlone = tx([...incident, [12, 'staff.care_for_staff'], [20, 'staff.dismiss_staff', '「月曜からも同じ窓口に一人で出てもらう」']], 'nanyo');
    expect(verdict(backAlone, 'staff_care')).toEqual({ verdict: 'violated', events: [12] });
  });
  it('is violated when the junior\'s strain goes unanswered', () => {
    expect(verdict(tx([...incident, [12, 'staff.file_report'], [12, 'staff.report_somu']], 'oshu'), 'staff_care')).toEqual({ verdict: 'violated', events: [10] });
  });
  it('is not applicable when no one shows strain and no one is cared for, and is not applied under 由利本荘市, whose policy does not state it', () => {
    expect(v(tx([[0, 'customer.complaint'], [1, 'staff.listen'], [5, 'customer.calm']], 'nanyo'), 'staff_care')).toBe('not_applicable');
    expect(score(tx([...incident, [10, 'staff.dismiss_staff']], 'yurihonjo')).principles.find((p) => p.id === 'staff_care')).toBeUndefined();
  });
  it('costs its weight: blaming the junior after an otherwise sound incident scores 85', () => {
    const t = tx([...incident, [10, 'staff.dismiss_staff'], [12, 'staff.file_report'], [12, 'staff.report_somu'], [12, 'staff.consult_police']], 'nanyo');
    expect(score(t).score).toBe(85);
  });
});

describe('report_upward 総務課への報告と警察・弁護士への相談 (南陽市 8(1)・7(2)⑤・対応記録シート; 奥州市 第5 2・3; 仙台市)', () => {
  const threat: Parameters<typeof tx>[0] = [
    [0, 'customer.complaint'], [1, 'staff.paraphrase'], [3, 'customer.shout'], [4, 'staff.warn'], [5, 'staff.call_colleague'], [5, 'staff.take_notes'],
    [6, 'customer.threat', '「帰り道に気をつけろ」'], [6, 'customer.leave'], [9, 'staff.report_supervisor'],
  ];
  it('is upheld when the 課長 sends the record to 総務課 and, after a threat not called in, consults the police (南陽市 7(2)⑤ 情報連携)', () => {
    const t = tx([...threat, [20, 'staff.file_report'], [20, 'staff.report_somu'], [20, 'staff.consult_police']], 'nanyo');
    expect(verdict(t, 'report_upward')).toEqual({ verdict: 'upheld', events: [10, 11] });
  });
  it('is violated by keeping it in the section, also with a call to the police that bypasses 総務課', () => {
    expect(verdict(tx([...threat, [12, 'staff.keep_in_section', '「課の中で気をつけていれば十分だ」']], 'nanyo'), 'report_upward')).toEqual({ verdict: 'violated', events: [9] });
    expect(verdict(tx([...threat, [12, 'staff.consult_police'], [12, 'staff.keep_in_section']], 'oshu'), 'report_upward').verdict).toBe('violated');
  });
  it('is violated when a threat that may recur goes to 総務課 but not to the police', () => {
    expect(verdict(tx([...threat, [20, 'staff.file_report'], [20, 'staff.report_somu']], 'nanyo'), 'report_upward')).toEqual({ verdict: 'violated', events: [6] });
  });
  it('needs no police consultation once the police were called at the counter; a lawyer is consulted through 総務課, not instead of it', () => {
    const called = tx([[0, 'customer.threat'], [1, 'staff.keep_distance'], [2, 'staff.call_police'], [20, 'customer.leave'], [30, 'staff.report_somu']], 'oshu');
    expect(verdict(called, 'report_upward')).toEqual({ verdict: 'upheld', events: [4] });
    const lawyerOnly = tx([[0, 'customer.insult'], [1, 'staff.warn'], [2, 'customer.insult'], [3, 'staff.end_response'], [4, 'customer.leave'], [10, 'staff.consult_lawyer']], 'nanyo');
    expect(verdict(lawyerOnly, 'report_upward')).toEqual({ verdict: 'violated', events: [5] });
  });
  it('is not applicable where no one above the counter decides anything, and is not applied under 岡山市 or 由利本荘市', () => {
    expect(v(tx([...threat, [20, 'staff.file_report']], 'nanyo'), 'report_upward')).toBe('not_applicable');
    for (const profile of ['okayama', 'yurihonjo'] as const) {
      expect(score(tx([...threat, [12, 'staff.keep_in_section']], profile)).principles.find((p) => p.id === 'report_upward'), profile).toBeUndefined();
    }
    expect(v(tx([...threat, [12, 'staff.keep_in_section']], 'sendai'), 'report_upward')).toBe('violated');
  });
});

describe('org_decision in the supervisor\'s seat (南陽市 7(1)②・7(2)①): the one who took the report still decides with another', () => {
  // A junior's report (a line), the 係長 takes over with the story told, answers, warns; then the decision.
  const handover: Parameters<typeof tx>[0] = [
    [0, 'customer.shout'], [0, 'customer.repeat'], [1, 'staff.report_supervisor', '高田「係長、もう40分になります」'], [3, 'staff.take_notes'],
    [3, 'staff.escalate_manager'], [3, 'staff.brief_handover'], [6, 'customer.demand_special'], [6, 'staff.refuse'], [6, 'staff.explain'],
    [10, 'customer.repeat'], [10, 'customer.shout'], [15, 'staff.warn'],
  ];
  it('is upheld when the 係長 decides with the 補佐 (or the 課長) before ending the response and ordering the exit', () => {
    const t = tx([...handover, [15, 'staff.decide_together'], [19, 'staff.end_response'], [21, 'customer.sit_in'], [21, 'staff.order_leave']], 'nanyo');
    expect(verdict(t, 'org_decision').verdict).toBe('upheld');
  });
  it('is violated when the 係長 who took the report decides alone, though a report came before', () => {
    const t = tx([...handover, [15, 'staff.decide_alone'], [16, 'staff.end_response'], [18, 'customer.sit_in'], [18, 'staff.order_leave']], 'nanyo');
    expect(verdict(t, 'org_decision')).toEqual({ verdict: 'violated', events: [13, 15] });
    const reconsidered = tx([...handover, [15, 'staff.decide_alone'], [16, 'staff.decide_together'], [19, 'staff.end_response']], 'nanyo');
    expect(verdict(reconsidered, 'org_decision').verdict).toBe('upheld');
  });
  it('does not read the 課長 who ends the response after deciding with the 係長 as ending it without a report, and keeps manager_not_first upheld', () => {
    const manager = tx([[0, 'customer.repeat'], [0, 'customer.repeat'], [1, 'staff.report_supervisor'], [2, 'staff.escalate_manager'], [2, 'staff.brief_handover'], [3, 'staff.refuse'], [3, 'staff.explain'], [6, 'customer.repeat'], [6, 'customer.shout'], [7, 'staff.warn'], [8, 'staff.decide_together'], [9, 'staff.end_response'], [9, 'customer.leave']], 'standard');
    expect(verdict(manager, 'org_decision').verdict).toBe('upheld');
    expect(verdict(manager, 'manager_not_first').verdict).toBe('upheld');
    expect(verdict(manager, 'handover').verdict).toBe('upheld');
  });
});
