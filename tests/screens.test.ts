// Every screen at two sizes in headless Chromium: a screenshot of each (test-results/screens/),
// and a failure on text that is cut off or overlaps, in the DOM layer or on the canvas.
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, placeOf } from './browser';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { compileInk } from '../src/build/ink';
import { GROUPINGS, groupScenarios, matchesFilter } from '../src/model/grouping';
import { SCENARIOS } from '../src/model/scenarios';
import { walkStory } from '../src/story/walk';
import { LAYOUT_CHECK } from './layout-check';
import { ROOT, startServer, TRAINER_PASSWORD, type ServerProcess } from './server-process';

vi.setConfig({ testTimeout: 120_000 });
const SHOTS = join(ROOT, 'test-results', 'screens');
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-screens-')), 'r.sqlite'), inject('dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Text at once, the trainee named, a scenario with a content note opened past the note. */
async function openWithNote(page: Page, name: string, scenarioId: string): Promise<void> {
  await page.addInitScript(`localStorage.setItem('madoguchi.settings', ${JSON.stringify(JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))})`);
  await page.goto(`${server.base}/`);
  await page.locator('#trainee-name').fill(name);
  await page.keyboard.press('Enter');
  await page.locator(`#scenario-${scenarioId}`).click();
  await page.locator('#accept-note').click();
}

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
    await page.locator('.scenario-list').first().waitFor();
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
    if (!meta) throw new Error(`no ${name} scenario without a content note in the library`);
    problems.length = 0;
    page = await browser.newPage({ viewport: { width, height } });
    await open(meta.id);
    await page.locator('.choices button.choice').first().waitFor();
    if (name === 'offsite') {
      // A visit begins with the call (#scene: phone): take the choices that lead to the doorstep.
      const scene = () => page.evaluate('window.madoguchi.store.getState().scene');
      for (let i = 0; i < 10 && (await scene()) !== 'offsite'; i++) {
        const visit = (await page.locator('.choices button.choice').allTextContents()).findIndex((t) => /伺います|同行|二人/.test(t));
        await page.keyboard.press(String(Math.max(visit, 0) + 1));
        await page.locator('.choices button.choice').first().waitFor();
      }
      expect(await scene()).toBe('offsite');
    }
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
    await page.locator('form.record').waitFor();
    await shot(`${name}-record`);
    await page.locator('#record-skip').click();
    await page.locator('.debrief').waitFor();
    await shot(`${name}-debrief`);
    expect(problems).toEqual([]);
  });
});

