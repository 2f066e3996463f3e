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
 * A seed whose variant differs from those of the `seen` seeds, drawn from `draw`. When every draw
 * repeats one (a story that does not vary, or every variant met), the first draw is used.
 */
export function freshSeed(compiled: string, seen: readonly number[], draw: () => number, tries = 24): number {
  const first = draw();
  if (!seen.length) return first;
  const variant = variants(compiled);
  const met = new Set(seen.map(variant));
  for (let i = 0, seed = first; i < tries; i++, seed = draw()) if (!met.has(variant(seed))) return seed;
  return first;
}
