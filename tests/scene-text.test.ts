// The scene in words (HUD captions and the screen-reader summary), from state alone.
import { describe, expect, it } from 'vitest';
import { limitText, sceneSummary, staffText } from '../src/state/scene-text';

describe('limitText', () => {
  it('names the limit before any harassment, then counts down from the first cue, then counts the minutes over', () => {
    expect(limitText(600, null, 30)).toEqual({ text: '目安：兆候から30分', over: false });
    expect(limitText(600, 120, 30)).toEqual({ text: '目安まで あと22分', over: false });
    expect(limitText(120 + 30 * 60, 120, 30)).toEqual({ text: '目安まで あと0分', over: false });
    expect(limitText(120 + 33 * 60, 120, 30)).toEqual({ text: '目安を 3分 超過', over: true });
  });
});

describe('sceneSummary', () => {
  it('says the time, the limit, the mood and who is with the trainee', () => {
    expect(sceneSummary({ clock: 540, harassmentBegan: null, mood: 'calm', present: [] }, 30)).toBe('経過 9分。目安：兆候から30分。相手：落ち着いている。対応：あなた（一人）。');
    expect(sceneSummary({ clock: 1500, harassmentBegan: 300, mood: 'angry', present: ['colleague', 'manager'] }, 30)).toBe('経過 25分。目安まで あと10分。相手：怒っている。対応：あなた、同僚、課長。');
  });
  it('uses the same words as the HUD for who is present', () => {
    expect(staffText(['police'])).toBe('対応：あなた、警察官');
  });
});
