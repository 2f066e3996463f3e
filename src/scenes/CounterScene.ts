// The counter (窓口): draws the room, the citizen, the staff who join and the
// wall clock from the store. It reads state only; input arrives through the DOM layer.
import * as Phaser from 'phaser';
import { scenarioById } from '../model/scenarios';
import { PROFILES } from '../scoring/profiles';
import { store, type GameState } from '../state/store';
import { WallClock } from './clock';
import { drawCitizen, drawStaff, MOOD_LABEL, PERSON_LABEL } from './people';
import { COLORS, FONT, H, W } from './theme';

const CITIZEN = { x: 680, y: 175 };
const STAFF_SPOTS = { colleague: { x: 370, y: 230 }, manager: { x: 960, y: 230 }, police: { x: 1120, y: 215 } } as const;

export class CounterScene extends Phaser.Scene {
  private citizen!: Phaser.GameObjects.Graphics;
  private staff!: Phaser.GameObjects.Graphics;
  private moodText!: Phaser.GameObjects.Text;
  private staffText!: Phaser.GameObjects.Text;
  private clock!: WallClock;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super('counter');
  }

  create(): void {
    const meta = scenarioById(store.getState().scenarioId ?? '');
    const limit = PROFILES[meta?.profile ?? 'standard'].timeLimitMinutes;
    const g = this.add.graphics();
    g.fillStyle(COLORS.wall).fillRect(0, 0, W, H);
    g.fillStyle(0xdcd3c0).fillRect(0, 330, W, 120); // wainscot
    g.fillStyle(0xffffff).fillRect(880, 60, 200, 130).lineStyle(4, 0xb9ad95).strokeRect(880, 60, 200, 130); // notice board
    this.add.text(980, 125, 'お客様へ\n職員への暴言・長時間の\n居座りはご遠慮ください', { fontFamily: FONT, fontSize: '17px', color: '#444', align: 'center', lineSpacing: 4 }).setOrigin(0.5);
    // Other citizens waiting on the bench behind (他の市民への影響).
    g.fillStyle(0x9c8b73).fillRect(1040, 300, 220, 20);
    g.fillStyle(0x7a8f6a).fillCircle(1090, 262, 22).fillRoundedRect(1068, 282, 44, 40, 10);
    g.fillStyle(0xa0746a).fillCircle(1190, 262, 22).fillRoundedRect(1168, 282, 44, 40, 10);

    this.staff = this.add.graphics();
    this.citizen = this.add.graphics();
    const counter = this.add.graphics();
    counter.fillStyle(COLORS.counter).fillRect(0, 375, W, H - 375);
    counter.fillStyle(COLORS.counterTop).fillRect(0, 360, W, 24);
    g.fillStyle(0x35424f).fillRect(W / 2 - 140, 0, 280, 40); // hanging sign
    this.add.text(W / 2, 20, '税務課 窓口', { fontFamily: FONT, fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.moodText = this.add.text(CITIZEN.x, 64, '', { fontFamily: FONT, fontSize: '20px', color: '#2b2b2b', backgroundColor: '#ffffffcc', padding: { x: 10, y: 4 } }).setOrigin(0.5, 0);
    this.staffText = this.add.text(150, 300, '', { fontFamily: FONT, fontSize: '18px', color: '#ffffff', backgroundColor: '#3d6f9ecc', padding: { x: 8, y: 3 } }).setOrigin(0.5, 0);
    this.clock = new WallClock(this, 150, 118, 86, limit);

    this.draw(store.getState(), null);
    this.unsubscribe = store.subscribe((s, prev) => this.draw(s, prev));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
  }

  private draw(s: GameState, prev: GameState | null): void {
    if (prev && s.mood === prev.mood && s.present === prev.present && s.clock === prev.clock && s.harassmentBegan === prev.harassmentBegan) return;
    drawCitizen(this.citizen, CITIZEN.x, CITIZEN.y, s.mood);
    this.moodText.setText(`相手：${MOOD_LABEL[s.mood]}`);
    this.staff.clear();
    for (const who of s.present) drawStaff(this.staff, STAFF_SPOTS[who].x, STAFF_SPOTS[who].y, who);
    this.staffText.setText(s.present.length ? `対応中：あなた、${s.present.map((p) => PERSON_LABEL[p]).join('、')}` : '対応中：あなた（一人）');
    this.clock.draw(s.clock, s.harassmentBegan);
    if (prev && s.mood !== prev.mood && (s.mood === 'angry' || s.mood === 'threatening') && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.tweens.add({ targets: this.citizen, x: { from: -6, to: 0 }, duration: 60, yoyo: true, repeat: 2 });
    }
  }
}
