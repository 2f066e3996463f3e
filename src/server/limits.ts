// What a training room needs and no more: one PC serving about forty trainees and a lead on a LAN.
// Node's and Fastify's defaults are unlimited or generous (a slow-body connection stayed open past
// 100 s), so every figure here is set on purpose. The transcript's own caps are in src/model/validate.ts.
import { availableParallelism } from 'node:os';
import { MAX_EVENTS, MAX_TEXT } from '../model/validate';

/**
 * Largest request body: a transcript at every cap of validate.ts (MAX_EVENTS events of MAX_TEXT characters,
 * three bytes each in UTF-8) is about 130 KB; the largest real one (every path of every story) is 10 KB.
 */
export const BODY_LIMIT = Math.ceil((MAX_EVENTS * (MAX_TEXT * 3 + 100) + 4096) / 1024) * 1024;

/** The whole request (headers and body) must arrive within this; a trainee's body is a few KB. */
export const REQUEST_TIMEOUT_MS = 15_000;
export const HEADERS_TIMEOUT_MS = 10_000;
/** An idle keep-alive connection is closed after this (Fastify's default is 72 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How often Node looks for connections past those timeouts (its default is 30 s). */
export const CONNECTIONS_CHECK_MS = 2_000;
/**
 * Open connections at once. A browser opens up to six per server while a page loads; forty trainees
 * and the lead are about 250. Beyond the cap Node closes new connections at once.
 */
export const MAX_CONNECTIONS = 400;

/**
 * Below this much free space on the database's disk, writes are refused (507) before SQLite runs out
 * mid-commit. An attempt is about 10 KB stored and the WAL may hold 16 MB; the browser keeps a refused
 * attempt and sends it again later.
 */
export const MIN_FREE_DISK_BYTES = 100 * 1024 * 1024;

/** Requests per client address and minute: a room has one address per PC (see README for shared addresses). */
export const RATE = {
  /** Trainer login and first-start setup: a person types a password a few times. */
  login: 10,
  /** Joining with a code and asking for variants: 31^6 codes stay out of reach of guessing at this rate. */
  code: 60,
  /** Progress reports: a few per scenario. */
  progress: 120,
} as const;

/**
 * Threads replaying submissions (src/server/replay-pool.ts): one per core, up to four. A wave of 40 is
 * 40 replays of 2–3 ms against a few ms of parsing and committing on the main thread, so on a two-core
 * PC two workers share the replays over both cores and finish a wave sooner than one worker would.
 */
export const REPLAY_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
/**
 * Submissions waiting for a replay worker before more are refused (503, and the browser sends again):
 * five rooms' waves at once, about a quarter of a second of replaying on two cores.
 */
export const REPLAY_QUEUE = 200;
/**
 * Finished plays replayed in advance (reported at the ending, src/server/replay-pool.ts `prepare`) and kept
 * until their submission: a few rooms of 40 writing their record sheets. Each keeps its events as JSON,
 * a few kilobytes; the oldest are forgotten beyond this (their submissions are replayed when they come).
 */
export const REPLAY_PREPARED = 400;
/**
 * A submission the current story refuses is checked against at most this many earlier versions of it, newest first
 * (story-versions.ts): an outbox waits hours or days, not several releases, and each version is a replay more.
 */
export const EARLIER_VERSIONS = 3;
