// Plays every path of a compiled story to an ending. Used by the story tests
// (and later by the scenario library's reports); pure TypeScript over inkjs.
import type { Cast, TranscriptEvent } from '../model/transcript';
import { StoryRunner, type ChoiceView } from './runner';

export interface PathResult {
  choices: number[];
  decisions: number;
  ending: string;
  events: TranscriptEvent[];
  cast: Cast;
}

export interface WalkResult {
  paths: PathResult[];
  endings: Map<string, number>;
  minDecisions: number;
}

export class WalkError extends Error {}

/**
 * Depth-first over every choice. Throws WalkError naming the choice path on a dead end, bad tag or runaway loop.
 * `onDecision` sees the choices offered at every decision point (the layout test renders them all); `start` is the
 * scenario's wall clock (scenarioStart), which only the story's text reads.
 */
export function walkStory(compiled: string, seed = 0, maxDecisions = 60, onDecision?: (choices: readonly ChoiceView[]) => void, start?: number): WalkResult {
  const runner = new StoryRunner(compiled, seed, start);
  const paths: PathResult[] = [];
  const visit = (step: ReturnType<StoryRunner['continue']>, trail: number[]): void => {
    if (step.ending !== undefined) {
      paths.push({ choices: trail, decisions: runner.decisions, ending: step.ending, events: runner.events.map((e) => ({ ...e })), cast: structuredClone(runner.cast) });
      return;
    }
    if (trail.length >= maxDecisions) throw new WalkError(`path ${trail.join('-')} passes ${maxDecisions} decisions without an ending (a loop?)`);
    onDecision?.(step.choices);
    const snapshot = runner.save();
    // In the story's own order (the shown order is drawn per seed), so the paths come out in one order.
    for (const c of [...step.choices].sort((a, b) => a.index - b.index)) {
      runner.restore(snapshot);
      let next;
      try {
        next = runner.choose(c.index);
      } catch (e) {
        throw new WalkError(`after choices ${[...trail, c.index].join('-')} ("${c.text}"): ${(e as Error).message}`);
      }
      visit(next, [...trail, c.index]);
    }
  };
  let first;
  try {
    first = runner.continue();
  } catch (e) {
    throw new WalkError(`at the start: ${(e as Error).message}`);
  }
  visit(first, []);
  const endings = new Map<string, number>();
  for (const p of paths) endings.set(p.ending, (endings.get(p.ending) ?? 0) + 1);
  return { paths, endings, minDecisions: Math.min(...paths.map((p) => p.decisions)) };
}
