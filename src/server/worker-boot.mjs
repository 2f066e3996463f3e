// The first module of every worker thread running TypeScript (the replay workers, replay-pool.ts). Plain JavaScript, because a worker thread starts without the TypeScript loader
// its parent runs under (tsx for `npm start`, Vite's for the tests): it registers tsx's loader for this
// thread, then loads the worker's TypeScript module and calls its serve().
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
const worker = await import(workerData.script);
await worker.serve();
