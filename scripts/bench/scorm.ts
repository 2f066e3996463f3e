// The SCORM packages: their sizes, and the time a package opened in an LMS (scorm-again as the host) takes
// to reach its first choice, to set beside the served game's figure.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { packageScorm } from '../../src/build/scorm-package';
import { startScormHost } from '../../tests/scorm-host';
import { ARGS, CHROMIUM } from './browser';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function benchScorm(): Promise<void> {
  const packages = await packageScorm(join(mkdtempSync(join(tmpdir(), 'madoguchi-bench-scorm-')), 'dist-scorm'));
  const course = packages.find((p) => p.file.endsWith('-course.zip'))!;
  const largest = packages.filter((p) => p !== course).sort((a, b) => b.bytes - a.bytes)[0]!;
  console.log(`scorm: course package ${kb(course.bytes)}; largest scenario package ${basename(largest.file)} ${kb(largest.bytes)} (budget 1024 KB each)`);
  const host = await startScormHost(packages.find((p) => p.file.endsWith('-kosoku.zip'))!.file);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(`localStorage.setItem('madoguchi.settings', JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))`);
    const starts: number[] = [];
    for (let run = 0; run < 4; run++) {
      await page.goto(`${host.base}/host.html`);
      await page.waitForFunction('window.hostReady === true');
      const t0 = performance.now();
      await page.evaluate(`window.launch({ core: { student_id: 'B${run}', student_name: 'ベンチ' } }, 'kosoku')`);
      const frame = page.frameLocator('iframe');
      await frame.locator('#scenario-kosoku').click();
      await frame.locator('.choices button.choice').first().waitFor();
      starts.push(performance.now() - t0);
    }
    console.log(`scorm: package in an LMS frame (scorm-again), launch to first choice: ${starts.map((x) => `${Math.round(x)} ms`).join(', ')} (compare the served game's figure above)`);
  } finally {
    await browser.close();
    await host.close();
  }
}
