// Scoring rules against transcripts written by hand from the manuals (not from the stories).
import { describe, expect, it } from 'vitest';
import { REASONABLE_ACCOMMODATION } from '../src/scoring/profiles/law';
import { PROFILES } from '../src/scoring/profiles';
import { RULES } from '../src/scoring/rules';
import { score } from '../src/scoring/score';
import { tx, verdict } from './helpers';

describe('limited_apology 謝罪の限定 (奥州市 第3 1(3); 南陽市 6(1)④)', () => {
  it('is upheld by an apology limited to the inconvenience', () => {
    const t = tx([[0, 'customer.complaint'], [1, 'staff.apologize_limited', '「ご不快な思いをおかけし申し訳ありません」'], [3, 'customer.repeat']]);
    expect(verdict(t, 'limited_apology')).toEqual({ verdict: 'upheld', events: [1] });
  });
  it('is violated by admitting the city was at fault before any error is established', () => {
    const t = tx([[0, 'customer.complaint'], [1, 'staff.apologize_limited'], [4, 'staff.apologize_full', '「市のミスです。大変申し訳ございません」']]);
    expect(verdict(t, 'limited_apology')).toEqual({ verdict: 'violated', events: [2] });
  });
  it('allows a full apology after a real error of the city (valid grievance)', () => {
    const t = tx([[0, 'customer.valid_grievance'], [2, 'staff.apologize_full'], [3, 'staff.apologize_limited']]);
    expect(verdict(t, 'limited_apology').verdict).toBe('upheld');
  });
  it('is upheld by refusing a demanded apology; giving in to 土下座 is counted once, under refuse_undue_demand', () => {
    const gaveIn = tx([[0, 'customer.complaint'], [5, 'customer.demand_dogeza'], [6, 'staff.concede']]);
    expect(verdict(gaveIn, 'limited_apology').verdict).toBe('not_applicable');
    expect(verdict(gaveIn, 'refuse_undue_demand')).toEqual({ verdict: 'violated', events: [2] });
    const refused = tx([[0, 'customer.complaint'], [5, 'customer.demand_apology'], [6, 'staff.refuse', '「書面での謝罪には応じることができません」']]);
    expect(verdict(refused, 'limited_apology')).toEqual({ verdict: 'upheld', events: [2] });
  });
  it('does not count refusing an unrelated demand', () => {
    const t = tx([[0, 'customer.complaint'], [5, 'customer.demand_special'], [6, 'staff.refuse']]);
    expect(verdict(t, 'limited_apology').verdict).toBe('not_applicable');
  });
  it('is not applicable when no apology is made or asked for', () => {
    expect(verdict(tx([[0, 'customer.complaint'], [1, 'staff.listen']]), 'limited_apology').verdict).toBe('not_applicable');
  });
});

