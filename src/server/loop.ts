// Long reads give the event loop back as they go, so a trainee's submission is never held behind them.
// (A stream over a synchronous generator does not: Node refills it through process.nextTick, which runs
// before any I/O, so a whole CSV export ran as one block of 10 s.)

/** Yields the rows, pausing for the event loop (setImmediate, after pending I/O) every `every` rows. */
export async function* yielding<T>(rows: Iterable<T>, every = 25): AsyncGenerator<T> {
  let n = 0;
  for (const r of rows) {
    yield r;
    if (++n % every === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Reads every row into an array the same way. */
export async function gather<T>(rows: Iterable<T>, every = 25): Promise<T[]> {
  const out: T[] = [];
  for await (const r of yielding(rows, every)) out.push(r);
  return out;
}