describe.each([
  [1280, 720],
  [1920, 1080],
])('the grouped library and the inbox at %i×%i', (width, height) => {
  const problems: string[] = [];
  async function shot(page: Page, name: string): Promise<void> {
    await page.waitForTimeout(350);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
    problems.push(...((await page.evaluate(LAYOUT_CHECK)) as string[]).map((p) => `${name}: ${p}`));
  }

  it('groups the select screen by desk, seat and type, each card showing the trainee\'s seat', async () => {
    problems.length = 0;
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      await page.goto(`${server.base}/`);
      await page.locator('#trainee-name').fill('分類 確認');
      await page.keyboard.press('Enter');
      await page.locator('.scenario-group').first().waitFor();
      for (const by of GROUPINGS) {
        await page.locator(`#grouping-${by}`).check();
        const headings = await page.locator('.scenario-group h2').allTextContents();
        expect(headings).toEqual(groupScenarios(SCENARIOS, by).map((g) => `${g.label}（${g.scenarios.length}）`));
        expect(await page.locator('.scenario-seat').count()).toBe(SCENARIOS.length);
        await shot(page, `select-${by}`);
      }
      expect(await page.locator('#scenario-kocho-mail .scenario-seat').textContent()).toBe('あなたの立場：新任職員（広報広聴）');
      // The switch is a radio group: the keyboard moves between the groupings.
      await page.locator('#grouping-desk').check();
      await page.locator('#grouping-desk').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#grouping-role').isChecked()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows the inbox: the flood as a list, the open message, the running clock, and tells it in words', async () => {
    problems.length = 0;
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      await openWithNote(page, '受信箱 確認', 'kocho-mail');
      await page.locator('.choices button.choice').first().waitFor();
      expect(await page.evaluate('window.madoguchi.game.scene.getScenes(true).map((s) => s.scene.key)')).toEqual(['mail']);
      expect(await page.locator('#scene-status').textContent()).toMatch(/目安：時間の定めなし。.*受信トレイ 1\d\d通（うち .+ から 1\d\d通）/);
      await shot(page, 'mail-start');
      // By keyboard: consult the 係長, check the facts, then on to the mixed-in question (the story's first
      // option each time; the shown order is drawn from the seed, so the key is that option's place).
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press(String((await placeOf(page, 0)) + 1));
        await page.locator('.choices button.choice').first().waitFor();
      }
      expect(await page.locator('#scene-status').textContent()).toContain('保存');
      await shot(page, 'mail-mid');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets the lead build a session by the same groups: a whole group at once, narrowed by a filter', async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      await page.goto(`${server.base}/trainer`);
      await page.locator('#password').fill(TRAINER_PASSWORD);
      await page.keyboard.press('Enter');
      await page.locator('details summary', { hasText: '新しい研修' }).click();
      await page.locator('.pick-group').first().waitFor();
      expect(await page.locator('.pick-group legend').allTextContents()).toEqual(groupScenarios(SCENARIOS, 'desk').map((g) => `${g.label}（${g.scenarios.length}/${g.scenarios.length}）をまとめて選ぶ`));
      await page.locator('#pick-group-mail').uncheck();
      expect(await page.locator('#pick-kocho-mail').isChecked()).toBe(false);
      expect(await page.locator('#pick-count').textContent()).toContain(`選択中 ${SCENARIOS.length - 1}本`);
      await page.locator('#pick-grouping-role').check();
      expect(await page.locator('.pick-group legend').first().textContent()).toMatch(/^新任職員/);
      await page.locator('#pick-filter').fill('メール');
      expect(await page.locator('.picks .pick').count()).toBe(SCENARIOS.filter((s) => matchesFilter(s, 'メール')).length);
      await page.locator('#pick-filter').fill('');
      await page.screenshot({ path: join(SHOTS, `trainer-builder-${width}.png`), fullPage: true });
      await page.goto(`${server.base}/trainer?view=scenarios`);
      await page.locator('#plan-grouping-type').check();
      expect(await page.locator('.scenario-table .group-row').count()).toBe(groupScenarios(SCENARIOS, 'type').length);
      await page.screenshot({ path: join(SHOTS, `trainer-planning-${width}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe('who said it, in the debrief', () => {
  it("shows the manager's call to 110 in boryoku as the manager's, not the trainee's, on the page and the timeline", async () => {
    // The path where the trainee reports to the manager first: the 110 call is a story line, not a choice.
    const path = walkStory(compileInk(join(ROOT, 'stories', 'boryoku.ink')), 1).paths.find((p) => p.events.some((e) => e.act === 'staff.call_police' && !e.chosen))!;
    expect(path).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await openWithNote(page, '話者 確認', 'boryoku');
      for (const index of path.choices) await page.locator(`.choices button.choice[data-index="${index}"]`).click();
      await page.locator('#to-debrief').click();
      await page.locator('#record-skip').click();
      const call = page.locator('.decided li[data-speaker=manager]', { hasText: '110番' }).first();
      await call.scrollIntoViewIfNeeded();
      expect(await call.textContent()).toMatch(/上司：（高野課長は、.*110番/);
      expect((await page.locator('.decided li').allTextContents()).filter((t) => /あなた：（高野課長/.test(t))).toEqual([]);
      expect(await page.locator('.decided li[data-speaker=trainee]').count()).toBeGreaterThan(0);
      await page.waitForTimeout(350);
      await page.screenshot({ path: join(SHOTS, 'boryoku-debrief-speakers-1280.png') });
      expect(await page.evaluate(LAYOUT_CHECK)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// Controls a finger can hit: every visible button and text field at least 44 CSS px tall and wide
// (WCAG 2.5.5); a checkbox or radio button counts by its label.
const TOUCH_TARGETS = `(() => {
  const small = [];
  for (const el of document.querySelectorAll('#stage button, #stage select, #stage input')) {
    const target = el.type === 'checkbox' || el.type === 'radio' ? el.closest('label') ?? el : el;
    const r = target.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.type === 'range') continue; // a slider is dragged along its length
    if (r.height < 44 || r.width < 44) small.push((el.id || el.textContent.trim().slice(0, 20)) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
  }
  return small;
})()`;

describe.each([
  ['landscape', 1024, 768],
  ['portrait', 768, 1024],
])('on a tablet, by touch alone (%s)', (orientation, width, height) => {
  it('plays a scenario with a content note to its debrief and replays from a decision, with every control big enough for a finger', async () => {
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const problems: string[] = [];
    async function check(name: string): Promise<void> {
      await page.waitForTimeout(350);
      await page.screenshot({ path: join(SHOTS, `tablet-${orientation}-${name}.png`) });
      for (const [kind, script] of [['layout', LAYOUT_CHECK], ['touch target', TOUCH_TARGETS]] as const) {
        problems.push(...((await page.evaluate(script)) as string[]).map((p) => `${name}: ${kind}: ${p}`));
      }
    }
    try {
      await page.goto(`${server.base}/`);
      await page.locator('#trainee-name').tap();
      await page.locator('#trainee-name').fill('タブレット 確認');
      await check('entry');
      await page.locator('#open-settings').tap();
      await page.locator('.settings').waitFor();
      await check('settings');
      await page.locator('#close-settings').tap();
      await page.locator('#next').tap();
      const noted = byChannel('counter', true)!;
      await page.locator(`#scenario-${noted.id}`).waitFor();
      await check('select');
      await page.locator(`#scenario-${noted.id}`).tap();
      await page.locator('#accept-note').tap();
      for (let i = 0; i < 40 && !(await page.locator('#to-debrief').count()); i++) {
        await page.locator('.choices button.choice').first().waitFor();
        if (i === 1) await check('play');
        if (await page.locator('#to-debrief').count()) break;
        await page.locator('.choices button.choice').last().tap();
      }
      await page.locator('#to-debrief').tap();
      await page.locator('form.record').waitFor();
      await check('record');
      await page.locator('#record-skip').tap();
      await page.locator('.debrief').waitFor();
      await check('debrief');
      const events = (await page.evaluate('window.madoguchi.store.getState().events.length')) as number;
      expect(events).toBeGreaterThan(3);
      await page.locator('.replay-from button[data-decision="0"]').tap();
      await page.locator('.choices button.choice').first().waitFor();
      expect(await page.evaluate('window.madoguchi.store.getState().screen')).toBe('play');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the layout and touch checks themselves', () => {
  it('find overlapping text, clipped text, text under the toolbar and controls too small for a finger', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.setContent(`<div id="stage" style="position:relative;width:1280px;height:720px"><canvas width="1280" height="720"></canvas>
        <div id="ui" style="position:absolute;inset:0">
          <p style="position:absolute;left:10px;top:10px;margin:0">重なる文字</p><p style="position:absolute;left:14px;top:14px;margin:0">もう一つの文字</p>
          <p style="position:absolute;left:10px;top:100px;width:40px;overflow:hidden;white-space:nowrap;margin:0">はみ出して切れる文字</p>
          <h1 style="position:absolute;left:1150px;top:0;margin:0;font-size:16px">ボタンの下</h1>
          <p class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap">読み上げ専用の長い文字列</p>
          <button style="position:absolute;left:10px;top:300px;padding:0;font-size:10px">小</button>
        </div><div class="toolbar" style="position:absolute;top:0;right:0"><button style="width:120px;height:40px">設定</button></div></div>`);
      const layout = (await page.evaluate(LAYOUT_CHECK)) as string[];
      expect(layout).toEqual(expect.arrayContaining([expect.stringMatching(/^overlap: "重なる文字" \/ "もう一つの文字"/), expect.stringMatching(/^clipped sideways: はみ出して/), expect.stringMatching(/^overlap: "ボタンの下" \/ "設定"/)]));
      expect(layout.join('\n')).not.toContain('読み上げ専用');
      expect((await page.evaluate(TOUCH_TARGETS)) as string[]).toEqual(expect.arrayContaining([expect.stringMatching(/^小 \d+×\d+$/), expect.stringMatching(/^設定 120×40$/)]));
    } finally {
      await page.close();
    }
  });
});

/** A fresh page at 1280×720 with these settings (text at once), at the first decision of kosoku. */
async function playing(settings: Record<string, unknown>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(`localStorage.setItem('madoguchi.settings', ${JSON.stringify(JSON.stringify({ state: { settings: { textSpeed: 'instant', ...settings } }, version: 1 }))})`);
  await page.goto(`${server.base}/`);
  await page.locator('#trainee-name').fill('設定 確認');
  await page.keyboard.press('Enter');
  await page.locator('#scenario-kosoku').click();
  await page.locator('.choices button.choice').first().waitFor();
  return page;
}

describe('reduced motion', () => {
  // The scene's state changes at once (a colleague arrives, the citizen grows angry, the trainee warns):
  // with motion, brief tweens play and new lines slide in; with reduced motion, neither.
  const CHANGE = `(() => {
    const { store, game } = window.madoguchi;
    const s = store.getState();
    store.setState({ mood: 'angry', present: ['colleague'], events: [...s.events, { t: s.clock, act: 'staff.warn' }] });
    const scene = game.scene.getScenes(true)[0];
    return { tweens: scene.tweens.getTweens().length, animation: getComputedStyle(document.querySelector('.log .line')).animationName };
  })()`;

  it.each([
    [false, (r: { tweens: number; animation: string }) => expect(r.tweens > 0 && r.animation === 'appear').toBe(true)],
    [true, (r: { tweens: number; animation: string }) => expect(r).toEqual({ tweens: 0, animation: 'none' })],
  ])('with reducedMotion %s', async (reducedMotion, check) => {
    const page = await playing({ reducedMotion });
    try {
      await page.waitForTimeout(300);
      check((await page.evaluate(CHANGE)) as { tweens: number; animation: string });
    } finally {
      await page.close();
    }
  });
});

describe('every decision in view', () => {
  // Every set of choices any story offers (all paths, seeds 1–3), shown through the game's own code at
  // each font size at 1280×720 (larger stages scale with it): none may sit below a scroll edge.
  const sets = new Map<string, string[]>();
  beforeAll(() => {
    for (const file of readdirSync(join(ROOT, 'stories')).filter((f) => f.endsWith('.ink'))) {
      const json = compileInk(join(ROOT, 'stories', file));
      for (const seed of [1, 2, 3]) walkStory(json, seed, 60, (cs) => sets.set(cs.map((c) => c.text).join('\n'), cs.map((c) => c.text)));
    }
  });

  it.each([1, 1.15, 1.3])('at font scale %s', async (fontScale) => {
    const page = await playing({ fontScale });
    try {
      const hidden = (await page.evaluate(`((all) => {
        const { store } = window.madoguchi;
        const box = document.querySelector('.choices');
        const out = [];
        for (const texts of all) {
          store.setState({ choices: texts.map((text, index) => ({ index, text })) });
          if (box.querySelectorAll('button.choice').length !== texts.length) out.push('not rendered: ' + texts[0]);
          else if (box.scrollHeight > box.clientHeight + 1) out.push(box.scrollHeight + '/' + box.clientHeight + ' px: ' + texts[0].slice(0, 30));
        }
        return out;
      })(${JSON.stringify([...sets.values()])})`)) as string[];
      expect(sets.size).toBeGreaterThan(100);
      expect(hidden).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the supervisor's seat", () => {
  it('draws the 係長 at the counter beside the junior, and the debrief names the junior\'s report as a colleague\'s (hikitsugi)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.addInitScript(`localStorage.setItem('madoguchi.settings', ${JSON.stringify(JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))})`);
      await page.goto(`${server.base}/`);
      await page.locator('#trainee-name').fill('係長 確認');
      await page.keyboard.press('Enter');
      await page.locator('#scenario-hikitsugi').click();
      // The story's first option of every decision is the model path: hear the junior, take over, answer, decide with the 補佐 …
      for (let i = 0; i < 30 && !(await page.locator('#to-debrief').count()); i++) {
        await page.locator('.choices button.choice').first().waitFor();
        if (i === 2) {
          await page.waitForTimeout(350);
          await page.screenshot({ path: join(SHOTS, 'supervisor-counter-1280.png') });
          expect(await page.evaluate('window.madoguchi.store.getState().present')).toContain('colleague');
          expect(await page.evaluate(LAYOUT_CHECK)).toEqual([]);
        }
        if (await page.locator('#to-debrief').count()) break;
        // The story's first option, wherever the seeded order shows it: its number key.
        await page.keyboard.press(String((await placeOf(page, 0)) + 1));
      }
      await page.locator('#to-debrief').click();
      await page.locator('#record-skip').click(); // self-study: the record sheet may be skipped
      await page.locator('.debrief').waitFor();
      const decided = await page.locator('.decided li').allTextContents();
      expect(decided.filter((t) => /あなた：.*係長、すみません/.test(t))).toEqual([]);
      expect(await page.locator('.decided li[data-speaker=colleague]', { hasText: '係長、すみません' }).count()).toBeGreaterThan(0);
      await page.waitForTimeout(350);
      await page.screenshot({ path: join(SHOTS, 'supervisor-debrief-1280.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
