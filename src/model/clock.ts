// The in-game wall clock: an encounter starts at 10:00 (in-game seconds count from there). The scenes draw it and the
// record sheet asks times on it, so both read this one constant.
export const START_MINUTE = 10 * 60;

/** "HH:MM" on the wall clock for in-game seconds since the encounter began. */
export function wallClock(seconds: number): string {
  const m = START_MINUTE + Math.floor(seconds / 60);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** In-game seconds for a wall-clock "HH:MM", or null when it is not a valid time. */
export function fromWallClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? (Number(m[1]) * 60 + Number(m[2]) - START_MINUTE) * 60 : null;
}
