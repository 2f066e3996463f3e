// Every screen at two sizes in headless Chromium: a screenshot of each (test-results/screens/),
// and a failure on text that is cut off or overlaps, in the DOM layer or on the canvas.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { SCENARIOS } from '../src/model/scenarios';
import { LAYOUT_CHECK } from './layout-check';
import { ROOT, startServer, type ServerProcess } from './server-process';

vi.setConfig({ testTimeout: 120_000 });
const SHOTS = join(ROOT, 'test-results', 'screens');
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-screens-')), 'r.sqlite'), inject('dist'));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const byChannel = (channel: string, note = false) => SCENARIOS.find((s) => s.channel === channel && !!s.contentNote === note);

describe.each([
  [1280, 720],
  [1920, 1080],
])('every screen at %i×%i', (width, height) => {
  let page: Page;
  const problems: string[] = [];
  async function shot(name: string): Promise<void> {
    await page.waitForTimeout(350); // let a scene draw and animations settle
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
    const found = (await page.evaluate(LAYOUT_CHECK)) as string[];
    problems.push(...found.map((p) => `${name}: ${p}`));
  }
  async function open(scenarioId: string): Promise<void> {
    await page.goto(`${server.base}/`);
    await page.locator('#trainee-name').fill('画面 確認');
    await page.keyboard.press('Enter');
    await page.locator(`#scenario-${scenarioId}`).click();
  }

  it('shows the entry, settings, select and content note screens without cut-off or overlapping text', async () => {
    page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${server.base}/`);
    await page.locator('#trainee-name').waitFor();
    await shot('entry');
    await page.locator('#open-settings').click();
    await page.locator('.settings').waitFor();
    await shot('settings');
    await page.keyboard.press('Escape');
    await page.locator('#trainee-name').fill('画面 確認');
    await page.keyboard.press('Enter');
    await page.locator('.scenario-list').waitFor();
    await shot('select');
    const noted = SCENARIOS.find((s) => s.contentNote);
    if (noted) {
      await page.locator(`#scenario-${noted.id}`).click();
      await page.locator('.note').waitFor();
      await shot('content-note');
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['counter', byChannel('counter')],
    ['phone', byChannel('phone')],
    ['offsite', byChannel('offsite')],
  ])('shows the %s scene cleanly, and its debrief', async (name, meta) => {
    if (!meta) return; // no scenario of this channel in the library yet
    problems.length = 0;
    page = await browser.newPage({ viewport: { width, height } });
    await open(meta.id);
    await page.locator('.choices button.choice').first().waitFor();
    await shot(`${name}-start`);
    // Two decisions in, then on to an ending by always taking the last option.
    for (let i = 0; i < 40 && !(await page.locator('#to-debrief').count()); i++) {
      const buttons = page.locator('.choices button.choice');
      await buttons.first().waitFor();
      if (i === 2) await shot(`${name}-mid`);
      if (await page.locator('#to-debrief').count()) break;
      await page.keyboard.press(String(await buttons.count()));
    }
    await page.locator('#to-debrief').click();
    await page.locator('.debrief').waitFor();
    await shot(`${name}-debrief`);
    expect(problems).toEqual([]);
  });
});
