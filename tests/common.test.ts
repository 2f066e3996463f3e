// The shared knots in stories/common: every path through them compiles, walks to an ending and records sane acts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { score } from '../src/scoring/score';
import { walkStory } from '../src/story/walk';

const walk = walkStory(compileInk(join(import.meta.dirname, 'fixtures', 'common-harness.ink')));
const report = (events: (typeof walk.paths)[number]['events'], profile: 'oshu' | 'nanyo', channel: 'counter' | 'phone') =>
  score({ format: 'madoguchi.transcript/1', profile, channel, events });

describe('stories/common', () => {
  it('walks every path of the shared knots to an ending', () => {
    expect([...walk.endings.keys()].sort()).toEqual(['counter_leaves', 'counter_stubborn', 'phone']);
  });
  it('exit_sequence: the full sequence upholds exit_and_police; calling at once violates it', () => {
    const full = walk.paths.find((p) => p.ending === 'counter_stubborn' && p.events.some((e) => e.act === 'staff.order_leave') && p.events.some((e) => e.act === 'staff.call_police'));
    expect(report(full!.events, 'oshu', 'counter').principles.find((p) => p.id === 'exit_and_police')!.verdict).toBe('upheld');
    const at = (p: (typeof walk.paths)[number], act: string) => p.events.findIndex((e) => e.act === act);
    const early = walk.paths.find((p) => at(p, 'staff.call_police') >= 0 && (at(p, 'staff.order_leave') < 0 || at(p, 'staff.call_police') < at(p, 'staff.order_leave')));
    expect(report(early!.events, 'oshu', 'counter').principles.find((p) => p.id === 'exit_and_police')!.verdict).toBe('violated');
  });
  it('phone_steps: 警告 → 最終通告 → 切電 satisfies 南陽市; cutting off at once does not', () => {
    const verdicts = walk.paths
      .filter((p) => p.ending === 'phone')
      .map((p) => report(p.events, 'nanyo', 'phone').principles.find((x) => x.id === 'graduated_warning')!.verdict);
    expect(verdicts).toContain('upheld');
    expect(verdicts).toContain('violated');
  });
});
