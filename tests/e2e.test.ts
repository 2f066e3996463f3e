// End to end in real headless Chromium: build the game, start the server as `npm start` would, play
// scenarios by keyboard to the debrief, and follow the results onto the trainer pages.
// Screenshots of every screen land in test-results/.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, placeOf } from './browser';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { compileInk } from '../src/build/ink';
import { FORM_OF } from '../src/model/records/forms';
import { SCENARIOS, scenarioById } from '../src/model/scenarios';
import { score } from '../src/scoring/score';
import { resultOf } from '../src/scoring/pass';
import { RESULT_LABEL } from '../src/model/report';
import { walkStory } from '../src/story/walk';
import { ROOT, startServer, trainerCookie, TRAINER_PASSWORD, type ServerProcess } from './server-process';

// A browser test plays a whole scenario; on a busy two-core machine that can take a while.
vi.setConfig({ testTimeout: 90_000 });

const SHOTS = join(ROOT, 'test-results');
const tmp = mkdtempSync(join(tmpdir(), 'madoguchi-e2e-'));
const DIST = inject('dist');
const ROOM = 'training-room.test';
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(join(tmp, 'results.sqlite'), DIST);
  // training-room.test stands for the lead's PC as trainees reach it over the LAN: plain http, not localhost,
  // so no secure context (no crypto.randomUUID, crypto.subtle, service workers or clipboard).
  browser = await launchChromium([`--host-resolver-rules=MAP ${ROOM} 127.0.0.1`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const meta = scenarioById('kosoku')!;
const walk = walkStory(compileInk(join(ROOT, 'stories', meta.file)));
const ranked = walk.paths
  // Scored as the game scores it: with its scenario (which says what the attempt tested), seed and choices.
  // The self-study plays here skip the record sheet (toDebrief), so their reports count it as skipped.
  .map((p) => ({ p, report: score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, scenario: meta.id, seed: 0, choices: p.choices, events: p.events, record: { version: 1, form: FORM_OF[meta.profile].id, skipped: true } }) }))
  .sort((a, b) => b.report.score - a.report.score || a.p.decisions - b.p.decisions);

async function enter(page: Page, name: string, code = '', base = server.base): Promise<void> {
  await page.goto(`${base}/`);
  await page.locator('#trainee-name').fill(name);
  await page.locator('#trainee-dept').fill('税務課');
  if (code) await page.locator('#session-code').fill(code);
  await page.keyboard.press('Enter');
  await page.locator(`#scenario-${meta.id}`).waitFor();
}

/** Presses the number key of each choice in turn, as a keyboard user would. */
async function play(page: Page, choices: number[]): Promise<void> {
  for (const [n, index] of choices.entries()) {
    await page.locator('.choices button.choice').first().waitFor();
    const position = await placeOf(page, index);
    expect(position, `choice ${index} at decision ${n}`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String(position + 1));
  }
}

/** Past the last line: the record sheet skipped (self-study) or sent blank (a session asks for it), then the debrief. */
async function toDebrief(page: Page): Promise<void> {
  await page.locator('#to-debrief').focus();
  await page.keyboard.press('Enter');
  await page.locator('form.record').waitFor();
  const skip = (await page.locator('#record-skip').count()) > 0;
  await page.locator(skip ? '#record-skip' : '#record-submit').focus();
  await page.keyboard.press('Enter');
  // Blanks are said once before the same button sends them.
  if (!skip) await page.locator('#record-submit', { hasText: '未記入のまま' }).click();
  await page.locator('.debrief').waitFor();
}

async function trainerPage(width = 1280, height = 800, onRequest?: (url: string) => void, base = server.base): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  if (onRequest) page.on('request', (r) => onRequest(r.url()));
  await page.goto(`${base}/trainer`);
  await page.locator('#password').fill(TRAINER_PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('table.attempts, .card h2').first().waitFor();
  return page;
}

