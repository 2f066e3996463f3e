// `npm run score -- FILE.json` (or `-` for standard input): prints the report JSON.
// An invalid transcript exits 2 with a one-line error naming the file and the bad field or event.
import { readFileSync } from 'node:fs';
import { parseTranscript, TranscriptError } from '../model/validate';
import { score } from '../scoring/score';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length !== 1) fail('usage: npm run score -- FILE.json   (or - to read standard input)');
const file = files[0]!;
const name = file === '-' ? '<stdin>' : file;

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  fail(`${name}: cannot read: ${(e as Error).message}`);
}
let data: unknown;
try {
  data = JSON.parse(text);
} catch (e) {
  fail(`${name}: not JSON: ${(e as Error).message}`);
}
try {
  process.stdout.write(`${JSON.stringify(score(parseTranscript(data)), null, 2)}\n`);
} catch (e) {
  if (e instanceof TranscriptError) fail(`${name}: ${e.message}`);
  throw e;
}
