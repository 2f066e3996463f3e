// Refreshers vary: a trainee who meets a scenario again (next year's refresher, or simply a second
// try) gets a seed whose variant they have not met before: another persona, other wording, another
// order of demands.
import { Story } from 'inkjs';

/**
 * What a trainee meets under each seed, as text: the opening and what follows the first choice at the
 * next few decisions (where the stories draw the order of demands). Seeded as StoryRunner seeds a story.
 */
export function variants(compiled: string, decisions = 3): (seed: number) => string {
  const story = new Story(compiled);
  return (seed) => {
    story.ResetState();
    story.state.storySeed = seed;
    story.state.previousRandom = 0;
    let text = story.ContinueMaximally();
    for (let i = 0; i < decisions && story.currentChoices.length; i++) {
      story.ChooseChoiceIndex(0);
      text += story.ContinueMaximally();
    }
    return text;
  };
}

/**
 * A seed whose variant differs from those of the `seen` seeds (newest first), drawn from `draw`. When
 * every draw repeats one (every variant met), the variant met longest ago; a story that does not vary
 * gets the first draw.
 */
export function freshSeed(compiled: string, seen: readonly number[], draw: () => number, tries = 24): number {
  const first = draw();
  if (!seen.length) return first;
  const variant = variants(compiled);
  const age = new Map<string, number>(); // variant → how many attempts ago it was last met
  seen.forEach((s, i) => {
    const v = variant(s);
    if (!age.has(v)) age.set(v, i);
  });
  let best = first;
  let bestAge = -1;
  for (let i = 0, seed = first; i < tries; i++, seed = draw()) {
    const a = age.get(variant(seed));
    if (a === undefined) return seed;
    if (a > bestAge) [best, bestAge] = [seed, a];
  }
  return best;
}
