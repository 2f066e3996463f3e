// The trainer's record sheet in headless Chromium (issue 11, the trainer's half): each attempt's sheet beside what
// really happened; printed to PDF on A4 in the form's own layout (pages rendered to PNG in test-results/record-print/,
// to be looked at) with every table inside the printable width; the states with no sheet; the session switch; the
// group's record figures. The 修了記録 is held to the same width check (its tables used to lose their right border).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './browser';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { FORMS } from '../src/model/records/forms';
import { seedRecords } from './record-seed';
import { ROOT, startServer, trainerCookie, type ServerProcess } from './server-process';

vi.setConfig({ testTimeout: 120_000 });
const OUT = join(ROOT, 'test-results', 'record-print');
// A4 with the print CSS's @page margin of 12 mm: Chromium lays the page out, and clips it, at 186 mm.
const PRINTABLE_PX = (186 / 25.4) * 96;
let server: ServerProcess;
let browser: Browser;
let lead: BrowserContext;
let seeded: Awaited<ReturnType<typeof seedRecords>>;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  server = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-record-')), 'r.sqlite'), inject('dist'));
  const cookie = await trainerCookie(server.base);
  seeded = await seedRecords(server.base, cookie);
  browser = await launchChromium();
  lead = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name, value] = cookie.split('=');
  await lead.addCookies([{ name: name!, value: value!, url: server.base }]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(view: string, params: Record<string, string>, ready: string): Promise<Page> {
  const page = await lead.newPage();
  await page.goto(`${server.base}/trainer?${new URLSearchParams({ view, ...params })}`);
  await page.locator(ready).first().waitFor({ state: 'attached' });
  return page;
}

/**
 * Prints the page as the browser's print to PDF does, renders each page to PNG at 60 dpi (for looking at) and
 * returns the PDF's text per page. Before that, in the print-emulated page at the printable width, measures every
 * table: its right edge (border included) must stay 2 px inside, or Chromium's clip takes the border away.
 */
async function printed(page: Page, name: string): Promise<{ pages: string[]; overflow: string[] }> {
  await page.setViewportSize({ width: Math.floor(PRINTABLE_PX), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const overflow = (await page.evaluate(`[...document.querySelectorAll('main table, main svg')].map((el, i) => [el.tagName.toLowerCase() + '#' + i + (el.id ? ' ' + el.id : ''), el.getBoundingClientRect().right]).filter(([, right]) => right > ${PRINTABLE_PX} - 2).map(([what, right]) => what + ' ends at ' + right.toFixed(1) + ' px')`)) as string[];
  const pdf = join(OUT, `${name}.pdf`);
  await page.pdf({ format: 'A4', printBackground: true, path: pdf });
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, name)]);
  const count = readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length;
  const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
  return { pages, overflow };
}

