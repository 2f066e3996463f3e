// Figures from headless Chromium: the trainer page over 10,000 attempts, the time to the first choice, and frame times.
import { chromium, type Browser } from 'playwright-core';
import { TRAINER_PASSWORD } from '../../tests/server-process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

async function launch(): Promise<Browser | null> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  } catch (e) {
    console.log(`browser: cannot start ${CHROMIUM} (${(e as Error).message.split('\n')[0]}); browser figures skipped`);
    return null;
  }
}

export async function benchTrainerPage(base: string): Promise<void> {
  const browser = await launch();
  if (!browser) return;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.request.post(`${base}/api/trainer/login`, { data: { password: TRAINER_PASSWORD } });
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      await page.goto(`${base}/trainer`);
      await page.locator('table.attempts tbody tr').first().waitFor();
      times.push(performance.now() - t);
    }
    console.log(`browser: trainer page with 10,000+ attempts, open to table shown: ${times.map((x) => `${Math.round(x)} ms`).join(', ')} (target < 1 s)`);
  } finally {
    await browser.close();
  }
}

/** Frame times while a scenario is played to its end by always taking the first choice. */
const FRAME_SCENARIOS = ['kosoku', 'denwa', 'boryoku', 'chosha-gai'];

export async function benchGame(base: string): Promise<void> {
  const browser = await launch();
  if (!browser) return;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // Text speed "instant": the figure is the page's own work, not the reading pace the trainee chose.
    await page.addInitScript(`localStorage.setItem('madoguchi.settings', JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))`);
    const starts: number[] = [];
    const all: number[] = [];
    for (const id of FRAME_SCENARIOS) {
      const t0 = performance.now();
      await page.goto(`${base}/`);
      await page.locator('#trainee-name').waitFor();
      const open = performance.now() - t0;
      await page.locator('#trainee-name').fill('ベンチ');
      await page.keyboard.press('Enter');
      await page.locator(`#scenario-${id}`).waitFor();
      const t1 = performance.now();
      await page.locator(`#scenario-${id}`).click();
      if (await page.locator('#accept-note').count()) await page.locator('#accept-note').click();
      await page.locator('.choices button.choice').first().waitFor();
      starts.push(open + performance.now() - t1);

      // A string, not a function: tsx's transform would add helpers the page does not have.
      await page.evaluate(`(() => {
        window.frames_ = [];
        let last = performance.now();
        const tick = (now) => { window.frames_.push(now - last); last = now; requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      for (let i = 0; i < 40 && !(await page.locator('#to-debrief').count()); i++) {
        await page.keyboard.press('1');
        await page.waitForTimeout(300);
      }
      const frames = (await page.evaluate('window.frames_.slice(1)')) as number[];
      all.push(...frames);
      console.log(`browser: ${id}: ${frames.length} frames, worst ${Math.max(...frames).toFixed(1)} ms, over 50 ms: ${frames.filter((f) => f > 50).length}`);
    }
    const sorted = [...all].sort((a, b) => a - b);
    console.log(`browser: page open to first choice (typing excluded, text speed instant): ${starts.map((x) => `${Math.round(x)} ms`).join(', ')} (target < 2 s)`);
    console.log(`browser: frames during play, ${FRAME_SCENARIOS.length} scenarios to the end: ${all.length}, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, worst ${Math.max(...all).toFixed(1)} ms, over 50 ms: ${all.filter((f) => f > 50).length} (target: none over 50 ms)`);
  } finally {
    await browser.close();
  }
}
