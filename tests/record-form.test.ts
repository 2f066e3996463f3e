// The record sheet in the game (headless Chromium, the built game and the real server): filled by keyboard alone
// with known mistakes in a session (each named in the debrief beside the truth, the submission accepted), skipped
// in self-study (not done), absent when the session switched it off; and screenshots of the form at three screen
// sizes and every font size (test-results/record/), checked for cut-off or overlapping text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, placeOf } from './browser';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { compileInk } from '../src/build/ink';
import { quoteFact } from '../src/model/records/grade';
import { factsOf } from '../src/model/records/facts';
import { statementsFor } from '../src/model/records/statements';
import { wordingFor } from '../src/model/records/wording';
import type { Transcript } from '../src/model/transcript';
import { walkStory } from '../src/story/walk';
import { LAYOUT_CHECK } from './layout-check';
import { normaliseTime } from '../src/ui/record/datetime';
import { mixedOrder } from '../src/ui/record/timeline';
import { fillRecord } from './record-fill';
import { ROOT, startServer, TRAINER_PASSWORD, type ServerProcess } from './server-process';

vi.setConfig({ testTimeout: 120_000 });
const SHOTS = join(ROOT, 'test-results', 'record');
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-record-')), 'r.sqlite'), inject('dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// The path of kosoku with the most key events, so the 時系列 has items to put in order (choice indexes hold across seeds).
const RICH = walkStory(compileInk(join(ROOT, 'stories', 'kosoku.ink'))).paths.map((p) => ({ p, n: factsOf({ format: 'madoguchi.transcript/1', profile: 'nanyo', channel: 'counter', events: p.events }).timeline.length })).sort((a, b) => b.n - a.n)[0]!.p.choices;
const INSTANT = `localStorage.setItem('madoguchi.settings', JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))`;

async function session(profile: string, recordTask?: boolean): Promise<string> {
  const lead = await browser.newContext();
  await lead.request.post(`${server.base}/api/trainer/login`, { data: { password: TRAINER_PASSWORD } });
  const res = await lead.request.post(`${server.base}/api/sessions`, { data: { name: '記録研修', date: '2027-04-01', kind: 'onboarding', profile, scenarios: ['kosoku'], contentNotes: true, ...(recordTask === undefined ? {} : { recordTask }) } });
  const { code } = (await res.json()) as { code: string };
  await lead.close();
  return code;
}

/** Enters (with a session code or none) and plays kosoku by keyboard to its last line: these choices, then the first. */
async function playKosoku(name: string, code = '', choices: number[] = []): Promise<Page> {
  const viewport = { width: 1280, height: 720 };
  const page = await browser.newPage({ viewport });
  await page.addInitScript(INSTANT);
  await page.goto(`${server.base}/`);
  await page.locator('#trainee-name').fill(name);
  if (code) await page.locator('#session-code').fill(code);
  await page.keyboard.press('Enter');
  await page.locator('#scenario-kosoku').click();
  for (let i = 0; i < 60 && !(await page.locator('#to-debrief').count()); i++) {
    const buttons = page.locator('.choices button.choice');
    await buttons.first().waitFor();
    if (await page.locator('#to-debrief').count()) break;
    const position = i < choices.length ? await placeOf(page, choices[i]!) : 0;
    await page.keyboard.press(String(position + 1));
  }
  await page.locator('#to-debrief').waitFor();
  return page;
}

const errorsAt = (page: Page, field: string) => page.locator(`.compare-field[data-field=${field}] .record-errors li`).allTextContents();

