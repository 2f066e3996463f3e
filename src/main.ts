import * as Phaser from 'phaser';
import './style.css';
import { CounterScene } from './scenes/CounterScene';
import { DebriefScene } from './scenes/DebriefScene';
import { MailScene } from './scenes/MailScene';
import { OffsiteScene } from './scenes/OffsiteScene';
import { PhoneScene } from './scenes/PhoneScene';
import { TitleScene } from './scenes/TitleScene';
import { H, W } from './scenes/theme';
import { scenarioById } from './model/scenarios';
import { store, type GameState } from './state/store';
import { openPackage } from './game/controller';
import { PACKAGED } from './lms/mode';
import { mountOverlay } from './ui/overlay';

const stage = document.getElementById('stage')!;
const game = new Phaser.Game({
  type: Phaser.CANVAS, // see src/build/phaser-core.ts: only the Canvas renderer is built in
  parent: stage,
  width: W,
  height: H,
  backgroundColor: '#efe7d6',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
  audio: { noAudio: true }, // Howler owns audio
  input: { keyboard: false, mouse: false, touch: false, gamepad: false }, // the DOM layer takes all input
  scene: [TitleScene, CounterScene, PhoneScene, OffsiteScene, MailScene, DebriefScene],
});

const PLAY_SCENE = { counter: 'counter', phone: 'phone', offsite: 'offsite', mail: 'mail' } as const;
const sceneFor = (s: GameState): string =>
  ({ entry: 'title', select: 'title', record: 'title', play: PLAY_SCENE[s.scene ?? scenarioById(s.scenarioId ?? '')?.channel ?? 'counter'], debrief: 'debrief' })[s.screen];
store.subscribe((s, prev) => {
  if (sceneFor(s) === sceneFor(prev)) return;
  game.scene.getScenes(true).forEach((sc) => game.scene.stop(sc.scene.key));
  game.scene.start(sceneFor(s));
});
// The scenes are still pictures between choices: let Phaser sleep when nothing changes, so a room of
// office PCs (and software-rendered browsers) spend no frames on an unchanged counter.
let idle: ReturnType<typeof setTimeout> | undefined;
function awake(ms = 800): void {
  if (!game.loop.running) game.loop.wake();
  clearTimeout(idle);
  idle = setTimeout(() => game.loop.sleep(), ms);
}
store.subscribe(() => awake());
addEventListener('resize', () => awake());
game.events.once('ready', () => {
  awake(3000);
  game.canvas.setAttribute('aria-hidden', 'true'); // what it shows is in words in #scene-status
});

// The package learns from the LMS (or its absence) who plays before the first screen is drawn.
if (PACKAGED) void openPackage();
mountOverlay(stage);
// For browser tests and debugging only: the store is writable, so a production build never exposes it
// (the browser tests build with `mode: 'test'`, tests/global-setup.ts; `npm run dev` is "development").
// The mode, not import.meta.env.DEV: DEV follows NODE_ENV, which a test runner sets for any build.
if (import.meta.env.MODE !== 'production') (window as unknown as { madoguchi: unknown }).madoguchi = { store, game };
