// @vitest-environment jsdom
// The Phaser scenes, headless (Phaser's own test set-up: jsdom, a mocked canvas, type HEADLESS): what each
// scene shows for a given store, and that it follows the store. The pictures themselves are checked in
// Chromium (screens.test.ts); here, the words and the objects.
import '../node_modules/phaser/tests/setup.js';
import * as Phaser from 'phaser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptEvent } from '../src/model/transcript';
import { CounterScene } from '../src/scenes/CounterScene';
import { MailScene } from '../src/scenes/MailScene';
import { DebriefScene } from '../src/scenes/DebriefScene';
import { OffsiteScene } from '../src/scenes/OffsiteScene';
import { PhoneScene } from '../src/scenes/PhoneScene';
import { H, W } from '../src/scenes/theme';
import { score } from '../src/scoring/score';
import { store, type GameState } from '../src/state/store';
import { tx } from './helpers';

let game: Phaser.Game;
let now = 0;
const step = (frames = 3) => {
  for (let i = 0; i < frames; i++) game.headlessStep((now += 16), 16);
};
const ev = (...acts: [number, string][]): TranscriptEvent[] => acts.map(([m, act]) => ({ t: m * 60, act }) as TranscriptEvent);
const texts = (key: string) =>
  game.scene
    .getScene(key)!
    .children.list.filter((o): o is Phaser.GameObjects.Text => o.type === 'Text')
    .map((t) => t.text);
const graphics = (key: string) => game.scene.getScene(key)!.children.list.filter((o) => o.type === 'Graphics').length;

function show(key: string, state: Partial<GameState>): void {
  store.setState(state);
  game.scene.getScenes(true).forEach((s) => game.scene.stop(s.scene.key));
  game.scene.start(key);
  step();
}

beforeAll(async () => {
  document.body.innerHTML = '<div id="stage"></div>';
  game = new Phaser.Game({ type: Phaser.HEADLESS, width: W, height: H, parent: 'stage', banner: false, audio: { noAudio: true }, scene: [CounterScene, PhoneScene, OffsiteScene, MailScene, DebriefScene] });
  await new Promise<void>((resolve) => game.events.once('ready', () => resolve()));
});
afterAll(() => game.destroy(true));
beforeEach(() => store.setState({ session: null, scene: null, present: [], mood: 'calm', look: null, events: [], clock: 0, harassmentBegan: null }));

describe('the counter', () => {
  it('shows the mood, who is with the trainee and the clock, and draws the trainee as well as the citizen', () => {
    show('counter', { scenarioId: 'kosoku', mood: 'angry', present: ['colleague'], clock: 9 * 60, harassmentBegan: 60, events: ev([1, 'customer.shout'], [1, 'staff.warn'], [9, 'staff.call_colleague']) });
    expect(texts('counter')).toEqual(expect.arrayContaining(['相手：怒っている', '対応：あなた、同僚', '経過 9分\n目安まで あと22分']));
    // room, staff, citizen, counter, trainee, waiting citizens, clock face and hands
    expect(graphics('counter')).toBeGreaterThanOrEqual(7);
  });

  it('follows the store: a manager arrives, the limit passes', () => {
    show('counter', { scenarioId: 'kosoku', harassmentBegan: 0, clock: 60, events: ev([0, 'customer.shout'], [0, 'staff.warn']) });
    store.setState({ present: ['colleague', 'manager'], clock: 35 * 60, mood: 'threatening' });
    step();
    expect(texts('counter')).toEqual(expect.arrayContaining(['相手：威圧的', '対応：あなた、同僚、課長', '経過 35分\n目安を 5分 超過']));
  });

  it('calls the superior as the scenario does: the 係長 who came to the counter is not a 課長', () => {
    show('counter', { scenarioId: 'gaikoku', present: ['manager'], clock: 60 });
    expect(texts('counter')).toContain('対応：あなた、係長');
  });
});

describe('the phone', () => {
  const steps = () => texts('phone').filter((t) => /^[✔・] /.test(t));

  it("ticks off 南陽市's four steps as the trainee takes them, on a phone scenario under its manual", () => {
    show('phone', { scenarioId: 'denwa', session: { code: 'ABC234', name: 't', profile: 'nanyo', scenarios: ['denwa'], contentNotes: true }, events: ev([1, 'customer.shout'], [2, 'staff.warn']) });
    expect(texts('phone')).toContain('電話の打ち切り：南陽市');
    expect(steps()).toEqual(['✔ ステップ1 毅然とした警告', '・ ステップ2 最終通告', '・ ステップ3 切電', '・ ステップ4 上司に報告']);
  });

  it('shows a warning before 切電 where the scoring asks no more: a visit that begins with a call', () => {
    show('phone', { scenarioId: 'chosha-gai', scene: 'phone', session: { code: 'ABC234', name: 't', profile: 'nanyo', scenarios: ['chosha-gai'], contentNotes: true } });
    expect(steps()).toEqual(['・ 1 やめるよう警告', '・ 2 切電', '・ 3 上司に報告']);
  });
});

