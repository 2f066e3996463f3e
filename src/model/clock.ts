// The in-game wall clock. An encounter begins at its scenario's time of day (`start`, minutes after midnight, from
// scenarioStart in scenarios.ts: the night duty begins at 22:00, most counters at 10:00), and in-game seconds count
// from there. The transcript keeps the seconds; only what is shown, and the times typed on the record sheet, read the
// clock, so every reader is given the start rather than assuming one.

const DAY = 24 * 60;

/** Minutes after midnight for "HH:MM", or null when it is not a valid time. */
export function minuteOfDay(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Minutes on the wall clock, not wrapped at midnight (23:50 + 20 min is 1450): the clock's hands and the time axes. */
export function wallMinute(seconds: number, start: number): number {
  return start + seconds / 60;
}

/** "HH:MM" on the wall clock for in-game seconds since an encounter that began at `start`; past midnight it wraps (00:10). */
export function wallClock(seconds: number, start: number): string {
  const m = Math.floor(wallMinute(seconds, start)) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * In-game seconds for a wall-clock "HH:MM", or null when it is not a valid time. A time names no day, so it is read
 * as the moment within twelve hours either side of the start: after a 23:50 start, 00:05 is fifteen minutes in and
 * 23:45 five minutes before. No encounter lasts near twelve hours, so a time in it is never read on the wrong day.
 */
export function fromWallClock(text: string, start: number): number | null {
  const m = minuteOfDay(text);
  if (m === null) return null;
  const offset = ((((m - start) % DAY) + DAY + DAY / 2) % DAY) - DAY / 2;
  return offset * 60;
}