describe('multi_staff 複数対応 (奥州市 第3 2(1)イ; 南陽市 4)', () => {
  it('is upheld when a colleague joins before the response is ended', () => {
    const t = tx([[0, 'customer.complaint'], [5, 'customer.repeat'], [6, 'customer.repeat'], [8, 'staff.call_colleague'], [30, 'staff.end_response']]);
    expect(verdict(t, 'multi_staff')).toEqual({ verdict: 'upheld', events: [3] });
  });
  it('counts the manager joining after a report', () => {
    const t = tx([[0, 'customer.shout'], [2, 'staff.report_supervisor'], [5, 'staff.escalate_manager'], [10, 'staff.end_response']]);
    expect(verdict(t, 'multi_staff')).toEqual({ verdict: 'upheld', events: [2] });
  });
  it('is violated when the staff member ends it alone, or the colleague comes too late', () => {
    const alone = tx([[0, 'customer.complaint'], [5, 'customer.repeat'], [6, 'customer.repeat'], [30, 'staff.end_response']]);
    expect(verdict(alone, 'multi_staff')).toEqual({ verdict: 'violated', events: [2, 3] });
    // Asking again once is not yet harassment (仙台市 「何度も繰り返す」): no one need be called for it.
    expect(verdict(tx([[0, 'customer.complaint'], [5, 'customer.repeat'], [9, 'customer.leave']]), 'multi_staff').verdict).toBe('not_applicable');
    const late = tx([[0, 'customer.sit_in'], [30, 'staff.order_leave'], [31, 'staff.call_colleague']]);
    expect(verdict(late, 'multi_staff').verdict).toBe('violated');
  });
  it('is violated when the trainee stayed alone though a colleague was offered, and violence came before anyone joined', () => {
    // The 課長 who ran over after the throw answered the violence; the trainee had chosen 「一人で対応を続ける」.
    const events = [[0, 'customer.shout'], [1, 'staff.refuse'], [2, 'customer.property_damage'], [3, 'staff.report_supervisor'], [5, 'staff.escalate_manager'], [6, 'staff.call_police']] as const;
    const stayed = tx(events.map(([m, a]) => [m, a]));
    stayed.events[1] = { ...stayed.events[1]!, chosen: true, declined: ['staff.call_colleague'] };
    expect(verdict(stayed, 'multi_staff')).toEqual({ verdict: 'violated', events: [1, 2] });
    // Offered no colleague before the violence: the manager joining after the report still counts.
    expect(verdict(tx(events.map(([m, a]) => [m, a])), 'multi_staff')).toEqual({ verdict: 'upheld', events: [4] });
    // The colleague called before the violence: upheld.
    expect(verdict(tx([[0, 'customer.shout'], [1, 'staff.call_colleague'], [2, 'customer.property_damage'], [3, 'staff.call_police']]), 'multi_staff').verdict).toBe('upheld');
  });
  it('is violated when the staff member stays alone with no ending at all', () => {
    const t = tx([[0, 'customer.complaint'], [5, 'customer.insult'], [50, 'staff.listen']]);
    expect(verdict(t, 'multi_staff')).toEqual({ verdict: 'violated', events: [1] });
  });
  it('is not applicable on the phone (南陽市 4: the person who took the call handles it)', () => {
    const t = tx([[0, 'customer.repeat'], [30, 'staff.hang_up']], 'nanyo', 'phone');
    expect(verdict(t, 'multi_staff').verdict).toBe('not_applicable');
  });
  it('is not applicable to a fair complaint with no harassment', () => {
    const t = tx([[0, 'customer.complaint'], [1, 'staff.listen'], [5, 'customer.leave']]);
    expect(verdict(t, 'multi_staff').verdict).toBe('not_applicable');
  });
});

describe('manager_not_first 責任者を最初に出さない (奥州市 第3 2(1)ウ)', () => {
  it('is upheld by answering 「責任者を出せ」 with 「私が担当です」', () => {
    const t = tx([[0, 'customer.complaint'], [4, 'customer.demand_manager'], [5, 'staff.state_in_charge', '「私が担当ですので、お話を伺います」']]);
    expect(verdict(t, 'manager_not_first')).toEqual({ verdict: 'upheld', events: [2] });
  });
  it('is violated by handing straight to the manager on demand', () => {
    const t = tx([[0, 'customer.complaint'], [4, 'customer.demand_manager'], [5, 'staff.report_supervisor'], [6, 'staff.escalate_manager']]);
    expect(verdict(t, 'manager_not_first')).toEqual({ verdict: 'violated', events: [1, 3] });
  });
  it('is violated by the manager taking over before any report', () => {
    const t = tx([[0, 'customer.repeat'], [4, 'staff.escalate_manager']]);
    expect(verdict(t, 'manager_not_first')).toEqual({ verdict: 'violated', events: [1] });
  });
  it('is upheld when the manager takes over after the staff stated they were in charge and reported', () => {
    const t = tx([[0, 'customer.demand_manager'], [1, 'staff.state_in_charge'], [20, 'staff.report_supervisor'], [25, 'staff.escalate_manager']]);
    expect(verdict(t, 'manager_not_first').verdict).toBe('upheld');
  });
  it('makes an exception after violence or threats', () => {
    const t = tx([[0, 'customer.complaint'], [2, 'customer.threat'], [3, 'staff.escalate_manager']]);
    expect(verdict(t, 'manager_not_first').verdict).toBe('upheld');
  });
  it('is not applicable when nobody asks for or brings in the manager', () => {
    expect(verdict(tx([[0, 'customer.complaint'], [1, 'staff.listen']]), 'manager_not_first').verdict).toBe('not_applicable');
  });
});

