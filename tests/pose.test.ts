// The trainee's own character answers the latest choice: read from the transcript events alone.
import { describe, expect, it } from 'vitest';
import type { TranscriptEvent } from '../src/model/transcript';
import { traineePose } from '../src/scenes/pose';

const ev = (...acts: string[]): TranscriptEvent[] => acts.map((act, i) => ({ t: i * 60, act }) as TranscriptEvent);

describe('traineePose', () => {
  it('stands neutral before the trainee has done anything, and after listening', () => {
    expect(traineePose([])).toBe('neutral');
    expect(traineePose(ev('customer.complaint'))).toBe('neutral');
    expect(traineePose(ev('customer.complaint', 'staff.listen'))).toBe('neutral');
  });

  it('bows for an apology, raises a hand for a warning or exit order, holds a memo while recording, steps back for distance', () => {
    expect(traineePose(ev('customer.complaint', 'staff.apologize_limited'))).toBe('bow');
    expect(traineePose(ev('customer.shout', 'staff.warn'))).toBe('halt');
    expect(traineePose(ev('customer.sit_in', 'staff.order_leave'))).toBe('halt');
    expect(traineePose(ev('customer.complaint', 'staff.take_notes'))).toBe('memo');
    expect(traineePose(ev('customer.violence', 'staff.keep_distance'))).toBe('back');
  });

  it("keeps the trainee's last pose while the citizen answers, and changes with the next choice", () => {
    expect(traineePose(ev('staff.warn', 'customer.shout', 'customer.insult'))).toBe('halt');
    expect(traineePose(ev('staff.warn', 'customer.shout', 'staff.call_colleague'))).toBe('neutral');
  });
});
