// Attempts as xAPI statements (actor, verb, object, result, context with the attempt as registration),
// so that sending them to a Learning Record Store or an LMS is an export, not a rewrite.
import type { Report } from '../model/report';
import { scenarioById } from '../model/scenarios';
import type { Transcript } from '../model/transcript';
import { passed } from '../scoring/pass';

export const XAPI_BASE = 'urn:madoguchi';

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name: Record<string, string>; description?: Record<string, string> } };
  result: {
    score: { scaled: number; raw: number; min: 0; max: 100 };
    success: boolean;
    completion: true;
    duration: string;
    extensions: Record<string, unknown>;
  };
  context: {
    registration: string;
    platform: 'Madoguchi';
    language: 'ja-JP';
    contextActivities?: { grouping: { objectType: 'Activity'; id: string }[] };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
}

/** ISO 8601 duration of the encounter in in-game time. */
function duration(seconds: number): string {
  return `PT${Math.round(seconds)}S`;
}

export function toStatement(t: Transcript, report: Report, attemptId: string, stored: string, sessionCode?: string): XapiStatement {
  const meta = t.scenario ? scenarioById(t.scenario) : undefined;
  const name = t.trainee?.name ?? '(名前なし)';
  return {
    id: attemptId,
    actor: { objectType: 'Agent', name, account: { homePage: `${XAPI_BASE}:staff`, name } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'ja-JP': '修了した', 'en-US': 'completed' } },
    object: {
      objectType: 'Activity',
      id: `${XAPI_BASE}:scenario:${t.scenario ?? 'unknown'}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: { 'ja-JP': meta?.title ?? t.scenario ?? '不明なシナリオ' },
        ...(meta ? { description: { 'ja-JP': meta.description } } : {}),
      },
    },
    result: {
      score: { scaled: report.score / 100, raw: report.score, min: 0, max: 100 },
      success: passed(report),
      completion: true,
      duration: duration(report.timeline.encounterEnded),
      extensions: {
        [`${XAPI_BASE}:principles`]: Object.fromEntries(report.principles.map((p) => [p.id, p.verdict])),
        [`${XAPI_BASE}:critical`]: report.critical,
      },
    },
    context: {
      registration: attemptId,
      platform: 'Madoguchi',
      language: 'ja-JP',
      ...(sessionCode ? { contextActivities: { grouping: [{ objectType: 'Activity' as const, id: `${XAPI_BASE}:session:${sessionCode}` }] } } : {}),
      extensions: {
        [`${XAPI_BASE}:profile`]: t.profile,
        [`${XAPI_BASE}:department`]: t.trainee?.department ?? null,
        [`${XAPI_BASE}:seed`]: t.seed ?? null,
      },
    },
    timestamp: t.startedAt ?? stored,
  };
}
