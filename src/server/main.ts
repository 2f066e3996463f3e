// `npm start`: serves the built game, the trainer pages and the results API from one process.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { createAuth, passwordProblem } from './auth';
import { startCheckpointer } from './checkpoint';
import { SCENARIOS } from '../model/scenarios';
import { DatabaseProblem, openDatabase, type DB } from './db';
import { checkEndpoint } from './lrs';
import { compileStories } from './replay';
import { checkHomePage, lanAddresses, ownAddress } from './xapi';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    db: { type: 'string', default: process.env.MADOGUCHI_DB ?? 'data/madoguchi.sqlite' },
    dist: { type: 'string', default: 'dist' },
    'trainer-password': { type: 'string', default: process.env.MADOGUCHI_TRAINER_PASSWORD },
    // xAPI: the URL the trainees' accounts belong to, and the organisation's LRS (optional).
    'xapi-home-page': { type: 'string', default: process.env.MADOGUCHI_XAPI_HOME_PAGE },
    'lrs-endpoint': { type: 'string', default: process.env.MADOGUCHI_LRS_ENDPOINT },
    'lrs-username': { type: 'string', default: process.env.MADOGUCHI_LRS_USERNAME },
    'lrs-password': { type: 'string', default: process.env.MADOGUCHI_LRS_PASSWORD },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: "${values.port}" is not a port number`);
let homePage: string;
let lrsEndpoint: string | undefined;
try {
  homePage = values['xapi-home-page'] !== undefined ? checkHomePage(values['xapi-home-page']) : ownAddress(values.host, port);
  lrsEndpoint = values['lrs-endpoint'] !== undefined ? checkEndpoint(values['lrs-endpoint']) : undefined;
} catch (e) {
  fail((e as Error).message);
}
if (values['lrs-username'] !== undefined && !lrsEndpoint) fail('--lrs-username: given without --lrs-endpoint');
const dbPath = values.db === ':memory:' ? values.db : resolve(values.db);
let db: DB;
try {
  db = openDatabase(dbPath);
} catch (e) {
  // A damaged, unreadable or read-only database: one line saying what and where, no stack trace.
  if (e instanceof DatabaseProblem) fail(e.message);
  throw e;
}
// Every story, compiled once before the first trainee submits (the server replays each attempt);
// the replay workers build them all as they start (buildApp's `replay.warm`).
const scenarioIds = SCENARIOS.map((s) => s.id);
compileStories(scenarioIds);
const checkpointer = startCheckpointer(db);
const auth = createAuth(db);

// On first start the trainer password is given (flag or environment), asked for on a terminal, or set in the browser on this PC.
const given = values['trainer-password'];
if (given !== undefined && !auth.hasPassword()) {
  const problem = passwordProblem(given);
  if (problem) fail(`--trainer-password: ${problem}`);
  await auth.setPassword(given);
} else if (!auth.hasPassword() && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (;;) {
    const pw = await rl.question('研修担当者ページのパスワードを決めてください（8文字以上）: ');
    const problem = passwordProblem(pw);
    if (!problem) {
      await auth.setPassword(pw);
      break;
    }
    console.log(problem);
  }
  rl.close();
}

const lrs = lrsEndpoint ? { endpoint: lrsEndpoint, username: values['lrs-username'], password: values['lrs-password'], log: (m: string) => console.warn(m) } : undefined;
// At warn: every 5xx, every refused login and every rate-limited request, with the client's address.
const app = buildApp({ db, staticDir: resolve(values.dist), homePage, lrs, logger: { level: 'warn' }, replay: { warm: scenarioIds } });
const address = await app.listen({ port, host: values.host });
const shown = address.replace('127.0.0.1', 'localhost');
console.log(`窓口 Madoguchi: game ${shown}/  trainer ${shown}/trainer  (results: ${dbPath})`);
console.log(`xAPI accounts belong to ${homePage}${lrs ? `; statements are forwarded to the LRS at ${lrs.endpoint}` : ''}`);
if (!auth.hasPassword()) console.log(`No trainer password yet: open ${shown}/trainer on this PC to set one.`);
if (values.host === '127.0.0.1') console.log('Training room: start with `npm start -- --host 0.0.0.0` so other PCs can connect.');
else {
  for (const a of lanAddresses()) console.log(`  trainees open http://${a}:${port === 0 ? new URL(address).port : port}/`);
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void app.close().then(async () => {
      await checkpointer.stop();
      db.close();
      process.exit(0);
    });
  });
}
