// A trainee who does not read cannot pass: playing every scenario by a rule that ignores what the options
// say (always the first shown, the last, the shortest or the longest) must not pass it. Pressing 1 at every
// decision once passed 26 of the 29 scenarios (the stories wrote the right answer first; options are now
// shown in a seeded order), and always taking the longest option passed 21 (the right answer was the
// longest at 151 of the 197 decisions of the model paths; the options were rewritten so length tells nothing).
import { describe, expect, it } from 'vitest';
import { SCENARIOS, scenarioStart } from '../src/model/scenarios';
import { endingsOf } from '../src/model/endings';
import { passed } from '../src/scoring/pass';
import { score } from '../src/scoring/score';
import { storyOf } from '../src/server/replay';
import { StoryRunner, type ChoiceView } from '../src/story/runner';
import { walkStory } from '../src/story/walk';
import { TRANSCRIPT_FORMAT } from '../src/model/transcript';

const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7];
const length = (c: ChoiceView) => [...c.text].length;
const STRATEGIES: Record<string, (shown: readonly ChoiceView[]) => ChoiceView> = {
  'the first shown': (cs) => cs[0]!,
  'the last shown': (cs) => cs.at(-1)!,
  'the shortest': (cs) => cs.reduce((a, b) => (length(b) < length(a) ? b : a)),
  'the longest': (cs) => cs.reduce((a, b) => (length(b) > length(a) ? b : a)),
};
/** Plays a scenario under a seed by a rule; whether it passes, and the score. */
function playBy(id: string, seed: number, pick: (shown: readonly ChoiceView[]) => ChoiceView) {
  const meta = SCENARIOS.find((s) => s.id === id)!;
  const runner = new StoryRunner(storyOf(id), seed, scenarioStart(id));
  let step = runner.continue();
  while (step.ending === undefined) step = runner.choose(pick(step.choices).index);
  const report = score({ format: TRANSCRIPT_FORMAT, profile: meta.profile, channel: meta.channel, events: runner.events });
  return { passed: passed(report), score: report.score, ending: step.ending };
}

describe('a trainee who does not read the options cannot pass', () => {
  const results = SCENARIOS.map((meta) => ({
    id: meta.id,
    by: Object.fromEntries(Object.entries(STRATEGIES).map(([name, pick]) => [name, SEEDS.map((seed) => playBy(meta.id, seed, pick))])),
  }));

  it('prints how often each rule passes', () => {
    for (const name of Object.keys(STRATEGIES)) {
      const plays = results.flatMap((r) => r.by[name]!);
      const passing = results.filter((r) => r.by[name]!.some((p) => p.passed)).map((r) => r.id);
      console.log(`always ${name}: passes ${plays.filter((p) => p.passed).length} of ${plays.length} plays (${passing.length} scenarios at some seed: ${passing.join(' ')})`);
    }
  });

  it('passes no scenario under every seed by any rule', () => {
    for (const r of results) {
      for (const [name, plays] of Object.entries(r.by)) {
        expect(plays.every((p) => p.passed), `${r.id}: always ${name} passes under every seed (${plays.map((p) => `${p.ending} ${p.score}`).join(', ')})`).toBe(false);
      }
    }
  });

  it('never passes by always taking the longest option', () => {
    for (const r of results) {
      const passes = r.by['the longest']!.filter((p) => p.passed);
      expect(passes, `${r.id}: always the longest passes (${passes.map((p) => `${p.ending} ${p.score}`).join(', ')})`).toEqual([]);
    }
  });
});

describe('the right answer is not told by its length', () => {
  it('prints, per scenario, at how many decisions of its best model path the option taken is the longest shown', () => {
    let longest = 0;
    let decisions = 0;
    const rows: string[] = [];
    for (const meta of SCENARIOS) {
      const json = storyOf(meta.id);
      const scored = walkStory(json, 0).paths.map((p) => ({ p, s: score({ format: TRANSCRIPT_FORMAT, profile: meta.profile, channel: meta.channel, events: p.events }).score }));
      const best = scored.filter((x) => endingsOf(meta.id)[x.p.ending]?.judgement === 'model').sort((a, b) => b.s - a.s)[0]!;
      const runner = new StoryRunner(json, 0);
      let step = runner.continue();
      let n = 0;
      let l = 0;
      for (const index of best.p.choices) {
        if (step.choices.length > 1) {
          n++;
          if (length(step.choices.find((c) => c.index === index)!) === Math.max(...step.choices.map(length))) l++;
        }
        step = runner.choose(index);
      }
      rows.push(`${meta.id} ${l}/${n}`);
      longest += l;
      decisions += n;
    }
    console.log(`the model path takes the longest option at ${longest} of ${decisions} decisions (${Math.round((100 * longest) / decisions)}%): ${rows.join(', ')}`);
    expect(decisions).toBeGreaterThan(100);
  }, 180_000); // walks every path of every story
});
