// The SCORM 1.2 packages: their structure (manifest rules, every file inside), and the kosoku SCO played in
// headless Chromium inside a real SCORM runtime (scorm-again's Scorm12API as the LMS), with the checks
// scorm-again does not make; and the package opened straight from its files (file://) as self-study.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { type Browser, type Frame, type Page } from 'playwright-core';
import { launchChromium } from './browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../src/build/ink';
import { packageScorm, type BuiltPackage } from '../src/build/scorm-package';
import { SUSPEND_MAX } from '../src/lms/format';
import { FORM_OF } from '../src/model/records/forms';
import { SCENARIOS, scenarioById } from '../src/model/scenarios';
import { passed, PASS_MARK } from '../src/scoring/pass';
import { score } from '../src/scoring/score';
import { walkStory } from '../src/story/walk';
import { fillRecord } from './record-fill';
import { startScormHost, type ScormHost } from './scorm-host';
import { ROOT } from './server-process';

// Two LMS sessions in one test; on a busy two-core machine a browser test can take a while.
vi.setConfig({ testTimeout: 150_000 });

const SHOTS = join(ROOT, 'test-results');
const OUT = join(mkdtempSync(join(tmpdir(), 'madoguchi-scorm-')), 'dist-scorm');
const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
let packages: BuiltPackage[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  packages = await packageScorm(OUT);
});

const zipOf = (id: string) => packages.find((p) => p.file.endsWith(`madoguchi-${id}.zip`))!;

describe('the SCORM packages', () => {
  it('are one per scenario plus the course, each at most 1 MB', () => {
    expect(packages.map((p) => p.file.replace(/.*madoguchi-|\.zip$/g, '')).sort()).toEqual([...SCENARIOS.map((s) => s.id), 'course'].sort());
    for (const p of packages) expect(p.bytes, p.file).toBeLessThanOrEqual(1024 * 1024);
  });

  it.each(['kosoku', 'course'])('%s: the manifest follows the SCORM 1.2 rules and every file it names is in the zip', (id) => {
    const files = unzipSync(readFileSync(zipOf(id).file));
    const doc = new JSDOM(new TextDecoder().decode(files['imsmanifest.xml']), { contentType: 'application/xml' }).window.document;
    const all = (name: string) => [...doc.getElementsByTagNameNS(CP, name)];
    const manifest = doc.documentElement;
    expect(manifest.localName).toBe('manifest');
    expect(manifest.namespaceURI).toBe(CP);
    expect(all('schema')[0]?.textContent).toBe('ADL SCORM');
    expect(all('schemaversion')[0]?.textContent).toBe('1.2');
    // Identifiers are xs:ID (NCName) and unique across the manifest.
    const ids = [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')!);
    for (const i of ids) expect(i).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    const orgs = all('organization');
    expect(orgs.map((o) => o.getAttribute('identifier'))).toContain(all('organizations')[0]!.getAttribute('default'));
    const resources = new Map(all('resource').map((r) => [r.getAttribute('identifier')!, r]));
    const items = all('item');
    expect(items.length).toBe(id === 'course' ? SCENARIOS.length : 1);
    for (const item of items) {
      expect(item.getElementsByTagNameNS(CP, 'title')[0]?.textContent?.length).toBeGreaterThan(0);
      const sco = resources.get(item.getAttribute('identifierref')!);
      expect(sco, item.getAttribute('identifier')!).toBeDefined();
      expect(sco!.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
      const launch = new URL(sco!.getAttribute('href')!, 'http://lms.example/pkg/');
      expect(launch.pathname).toBe('/pkg/index.html');
      expect(scenarioById(launch.searchParams.get('scenario')!), launch.href).toBeDefined();
      expect(Number(item.getElementsByTagNameNS(ADLCP, 'masteryscore')[0]?.textContent)).toBe(PASS_MARK);
    }
    if (id !== 'course') expect(new URL(resources.get(items[0]!.getAttribute('identifierref')!)!.getAttribute('href')!, 'http://x/').searchParams.get('scenario')).toBe(id);
    const listed = new Set<string>();
    for (const r of resources.values()) {
      expect(['sco', 'asset']).toContain(r.getAttributeNS(ADLCP, 'scormtype'));
      expect(r.getAttribute('type')).toBe('webcontent');
      for (const d of r.getElementsByTagNameNS(CP, 'dependency')) expect(resources.has(d.getAttribute('identifierref')!)).toBe(true);
      for (const f of r.getElementsByTagNameNS(CP, 'file')) {
        const href = f.getAttribute('href')!;
        expect(href).not.toMatch(/^(\/|[a-z]+:)/);
        expect(files[href], `${href} is named in the manifest but not in the zip`).toBeDefined();
        listed.add(href);
      }
    }
    expect(Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !listed.has(f))).toEqual([]);
    // Relative URLs only: the package lives under an LMS path, not at the server's root.
    const html = new TextDecoder().decode(files['index.html']);
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\.\//);
  });
});

// Played in the LMS: the best and a failing path of kosoku, as walked by the story walker.
const meta = scenarioById('kosoku')!;
const ranked = walkStory(compileInk(join(ROOT, 'stories', meta.file)))
  .paths.map((p) => ({ p, report: score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: p.events }) }))
  .sort((a, b) => b.report.score - a.report.score || a.p.decisions - b.p.decisions);

