// Whether a trainee completed a session: every scenario the lead assigned passed at least once. The live session
// page and its printed record both read it from here; whether one attempt passed is the pass rule's (src/scoring/pass.ts),
// stored with the attempt. A best score across scenarios says nothing of the scenario not yet passed.
import type { AttemptSummary } from '../model/attempt';
import { RESULT_LABEL, type Result } from '../model/report';
import { scenarioById } from '../model/scenarios';
import { resultFrom } from '../scoring/pass';

export interface ScenarioOutcome {
  scenario: string;
  /** The attempt that counts: the best passed one, else the best score (null: not attempted). */
  best: AttemptSummary | null;
  result: Result | 'not_attempted';
}

export interface Completion {
  scenarios: ScenarioOutcome[];
  passed: number;
  complete: boolean;
}

/** What an attempt as the trainer pages list it came to (the pass rule's verdict, stored with it). */
export const attemptResult = (a: AttemptSummary): Result => resultFrom(a.passed, a.incomplete === true);

const better = (a: AttemptSummary, b: AttemptSummary) => (a.passed !== b.passed ? a.passed : a.score > b.score);

/** One trainee's attempts in a session (any order), against the session's scenarios. */
export function completionOf(scenarios: readonly string[], attempts: readonly AttemptSummary[]): Completion {
  const outcomes = scenarios.map((scenario): ScenarioOutcome => {
    let best: AttemptSummary | null = null;
    for (const a of attempts) if (a.scenario === scenario && (!best || better(a, best))) best = a;
    return { scenario, best, result: best ? attemptResult(best) : 'not_attempted' };
  });
  const passed = outcomes.filter((o) => o.result === 'passed').length;
  return { scenarios: outcomes, passed, complete: scenarios.length > 0 && passed === scenarios.length };
}

/** A session's attempts by trainee (their identity). */
export function byIdentity(attempts: readonly AttemptSummary[]): Map<string, AttemptSummary[]> {
  const out = new Map<string, AttemptSummary[]>();
  for (const a of attempts) out.set(a.identity, [...(out.get(a.identity) ?? []), a]);
  return out;
}

/** One scenario's line on a printed record: 「納めたのに届いた督促状：85点 合格」, or 未受験. */
export const outcomeText = (o: ScenarioOutcome): string =>
  `${scenarioById(o.scenario)?.title ?? o.scenario}：${o.best ? `${o.best.score}点 ${RESULT_LABEL[o.result as Result]}` : '未受験'}`;

/** 修了, or 未修了 with how many of the session's scenarios are passed. */
export const completionText = (c: Completion): string => (c.complete ? '修了' : `未修了（合格 ${c.passed}／${c.scenarios.length}本）`);