describe.each([
  [1280, 720, 0],
  [1920, 1080, ranked.length - 1],
])('the game at %i×%i', (width, height, rank) => {
  const pick = ranked[rank]!;

  it(`plays ${meta.id} by keyboard to the "${pick.p.ending}" ending, shows the debrief and reaches the trainer page`, async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A training room is often a closed network: nothing may come from anywhere but this server.
    const outside: string[] = [];
    let requests = 0;
    const watch = (url: string) => {
      requests++;
      if (!url.startsWith(server.base) && !/^(data|blob):/.test(url)) outside.push(url);
    };
    page.on('request', (r) => watch(r.url()));
    await page.goto(`${server.base}/`);
    await page.locator('#trainee-name').waitFor();
    await page.screenshot({ path: join(SHOTS, `entry-${width}.png`) });
    await enter(page, `職員${width}`);
    await page.screenshot({ path: join(SHOTS, `select-${width}.png`) });
    await page.locator(`#scenario-${meta.id}`).click();
    await page.locator('[role=log][aria-live=polite] .line').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `counter-start-${width}.png`) });
    await play(page, pick.p.choices.slice(0, 2));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `counter-mid-${width}.png`) });
    // A screen reader hears what the canvas shows; the canvas itself is hidden from it.
    const clock = (await page.evaluate('window.madoguchi.store.getState().clock')) as number;
    // (It is updated once the new lines are shown, just before the choices.)
    await expect.poll(() => page.locator('#scene-status[role=status]').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^経過 ${Math.floor(clock / 60)}分。.*。相手：.+。対応：あなた`));
    expect(await page.locator('#stage canvas').getAttribute('aria-hidden')).toBe('true');
    await play(page, pick.p.choices.slice(2));
    await toDebrief(page);
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `debrief-${width}.png`) });
    for (const p of pick.report.principles) {
      expect(await page.locator(`[data-principle=${p.id}] .verdict`).textContent(), p.id).toBe({ upheld: '遵守', violated: '違反', not_applicable: '対象外' }[p.verdict]);
    }
    expect(await page.locator('#debrief-title').textContent()).toBe(`ふりかえり — ${pick.report.score}点`);
    // Passed or not, said in words by the one pass rule (self-study skips the record sheet: not done).
    expect(await page.locator('.debrief .result strong').textContent()).toBe(`判定：${RESULT_LABEL[resultOf(pick.report)]}`);

    const trainer = await trainerPage(width, height, watch);
    const row = trainer.locator('tbody tr', { hasText: `職員${width}` });
    await row.waitFor({ timeout: 5_000 });
    expect(await row.textContent()).toContain('税務課');
    expect(await row.textContent()).toContain(meta.title);
    expect(await row.locator('td.score').textContent()).toBe(String(pick.report.score));
    expect(await row.locator('td.result').textContent()).toBe(RESULT_LABEL[resultOf(pick.report)]);
    await trainer.screenshot({ path: join(SHOTS, `trainer-${width}.png`), fullPage: true });
    // The game sent the real time played: the statement's duration is seconds of this test, not the in-game minutes.
    const statements = (await trainer.evaluate(async () => (await (await fetch('/api/xapi/statements?limit=0')).json()).statements)) as { actor: { name: string }; result: { duration: string } }[];
    const played = Number(/^PT(\d+(?:\.\d+)?)S$/.exec(statements.find((s) => s.actor.name === `職員${width}`)!.result.duration)![1]);
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(120);
    // The replay of that attempt: decisions on the clock with verdicts.
    await row.locator('td:first-child a').click();
    await trainer.locator('.replay li').first().waitFor();
    const violated = pick.report.principles.some((p) => p.verdict === 'violated' && p.events.length > 0);
    expect((await trainer.locator('.replay .chip.violated').count()) > 0).toBe(violated);
    await trainer.screenshot({ path: join(SHOTS, `trainer-attempt-${width}.png`), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toBeGreaterThan(10); // the game's and the trainer page's own files and API calls were seen
    expect(outside).toEqual([]);
    await page.close();
    await trainer.close();
  });
});

describe('a training room over plain http', () => {
  it('plays a scenario opened by a LAN host name (no secure context) to the debrief, and the trainer page there lists it', async () => {
    const room = server.base.replace('localhost', ROOM);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await enter(page, '研修室 七郎', '', room);
    expect(page.url()).toContain(`http://${ROOM}:`);
    expect(await page.evaluate('window.isSecureContext')).toBe(false);
    await page.locator(`#scenario-${meta.id}`).click();
    await play(page, ranked[0]!.p.choices);
    await toDebrief(page);
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    const trainer = await trainerPage(1280, 800, undefined, room);
    expect(await trainer.evaluate('window.isSecureContext')).toBe(false);
    const row = trainer.locator('tbody tr', { hasText: '研修室 七郎' });
    await row.waitFor({ timeout: 5_000 });
    expect(await row.locator('td.score').textContent()).toBe(String(ranked[0]!.report.score));
    expect(errors).toEqual([]);
    await trainer.close();
    await page.close();
  });
});

