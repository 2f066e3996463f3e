// `npm run score -- FILE.json [MORE.json | FOLDER ...]` (or `-` for standard input):
// prints one report per transcript as JSON lines. Bad input is reported on stderr
// as one line naming the file and the field or event; the exit code is then 2.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript, TranscriptError } from '../model/validate';
import { score } from '../scoring/score';

export function expand(args: string[]): string[] {
  return args.flatMap((a) => {
    if (a === '-') return [a];
    let isDir = false;
    try {
      isDir = statSync(a).isDirectory();
    } catch {
      return [a]; // reported as unreadable below
    }
    return isDir ? readdirSync(a).filter((f) => f.endsWith('.json')).sort().map((f) => join(a, f)) : [a];
  });
}

/** Scores one file; returns the report line or throws an Error whose message names the file. */
export function scoreFile(file: string, read = (f: string) => readFileSync(f === '-' ? 0 : f, 'utf8')): string {
  const name = file === '-' ? '<stdin>' : file;
  let text: string;
  try {
    text = read(file);
  } catch (e) {
    throw new Error(`${name}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: not JSON: ${(e as Error).message}`);
  }
  try {
    return JSON.stringify(score(parseTranscript(data)));
  } catch (e) {
    if (e instanceof TranscriptError) throw new Error(`${name}: ${e.message}`);
    throw e;
  }
}

function main(args: string[]): number {
  if (args.length === 0) {
    process.stderr.write('usage: npm run score -- FILE.json [FILE.json | FOLDER ...]   (- reads standard input)\n');
    return 2;
  }
  let failed = false;
  for (const file of expand(args)) {
    try {
      process.stdout.write(`${scoreFile(file)}\n`);
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
