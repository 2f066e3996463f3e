// `npm start`: serves the built game, the trainer page and the results API from one process.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { openDatabase } from './db';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    db: { type: 'string', default: process.env.MADOGUCHI_DB ?? 'data/madoguchi.sqlite' },
    dist: { type: 'string', default: 'dist' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: "${values.port}" is not a port number`);
  process.exit(2);
}
const dbPath = values.db === ':memory:' ? values.db : resolve(values.db);
const db = openDatabase(dbPath);
const app = buildApp({ db, staticDir: resolve(values.dist) });
const address = await app.listen({ port, host: values.host });
const shown = address.replace('127.0.0.1', 'localhost');
console.log(`窓口 Madoguchi: game ${shown}/  trainer ${shown}/trainer  (results: ${dbPath})`);
if (values.host === '127.0.0.1') console.log('Training room: start with `npm start -- --host 0.0.0.0` so other PCs can connect.');

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void app.close().then(() => {
      db.close();
      process.exit(0);
    });
  });
}