describe('a choice is only ever the trainee\'s', () => {
  // A reviewer pressed Enter for 「続きを表示」 just as the last line appeared, and clicked where that button had stood:
  // each time option 1, which then stood there (in a seeded order), was taken and scored.
  it('takes no option by an Enter meant for 「続きを表示」, nor by a click in the instant the options appear', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(`localStorage.setItem('madoguchi.settings', JSON.stringify({ state: { settings: { textSpeed: 'slow' } }, version: 1 }))`);
    await enter(page, '誤操作 六郎');
    await page.locator(`#scenario-${meta.id}`).click();
    await page.locator('#show-all').waitFor(); // the opening lines appear one by one (text speed normal)
    // In the page, as the options replace 「続きを表示」: what a click at the first option's centre would hit.
    const hit = page.evaluate(`new Promise((resolve) => {
      const seen = new MutationObserver(() => {
        const first = document.querySelector('.choices button.choice');
        if (!first) return;
        seen.disconnect();
        const r = first.getBoundingClientRect();
        const at = () => document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        const now = at();
        setTimeout(() => resolve({ now: now && now.closest('button') ? now.closest('button').className : null, later: at()?.closest('button')?.className ?? null, focus: document.activeElement?.className }), 700);
      });
      seen.observe(document.querySelector('.choices'), { childList: true });
    })`) as Promise<{ now: string | null; later: string | null; focus: string }>;
    const { now, later, focus } = await hit;
    expect(now, 'a click the moment the options appear').toBeNull();
    expect(later, 'a click after half a second').toBe('choice');
    expect(focus, 'the focus is on the group, not on option 1').toBe('choices');
    const before = await page.locator('.choices button.choice').allTextContents();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('.log .line.staff').count()).toBe(0);
    expect(await page.locator('.choices button.choice').allTextContents()).toEqual(before);
    // Tab reaches option 1 and Enter takes it; a click takes an option too.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.log .line.staff').first().waitFor();
    await page.locator('.choices button.choice').first().click();
    await page.locator('.log .line.staff').nth(1).waitFor();
    await page.close();
  });
});

describe('the debrief', () => {
  it('replays the scenario from one of the trainee\'s decisions, as a new attempt', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await enter(page, '鈴木 四郎');
    await page.locator(`#scenario-${meta.id}`).click();
    const worst = ranked.at(-1)!.p.choices;
    await play(page, worst);
    await toDebrief(page);
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    await page.locator('.replay-from button[data-decision="1"]').click();
    // Back at the second decision, with the first decision's words already in the log.
    await page.locator('.choices button.choice').first().waitFor();
    expect(await page.locator('.log .line.staff').count()).toBe(1);
    await play(page, worst.slice(1));
    await toDebrief(page);
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    const trainer = await trainerPage();
    await trainer.locator('tbody tr', { hasText: '鈴木 四郎' }).nth(1).waitFor({ timeout: 10_000 });
    await trainer.goto(`${server.base}/trainer?view=scenarios`);
    expect(await trainer.locator('.scenario-table tbody tr[data-scenario]').count()).toBe(SCENARIOS.length);
    await trainer.screenshot({ path: join(SHOTS, 'trainer-scenarios.png'), fullPage: true });
    await trainer.close();
    await page.close();
  });
});

