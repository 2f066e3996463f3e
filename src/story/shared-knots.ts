// The knots every story takes from stories/common/ (INCLUDE) are shipped once, not in each story's chunk: the
// build (src/build/ink-shared.ts) leaves a 0 in their place in each story's JSON and puts the knots' compiled
// JSON in one shared module. This puts them back before `new Story(json)`: the result is the compiler's own JSON,
// character for character (tests/ink-shared.test.ts checks it for every story).

/** A story's compiled JSON with its shared knots put back, as the ink compiler wrote it. */
export function withSharedKnots(story: string, shared: string): string {
  const json = JSON.parse(story) as { root: unknown[] };
  const knots = JSON.parse(shared) as Record<string, unknown>;
  const named = json.root.at(-1) as Record<string, unknown>;
  for (const [name, value] of Object.entries(named)) {
    if (value !== 0 || name.startsWith('#')) continue;
    if (!(name in knots)) throw new Error(`story: the shared knot ${name} is not in the shared module`);
    named[name] = knots[name];
  }
  return JSON.stringify(json);
}
