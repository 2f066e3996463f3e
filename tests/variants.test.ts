// A trainee meeting a scenario again gets a variant they have not met: another persona, other wording.
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { StoryRunner } from '../src/story/runner';
import { freshSeed, variants } from '../src/story/variants';
import { ROOT } from './server-process';

// chosha-gai draws one of three callers at the start.
const story = compileInk(join(ROOT, 'stories', 'chosha-gai.ink'));
// Seeds as the game draws them: spread over 31 bits (ink's RANDOM gives nearby seeds the same first draws).
const spread = (start: number) => {
  let i = start;
  return () => (i++ * 2_654_435_761) % 2_147_483_647;
};
const opening = (seed: number) => new StoryRunner(story, seed).continue().lines.map((l) => l.text).join('');

describe('variants', () => {
  it('begins with the opening the game shows under that seed, and tells the callers apart', () => {
    const variant = variants(story);
    const draw = spread(1);
    const seeds = Array.from({ length: 12 }, draw);
    for (const seed of seeds) expect(variant(seed).replace(/\s+/g, '')).toContain(opening(seed).replace(/\s+/g, ''));
    expect(new Set(seeds.map(opening)).size).toBeGreaterThan(1);
    expect(new Set(seeds.map(variant)).size).toBe(new Set(seeds.map(opening)).size);
  });
});

describe('freshSeed', () => {
  it('takes the first draw for someone who has not met the scenario', () => {
    expect(freshSeed(story, [], spread(5))).toBe(spread(5)());
  });

  it('avoids every variant already met while another exists, then repeats', () => {
    const variant = variants(story);
    const seen = [spread(1)()];
    for (let round = 1; round <= 2; round++) {
      const next = freshSeed(story, seen, spread(1 + round * 1000));
      expect(seen.map(variant)).not.toContain(variant(next));
      seen.push(next);
    }
    // All three callers met: the one met longest ago.
    expect(variant(freshSeed(story, [...seen].reverse(), spread(9000)))).toBe(variant(seen[0]!));
  });

  it('falls back to the first draw when the story does not vary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-variants-'));
    writeFileSync(join(dir, 'one.ink'), 'いつも同じ始まり。\n* [はい #act: staff.listen]\n  おわり #ending: a\n  -> END\n');
    const one = compileInk(join(dir, 'one.ink'));
    expect(freshSeed(one, [3], spread(40))).toBe(spread(40)());
  });
});

// The desk scenarios (生活保護, 税, 保育) each draw one of three citizens: a refresher meets another person, not the same text.
describe.each(['homon', 'sashiosae', 'hoiku'])('variants of %s', (id) => {
  const desk = compileInk(join(ROOT, 'stories', `${id}.ink`));
  it('tells its three citizens apart within the first decisions', () => {
    const variant = variants(desk);
    const draw = spread(1);
    const seen = new Set(Array.from({ length: 12 }, draw).map(variant));
    expect(seen.size).toBe(3);
  });
});
