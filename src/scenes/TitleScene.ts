import * as Phaser from 'phaser';
import { COLORS, H, W } from './theme';

/** The lobby behind the entry form. */
export class TitleScene extends Phaser.Scene {
  constructor() {
    super('title');
  }

  create(): void {
    const g = this.add.graphics();
    g.fillStyle(COLORS.wall).fillRect(0, 0, W, H);
    g.fillStyle(0xdcd3c0).fillRect(0, 330, W, 120);
    g.fillStyle(COLORS.counter).fillRect(0, 560, W, H - 560);
    g.fillStyle(COLORS.counterTop).fillRect(0, 545, W, 22);
    for (let i = 0; i < 5; i++) g.fillStyle(0xb9ad95).fillRect(80 + i * 240, 470, 160, 75);
  }
}
