// The phone: the desk and handset, the call timer, the clock, and the steps for cutting a call short,
// ticked off as the trainee takes them (南陽市 7(1)【電話の場合】ステップ1〜4, or warning then 切電).
import type * as Phaser from 'phaser';
import type { GameState } from '../state/store';
import { phoneProcedure } from '../scoring/profiles';
import type { Profile } from '../scoring/types';
import { EncounterScene, type Layout } from './EncounterScene';
import { COLORS, FONT, W } from './theme';

// The steps shown are those the scoring applies (phoneProcedure, shared with graduated-warning.ts).
const STEPS: Record<Profile['phoneProcedure'], readonly (readonly [string, string])[]> = {
  nanyo_four_steps: [
    ['staff.warn', 'ステップ1 毅然とした警告'],
    ['staff.final_warning', 'ステップ2 最終通告'],
    ['staff.hang_up', 'ステップ3 切電'],
    ['staff.report_supervisor', 'ステップ4 上司に報告'],
  ],
  warn_then_hang_up: [
    ['staff.warn', '1 やめるよう警告'],
    ['staff.hang_up', '2 切電'],
    ['staff.report_supervisor', '3 上司に報告'],
  ],
};

export class PhoneScene extends EncounterScene {
  protected layout: Layout = {
    mood: { x: 640, y: 30 },
    citizen: null,
    clock: { x: 150, y: 118, r: 86 },
    trainee: null,
    staff: { colleague: { x: 420, y: 230 }, manager: { x: 1080, y: 230 }, police: { x: 1160, y: 215 } },
  };
  private timer!: Phaser.GameObjects.Text;
  private steps!: Phaser.GameObjects.Text[];
  private handset!: Phaser.GameObjects.Graphics;

  constructor() {
    super('phone');
  }

  protected drawBackground(g: Phaser.GameObjects.Graphics): void {
    g.fillStyle(COLORS.wall).fillRect(0, 0, W, 380);
    g.fillStyle(0xd9d4c8).fillRect(0, 330, W, 60);
    g.fillStyle(0x6e7f8c).fillRect(0, 360, W, 400); // the desk
    g.fillStyle(0xeeeeee).fillRect(300, 300, 180, 70).fillStyle(0x444444).fillRect(312, 310, 156, 50); // monitor
    this.handset = this.add.graphics();
    this.timer = this.add.text(640, 82, '', { fontFamily: FONT, fontSize: '28px', color: '#2b2b2b', backgroundColor: '#ffffffdd', padding: { x: 14, y: 6 } }).setOrigin(0.5, 0);
    this.add.text(910, 86, `電話の打ち切り：${this.profile.name}`, { fontFamily: FONT, fontSize: '18px', color: '#333' });
    this.steps = STEPS[phoneProcedure(this.profile, this.channel)].map(([act, label], i) => this.add.text(910, 120 + i * 38, '', { fontFamily: FONT, fontSize: '19px', color: '#555' }).setData({ act, label }));
  }

  protected drawExtra(s: GameState): void {
    const onCall = !s.events.some((e) => e.act === 'staff.hang_up' || e.act === 'customer.hang_up');
    const g = this.handset.clear();
    // Base and handset: lifted while the call lasts.
    g.fillStyle(0x2d2d2d).fillRoundedRect(560, 250, 200, 90, 16);
    g.fillStyle(0x1d1d1d).fillRoundedRect(onCall ? 600 : 570, onCall ? 180 : 235, 180, 38, 18);
    if (onCall) g.lineStyle(4, 0x1d1d1d).beginPath().moveTo(600, 190).lineTo(580, 260).strokePath();
    this.timer.setText(`${onCall ? '通話中' : '通話終了'}　通話時間 ${Math.floor(s.clock / 60)}分`);
    const taken = new Set<string>(s.events.map((e) => e.act));
    this.steps.forEach((t) => {
      const done = taken.has(t.getData('act') as string);
      t.setText(`${done ? '✔' : '・'} ${t.getData('label') as string}`).setColor(done ? '#1f6b3a' : '#555');
    });
  }
}