type Call = [string, ...string[]];
// Text speed "instant" (the settings are the SCO's own, in localStorage): the test checks what is recorded, not the reading pace.
const INSTANT = `localStorage.setItem('madoguchi.settings', JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))`;

/** Clicks the choice with each story index in turn. */
async function play(frame: Frame, choices: number[]): Promise<void> {
  for (const index of choices) {
    const button = frame.locator(`.choices button.choice[data-index="${index}"]`);
    await button.waitFor();
    await button.click();
  }
}

describe('a SCO in a SCORM 1.2 runtime (scorm-again)', () => {
  let browser: Browser;
  let host: ScormHost;
  beforeAll(async () => {
    browser = await launchChromium();
    host = await startScormHost(zipOf('kosoku').file);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  async function open(cmi: unknown): Promise<{ page: Page; frame: Frame; outside: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(`${host.base}/sco/`) && !/^(data|blob):/.test(r.url()) && !r.url().startsWith(`${host.base}/host.html`) && !r.url().startsWith(`${host.base}/scorm-again/`)) outside.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(INSTANT);
    await page.goto(`${host.base}/host.html`);
    await page.waitForFunction('window.hostReady === true');
    await page.evaluate(([c, s]) => (window as unknown as { launch(c: unknown, s: string): void }).launch(c, s), [cmi, meta.id] as const);
    await page.waitForFunction('document.querySelector("iframe")?.contentWindow?.madoguchi !== undefined');
    const frame = page.frames().find((f) => f.url().includes('/sco/index.html'))!;
    return { page, frame, outside, errors };
  }

  const calls = async (page: Page) => (await page.evaluate('window.calls')) as Call[];
  /** The LMS's record of the SCO (scorm-again's cmi object). */
  const record = async (page: Page) => ((await page.evaluate('window.lms.renderCMIToJSONObject()')) as { cmi: { core: Record<string, string> & { score: Record<string, string> }; suspend_data: string } }).cmi;
  const sets = (log: Call[]) => log.filter((c) => c[0] === 'LMSSetValue').map(([, el, v, r]) => ({ el: el!, v: v!, r: r! }));
  /** The last value the SCO set for an element. */
  const lastSet = (log: Call[], el: string) => sets(log).filter((s) => s.el === el).at(-1)?.v;

  /** The checks scorm-again does not make, over everything the SCO set in one LMS session. */
  function strictChecks(log: Call[], playedMs: number): void {
    for (const s of sets(log)) {
      expect(s.r, `${s.el} = ${s.v} refused by scorm-again`).toBe('true');
      if (s.el === 'cmi.suspend_data') expect(s.v.length).toBeLessThanOrEqual(SUSPEND_MAX);
      if (s.el === 'cmi.core.lesson_status') expect(['passed', 'failed', 'incomplete']).toContain(s.v);
      if (/^cmi\.core\.score\.(raw|min|max)$/.test(s.el)) {
        expect(Number(s.v)).toBeGreaterThanOrEqual(0);
        expect(Number(s.v)).toBeLessThanOrEqual(100);
      }
      if (s.el === 'cmi.core.session_time') {
        expect(s.v).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
        const [h, m, sec] = s.v.split(':').map(Number);
        expect((h! * 3600 + m! * 60 + sec!) * 1000).toBeLessThanOrEqual(playedMs); // real time, not in-game time
      }
      if (/^cmi\.interactions\.\d+\.id$/.test(s.el)) expect(s.v).toMatch(/^[A-Za-z0-9_\-.:]{1,255}$/);
    }
    const finish = log.findIndex((c) => c[0] === 'LMSFinish');
    expect(finish, 'LMSFinish was called').toBeGreaterThanOrEqual(0);
    expect(log.slice(finish + 1).filter((c) => c[0] !== 'LMSGetLastError' && c[0] !== 'LMSGetErrorString'), 'calls after LMSFinish').toEqual([]);
    expect(log.filter((c) => c[0] === 'LMSInitialize').length).toBe(1);
  }

  it('takes the learner from the LMS, records each decision, resumes at the same decision, and reports passed with the score', async () => {
    const best = ranked[0]!;
    expect(passed(best.report)).toBe(true);
    const learner = { core: { student_id: 'S0042', student_name: '山田, 花子' } };
    // First LMS session: two decisions, then the learner closes the window.
    const t0 = Date.now();
    const first = await open(learner);
    expect(await first.frame.locator('.who').textContent()).toContain('山田 花子');
    await first.frame.locator(`#scenario-${meta.id}`).click();
    await play(first.frame, best.p.choices.slice(0, 2));
    await first.frame.locator('.choices button.choice').first().waitFor();
    const waiting = await first.frame.locator('.choices button.choice').allTextContents();
    await first.frame.locator('.log').screenshot({ path: join(SHOTS, 'scorm-before-close.png') });
    const seen = await first.frame.evaluate('window.madoguchi.store.getState().lines.map((l) => l.text)');
    await first.page.evaluate('document.querySelector("iframe").remove()'); // the window closes: pagehide
    const log1 = await calls(first.page);
    strictChecks(log1, Date.now() - t0);
    const set1 = sets(log1);
    expect(set1.filter((s) => s.el.endsWith('.id')).map((s) => s.v)).toEqual(['kosoku.d1', 'kosoku.d2']);
    expect(lastSet(log1, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(lastSet(log1, 'cmi.core.exit')).toBe('suspend');
    expect(log1.filter((c) => c[0] === 'LMSCommit').length).toBeGreaterThanOrEqual(3); // on opening and at each decision
    const suspend = lastSet(log1, 'cmi.suspend_data')!;
    const kept = await record(first.page);
    expect(kept.suspend_data).toBe(suspend);
    await first.page.close();

    // Second LMS session, as the LMS reopens it: entry "resume" with the suspend data and the interactions so far.
    const t1 = Date.now();
    const second = await open({ core: { ...learner.core, lesson_status: kept.core.lesson_status, entry: 'resume' }, suspend_data: suspend });
    await second.frame.locator('.choices button.choice').first().waitFor();
    expect(await second.frame.locator('.choices button.choice').allTextContents()).toEqual(waiting);
    expect(await second.frame.evaluate('window.madoguchi.store.getState().lines.map((l) => l.text)')).toEqual(seen);
    await second.frame.locator('#stage').screenshot({ path: join(SHOTS, 'scorm-in-lms.png') });
    await play(second.frame, best.p.choices.slice(2));
    await second.frame.locator('#to-debrief').click();
    await fillRecord(second.frame, second.page.keyboard); // every field as it really happened
    await second.frame.locator('.submit-status', { hasText: 'LMSに記録しました' }).waitFor();
    expect(await second.frame.locator('#debrief-title').textContent()).toBe(`ふりかえり — ${best.report.score}点`);
    await second.page.screenshot({ path: join(SHOTS, 'scorm-debrief-in-lms.png') });
    await second.frame.locator('#lms-exit').click();
    await second.frame.locator('.submit-status', { hasText: 'このウィンドウを閉じてください' }).waitFor();
    await second.page.evaluate('document.querySelector("iframe").remove()'); // closing now must call nothing more
    const log2 = await calls(second.page);
    strictChecks(log2, Date.now() - t1);
    const set2 = sets(log2);
    const decisions = best.p.choices.length;
    expect(set2.filter((s) => s.el.endsWith('.id')).map((s) => s.v)).toEqual(best.p.choices.slice(2).map((_, i) => `kosoku.d${i + 3}`));
    expect(set2.filter((s) => s.el.endsWith('.student_response')).map((s) => s.v)).toEqual(best.p.choices.slice(2).map((c) => c.toString(36)));
    const final = await record(second.page);
    expect(final.core.lesson_status).toBe('passed');
    expect(final.core.score.raw).toBe(String(best.report.score));
    expect(final.core.exit).toBe('');
    expect(final.suspend_data).toBe('');
    expect(log2.filter((c) => c[0] === 'LMSCommit').length).toBeGreaterThanOrEqual(decisions - 2 + 1);
    expect([...first.outside, ...second.outside]).toEqual([]);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await second.page.close();
  });

  it('resumes on the record sheet when the learner closed the window there, and reports passed once it is in', async () => {
    const best = ranked[0]!;
    const learner = { core: { student_id: 'S0045', student_name: '記録, 十郎' } };
    const first = await open(learner);
    await first.frame.locator(`#scenario-${meta.id}`).click();
    await play(first.frame, best.p.choices);
    await first.frame.locator('#to-debrief').click();
    await first.frame.locator('form.record').waitFor();
    await first.page.evaluate('document.querySelector("iframe").remove()');
    const log1 = await calls(first.page);
    expect(lastSet(log1, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(lastSet(log1, 'cmi.core.exit')).toBe('suspend');
    const kept = await record(first.page);
    await first.page.close();
    const second = await open({ core: { ...learner.core, lesson_status: kept.core.lesson_status, entry: 'resume' }, suspend_data: kept.suspend_data });
    expect(await second.frame.locator('#to-debrief').textContent()).toBe('記録シートを書く');
    await second.frame.locator('#to-debrief').click();
    await fillRecord(second.frame, second.page.keyboard);
    await second.frame.locator('.submit-status', { hasText: 'LMSに記録しました' }).waitFor();
    await second.page.evaluate('document.querySelector("iframe").remove()');
    const final = await record(second.page);
    expect(final.core.lesson_status).toBe('passed');
    expect(final.core.score.raw).toBe(String(best.report.score));
    expect([...first.errors, ...second.errors]).toEqual([]);
    await second.page.close();
  });

  it('reports failed, with the score, for a path that does not pass', async () => {
    const worst = ranked.at(-1)!;
    expect(passed(worst.report)).toBe(false);
    const t0 = Date.now();
    const { page, frame, errors } = await open({ core: { student_id: 'S0043', student_name: '' } });
    expect(await frame.locator('.who').textContent()).toContain('S0043'); // no name in the LMS: the staff ID
    await frame.locator(`#scenario-${meta.id}`).click();
    await play(frame, worst.p.choices);
    await frame.locator('#to-debrief').click();
    await fillRecord(frame, page.keyboard);
    await frame.locator('.submit-status', { hasText: 'LMSに記録しました' }).waitFor();
    await page.evaluate('document.querySelector("iframe").remove()');
    const log = await calls(page);
    strictChecks(log, Date.now() - t0);
    const cmi = await record(page);
    expect(cmi.core.lesson_status).toBe('failed');
    expect(cmi.core.score.raw).toBe(String(worst.report.score));
    expect(sets(log).filter((s) => s.el.endsWith('.id')).length).toBe(worst.p.choices.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a SCO whose learner skips the record sheet', () => {
  it('reports incomplete, not passed, after a play that would pass, and the suspend data stays within 4,096 characters', async () => {
    const browser = await launchChromium();
    const host = await startScormHost(zipOf('kosoku').file);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(INSTANT);
      await page.goto(`${host.base}/host.html`);
      await page.waitForFunction('window.hostReady === true');
      await page.evaluate(([c, s]) => (window as unknown as { launch(c: unknown, s: string): void }).launch(c, s), [{ core: { student_id: 'S0044', student_name: '省略, 九郎' } }, meta.id] as const);
      await page.waitForFunction('document.querySelector("iframe")?.contentWindow?.madoguchi !== undefined');
      const frame = page.frames().find((f) => f.url().includes('/sco/index.html'))!;
      await frame.locator(`#scenario-${meta.id}`).click();
      await play(frame, ranked[0]!.p.choices);
      await frame.locator('#to-debrief').click();
      await frame.locator('#record-skip').click();
      await frame.locator('.submit-status', { hasText: 'LMSに記録しました' }).waitFor();
      expect(await frame.locator('#incomplete').textContent()).toBe('判定：未修了（記録未記入） この受講は修了になりません。もう一度受講し、最後の記録シートまで書いてください。');
      await page.evaluate('document.querySelector("iframe").remove()');
      const log = (await page.evaluate('window.calls')) as Call[];
      for (const [, el, v] of log.filter((c) => c[0] === 'LMSSetValue')) if (el === 'cmi.suspend_data') expect(v!.length).toBeLessThanOrEqual(SUSPEND_MAX);
      const cmi = ((await page.evaluate('window.lms.renderCMIToJSONObject()')) as { cmi: { core: Record<string, string> & { score: Record<string, string> } } }).cmi;
      expect(cmi.core.lesson_status).toBe('incomplete');
      const skipped = score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: ranked[0]!.p.events, record: { version: 1, form: FORM_OF[meta.profile].id, skipped: true } });
      expect(cmi.core.score.raw).toBe(String(skipped.score));
    } finally {
      await browser.close();
      await host.close();
    }
  });
});

describe('the package opened from its files, without an LMS', () => {
  it('says so, asks for a name and plays as self-study over file://, sending nothing anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-selfstudy-'));
    for (const [path, data] of Object.entries(unzipSync(readFileSync(zipOf('kosoku').file)))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(INSTANT);
      page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && outside.push(r.url()));
      await page.goto(`${pathToFileURL(join(dir, 'index.html')).href}?scenario=${meta.id}`);
      await page.locator('#self-study').waitFor();
      await page.screenshot({ path: join(SHOTS, 'scorm-self-study.png') });
      expect(await page.locator('#session-code').count()).toBe(0);
      await page.locator('#trainee-name').fill('自習 八郎');
      await page.keyboard.press('Enter');
      expect(await page.locator('.scenario-list button').count()).toBe(1);
      await page.locator(`#scenario-${meta.id}`).click();
      await play(page.mainFrame(), ranked[0]!.p.choices);
      await page.locator('#to-debrief').click();
      await fillRecord(page.mainFrame(), page.keyboard);
      await page.locator('.submit-status', { hasText: '自習のため' }).waitFor();
      expect(await page.locator('#debrief-title').textContent()).toBe(`ふりかえり — ${ranked[0]!.report.score}点`);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
