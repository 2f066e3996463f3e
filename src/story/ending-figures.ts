// Per-ending figures of a walked story: how many paths reach each ending, how many of them pass, and their
// lowest and highest score, beside the writer's judgement. The story tests, the walker and docs/scenarios.md share it.
import { endingsOf } from '../model/endings';
import type { EndingJudgement, ScenarioMeta } from '../model/scenarios';
import { passed } from '../scoring/pass';
import { score } from '../scoring/score';
import type { Report } from '../scoring/types';
import { walkStory, type PathResult } from './walk';

export interface EndingRow {
  ending: string;
  judgement?: EndingJudgement;
  paths: number;
  passes: number;
  min: number;
  max: number;
  mean: number;
}

export interface ScoredPath {
  path: PathResult;
  seed: number;
  report: Report;
}

/** Scores every walked path as the scenario's own profile and channel would, with its seed and choices. */
export function scorePaths(meta: ScenarioMeta, walks: readonly (readonly [number, readonly PathResult[]])[]): ScoredPath[] {
  return walks.flatMap(([seed, paths]) =>
    paths.map((path) => ({
      path,
      seed,
      report: score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, scenario: meta.id, seed, choices: path.choices, events: path.events }),
    })),
  );
}

export function endingRows(meta: ScenarioMeta, scored: readonly ScoredPath[]): EndingRow[] {
  const rows = new Map<string, EndingRow & { sum: number }>();
  for (const { path, report } of scored) {
    const row = rows.get(path.ending) ?? { ending: path.ending, judgement: endingsOf(meta.id)[path.ending], paths: 0, passes: 0, min: 100, max: 0, mean: 0, sum: 0 };
    row.paths++;
    if (passed(report)) row.passes++;
    row.min = Math.min(row.min, report.score);
    row.max = Math.max(row.max, report.score);
    row.sum += report.score;
    rows.set(path.ending, row);
  }
  return [...rows.values()].map(({ sum, ...r }) => ({ ...r, mean: Math.round((10 * sum) / r.paths) / 10 }));
}

/** Mean score over the paths whose ending carries the given judgement, or null when there are none. */
export function meanOf(scored: readonly ScoredPath[], meta: ScenarioMeta, judgement: EndingJudgement['judgement']): number | null {
  const xs = scored.filter((s) => endingsOf(meta.id)[s.path.ending]?.judgement === judgement).map((s) => s.report.score);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function formatRows(rows: readonly EndingRow[]): string {
  const lines = ['  ending                 judgement   paths  pass   min  max  mean'];
  for (const r of rows) {
    lines.push(`  ${r.ending.padEnd(22)} ${(r.judgement?.judgement ?? '(unjudged)').padEnd(11)} ${String(r.paths).padStart(5)} ${String(r.passes).padStart(5)} ${String(r.min).padStart(5)} ${String(r.max).padStart(4)} ${String(r.mean).padStart(5)}`);
  }
  return lines.join('\n');
}

/** The seeds a story is walked under: several when it draws from the random source (persona, wording, order), else one. */
export function seedsOf(source: string): number[] {
  return /RANDOM\(|\{~|SEED_RANDOM/.test(source) ? [1, 2, 3] : [0];
}

/** Walks a compiled story under each seed and returns its per-ending figures and the scored paths. */
export function walkScenario(meta: ScenarioMeta, compiled: string, source: string) {
  const walks = seedsOf(source).map((seed) => [seed, walkStory(compiled, seed)] as const);
  const scored = scorePaths(meta, walks.map(([seed, w]) => [seed, w.paths] as const));
  return { walks, scored, rows: endingRows(meta, scored) };
}
