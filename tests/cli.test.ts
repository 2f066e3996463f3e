// `npm run score`: JSON lines out, exit 2 with a one-line error naming the file and the event.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tx } from './helpers';
import { play } from './plays';
import { rightRecord } from './record-sheets';

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
  // A real play with a record sheet (issue 11, point 6): a bad record names the field inside it.
  const played = play('kosoku', { seed: 5, withCast: true });
  const right = rightRecord(played);
  it('scores a transcript with its record sheet', () => {
    const r = run(['-'], JSON.stringify({ ...played, record: right }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).principles.find((p: { id: string }) => p.id === 'record_sheet').verdict).toBe('upheld');
  });
  it.each([
    ['an unknown field in the record', { ...right, mood: 'angry' }, /^<stdin>: record: Unrecognized key: "mood"/],
    ['a malformed time', { ...right, start: '10時' }, /^<stdin>: record\.start: must be a time HH:MM/],
    ['a time outside the encounter', { ...right, start: '06:00' }, /^<stdin>: record\.start: 06:00 is outside the encounter/],
    ['another version of the record', { ...right, version: 3 }, /^<stdin>: record\.version: must be 1, got 3/],
    ['a statement never offered', { ...right, statements: [...right.statements!.slice(0, 2), { id: 'x1', said: false }] }, /^<stdin>: record\.statements\[2\]: "x1" was never offered/],
    ['a 時系列 event never offered', { ...right, timeline: [...right.timeline!, 'e0'] }, new RegExp(`^<stdin>: record\\.timeline\\[${right.timeline!.length}\\]: "e0" was never offered`)],
    ['a checklist item never offered', { ...right, form: 'nanyo-sheet', checklist: [0] }, /^<stdin>: record\.checklist\[0\]: /],
  ])('exits 2 on %s, naming the field', (_name, record, message) => {
    const r = run(['-'], JSON.stringify({ ...played, record }));
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
