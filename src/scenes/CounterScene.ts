import type * as Phaser from 'phaser';
// The counter (窓口): the room, the citizen across the counter, colleagues who come when called,
// other citizens on the bench whose unease grows, and the wall clock.
import type { GameState } from '../state/store';
import { EncounterScene, type Layout } from './EncounterScene';
import { drawWaiting } from './people';
import { COLORS, FONT, H, W } from './theme';

export class CounterScene extends EncounterScene {
  protected layout: Layout = {
    mood: { x: 680, y: 64 },
    citizen: { x: 680, y: 175 },
    clock: { x: 150, y: 118, r: 86 },
    trainee: { x: 470, y: 278 },
    staff: { colleague: { x: 330, y: 235 }, manager: { x: 960, y: 230 }, police: { x: 1120, y: 215 } },
  };
  private waiting!: Phaser.GameObjects.Graphics;

  constructor() {
    super('counter');
  }

  protected drawBackground(g: Phaser.GameObjects.Graphics): void {
    g.fillStyle(COLORS.wall).fillRect(0, 0, W, H);
    g.fillStyle(0xdcd3c0).fillRect(0, 330, W, 120); // wainscot
    g.fillStyle(0xffffff).fillRect(880, 60, 200, 130).lineStyle(4, 0xb9ad95).strokeRect(880, 60, 200, 130); // notice board
    this.add.text(980, 125, 'お客様へ\n職員への暴言・長時間の\n居座りはご遠慮ください', { fontFamily: FONT, fontSize: '17px', color: '#444', align: 'center', lineSpacing: 4 }).setOrigin(0.5);
    g.fillStyle(0x9c8b73).fillRect(1040, 300, 220, 20); // the bench
    g.fillStyle(0x35424f).fillRect(W / 2 - 140, 0, 280, 40); // hanging sign
    this.add.text(W / 2, 20, '窓口', { fontFamily: FONT, fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.waiting = this.add.graphics();
  }

  protected drawForeground(): void {
    const counter = this.add.graphics();
    counter.fillStyle(COLORS.counter).fillRect(0, 375, W, H - 375);
    counter.fillStyle(COLORS.counterTop).fillRect(0, 360, W, 24);
  }

  protected drawExtra(s: GameState): void {
    drawWaiting(this.waiting, [1090, 1190], 262, this.unease(s));
  }
}