describe('a scenario met again', () => {
  // chosha-gai has three callers: by chance, three tries would meet three callers only 2 times in 9.
  async function meet(page: Page): Promise<string> {
    await page.locator('#scenario-chosha-gai').click();
    await page.locator('.choices button.choice').first().waitFor();
    const opening = (await page.evaluate('window.madoguchi.store.getState().lines.map((l) => l.text).join("\\n")')) as string;
    for (let i = 0; i < 40 && !(await page.locator('#to-debrief').count()); i++) {
      await page.keyboard.press('1');
      await page.waitForTimeout(50);
    }
    await toDebrief(page);
    await page.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    await page.locator('#again').click();
    return opening;
  }
  const instant = `localStorage.setItem('madoguchi.settings', JSON.stringify({ state: { settings: { textSpeed: 'instant' } }, version: 1 }))`;

  it('opens in self-study with a variant this browser has not shown the trainee, while one is left', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(instant);
    await enter(page, '再受講 五郎');
    const openings = [await meet(page), await meet(page), await meet(page)];
    expect(new Set(openings).size).toBe(3);
    await page.close();
  });

  it('opens in a session with a variant the trainee has not met on any PC (a refresher), while one is left', async () => {
    const lead = await browser.newContext();
    await lead.request.post(`${server.base}/api/trainer/login`, { data: { password: TRAINER_PASSWORD } });
    const session = (await (await lead.request.post(`${server.base}/api/sessions`, { data: { name: 'フォローアップ研修', date: '2027-11-23', kind: 'refresher', profile: 'oshu', scenarios: [meta.id, 'chosha-gai'], contentNotes: true } })).json()) as { code: string };
    const openings: string[] = [];
    for (let pc = 0; pc < 3; pc++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } }); // another PC: nothing in its storage
      const page = await context.newPage();
      await page.addInitScript(instant);
      await enter(page, '再受講 六郎', session.code);
      openings.push(await meet(page));
      await context.close();
    }
    expect(new Set(openings).size).toBe(3);
    await lead.close();
  });
});

