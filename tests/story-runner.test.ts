// The walker itself must fail on the faults it exists to catch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError } from '../src/build/ink';
import { replay, StoryRunner } from '../src/story/runner';
import { walkStory } from '../src/story/walk';

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-ink-'));
function compile(name: string, src: string): string {
  const path = join(dir, name);
  writeFileSync(path, src);
  return compileInk(path);
}

describe('ink compile', () => {
  it('names the file, the line and the message on an error', () => {
    expect(() => compile('bad.ink', 'Hello\n* [a #act: staff.listen]\n  -> nowhere\n')).toThrowError(/bad\.ink:3: Divert target not found/);
  });
  it('fails on warnings too (a loose end)', () => {
    expect(() => compile('loose.ink', '=== k\nHello\n* [a #act: staff.listen]\n  b\n')).toThrowError(InkCompileError);
  });
});

describe('walkStory', () => {
  const ok = (body: string) => compile('x.ink', body);
  it('records acts with in-game time: the choice at the current clock, then the clock advances; marks what the trainee chose', () => {
    const json = ok('男性「話を聞け」 #act: customer.complaint\n* [「伺います」 #act: staff.listen #t: +3]\n  男性「だから」 #act: customer.repeat\n  おわり #ending: a\n  -> END\n');
    const walk = walkStory(json);
    expect(walk.paths[0]!.events).toEqual([
      { t: 0, act: 'customer.complaint', text: '男性「話を聞け」' },
      { t: 0, act: 'staff.listen', text: '「伺います」', chosen: true },
      { t: 180, act: 'customer.repeat', text: '男性「だから」' },
    ]);
  });
  it('reads how the citizen looks, and rejects a look it cannot draw', () => {
    const runner = walkStory(ok('男性「あの」 #act: customer.complaint #look: man_60s\n* [a #act: staff.listen]\n  x #ending: a\n  -> END\n'));
    expect(runner.paths).toHaveLength(1);
    expect(() => walkStory(ok('Hi #look: child_10s\n* [a #act: staff.listen]\n  x #ending: a\n  -> END\n'))).toThrowError(/look "child_10s"/);
  });
  it('moves the picture with #scene (a call that becomes a visit), and rejects a place it cannot draw', () => {
    const runner = new StoryRunner(ok('電話が鳴った。 #scene: phone\n* [行く #act: staff.visit_pair]\n  玄関先に着いた。 #scene: offsite\n  x #ending: a\n  -> END\n'));
    expect(runner.continue().lines[0]!.scene).toBe('phone');
    expect(runner.choose(0).lines.map((l) => l.scene)).toEqual(['offsite', undefined]);
    expect(() => walkStory(ok('Hi #scene: moon\n* [a #act: staff.listen]\n  x #ending: a\n  -> END\n'))).toThrowError(/scene "moon"/);
  });
  it('fails on a picture tag on a line without text, where it would be lost', () => {
    expect(() => walkStory(ok('電話が鳴った。\n{false: 出ない} #scene: offsite\n* [a #act: staff.listen]\n  x #ending: a\n  -> END\n'))).toThrowError(/#scene or #mail tag is on a line without text/);
  });
  it('fails on an unknown tag', () => {
    expect(() => walkStory(ok('Hi #colour: red\n* [a #act: staff.listen]\n  x #ending: a\n  -> END\n'))).toThrowError(/unknown tag "#colour: red"/);
  });
  it('fails on an act outside the vocabulary', () => {
    expect(() => walkStory(ok('Hi\n* [a #act: staff.dance]\n  x #ending: a\n  -> END\n'))).toThrowError(/staff\.dance.*vocabulary/);
  });
  it('fails on a dead end: a path that stops without an ending', () => {
    expect(() => walkStory(ok('Hi\n* [a #act: staff.listen]\n  x #ending: a\n  -> END\n* [b #act: staff.argue]\n  y\n  -> END\n'))).toThrowError(/choices 1.*without an "# ending:" tag/);
  });
  it('replays up to a decision with the lines shown on the way, the chosen words as the staff\'s', () => {
    const json = ok('男性「話を聞け」 #act: customer.complaint\n* [「伺います」 #act: staff.listen #t: +3]\n  男性「だから」 #act: customer.repeat\n  * * [「お断りします」 #act: staff.refuse]\n    おわり #ending: a\n    -> END\n');
    const { lines, step, runner } = replay(json, 0, [0, 0], 1);
    expect(lines.map((l) => [l.text, l.t, l.staff ?? false])).toEqual([['男性「話を聞け」', 0, false], ['「伺います」', 0, true], ['男性「だから」', 180, false]]);
    expect(step.choices.map((c) => c.text)).toEqual(['「お断りします」']);
    expect(runner.path).toEqual([0]);
  });
  it('fails on a choice with no staff act', () => {
    expect(() => walkStory(ok('Hi\n* [a]\n  x #ending: a\n  -> END\n'))).toThrowError(/no staff act/);
  });
});

describe('the order options are shown in', () => {
  // Four options at each of two decisions, written A–D (the index the story gives each).
  const json = compileInk(
    (() => {
      const dir = mkdtempSync(join(tmpdir(), 'order-'));
      const file = join(dir, 'order.ink');
      writeFileSync(file, 'Hi #act: customer.complaint\n' + ['A', 'B', 'C', 'D'].map((o) => `* [${o}1 #act: staff.listen] -> two`).join('\n') + '\n=== two\nNext\n' + ['A', 'B', 'C', 'D'].map((o) => `* [${o}2 #act: staff.listen] -> fin`).join('\n') + '\n=== fin\nx #ending: a\n-> END\n');
      return file;
    })(),
  );
  const shown = (seed: number) => {
    const runner = new StoryRunner(json, seed);
    const first = runner.continue().choices;
    const second = runner.choose(first[0]!.index).choices;
    return [first, second];
  };

  it('is drawn from the seed and the decision, the same for the same seed, and keeps the story\'s index on each option', () => {
    expect(shown(5)).toEqual(shown(5));
    for (const seed of [0, 1, 2, 3]) {
      for (const choices of shown(seed)) {
        // Each option keeps the index the story gave it (what `choose` and the transcript take).
        for (const c of choices) expect(c.text.charCodeAt(0) - 'A'.charCodeAt(0)).toBe(c.index);
        expect(choices.map((c) => c.index).sort()).toEqual([0, 1, 2, 3]);
      }
    }
    // The story's first option is not always shown first: over 32 seeds it is first about a quarter of the time.
    const firstShownFirst = Array.from({ length: 32 }, (_, seed) => shown(seed)[0]![0]!.index === 0).filter(Boolean).length;
    expect(firstShownFirst).toBeGreaterThan(2);
    expect(firstShownFirst).toBeLessThan(20);
    // Decisions differ in order, not only seeds.
    expect(Array.from({ length: 32 }, (_, seed) => shown(seed)).some(([a, b]) => a!.map((c) => c.index).join() !== b!.map((c) => c.index).join())).toBe(true);
  });

  it('replays the same order: the debrief\'s replay from a decision shows the options as they were', () => {
    const runner = new StoryRunner(json, 9);
    const before = runner.continue().choices;
    const again = replay(json, 9, [before[2]!.index]);
    expect(again.step.choices).toEqual(runner.choose(before[2]!.index).choices);
  });
});
