// `npm run score`: JSON lines out, exit 2 with a one-line error naming the file and the event.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tx } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'madoguchi-cli-'));
const run = (args: string[], input?: string) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/score.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

const good = tx([[0, 'customer.complaint'], [1, 'staff.listen'], [5, 'customer.repeat'], [20, 'staff.end_response']]);
writeFileSync(join(dir, 'a.json'), JSON.stringify(good));
writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...good, profile: 'nanyo' }));

describe('npm run score', () => {
  it('prints one report per transcript for a file, several files or a folder', () => {
    const one = run([join(dir, 'a.json')]);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).format).toBe('madoguchi.report/1');
    const folder = run([dir]);
    const lines = folder.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => r.profile)).toEqual(['oshu', 'nanyo']);
  });
  it('reads standard input with -', () => {
    const r = run(['-'], JSON.stringify(good));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).profile).toBe('oshu');
  });
  it.each([
    ['not JSON', '{"format": ', /^<stdin>: not JSON/],
    ['a wrong format string', JSON.stringify({ ...good, format: 'madoguchi.transcript/0' }), /^<stdin>: format: must be "madoguchi.transcript\/1"/],
    ['an unknown act', JSON.stringify({ ...good, events: [{ t: 0, act: 'staff.shrug' }] }), /^<stdin>: events\[0\]\.act: unknown act "staff.shrug"/],
    ['time going backwards', JSON.stringify({ ...good, events: [{ t: 60, act: 'staff.listen' }, { t: 0, act: 'staff.listen' }] }), /^<stdin>: events\[1\]\.t: time goes backwards/],
    ['an unknown profile', JSON.stringify({ ...good, profile: 'kyoto' }), /^<stdin>: profile: unknown profile "kyoto"/],
    ['a missing field', JSON.stringify({ ...good, channel: undefined }), /^<stdin>: channel: /],
  ])('exits 2 on %s with a one-line error', (_name, input, message) => {
    const r = run(['-'], input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
  it('still scores the good files when one of several is bad, and exits 2', () => {
    const r = run([join(dir, 'a.json'), join(dir, 'missing.json')]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.json: cannot read: ENOENT/);
  });
});
