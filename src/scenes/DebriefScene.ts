// The encounter on a time axis: the harassment window, the limit, and each
// decision marked green (upheld), red (violated) or grey by the report.
import * as Phaser from 'phaser';
import { store } from '../state/store';
import { COLORS, FONT, START_MINUTE, W } from './theme';

const LEFT = 90;
const RIGHT = W - 60;
const Y = 120;

export class DebriefScene extends Phaser.Scene {
  constructor() {
    super('debrief');
  }

  create(): void {
    const { transcript, report } = store.getState();
    this.cameras.main.setBackgroundColor('#efe7d6');
    if (!transcript || !report) return;
    const end = Math.max(report.timeline.encounterEnded, report.timeline.limitDue ?? 0, 600);
    const x = (t: number) => LEFT + ((RIGHT - LEFT) * t) / end;
    const g = this.add.graphics();
    const { harassmentBegan, limitDue } = report.timeline;
    if (harassmentBegan !== null && limitDue !== null) {
      g.fillStyle(COLORS.limit, 0.18).fillRect(x(harassmentBegan), Y - 30, x(limitDue) - x(harassmentBegan), 60);
      g.lineStyle(4, COLORS.limit).lineBetween(x(limitDue), Y - 40, x(limitDue), Y + 40);
      // Below the axis: above it, the settings and sound buttons (larger on a tablet) may cover it.
      this.add.text(x(limitDue), Y + 42, '目安', { fontFamily: FONT, fontSize: '18px', color: '#b02a2a' }).setOrigin(0.5, 0);
    }
    g.lineStyle(3, 0x555555).lineBetween(LEFT, Y, RIGHT, Y);
    for (let m = 0; m * 60 <= end; m += 5) {
      g.lineStyle(2, 0x555555).lineBetween(x(m * 60), Y - 8, x(m * 60), Y + 8);
      if (m % 10 === 0) {
        const clock = START_MINUTE + m;
        this.add.text(x(m * 60), Y + 14, `${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')}`, { fontFamily: FONT, fontSize: '16px', color: '#333' }).setOrigin(0.5, 0);
      }
    }
    const colour = new Map<number, number>();
    for (const p of report.principles) {
      for (const i of p.events) {
        if (p.verdict === 'violated') colour.set(i, COLORS.bad);
        else if (p.verdict === 'upheld' && !colour.has(i)) colour.set(i, COLORS.ok);
      }
    }
    const legend = [
      [COLORS.ok, '守った選択'],
      [COLORS.bad, '反した選択'],
      [COLORS.neutral, 'その他の選択'],
    ] as const;
    legend.forEach(([c, label], i) => {
      g.fillStyle(c).fillCircle(LEFT + i * 190 + 8, 32, 8);
      this.add.text(LEFT + i * 190 + 24, 32, label, { fontFamily: FONT, fontSize: '18px', color: '#333' }).setOrigin(0, 0.5);
    });
    g.fillStyle(COLORS.limit, 0.18).fillRect(LEFT + 580, 22, 30, 20);
    this.add.text(LEFT + 618, 32, '兆候から対応時間の目安まで', { fontFamily: FONT, fontSize: '18px', color: '#333' }).setOrigin(0, 0.5);
    transcript.events.forEach((e, i) => {
      if (!e.act.startsWith('staff.')) return;
      g.fillStyle(colour.get(i) ?? COLORS.neutral).fillCircle(x(e.t), Y, colour.has(i) ? 9 : 6);
    });
  }
}
