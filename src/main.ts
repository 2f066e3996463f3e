import * as Phaser from 'phaser';
import './style.css';
import { CounterScene } from './scenes/CounterScene';
import { DebriefScene } from './scenes/DebriefScene';
import { TitleScene } from './scenes/TitleScene';
import { H, W } from './scenes/theme';
import { store, type Screen } from './state/store';
import { mountOverlay } from './ui/overlay';

const stage = document.getElementById('stage')!;
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: stage,
  width: W,
  height: H,
  backgroundColor: '#efe7d6',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
  audio: { noAudio: true }, // Howler owns audio
  scene: [TitleScene, CounterScene, DebriefScene],
});

const sceneFor: Record<Screen, string> = { entry: 'title', select: 'title', play: 'counter', debrief: 'debrief' };
store.subscribe((s, prev) => {
  if (sceneFor[s.screen] === sceneFor[prev.screen]) return;
  game.scene.getScenes(true).forEach((sc) => game.scene.stop(sc.scene.key));
  game.scene.start(sceneFor[s.screen]);
});
mountOverlay(stage);
// For browser tests and debugging: read-only access to state.
(window as unknown as { madoguchi: unknown }).madoguchi = { store, game };