describe('the inbox', () => {
  const lines = [
    { t: 0, text: '佐々木「説明を求める。」', mail: { count: 1, from: '佐々木 誠', subject: '市民課の窓口対応について', overMinutes: 3900 } },
    { t: 0, text: '佐々木「佐藤という職員を処分しろ。」', mail: { count: 112, from: '佐々木 誠', subject: '【再送】職員の処分を求める', overMinutes: 3880 } },
  ];

  it('lists the flood, opens the last message, counts the folders and runs the clock without a limit', () => {
    show('mail', { scenarioId: 'kocho-mail', lines, clock: 5 * 60, mood: 'angry', events: ev([0, 'customer.complaint'], [3, 'staff.preserve_evidence']) });
    const shown = texts('mail');
    expect(shown).toEqual(expect.arrayContaining(['受信 113通　うち 佐々木 誠 から 113通', '▸ 受信トレイ（113）\n　保存（証拠）（113）\n　送信済み（0）', '経過 5分\n目安：時間の定めなし', '相手：怒っている']));
    expect(shown).toContain('差出人：佐々木 誠\n件名：【再送】職員の処分を求める\n受信：月 10:00');
    expect(shown.filter((t) => t.includes('【再送】職員の処分を')).length).toBeGreaterThanOrEqual(10);
    expect(shown).toContain('佐藤という職員を処分しろ。');
  });

  it('follows the store: a new message opens', () => {
    show('mail', { scenarioId: 'kocho-mail', lines, clock: 60 });
    store.setState({ lines: [...lines, { t: 600, text: '阿部「様式が開けません。」', mail: { count: 1, from: '阿部 千夏', subject: '郵送請求の様式が開けません', overMinutes: 1600 } }], clock: 600 });
    step();
    expect(texts('mail')).toContain('差出人：阿部 千夏\n件名：郵送請求の様式が開けません\n受信：日 07:30');
    // Older than the flood, it still shows in the list, on the last row.
    expect(texts('mail').some((t) => t.startsWith('日 07:30　阿部 千夏'))).toBe(true);
  });
});

describe('the doorstep', () => {
  it('shows the place, the mood and the colleague who came along', () => {
    show('offsite', { scenarioId: 'chosha-gai', scene: 'offsite', present: ['colleague'], mood: 'irritated' });
    expect(texts('offsite')).toEqual(expect.arrayContaining(['玄関先', '相手：いらだっている', '対応：あなた、同僚']));
  });
});

describe('the debrief timeline', () => {
  it('marks the limit and the clock times of a 40-minute encounter', () => {
    const transcript = tx([[0, 'customer.complaint'], [2, 'customer.shout'], [3, 'staff.warn'], [5, 'staff.listen'], [38, 'staff.end_response'], [40, 'customer.leave']]);
    show('debrief', { transcript, report: score(transcript) });
    expect(texts('debrief')).toEqual(expect.arrayContaining(['目安', '10:00', '10:10', '10:20', '10:30', '10:40', '守った選択', '反した選択', '選択以外の対応（同僚・上司・警察・場面）']));
  });

  it("reads the scenario's wall clock: the night duty from 22:00, past midnight to 00:00", () => {
    const transcript = { ...tx([[0, 'customer.complaint'], [2, 'customer.shout'], [3, 'staff.warn'], [70, 'staff.listen'], [125, 'customer.leave']]), scenario: 'shukuchoku' };
    show('debrief', { transcript, report: score(transcript) });
    expect(texts('debrief')).toEqual(expect.arrayContaining(['22:00', '22:10', '23:50', '00:00']));
    expect(texts('debrief')).not.toContain('10:00');
  });

  it('draws no limit where there was no harassment', () => {
    const transcript = tx([[0, 'customer.complaint'], [1, 'staff.listen'], [5, 'staff.explain'], [8, 'customer.leave']]);
    show('debrief', { transcript, report: score(transcript) });
    expect(texts('debrief')).not.toContain('目安');
  });
});