describe('the record sheet', () => {
  it('is filled by keyboard alone in a session (南陽市 sheet, no skip), and the debrief names each mistake beside the truth', async () => {
    const code = await session('nanyo');
    const page = await playKosoku('記録 一郎', code, RICH);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect(await page.locator('#to-debrief').textContent()).toBe('記録シートを書く');
    await page.keyboard.press('Enter'); // the button has the focus
    await page.locator('form.record').waitFor();
    expect(await page.locator('#record-title').textContent()).toBe('カスタマーハラスメント対応記録シート');
    expect(await page.locator('#record-skip').count()).toBe(0);
    // The form's fields in its order, with its labels.
    expect(await page.locator('.record-field > legend').allTextContents()).toEqual(['1 日時', '2 対応者 所属・職・氏名', '3 対応方法', '4 相手の情報 性別・年齢等', '5 内容 相手の主張等', '5 内容 相手の主張等（事実の書き方）', '6 対応 時系列で記載', '7 今後の対応', '8 その他', 'カスタマーハラスメントチェックリスト']);
    // A malformed time is refused inline, in Japanese, and focus goes to it.
    await page.locator('#rec-datetime-start').focus();
    await page.keyboard.type('25:99');
    await page.keyboard.press('Enter');
    await page.locator('.field-error').waitFor();
    expect(await page.locator('.field-error').textContent()).toContain('開始時刻は「10:05」のように');
    expect(await page.evaluate('document.activeElement.id')).toBe('rec-datetime-start');
    expect(await page.locator('#rec-datetime-start').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.locator('#record-title').focus();
    const t: Transcript = await fillRecord(page.mainFrame(), page.keyboard, { endLate: 12, distractorSaid: true, swapTimeline: true, impression: true });
    await page.locator('.debrief').waitFor();
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 }); // the server replayed and accepted it
    await page.locator('.record-compare').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'debrief-compare-1280.png') });
    const distractor = statementsFor(t).find((s) => !s.said)!;
    const impression = wordingFor(t)[0]!;
    expect(await errorsAt(page, 'datetime')).toEqual([expect.stringMatching(/^終了時刻が12分ずれています/)]);
    expect(await errorsAt(page, 'statements')).toEqual([`相手が言っていない「${distractor.text}」を記録しています`]);
    expect(await errorsAt(page, 'timeline')).toEqual([expect.stringMatching(/^時系列の順序が1か所違います/)]);
    expect(await errorsAt(page, 'wording')).toEqual([`「${impression.impression}」は印象です。${quoteFact(impression.fact)}のように事実を書きます`]);
    // What was right is said so, and nothing else is named.
    for (const field of ['present', 'method', 'checklist']) expect(await errorsAt(page, field), field).toEqual([]);
    expect(await page.locator('.compare-field[data-field=present]').getAttribute('class')).toContain('right');
    expect(await page.locator('[data-principle=record_sheet] .verdict').textContent()).toBe('違反');
    const kept = (await page.evaluate('window.madoguchi.store.getState().transcript.record')) as Record<string, unknown>;
    expect(kept).toMatchObject({ version: 1, form: 'nanyo-sheet', future: '課内で共有し、次回来庁時は二人で対応する。' });
    expect(await page.locator('#incomplete').count()).toBe(0);
    // The same attempt on the trainer's printed sheet (A4, as the lead prints it for 総務課): its 講評 names the same mistakes.
    const named = [...(await errorsAt(page, 'datetime')), ...(await errorsAt(page, 'statements')), ...(await errorsAt(page, 'timeline')), ...(await errorsAt(page, 'wording'))];
    const attemptId = String(await page.evaluate('window.madoguchi.store.getState().transcript.attemptId'));
    const lead = await browser.newContext();
    await lead.request.post(`${server.base}/api/trainer/login`, { data: { password: TRAINER_PASSWORD } });
    const print = await lead.newPage();
    await print.goto(`${server.base}/trainer?${new URLSearchParams({ view: 'print-record', id: attemptId })}`);
    await print.locator('#sheet').waitFor();
    const pdf = join(SHOTS, 'played-sheet.pdf');
    await print.pdf({ format: 'A4', printBackground: true, path: pdf });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, 'played-sheet')]);
    const printedText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const m of named) expect(printedText).toContain(m.replace(/\s+/g, ''));
    await lead.close();
    // The side-by-side sheet at the largest text: nothing cut off or overlapping.
    await page.evaluate(`window.madoguchi.store.setState((s) => ({ settings: { ...s.settings, fontScale: 1.3 } }))`);
    await page.locator('.compare-field[data-field=timeline]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'debrief-compare-1280-1.3.png') });
    expect(await page.evaluate(LAYOUT_CHECK)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be skipped in self-study: sent as skipped, and the debrief says plainly the attempt is not done', async () => {
    const page = await playKosoku('省略 二郎');
    await page.locator('#to-debrief').click();
    await page.locator('#record-skip').click();
    await page.locator('.debrief').waitFor();
    expect(await page.locator('#incomplete').textContent()).toBe('判定：未修了（記録未記入） この受講は修了になりません。もう一度受講し、最後の記録シートまで書いてください。');
    expect(await page.locator('.record-compare .incomplete').textContent()).toBe('記録未記入のため未修了');
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    const report = (await page.evaluate('window.madoguchi.store.getState().report')) as { incomplete?: string[] };
    expect(report.incomplete).toEqual(['record_sheet']);
    expect(await page.evaluate('window.madoguchi.store.getState().transcript.record')).toEqual({ version: 1, form: 'oshu-renrakuhyo', skipped: true });
    await page.close();
  });

  it('is not shown when the session switched the record task off, and no record is sent', async () => {
    const page = await playKosoku('短時間 三郎', await session('oshu', false));
    expect(await page.locator('#to-debrief').textContent()).toBe('ふりかえりへ');
    await page.locator('#to-debrief').click();
    await page.locator('.debrief').waitFor();
    expect(await page.locator('.record-compare, #incomplete').count()).toBe(0);
    expect(await page.evaluate('"record" in window.madoguchi.store.getState().transcript')).toBe(false);
    expect(await page.locator('[data-principle=record_sheet] .verdict').textContent()).toBe('対象外');
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('the record form on screen', () => {
  it('fits 1280×720, 1920×1080 and a tablet either way round at every font size, without cut-off or overlapping text', async () => {
    const page = await playKosoku('画面 四郎', await session('nanyo'), RICH);
    await page.locator('#to-debrief').click();
    await page.locator('form.record').waitFor();
    // An item dragged by its number onto the first place goes there.
    const before = await page.locator('.reorder li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
    await page.locator('.reorder li').nth(2).scrollIntoViewIfNeeded();
    const from = (await page.locator('.reorder li').nth(2).locator('.pos').boundingBox())!;
    const onto = (await page.locator('.reorder li').nth(0).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(onto.x + 40, onto.y + onto.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator('.reorder li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')))).toEqual([before[2], before[0], before[1], ...before.slice(3)]);
    // Controls a finger can hit and an eye can find: the boxes grow with the text.
    expect(await page.locator('#rec-present-who-trainee').evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThanOrEqual(18);
    const problems: string[] = [];
    for (const [width, height] of [[1280, 720], [1920, 1080], [1024, 768], [768, 1024]] as const) {
      await page.setViewportSize({ width, height });
      for (const fontScale of [1, 1.15, 1.3]) {
        await page.evaluate(`window.madoguchi.store.setState((s) => ({ settings: { ...s.settings, fontScale: ${fontScale} } }))`);
        for (const [where, top] of [['top', 0], ['middle', 0.45], ['end', 1]] as const) {
          await page.evaluate(`(() => { const f = document.querySelector('form.record'); f.scrollTop = (f.scrollHeight - f.clientHeight) * ${top}; })()`);
          await page.waitForTimeout(150);
          await page.screenshot({ path: join(SHOTS, `form-${width}x${height}-${fontScale}-${where}.png`) });
        }
        problems.push(...((await page.evaluate(LAYOUT_CHECK)) as string[]).map((p) => `${width}×${height} ${fontScale}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the form\'s own helpers', () => {
  it('reads a time as typed, full width and without a colon too, and refuses what is no time', () => {
    expect(['10:05', '１０：０５', '1005', '9:07', ' 10:05 ', ''].map(normaliseTime)).toEqual(['10:05', '10:05', '10:05', '09:07', '10:05', '']);
    expect(['25:00', '10:60', '10時5分', '1:5', 'abc'].map(normaliseTime)).toEqual([null, null, null, null, null]);
  });

  it('mixes the 時系列 the same way for the same seed and never offers it in the true order', () => {
    const events = ['a', 'b', 'c', 'd'];
    for (let seed = 0; seed < 200; seed++) {
      expect(mixedOrder(events, seed)).not.toEqual(events);
      expect(mixedOrder(events, seed)).toEqual(mixedOrder(events, seed));
      expect(mixedOrder(events, seed).slice().sort()).toEqual(events);
    }
    expect(mixedOrder(['a', 'b'], 1)).toEqual(['b', 'a']);
    expect(mixedOrder(['a'], 1)).toEqual(['a']);
  });
});
