// Attempts as xAPI statements (actor, verb, object, result, context with the attempt as registration),
// so that sending them to a Learning Record Store or an LMS is a transfer, not a rewrite. The one statement
// shape is checked strictly in tests/xapi-schema.ts.
import { identityKey, NO_NAME } from '../model/identity';
import { mistakesByField } from '../model/records/summary';
import type { Report } from '../model/report';
import { scenarioById } from '../model/scenarios';
import type { Transcript } from '../model/transcript';
import { passed } from '../scoring/pass';

/** Activity ids and extension keys are IRIs in this namespace (a URN: stable whatever server stored them). */
export const XAPI_BASE = 'urn:madoguchi';

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name: Record<string, string>; description?: Record<string, string> } };
  result: {
    score: { scaled: number; raw: number; min: 0; max: 100 };
    success: boolean;
    /** False when the trainee skipped a task (the record sheet): not done, and never a success. */
    completion: boolean;
    duration?: string;
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

/** ISO 8601 duration, to the hundredth of a second xAPI asks for. */
export function isoDuration(seconds: number): string {
  return `PT${Math.round(seconds * 100) / 100}S`;
}

export interface StatementContext {
  /** The statement id, the registration and the attempt's id (lower case). */
  attemptId: string;
  /**
   * When the server received the attempt (ISO; for a row written in place, when it stored it): the statement's
   * timestamp is never later. A submission is stored moments after, once replayed (routes/public.ts).
   */
  stored: string;
  /** The session's code as the server stores it (canonical), not as the trainee typed it. */
  sessionCode?: string | null;
  /** The system the account names belong to: a URL (xAPI 1.0.3, 2.4.2.2), configured on the server. */
  homePage: string;
}

/** When the play ended as far as the transcript tells (start + real time played), never after it was received. */
function timestamp(t: Transcript, stored: string): string {
  if (!t.startedAt) return stored;
  const ended = Date.parse(t.startedAt) + (t.playedSeconds ?? 0) * 1000;
  return new Date(Math.min(ended, Date.parse(stored))).toISOString();
}

/**
 * The record sheet, when the attempt has one: skipped, or written with the count of mistakes per field
 * (src/model/records/summary.ts), so an LRS can tell which fields a trainee gets wrong.
 */
function recordExtension(t: Transcript): Record<string, unknown> {
  if (!t.record) return {};
  const mistakes = mistakesByField(t);
  return { [`${XAPI_BASE}:record`]: mistakes ? { state: 'written', mistakes } : { state: 'skipped' } };
}

export function toStatement(t: Transcript, report: Report, c: StatementContext): XapiStatement {
  const meta = t.scenario ? scenarioById(t.scenario) : undefined;
  const trainee = t.trainee ?? { name: NO_NAME };
  return {
    id: c.attemptId,
    actor: { objectType: 'Agent', name: trainee.name, account: { homePage: c.homePage, name: identityKey(trainee) } },
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
      completion: !report.incomplete?.length,
      // Real time played; an older game did not send it, and in-game time (which runs faster) is no substitute.
      ...(t.playedSeconds !== undefined ? { duration: isoDuration(t.playedSeconds) } : {}),
      extensions: {
        [`${XAPI_BASE}:principles`]: Object.fromEntries(report.principles.map((p) => [p.id, p.verdict])),
        [`${XAPI_BASE}:critical`]: report.critical,
        [`${XAPI_BASE}:in-game-duration`]: isoDuration(report.timeline.encounterEnded),
        ...recordExtension(t),
      },
    },
    context: {
      registration: c.attemptId,
      platform: 'Madoguchi',
      language: 'ja-JP',
      ...(c.sessionCode ? { contextActivities: { grouping: [{ objectType: 'Activity' as const, id: `${XAPI_BASE}:session:${c.sessionCode}` }] } } : {}),
      extensions: {
        [`${XAPI_BASE}:profile`]: t.profile,
        ...(trainee.department ? { [`${XAPI_BASE}:department`]: trainee.department } : {}),
        ...(t.seed !== undefined ? { [`${XAPI_BASE}:seed`]: t.seed } : {}),
      },
    },
    timestamp: timestamp(t, c.stored),
  };
}
