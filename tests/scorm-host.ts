// A stand-in LMS for browser tests and the bench: serves one SCORM package's files (read from its zip) under
// /sco/, and a host page that puts scorm-again's Scorm12API up as window.API and opens a SCO in an iframe.
// Every API call the SCO makes is logged in window.calls as [name, ...arguments, result].
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import Fastify from 'fastify';
import { unzipSync } from 'fflate';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.ogg': 'audio/ogg', '.xml': 'application/xml', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

const HOST_PAGE = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>LMS (scorm-again)</title>
<style>body { margin: 0 } iframe { border: 0; width: 1280px; height: 720px; display: block }</style></head>
<body><script type="module">
import { Scorm12API } from '/scorm-again/scorm12.js';
window.calls = [];
window.launch = (cmi, scenario) => {
  const lms = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (cmi) lms.loadFromJSON(cmi, '');
  window.lms = lms;
  const api = {};
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']) {
    api[name] = (...args) => { const r = lms[name](...args); window.calls.push([name, ...args, r]); return r; };
  }
  window.API = api;
  const frame = document.createElement('iframe');
  frame.src = '/sco/index.html?scenario=' + encodeURIComponent(scenario);
  document.body.append(frame);
};
window.hostReady = true;
</script></body></html>`;

export interface ScormHost {
  base: string;
  /** The package's files by path, as read from the zip. */
  files: Map<string, Uint8Array>;
  close(): Promise<void>;
}

export async function startScormHost(zipFile: string): Promise<ScormHost> {
  const files = new Map(Object.entries(unzipSync(readFileSync(zipFile))));
  const scormAgain = readFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12').replace(/scorm12\.js$/, 'esm/scorm12.js'));
  const app = Fastify();
  app.get('/host.html', (_req, reply) => reply.type(TYPES['.html']!).send(HOST_PAGE));
  app.get('/scorm-again/scorm12.js', (_req, reply) => reply.type(TYPES['.js']!).send(scormAgain));
  app.get('/sco/*', (req, reply) => {
    const path = decodeURIComponent((req.params as { '*': string })['*']);
    const data = files.get(path);
    if (!data) return reply.code(404).send(`not in the package: ${path}`);
    return reply.type(TYPES[extname(path)] ?? 'application/octet-stream').send(Buffer.from(data));
  });
  const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('127.0.0.1', 'localhost');
  return { base, files, close: () => app.close() };
}
