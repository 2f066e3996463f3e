// Mail as a fourth channel: the #mail tag, the inbox the scene draws, and the principles as they apply to an inbox.
// Transcripts written by hand from the documents: 南陽市 4 (記録をつける、SNSのスクリーンショット), 5 (対面・電話の30分),
// 7(2)① (対応の中止は所管課長を含めた複数名で判断), 7(3) 執拗な要求 (これ以上対応できない旨を明確に伝える),
// 参考資料(2) 脅迫罪・威力業務妨害罪; 記録シート 対応方法「メール」.
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABEL, DESK_LABEL } from '../src/model/transcript';
import { factsOf } from '../src/model/records/facts';
import { score } from '../src/scoring/score';
import { scenarioStart } from '../src/model/scenarios';
import { foldersOf, inboxOf, inboxText, mailTime } from '../src/state/inbox';
import { sceneSummary } from '../src/state/scene-text';
import { parseTags } from '../src/story/tags';
import { PROFILES, forChannel } from '../src/scoring/profiles';
import { tx, verdict } from './helpers';

const v = (t: ReturnType<typeof tx>, id: Parameters<typeof verdict>[1]) => verdict(t, id).verdict;
// A flood: a complaint, then the same demand again and again (a cue from the second repeat).
const FLOOD: [number, Parameters<typeof tx>[0][number][1]][] = [[0, 'customer.complaint'], [1, 'customer.repeat'], [2, 'customer.repeat'], [3, 'customer.demand_transfer']];

describe('the #mail tag', () => {
  it('reads count, sender, subject and the span before now', () => {
    expect(parseTags(['mail: 112 ; 佐々木 誠 ; 【再送】処分を求める ; 3880']).mail).toEqual({ count: 112, from: '佐々木 誠', subject: '【再送】処分を求める', overMinutes: 3880 });
    expect(parseTags(['mail: 1;阿部;Re: 質問']).mail).toEqual({ count: 1, from: '阿部', subject: 'Re: 質問', overMinutes: 0 });
  });
  it('names what is wrong with a bad one', () => {
    expect(parseTags(['mail: 0 ; a ; b']).errors[0]).toMatch(/count "0" must be a whole number from 1 to 300/);
    expect(parseTags(['mail: 5 ; a']).errors[0]).toMatch(/must be "COUNT ; FROM ; SUBJECT"/);
    expect(parseTags(['mail: 5 ;  ; b']).errors[0]).toMatch(/names no sender/);
    expect(parseTags(['mail: 5 ; a ; b ; soon']).errors[0]).toMatch(/whole minutes/);
  });
});

describe('the inbox', () => {
  // The story's Monday begins at 10:00 on the wall clock (kocho-mail's start).
  const MONDAY_TEN = scenarioStart('kocho-mail');
  const lines = [
    { t: 0, text: '佐々木「説明を求める。」', mail: { count: 1, from: '佐々木', subject: '苦情', overMinutes: 3900 } },
    { t: 120, text: '佐々木「処分しろ。」', mail: { count: 100, from: '佐々木', subject: '【再送】処分', overMinutes: 3880 } },
    { t: 180, text: '阿部「様式が開けません。」', mail: { count: 1, from: '阿部', subject: '質問', overMinutes: 1600 } },
    { t: 240, text: '（同じ件名のメールは届き続けている。）', mail: { count: 3, from: '佐々木', subject: '【再送】処分', overMinutes: 30 } },
  ];
  it('spreads a flood over its span, newest first, and opens the message the story showed last', () => {
    const inbox = inboxOf(lines, MONDAY_TEN);
    expect(inbox.list).toHaveLength(105);
    expect(inbox.list.map((m) => m.minute)).toEqual([...inbox.list.map((m) => m.minute)].sort((a, b) => b - a));
    expect(mailTime(inbox.list.at(-1)!.minute)).toBe('金 17:00'); // 10:00 Monday less 3900 minutes
    // Narration carries no body: the copy reads as the last message under that subject.
    expect(inbox.open).toMatchObject({ from: '佐々木', subject: '【再送】処分', body: '処分しろ。' });
    expect(inboxOf(lines.slice(0, 3), MONDAY_TEN).open).toMatchObject({ from: '阿部', body: '様式が開けません。' });
  });
  it('counts the folders and tells a screen reader the inbox in words', () => {
    const inbox = inboxOf(lines, MONDAY_TEN);
    const events = [
      { t: 100, act: 'staff.preserve_evidence' as const, chosen: true as const },
      { t: 150, act: 'staff.apologize_limited' as const, chosen: true as const },
      { t: 150, act: 'staff.explain' as const, chosen: true as const },
    ];
    expect(foldersOf(inbox.list, events, MONDAY_TEN)).toMatchObject({ inbox: 105, top: { from: '佐々木', count: 104 }, saved: 103, sent: 1 });
    // Saved: all that had come in by 10:01 (the flood's last copy came at 10:02, 阿部's on Saturday, two of the last three by 10:01).
    expect(inboxText(inbox, events, MONDAY_TEN)).toBe('受信トレイ 105通（うち 佐々木 から 104通）。開いているメール：佐々木「【再送】処分」月 10:04。保存 103通、送信済み 1通');
    const said = sceneSummary({ clock: 240, events: [], mood: 'angry', present: [], lines }, forChannel(PROFILES.nanyo, 'mail'));
    expect(said).toContain('目安：時間の定めなし');
    expect(said).toContain('受信トレイ 105通');
  });
});