describe('time_limit 対応時間の管理 (奥州市 第3 2(1)オ; 南陽市 5; 由利本荘市 4(2)①)', () => {
  it('runs from when the conduct is judged to be harassment, not from the start (奥州市 第3 2(1)オ: 「カスハラと判断してから」)', () => {
    // A fair complaint heard for 20 minutes, repetition from minute 20, a warning at 24; ended at minute 45: within 30 of the warning.
    const t = tx([[0, 'customer.complaint'], [2, 'staff.listen'], [20, 'customer.repeat'], [22, 'customer.repeat'], [24, 'staff.warn'], [45, 'staff.end_response']]);
    expect(verdict(t, 'time_limit')).toEqual({ verdict: 'upheld', events: [5] });
    expect(score(t).timeline).toEqual({ harassmentBegan: 1320, limitDue: 3240, limitFrom: 1440, responseEnded: 2700, encounterEnded: 2700 });
  });
  it('is upheld when the citizen leaves or calms down within the limit', () => {
    const t = tx([[0, 'customer.shout'], [1, 'staff.warn'], [12, 'staff.explain'], [20, 'customer.calm']]);
    expect(verdict(t, 'time_limit')).toEqual({ verdict: 'upheld', events: [3] });
  });
  it('keeps no time when the citizen left satisfied because the demand was met (refuse_undue_demand judges that)', () => {
    // A reviewer's trainee gave in on the phone and the caller hung up content: the debrief praised 「区切れました」.
    const gaveIn = tx([[0, 'customer.shout'], [1, 'staff.warn'], [5, 'staff.concede'], [6, 'customer.leave']]);
    expect(verdict(gaveIn, 'time_limit')).toEqual({ verdict: 'not_applicable', events: [] });
    const heldFirm = tx([[0, 'customer.shout'], [1, 'staff.warn'], [5, 'staff.refuse'], [6, 'customer.leave']]);
    expect(verdict(heldFirm, 'time_limit')).toEqual({ verdict: 'upheld', events: [3] });
    // Past the limit it is violated, given in or not.
    expect(verdict(tx([[0, 'customer.shout'], [1, 'staff.warn'], [40, 'staff.concede'], [41, 'customer.leave']]), 'time_limit').verdict).toBe('violated');
  });
  it('is violated when the encounter runs past the limit', () => {
    const t = tx([[0, 'customer.complaint'], [5, 'customer.repeat'], [6, 'customer.repeat'], [7, 'customer.repeat'], [20, 'staff.listen'], [40, 'staff.listen'], [60, 'customer.leave']]);
    expect(verdict(t, 'time_limit')).toEqual({ verdict: 'violated', events: [3, 6] });
  });
  it('is violated when nothing ends it and time runs past the limit', () => {
    const t = tx([[0, 'customer.sit_in'], [1, 'staff.warn'], [20, 'staff.listen'], [45, 'staff.listen']]);
    expect(verdict(t, 'time_limit')).toEqual({ verdict: 'violated', events: [1, 3] });
  });
  it('is not applicable with no harassment cue, however long the fair complaint takes', () => {
    const t = tx([[0, 'customer.complaint'], [50, 'staff.explain'], [70, 'customer.leave']]);
    expect(verdict(t, 'time_limit').verdict).toBe('not_applicable');
  });
  it('applies the limit on the phone too', () => {
    const t = tx([[0, 'customer.repeat'], [1, 'customer.repeat'], [35, 'staff.hang_up']], 'nanyo', 'phone');
    expect(verdict(t, 'time_limit').verdict).toBe('violated');
  });
});