describe("the trainer's record sheet", () => {
  it("shows the sheet beside what really happened, each mistake named, the free text escaped", async () => {
    const page = await open('attempt', { id: seeded.ids.nanyo }, '#record-compare');
    const row = (field: string) => page.locator(`#record-compare tr[data-field="${field}"]`);
    expect(await row('datetime').textContent()).toMatch(/終了時刻が12分ずれています/);
    expect(await row('statements').locator('td').last().textContent()).toMatch(/相手が言っていない「.+」を記録しています/);
    expect(await row('wording').textContent()).toMatch(/は印象です/);
    expect(await row('present').locator('td').first().textContent()).toContain('記録 太郎');
    expect(await row('future').textContent()).toContain('<b>次回</b>');
    expect(await page.locator('#record-compare b').count()).toBe(0);
    expect(await page.locator('table.checklist tbody tr').count()).toBe(17);
    await page.locator('section', { has: page.locator('#record-compare') }).screenshot({ path: join(OUT, 'attempt-nanyo.png') });
    await page.close();
  });

  it.each([
    ['skipped', '記録未記入（未修了）'],
    ['off', '記録なし（この研修では対象外）'],
    ['none', '記録なし（記録シートのない受験）'],
  ] as const)('says what became of the record when there is none to show (%s), and the attempt still opens', async (which, text) => {
    const page = await open('attempt', { id: seeded.ids[which] }, '#record-state');
    expect(await page.locator('#record-state').textContent()).toBe(text);
    await page.locator('.replay li').first().waitFor();
    const print = await open('print-record', { id: seeded.ids[which] }, '#record-state');
    expect(await print.locator('#record-state').textContent()).toBe(text);
    await Promise.all([page.close(), print.close()]);
  });

  it.each(['nanyo', 'oshu', 'yurihonjo', 'sendai', 'okayama'] as const)('prints the %s form on A4 in its own layout, the 講評 apart, every table inside the page', async (which) => {
    const page = await open('print-record', { id: seeded.ids[which] }, '#sheet');
    const { pages, overflow } = await printed(page, `sheet-${which}`);
    expect(overflow).toEqual([]);
    const title = (await page.locator('.a4 h1').first().textContent())!;
    const meta = Object.values(FORMS).find((f) => f.title === title)!;
    expect(meta).toBeDefined();
    // The sheet on the first page with the form's own labels, then the checklist where the form has one, then the 講評.
    // (A label that wraps in its cell interleaves with the next column in the PDF's text: the labels are read in the page.)
    expect(await page.locator('#sheet th').allTextContents()).toEqual(meta.fields.filter((x) => x.key !== 'wording' && x.key !== 'checklist').map((f) => f.label));
    expect(pages[0]).toContain(title.replace(/\s+/g, ''));
    expect(pages[0]).not.toMatch(/ずれています|講評/);
    if (meta.trainingForm) expect(pages[0]).toContain('研修用様式');
    expect(pages).toHaveLength(meta.checklist ? 3 : 2);
    if (meta.checklist) expect(pages[1]).toContain('17客観的証拠があるか');
    expect(pages.at(-1)).toMatch(/^講評/);
    expect(pages.at(-1)).toContain('終了時刻が12分ずれています');
    await page.close();
  });

  it('prints the 修了記録 and the session record with every table inside the page (their right border used to be cut off)', async () => {
    const page = await open('print-trainee', { id: '記録 太郎/市民課' }, '.a4 table');
    const { pages, overflow } = await printed(page, 'completion');
    expect(overflow).toEqual([]);
    expect(pages[0]).toContain('修了記録');
    // The attempt whose record was skipped is not done, and says so (not 要復習, which reads as a low score).
    expect(pages.join('')).toContain('未修了（記録未記入）');
    // Each session played in, by its own scenarios: 修了 only with every one passed (a sheet of passes alone read as a certificate).
    const sessions = (await page.locator('table.sessions tr[data-session]').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('.outcomes')!.textContent, tr.querySelector('.completion')!.textContent]))) as [string, string][];
    expect(sessions.length).toBeGreaterThan(1);
    for (const [outcomes, completion] of sessions) {
      expect(outcomes).toMatch(/^[^：]+：(\d+点 (合格|要復習|未修了（記録未記入）)|未受験)$/);
      expect(completion).toBe(outcomes.includes('点 合格') ? '修了' : '未修了（合格 0／1本）');
    }
    expect(sessions.some(([, c]) => c.startsWith('未修了'))).toBe(true);
    await page.close();
    const session = await open('print-session', { id: seeded.offSession }, '.a4 table');
    const record = await printed(session, 'session');
    expect(record.overflow).toEqual([]);
    expect(record.pages[0]).toContain('研修記録');
    // Each trainee by scenario of the session, and 修了 only with every scenario passed.
    const rows = (await session.locator('tr[data-identity]').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('.outcomes')!.textContent, tr.querySelector('.completion')!.textContent]))) as [string, string][];
    expect(rows.length).toBeGreaterThan(0);
    for (const [outcomes, completion] of rows) {
      expect(outcomes).toMatch(/^[^：]+：(\d+点 (合格|要復習|未修了（記録未記入）)|未受験)$/);
      expect(completion).toBe(outcomes.includes('点 合格') ? '修了' : '未修了（合格 0／1本）');
    }
    await session.close();
  });

  it("creates a session with the record task off from the trainer page, and the session page says so", async () => {
    const page = await open('dashboard', {}, '#create-session');
    await page.locator('summary', { hasText: '新しい研修を作成する' }).click();
    expect(await page.locator('#session-record').isChecked()).toBe(true);
    expect(await page.locator('#session-record-note').textContent()).toMatch(/記録シート/);
    await page.locator('#session-name').fill('短時間の研修');
    await page.locator('#session-record').uncheck();
    await page.locator('#create-session').click();
    await page.locator('#session-record-task').waitFor();
    expect(await page.locator('#session-record-task').textContent()).toBe('記録シートの課題なし（対象外）');
    const code = (await page.locator('#join-code').textContent())!;
    const joined = await (await fetch(`${server.base}/api/sessions/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, trainee: { name: '短時間 さん' } }) })).json();
    expect(joined.recordTask).toBe(false);
    await page.close();
  });

  it("shows the group's record figures on the discussion page, most missed field first", async () => {
    const page = await open('discuss', {}, '#record-figures');
    const text = (await page.locator('#record-figures').textContent())!;
    expect(text).toContain('記入 5件・記録未記入（未修了） 1件');
    const first = page.locator('#record-figures tbody tr').first();
    expect(await first.getAttribute('data-field')).toBe('datetime');
    expect(await first.textContent()).toBe('日時5／5件');
    await page.locator('#record-figures').screenshot({ path: join(OUT, 'discuss-record.png') });
    await page.close();
  });
});
