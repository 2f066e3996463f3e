// The scene in words (HUD captions and the screen-reader summary), from state alone.
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../src/scoring/profiles';
import { limitText, sceneSummary, staffText } from '../src/state/scene-text';

const FROM_CUE = PROFILES.nanyo;

describe('limitText', () => {
  it('names the limit before any harassment, then counts down from the first cue, then counts the minutes over', () => {
    expect(limitText(600, null, FROM_CUE)).toEqual({ text: '目安：兆候から30分', over: false });
    expect(limitText(600, 120, FROM_CUE)).toEqual({ text: '目安まで あと22分', over: false });
    expect(limitText(120 + 30 * 60, 120, FROM_CUE)).toEqual({ text: '目安まで あと0分', over: false });
    expect(limitText(120 + 33 * 60, 120, FROM_CUE)).toEqual({ text: '目安を 3分 超過', over: true });
  });
  it('counts from the start of the meeting where the document says so (由利本荘市 4(2)①), and names no limit where it gives none (仙台市, 岡山市)', () => {
    expect(limitText(600, 0, PROFILES.yurihonjo)).toEqual({ text: '目安まで あと20分', over: false });
    expect(limitText(600, null, PROFILES.yurihonjo)).toEqual({ text: '目安：面談開始から30分', over: false });
    expect(limitText(600, null, PROFILES.oshu)).toEqual({ text: '目安：判断から30分', over: false });
    expect(limitText(31 * 60, 0, PROFILES.yurihonjo)).toEqual({ text: '目安を 1分 超過', over: true });
    expect(limitText(90 * 60, 60, PROFILES.sendai)).toEqual({ text: '目安：時間の定めなし', over: false });
    expect(limitText(90 * 60, 60, PROFILES.okayama)).toEqual({ text: '目安：時間の定めなし', over: false });
  });
});

describe('sceneSummary', () => {
  it('says the time, the limit, the mood and who is with the trainee', () => {
    expect(sceneSummary({ clock: 540, events: [], mood: 'calm', present: [] }, FROM_CUE)).toBe('経過 9分。目安：兆候から30分。相手：落ち着いている。対応：あなた（一人）。');
    expect(sceneSummary({ clock: 1500, events: [{ t: 0, act: 'customer.complaint' }, { t: 300, act: 'customer.shout' }], mood: 'angry', present: ['colleague', 'manager'] }, FROM_CUE)).toBe('経過 25分。目安まで あと10分。相手：怒っている。対応：あなた、同僚、課長。');
  });
  it('uses the same words as the HUD for who is present', () => {
    expect(staffText(['police'], 'kosoku')).toBe('対応：あなた、警察官');
  });
});
