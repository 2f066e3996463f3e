import type * as Phaser from 'phaser';
// Off site (玄関先): the citizen's front door, the trainee and a colleague at the doorstep, a watch for the time.
import { EncounterScene, type Layout } from './EncounterScene';
import { FONT, H, W } from './theme';

export class OffsiteScene extends EncounterScene {
  protected layout: Layout = {
    mood: { x: 700, y: 70 },
    citizen: { x: 700, y: 190 },
    clock: { x: 150, y: 118, r: 80 },
    trainee: { x: 470, y: 280 },
    staff: { colleague: { x: 360, y: 250 }, manager: { x: 1000, y: 250 }, police: { x: 1120, y: 235 } },
  };

  constructor() {
    super('offsite');
  }

  protected drawBackground(g: Phaser.GameObjects.Graphics): void {
    g.fillStyle(0xbcd3e6).fillRect(0, 0, W, H); // sky
    g.fillStyle(0xd8cdb8).fillRect(380, 40, 640, 420); // house front
    g.fillStyle(0x6b4e36).fillRect(560, 60, 280, 340); // open front door
    g.fillStyle(0x3a2a1e).fillRect(580, 80, 240, 320); // dark hall behind
    g.fillStyle(0x9a9a9a).fillRect(520, 395, 360, 30); // step
    g.fillStyle(0x8fa37a).fillRect(0, 420, W, H - 420); // garden
    this.add.text(W - 150, 70, '玄関先', { fontFamily: FONT, fontSize: '22px', color: '#fff', backgroundColor: '#35424fcc', padding: { x: 10, y: 4 } }).setOrigin(0.5, 0);
  }
}