describe('the report', () => {
  it('cites the profile\'s own document in every verdict', () => {
    const t = tx([[0, 'customer.demand_manager'], [1, 'staff.state_in_charge']]);
    for (const profile of ['oshu', 'nanyo', 'yurihonjo', 'sendai', 'okayama', 'standard'] as const) {
      const report = score({ ...t, profile });
      expect(report.profile).toBe(profile);
      for (const p of report.principles) {
        expect(p.citations.length).toBeGreaterThan(0);
        expect(p.source).toContain(p.citations[0]!.section);
        // Each passage is from the municipality's own document, or from national law that binds every municipality.
        if (profile !== 'standard') expect(p.citations.every((c) => c.doc.startsWith(PROFILES[profile].name.slice(0, 2)) || c === REASONABLE_ACCOMMODATION)).toBe(true);
      }
    }
  });
  it('takes each broken principle\'s weight from 100, and nothing for what was upheld', () => {
    const weight = new Map(RULES.map((r) => [r.id, r.weight]));
    const weighed = (t: ReturnType<typeof tx>) => {
      const r = score(t);
      const lost = r.principles.filter((p) => p.verdict === 'violated').reduce((n, p) => n + weight.get(p.id)!, 0);
      return [r.score, Math.max(0, 100 - lost)];
    };
    const good = tx([
      [0, 'customer.complaint'], [1, 'staff.listen'], [2, 'staff.apologize_limited'], [3, 'customer.repeat'], [4, 'customer.demand_manager'],
      [5, 'staff.state_in_charge'], [6, 'staff.call_colleague'], [7, 'staff.set_time_limit'], [8, 'staff.explain'], [20, 'customer.repeat'], [28, 'staff.report_supervisor'], [30, 'staff.end_response'],
      [31, 'customer.leave'], [40, 'staff.file_report'],
    ]);
    expect(score(good).score).toBe(100);
    const bad = tx([[0, 'customer.complaint'], [1, 'staff.argue'], [2, 'staff.apologize_full'], [3, 'customer.repeat'], [4, 'customer.demand_manager'], [5, 'staff.escalate_manager'], [60, 'customer.leave']]);
    const [got, expected] = weighed(bad);
    expect(got).toBe(expected);
    expect(got).toBe(60); // four minor slips: argued, no listening first, apologised for the city, manager first
    // One moderate slip (15) still passes; one serious one (25) does not.
    const dragged = tx([[0, 'customer.repeat'], [1, 'staff.listen'], [2, 'staff.explain'], [3, 'customer.repeat'], [4, 'staff.refuse'], [5, 'customer.repeat'], [50, 'customer.hang_up'], [55, 'staff.file_report']], 'oshu', 'phone');
    expect(score(dragged).principles.find((p) => p.id === 'time_limit')!.verdict).toBe('violated');
    expect(weighed(dragged)).toEqual([85, 85]);
    const gaveIn = tx([[0, 'customer.demand_special'], [1, 'staff.listen'], [2, 'staff.concede'], [3, 'customer.hang_up'], [5, 'staff.file_report']], 'oshu', 'phone');
    expect(score(gaveIn).score).toBe(75);
  });
  it('caps the score on a critical failure', () => {
    const fairComplaintEnded = tx([[0, 'customer.complaint'], [1, 'staff.listen'], [3, 'staff.end_response']]);
    const r = score(fairComplaintEnded);
    expect(r.critical).toEqual(['legit_complaint']);
    expect(r.score).toBeLessThanOrEqual(40);
  });
  it('gives feedback for every upheld or violated principle, quoting a model phrase when violated', () => {
    const withModelPhrase = new Set(['limited_apology', 'manager_not_first', 'time_limit']);
    for (const rule of RULES) {
      expect(rule.feedback.upheld.length).toBeGreaterThan(10);
      expect(rule.feedback.violated.length).toBeGreaterThan(20);
      if (withModelPhrase.has(rule.id)) expect(rule.feedback.violated).toMatch(/「.+」/);
    }
  });
});

describe('stored reports', () => {
  it('expand(compact(report)) gives the report back, for every profile', async () => {
    const { compact, expand } = await import('../src/scoring/score');
    const t = tx([[0, 'customer.complaint'], [1, 'staff.argue'], [3, 'customer.insult'], [4, 'staff.announce_recording'], [5, 'staff.warn'], [6, 'staff.end_response'], [8, 'staff.file_report']]);
    for (const profile of ['oshu', 'nanyo', 'yurihonjo', 'sendai', 'okayama', 'standard'] as const) {
      const report = score({ ...t, profile });
      expect(JSON.stringify(compact(report)).length).toBeLessThan(JSON.stringify(report).length / 2);
      // With the transcript's channel, which picks the passages a document has for it (南陽市's 対面 and 電話).
      expect(expand(JSON.parse(JSON.stringify(compact(report))), t.channel)).toEqual(report);
    }
  });
});