describe('mail through the chain', () => {
  it('is labelled メール, a desk of its own, and recorded as 対応方法 メール', () => {
    expect(CHANNEL_LABEL.mail).toBe('メール');
    expect(DESK_LABEL).toMatchObject({ counter: '窓口', phone: '電話', offsite: '訪問', mail: 'メール' });
    expect(factsOf(tx([[0, 'customer.complaint']], 'nanyo', 'mail')).method).toBe('mail');
  });
});

describe('the principles on an inbox (南陽市)', () => {
  it('time_limit: the 30 minutes of 対面・電話 do not apply to mail, however long the flood runs', () => {
    const long = tx([...FLOOD, [200, 'customer.repeat'], [300, 'customer.repeat']], 'nanyo', 'mail');
    expect(v(long, 'time_limit')).toBe('not_applicable');
    expect(score(long).timeline.limitDue).toBeNull();
    expect(v(tx([...FLOOD, [200, 'customer.repeat'], [300, 'customer.repeat']], 'nanyo', 'counter'), 'time_limit')).toBe('violated');
  });
  it('multi_staff: the 係長 consulted before an answer goes out is the second person; answering alone first is not', () => {
    expect(v(tx([...FLOOD, [4, 'staff.report_supervisor'], [9, 'staff.explain'], [9, 'staff.refuse']], 'nanyo', 'mail'), 'multi_staff')).toBe('upheld');
    expect(verdict(tx([...FLOOD, [4, 'staff.explain'], [9, 'staff.report_supervisor']], 'nanyo', 'mail'), 'multi_staff')).toEqual({ verdict: 'violated', events: [2, 4] });
    // A colleague at the next desk is not what mail asks for.
    expect(v(tx([...FLOOD, [4, 'staff.call_colleague'], [9, 'staff.explain']], 'nanyo', 'mail'), 'multi_staff')).toBe('violated');
  });
  it('record: the mails preserved keep the record; a note of them does not', () => {
    const threat: Parameters<typeof tx>[0] = [...FLOOD, [5, 'customer.threat']];
    expect(v(tx([...threat, [6, 'staff.preserve_evidence'], [7, 'staff.report_supervisor'], [9, 'staff.call_police']], 'nanyo', 'mail'), 'record')).toBe('upheld');
    expect(v(tx([...threat, [6, 'staff.take_notes'], [7, 'staff.report_supervisor'], [9, 'staff.call_police']], 'nanyo', 'mail'), 'record')).toBe('violated');
    expect(v(tx([...threat, [6, 'staff.take_notes']], 'nanyo', 'counter'), 'record')).toBe('upheld');
  });
  it('safety_first: a written threat goes to the police under 南陽市 (7(2), 参考資料(2) 脅迫罪); no call is critical', () => {
    const called = tx([...FLOOD, [5, 'customer.threat'], [6, 'staff.preserve_evidence'], [7, 'staff.report_supervisor'], [9, 'staff.call_police']], 'nanyo', 'mail');
    expect(v(called, 'safety_first')).toBe('upheld');
    const kept = score(tx([...FLOOD, [5, 'customer.threat'], [6, 'staff.warn']], 'nanyo', 'mail'));
    expect(kept.principles.find((p) => p.id === 'safety_first')).toMatchObject({ verdict: 'violated', critical: true });
    // Spoken at the counter, 南陽市 7(3) answers a threat with warnings and ending the response, not the police.
    expect(v(tx([...FLOOD, [5, 'customer.threat'], [6, 'staff.warn']], 'nanyo', 'counter'), 'safety_first')).toBe('not_applicable');
  });
  it('org_decision: deciding to answer no more is the organisation\'s, on mail as at the counter', () => {
    expect(v(tx([...FLOOD, [4, 'staff.report_supervisor'], [9, 'staff.explain'], [20, 'customer.repeat'], [30, 'staff.final_warning'], [30, 'staff.end_response']], 'nanyo', 'mail'), 'org_decision')).toBe('upheld');
    expect(v(tx([...FLOOD, [4, 'staff.explain'], [20, 'customer.repeat'], [30, 'staff.final_warning'], [30, 'staff.end_response']], 'nanyo', 'mail'), 'org_decision')).toBe('violated');
  });
  it('exit_and_police: the police over a flood alone come after the notice that no more will be answered', () => {
    const noticed = tx([...FLOOD, [4, 'staff.report_supervisor'], [9, 'staff.explain'], [30, 'staff.final_warning'], [30, 'staff.end_response'], [60, 'customer.repeat'], [90, 'staff.call_police']], 'nanyo', 'mail');
    expect(v(noticed, 'exit_and_police')).toBe('upheld');
    const early = tx([...FLOOD, [4, 'staff.report_supervisor'], [9, 'staff.call_police']], 'nanyo', 'mail');
    expect(v(early, 'exit_and_police')).toBe('violated');
  });
});
