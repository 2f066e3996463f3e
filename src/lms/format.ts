// SCORM 1.2 data formats (RTE 3.4 data model): pure functions, no DOM, so tests check them directly.

/** What resumes an unfinished attempt: the story's seed and the choices taken so far. */
export interface Resume {
  scenario: string;
  seed: number;
  choices: number[];
}

/** cmi.suspend_data is a CMIString4096: at most 4,096 characters. */
export const SUSPEND_MAX = 4096;
const SUSPEND_FORMAT = 'm1';

/** `m1;kosoku;12345;0.2.1`: short, so even a very long play stays far below 4,096 characters. */
export function encodeResume(r: Resume): string | null {
  const s = [SUSPEND_FORMAT, r.scenario, r.seed, r.choices.join('.')].join(';');
  return s.length <= SUSPEND_MAX ? s : null;
}

/** The resume point kept in cmi.suspend_data, or null when there is none (or it is not ours). */
export function decodeResume(s: string): Resume | null {
  const [format, scenario, seed, choices, ...rest] = s.split(';');
  if (format !== SUSPEND_FORMAT || !scenario || seed === undefined || choices === undefined || rest.length) return null;
  const picked = choices === '' ? [] : choices.split('.').map(Number);
  if (!/^\d+$/.test(seed) || picked.some((c) => !Number.isInteger(c) || c < 0)) return null;
  return { scenario, seed: Number(seed), choices: picked };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits) of a number of milliseconds. */
export function timespan(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), (9999 * 3600 + 59 * 60 + 59) * 100 + 99);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** CMITime `HH:MM:SS` (a time of day), for cmi.interactions.n.time. */
export function timeOfDay(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A CMIIdentifier for the n-th decision (1-based) of a scenario: letters, digits and `_-.:` only. */
export function interactionId(scenario: string, n: number): string {
  return `${scenario.replace(/[^A-Za-z0-9_\-.:]/g, '_').slice(0, 200)}.d${n}`;
}

/** A choice as a SCORM 1.2 `choice` response: one character 0–9, a–z. */
export function choiceResponse(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 35) throw new Error(`choice index ${index} has no SCORM choice character`);
  return index.toString(36);
}

/** cmi.core.student_name is "Family, Given" in many LMSs; shown as "Family Given". */
export function learnerName(studentName: string, studentId: string): string {
  return studentName.replace(/\s*,\s*/g, ' ').trim() || studentId.trim();
}
