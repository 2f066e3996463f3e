// A trainee completes a session only by passing every scenario the lead assigned: the session page and its printed
// record once judged each trainee by their best score across scenarios (合格 printed beside a 0 on another scenario).
import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../src/model/attempt';
import { byIdentity, completionOf } from '../src/trainer/completion';

let n = 0;
function attempt(identity: string, scenario: string, score: number, passed: boolean, incomplete = false): AttemptSummary {
  return { id: `a${n++}`, createdAt: '2026-12-02T01:00:00.000Z', trainee: identity, department: null, identity, staffId: null, scenario, profile: 'nanyo', session: null, score, passed, ...(incomplete ? { incomplete: true as const } : {}), principles: [] };
}

describe('completing a session', () => {
  const scenarios = ['kosoku', 'hairyo', 'denwa'];

  it('is not complete while any scenario is unpassed or unattempted, however high the best score elsewhere', () => {
    const c = completionOf(scenarios, [attempt('高橋', 'kosoku', 100, true), attempt('高橋', 'hairyo', 0, false)]);
    expect(c.complete).toBe(false);
    expect(c.passed).toBe(1);
    expect(c.scenarios.map((o) => [o.scenario, o.best?.score ?? null, o.result])).toEqual([
      ['kosoku', 100, 'passed'],
      ['hairyo', 0, 'review'],
      ['denwa', null, 'not_attempted'],
    ]);
  });

  it('counts a scenario passed by any attempt, and shows that attempt rather than a higher unpassed one', () => {
    const c = completionOf(scenarios, [
      attempt('佐藤', 'kosoku', 95, false, true), // record sheet skipped: not done
      attempt('佐藤', 'kosoku', 85, true),
      attempt('佐藤', 'hairyo', 90, true),
      attempt('佐藤', 'denwa', 60, false),
      attempt('佐藤', 'denwa', 80, true),
      attempt('佐藤', 'boryoku', 100, true), // not in the session: ignored
    ]);
    expect(c.scenarios.map((o) => [o.best?.score, o.result])).toEqual([[85, 'passed'], [90, 'passed'], [80, 'passed']]);
    expect(c.complete).toBe(true);
  });

  it('says not done when the best of a scenario skipped its record sheet', () => {
    const c = completionOf(['kosoku'], [attempt('鈴木', 'kosoku', 95, false, true), attempt('鈴木', 'kosoku', 70, false)]);
    expect(c.scenarios[0]).toMatchObject({ result: 'incomplete' });
    expect(c.complete).toBe(false);
  });

  it('never completes a session with no scenarios, and groups a session\'s attempts by trainee', () => {
    expect(completionOf([], []).complete).toBe(false);
    const grouped = byIdentity([attempt('A', 'kosoku', 1, false), attempt('B', 'kosoku', 2, false), attempt('A', 'denwa', 3, false)]);
    expect([...grouped].map(([k, v]) => [k, v.length])).toEqual([['A', 2], ['B', 1]]);
  });
});
