// Build-time dedupe of the knots the stories INCLUDE from stories/common/: each story's compiled JSON carries its
// own copy of them (about 12 KB gzipped in all, across the story chunks). A knot defined in an included file whose
// compiled JSON is the same in every story that includes it goes into one shared module; each story keeps a 0 in
// its place, and src/story/shared-knots.ts puts it back before `new Story(json)`. A knot that compiles differently
// in one of its stories stays in every story. Node only (the browser gets the result).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface CompiledStory {
  /** The .ink file (absolute path). */
  file: string;
  source: string;
  /** The compiler's JSON. */
  json: string;
}

export interface SharedKnots {
  /** The shared knots' compiled JSON, by name, as one JSON object (what the shared module exports). */
  shared: string;
  /** Each story's JSON with a 0 in place of each shared knot, by file (only stories that have one). */
  stories: Map<string, string>;
}

type Named = Record<string, unknown>;

/** Knot (and function) names an ink file defines: `=== name ===`, `=== function name(…) ===`. */
export function knotNames(source: string): string[] {
  return [...source.matchAll(/^[ \t]*={2,}[ \t]*(?:function[ \t]+)?([A-Za-z_]\w*)/gm)].map((m) => m[1]!);
}

/** The files a story INCLUDEs (absolute paths). */
export function includesOf(story: CompiledStory): string[] {
  return [...story.source.matchAll(/^[ \t]*INCLUDE[ \t]+(\S.*?)[ \t]*$/gm)].map((m) => resolve(dirname(story.file), m[1]!));
}

function namedContent(json: unknown): Named | undefined {
  const root = (json as { root?: unknown[] }).root;
  const last = Array.isArray(root) ? root.at(-1) : undefined;
  return last && typeof last === 'object' && !Array.isArray(last) ? (last as Named) : undefined;
}

export function shareKnots(stories: readonly CompiledStory[], read: (file: string) => string = (f) => readFileSync(f, 'utf8')): SharedKnots {
  const parsed = new Map(stories.map((s) => [s.file, JSON.parse(s.json) as unknown]));
  // knot name → the stories that include a file defining it
  const users = new Map<string, CompiledStory[]>();
  const names = new Map<string, string[]>();
  // story file → the knots its included files define
  const included = new Map<string, Set<string>>();
  for (const story of stories) {
    const knots = new Set<string>();
    for (const inc of includesOf(story)) {
      if (!names.has(inc)) names.set(inc, knotNames(read(inc)));
      for (const knot of names.get(inc)!) knots.add(knot);
    }
    for (const knot of knots) users.set(knot, [...(users.get(knot) ?? []), story]);
    included.set(story.file, knots);
  }
  const shared: Named = {};
  for (const [knot, those] of users) {
    if (knot.startsWith('#') || those.length < 2) continue;
    const texts = new Set(those.map((s) => JSON.stringify(namedContent(parsed.get(s.file))?.[knot])));
    const [text] = texts;
    if (texts.size === 1 && text !== undefined && text.startsWith('[')) shared[knot] = JSON.parse(text);
  }
  const out = new Map<string, string>();
  for (const story of stories) {
    const json = parsed.get(story.file)!;
    const named = namedContent(json);
    if (!named) continue;
    let any = false;
    for (const knot of Object.keys(named)) {
      if (knot in shared && included.get(story.file)!.has(knot)) {
        named[knot] = 0;
        any = true;
      }
    }
    if (any) out.set(story.file, JSON.stringify(json));
  }
  return { shared: JSON.stringify(shared), stories: out };
}
