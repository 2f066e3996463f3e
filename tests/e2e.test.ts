// End to end in real headless Chromium: build the game, start the server as
// `npm start` would, play the scenario by keyboard to the debrief, and find
// the attempt on the trainer page. Screenshots land in test-results/.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { SCENARIOS } from '../src/model/scenarios';
import { score } from '../src/scoring/score';
import { walkStory } from '../src/story/walk';

const ROOT = join(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tmp = mkdtempSync(join(tmpdir(), 'madoguchi-e2e-'));
let server: ChildProcess;
let browser: Browser;
let base = '';

async function startServer(): Promise<string> {
  server = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/server/main.ts', '--port', '0', '--db', join(tmp, 'results.sqlite'), '--dist', join(tmp, 'dist')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /game (http:\/\/\S+?)\/\s/.exec(output);
      if (m) resolve(m[1]!);
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: join(tmp, 'dist'), emptyOutDir: true } });
  base = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

async function play(page: Page, choices: number[]): Promise<void> {
  for (const [n, index] of choices.entries()) {
    const buttons = page.locator('.choices button.choice');
    await buttons.first().waitFor();
    const position = await buttons.evaluateAll((els, i) => els.findIndex((e) => e.getAttribute('data-index') === String(i)), index);
    expect(position, `choice ${index} at decision ${n}`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String(position + 1));
  }
}

describe.each([
  [1280, 720],
  [1920, 1080],
])('the game at %i×%i', (width, height) => {
  const meta = SCENARIOS[0]!;
  const walk = walkStory(compileInk(join(ROOT, 'stories', meta.file)));
  // The best path and the worst one, so both debrief colours are seen.
  const ranked = walk.paths
    .map((p) => ({ p, report: score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: p.events }) }))
    .sort((a, b) => b.report.score - a.report.score || a.p.decisions - b.p.decisions);
  const pick = width === 1280 ? ranked[0]! : ranked.at(-1)!;

  it(`plays ${meta.id} by keyboard to the "${pick.p.ending}" ending, shows the debrief and reaches the trainer page`, async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.locator('#trainee-name').fill(`職員${width}`);
    await page.locator('#trainee-dept').fill('税務課');
    await page.screenshot({ path: join(SHOTS, `entry-${width}.png`) });
    await page.keyboard.press('Enter');
    await page.locator(`#scenario-${meta.id}`).waitFor();
    await page.screenshot({ path: join(SHOTS, `select-${width}.png`) });
    await page.locator(`#scenario-${meta.id}`).click();
    await page.locator('.choices button.choice').first().waitFor();
    await page.locator('[role=log][aria-live=polite] .line').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `counter-start-${width}.png`) });
    await play(page, pick.p.choices.slice(0, 2));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `counter-mid-${width}.png`) });
    await play(page, pick.p.choices.slice(2));
    await page.locator('#to-debrief').focus();
    await page.keyboard.press('Enter');
    await page.locator('.debrief').waitFor();
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `debrief-${width}.png`), fullPage: true });

    for (const p of pick.report.principles) {
      expect(await page.locator(`[data-principle=${p.id}] .verdict`).textContent(), p.id).toBe({ upheld: '遵守', violated: '違反', not_applicable: '対象外' }[p.verdict]);
    }
    expect(await page.locator('#debrief-title').textContent()).toBe(`ふりかえり — ${pick.report.score}点`);

    const trainer = await browser.newPage({ viewport: { width, height } });
    await trainer.goto(`${base}/trainer`);
    const row = trainer.locator('tbody tr', { hasText: `職員${width}` });
    await row.waitFor({ timeout: 5_000 });
    expect(await row.textContent()).toContain('税務課');
    expect(await row.textContent()).toContain(meta.title);
    expect(await row.locator('td.score').textContent()).toBe(String(pick.report.score));
    await trainer.screenshot({ path: join(SHOTS, `trainer-${width}.png`) });
    expect(errors).toEqual([]);
    await page.close();
    await trainer.close();
  });
});
