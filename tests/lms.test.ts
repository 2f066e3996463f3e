// The SCORM 1.2 formats the game writes, and the RTE's search for the LMS's API (src/lms).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceResponse, decodeResume, encodeResume, interactionId, learnerName, SUSPEND_MAX, timespan } from '../src/lms/format';
import { findApi, type Scorm12Api } from '../src/lms/scorm12';
import { SCENARIOS } from '../src/model/scenarios';

describe('SCORM 1.2 formats', () => {
  it('writes session time as HHHH:MM:SS.SS', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(61_234)).toBe('0000:01:01.23');
    expect(timespan(10 * 3600_000 + 5)).toBe('0010:00:00.01');
    expect(timespan(1e13)).toBe('9999:59:59.99');
    fc.assert(fc.property(fc.nat(), (ms) => /^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/.test(timespan(ms))));
  });

  it('keeps the resume point in at most 4,096 characters and reads back what it wrote', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS.map((s) => s.id)), fc.nat(0x7fffffff), fc.array(fc.nat(9), { maxLength: 60 }), (scenario, seed, choices) => {
        const s = encodeResume({ scenario, seed, choices })!;
        expect(s.length).toBeLessThanOrEqual(SUSPEND_MAX);
        expect(decodeResume(s)).toEqual({ scenario, seed, choices });
      }),
    );
    expect(encodeResume({ scenario: 'kosoku', seed: 1, choices: Array(3000).fill(1) })).toBeNull();
    for (const other of ['', 'hello', 'm1;kosoku;x;0', 'm1;kosoku;1;0.-1', 'm2;kosoku;1;0']) expect(decodeResume(other), other).toBeNull();
  });

  it('names interactions with valid identifiers and choices with one character', () => {
    for (const s of SCENARIOS) expect(interactionId(s.id, 12)).toMatch(/^[A-Za-z0-9_\-.:]{1,255}$/);
    expect(interactionId('a b/c', 1)).toBe('a_b_c.d1');
    expect(choiceResponse(3)).toBe('3');
    expect(choiceResponse(10)).toBe('a');
    expect(() => choiceResponse(36)).toThrow(/choice index 36/);
  });

  it('shows "Family, Given" as "Family Given", the staff ID when there is no name', () => {
    expect(learnerName('山田, 花子', 'S1')).toBe('山田 花子');
    expect(learnerName(' ', 'S1')).toBe('S1');
  });
});

describe('finding the LMS API (SCORM 1.2 RTE)', () => {
  const api = { LMSInitialize: () => 'true' } as unknown as Scorm12Api;
  /** A chain of windows: [this window, its parent, …]; API on the one at `at`. */
  function chain(length: number, at: number | null): Window[] {
    const wins = Array.from({ length }, () => ({}) as Record<string, unknown>);
    wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
    if (at !== null) wins[at]!.API = api;
    return wins as unknown as Window[];
  }

  it('finds it in a parent, up to seven levels up, and in the opener', () => {
    expect(findApi(chain(3, 2)[0]!)).toBe(api);
    expect(findApi(chain(9, 7)[0]!)).toBe(api);
    expect(findApi(chain(10, 9)[0]!)).toBeNull();
    const opened = chain(2, null)[0] as unknown as Record<string, unknown>;
    opened.opener = chain(2, 1)[0];
    expect(findApi(opened as unknown as Window)).toBe(api);
    expect(findApi(chain(4, null)[0]!)).toBeNull();
  });

  it('stops at a window of another origin', () => {
    const top = { get API(): never { throw new DOMException('cross-origin', 'SecurityError'); } } as unknown as Window;
    const sco = { parent: top } as unknown as Window;
    expect(findApi(sco)).toBeNull();
  });
});
