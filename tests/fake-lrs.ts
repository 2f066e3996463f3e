// A Learning Record Store on loopback for the forwarding tests: it keeps statements as xAPI 1.0.3 says
// (PUT with statementId: 204 when new or the same, 409 when different; GET by statementId, with the fields
// an LRS adds) and misbehaves on purpose by script, one behaviour per PUT.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | 'normal'
  | 'fail' // 503, nothing kept
  | 'hang' // keeps the statement, never answers (the sender times out)
  | 'lost' // keeps the statement, then drops the connection (the answer is lost)
  | 'conflict' // answers 409 to the next statement it already holds, even the same one (some LRSs do)
  | 'reject'; // 400, nothing kept

export interface FakeLrs {
  url: string;
  /** Every body PUT under each id, in order of arrival. */
  received: Map<string, string[]>;
  /** What the LRS holds. */
  held: Map<string, string>;
  /** Behaviours for the next PUTs; 'normal' once empty. */
  script: Behaviour[];
  headers: IncomingMessage['headers'][];
  /** How many PUTs were answered 409. */
  conflicts: number;
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (s += c));
    req.on('end', () => resolve(s));
  });

export async function startFakeLrs(): Promise<FakeLrs> {
  const lrs = { received: new Map<string, string[]>(), held: new Map<string, string>(), script: [] as Behaviour[], headers: [] as IncomingMessage['headers'][], conflicts: 0 };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://lrs');
    const id = url.searchParams.get('statementId') ?? '';
    lrs.headers.push(req.headers);
    if (url.pathname !== '/xapi/statements' || !id) return res.writeHead(404).end();
    if (req.method === 'GET') {
      const held = lrs.held.get(id);
      if (!held) return res.writeHead(404).end();
      // As an LRS returns it: with stored, authority and version added, the timestamp in another format.
      const s = JSON.parse(held);
      const copy = { ...s, ...(s.timestamp ? { timestamp: s.timestamp.replace('Z', '+00:00') } : {}), stored: new Date().toISOString(), authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.org' }, version: '1.0.3' };
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(copy));
    }
    if (req.method !== 'PUT') return res.writeHead(405).end();
    const text = await body(req);
    lrs.received.set(id, [...(lrs.received.get(id) ?? []), text]);
    const behaviour = lrs.script.shift() ?? 'normal';
    if (behaviour === 'fail') return res.writeHead(503).end('try later');
    if (behaviour === 'reject') return res.writeHead(400).end('{"message":"statement refused"}');
    const before = lrs.held.get(id);
    if (behaviour === 'conflict' && before === undefined) lrs.script.unshift('conflict'); // waits for a repeat
    if (before === undefined) lrs.held.set(id, text);
    if (behaviour === 'hang') return; // never answered
    if (behaviour === 'lost') return req.socket.destroy();
    if (before !== undefined && (behaviour === 'conflict' || before !== text)) {
      lrs.conflicts++;
      return res.writeHead(409).end('conflict');
    }
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return Object.assign(lrs, {
    url: `http://127.0.0.1:${port}/xapi/`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  });
}