describe('a training session', () => {
  it('tells a trainee in Japanese when a code is unknown or its session was closed', async () => {
    const cookie = await trainerCookie(server.base);
    const created = await fetch(`${server.base}/api/sessions`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: '終了した研修', date: '2026-12-02', kind: 'onboarding', profile: 'nanyo', scenarios: [meta.id], contentNotes: false }) });
    const session = (await created.json()) as { id: string; code: string };
    expect((await fetch(`${server.base}/api/sessions/${session.id}/close`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const tryCode = async (code: string) => {
      await page.goto(`${server.base}/`);
      await page.locator('#trainee-name').fill('入室 七郎');
      await page.locator('#session-code').fill(code);
      await page.keyboard.press('Enter');
      await page.locator('.form-error', { hasText: /./ }).waitFor();
      return page.locator('.form-error').textContent();
    };
    expect(await tryCode(session.code)).toBe(`研修コード「${session.code}」の研修は終了しています（コードは無効です）。研修担当者に声をかけてください。`);
    expect(await tryCode('ZZZZZZ')).toBe('研修コード「ZZZZZZ」の研修が見つかりません。コードを確かめてください。');
    await page.close();
  });

  it('is created by the lead, joined with its code, and shows who finished', async () => {
    const lead = await trainerPage();
    await lead.locator('details summary', { hasText: '新しい研修' }).click();
    await lead.locator('#session-name').fill('新任職員研修 第1回');
    await lead.locator('#session-kind').selectOption('onboarding');
    await lead.locator('#session-profile').selectOption('nanyo');
    await lead.locator('#create-session').click();
    const code = (await lead.locator('#join-code').textContent())!;
    expect(code).toMatch(/^[2-9A-Z]{6}$/);

    const trainee = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // What the game posts: its progress reports and the attempt.
    const posted: { path: string; body: { ending?: unknown; transcript?: { seed: number; choices: number[] } } }[] = [];
    trainee.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.method() === 'POST' && /^\/api\/(sessions\/[^/]+\/progress|attempts)$/.test(path)) posted.push({ path, body: r.postDataJSON() });
    });
    // A name with markup in it is shown as text everywhere, never as markup.
    await enter(trainee, '<b>佐藤</b> 一郎', code.toLowerCase());
    expect(await trainee.locator('.who').textContent()).toContain('新任職員研修 第1回');
    await trainee.locator(`#scenario-${meta.id}`).click();
    await play(trainee, ranked[0]!.p.choices);
    await toDebrief(trainee);
    await trainee.locator('.submit-status', { hasText: '送信しました' }).waitFor({ timeout: 10_000 });
    // At the ending, before the record sheet, the game reported the finished play, so the server could replay
    // it while the sheet was written: the seed and choices the attempt then carried.
    const ended = posted.findIndex((p) => p.body.ending !== undefined);
    const sent = posted.findIndex((p) => p.path === '/api/attempts');
    expect(ended).toBeGreaterThanOrEqual(0);
    expect(ended).toBeLessThan(sent);
    expect(posted[ended]!.body.ending).toEqual({ seed: posted[sent]!.body.transcript!.seed, choices: posted[sent]!.body.transcript!.choices });

    await lead.reload();
    const row = lead.locator('.participants tbody tr', { hasText: '<b>佐藤</b> 一郎' });
    await row.waitFor();
    // Sent, and how many of the session's scenarios are passed: 修了 only when every one is (one kosoku play is not all).
    expect(await row.locator('td').nth(2).textContent()).toBe('結果送信済み');
    expect(await row.locator('td.completion').textContent()).toMatch(/^[01]／\d+本$/);
    expect(await lead.locator('main b').count()).toBe(0);
    // A screen reader hears the chart's figures, not only its title.
    expect(await lead.locator('svg.chart').first().getAttribute('aria-label')).toMatch(/^原則ごとの合格率：[^：]+ \d+%（\d+\/\d+）/);
    await lead.screenshot({ path: join(SHOTS, 'trainer-session.png'), fullPage: true });
    // The group discussion: each principle with the group's own words and 南陽市's passages.
    await lead.locator('#discuss').click();
    await lead.locator('.discuss-item').first().waitFor();
    expect(await lead.locator('main h1 + p').textContent()).toContain('新任職員研修 第1回：1件の受験');
    // Only principles the attempt tested are discussed (an upheld principle that never came up is not).
    expect(await lead.locator('.discuss-item').count()).toBeGreaterThanOrEqual(3);
    expect(await lead.locator('.discuss-item blockquote cite').first().textContent()).toContain('南陽市');
    const said = ranked[0]!.p.events.filter((e) => e.act.startsWith('staff.')).map((e) => e.text);
    expect(said).toContain((await lead.locator('.discuss-item li').first().textContent())!.replace(/^1件/, '').replace(/（[^（]*）$/, ''));
    expect(await lead.locator('main b').count()).toBe(0);
    await lead.screenshot({ path: join(SHOTS, 'trainer-discuss.png'), fullPage: true });
    await lead.goBack();
    // The session's municipality (南陽市) applied to the attempt.
    await lead.locator('.attempts tbody tr', { hasText: '佐藤</b> 一郎' }).locator('td:first-child a').click();
    await lead.locator('.replay').waitFor();
    expect(await lead.locator('main').textContent()).toContain('南陽市のマニュアル');
    // The record of completion, printed to PDF on A4 as the browser would.
    await lead.locator('a', { hasText: 'この受講者の記録' }).click();
    await lead.locator('a', { hasText: '修了記録を印刷' }).click();
    await lead.locator('.a4 table').first().waitFor();
    expect(await lead.locator('.a4').textContent()).toContain('<b>佐藤</b> 一郎');
    await lead.emulateMedia({ media: 'print' });
    await lead.screenshot({ path: join(SHOTS, 'print-trainee.png'), fullPage: true });
    const pdf = await lead.pdf({ format: 'A4', printBackground: true, path: join(SHOTS, 'print-trainee.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.\d+\]/);
    await lead.close();
    await trainee.close();
  });
});

describe('nothing is lost', () => {
  it('keeps a finished attempt in the browser while the server is down and delivers it after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await enter(page, '田中 三郎');
    await page.locator(`#scenario-${meta.id}`).click();
    await play(page, ranked[0]!.p.choices);
    const port = new URL(server.base).port;
    await server.stop('SIGKILL');
    await toDebrief(page);
    await page.locator('.submit-status', { hasText: '自動で再送します' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SHOTS, 'debrief-offline.png') });
    server = await startServer(join(tmp, 'results.sqlite'), DIST, Number(port));
    await page.reload();
    await page.locator('#trainee-name').waitFor();
    const trainer = await trainerPage();
    await trainer.locator('tbody tr', { hasText: '田中 三郎' }).waitFor({ timeout: 10_000 });
    await trainer.close();
    await page.close();
  });
});
