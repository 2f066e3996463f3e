// The encounter on a time axis: the harassment window, the limit, and each of the trainee's
// decisions marked green (upheld), red (violated) or grey by the report; what others on the staff
// side did (the manager's call to 110) as a ring, never as the trainee's choice.
import * as Phaser from 'phaser';
import { wallClock } from '../model/clock';
import { scenarioStart } from '../model/scenarios';
import { timelinePlot } from '../model/timeline';
import { store } from '../state/store';
import { COLORS, FONT, W } from './theme';

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
    const { end, labelEvery, window, marks } = timelinePlot(transcript, report);
    const x = (t: number) => LEFT + ((RIGHT - LEFT) * t) / end;
    const g = this.add.graphics();
    if (window) {
      g.fillStyle(COLORS.limit, 0.18).fillRect(x(window.from), Y - 30, x(window.to) - x(window.from), 60);
      g.lineStyle(4, COLORS.limit).lineBetween(x(window.to), Y - 40, x(window.to), Y + 40);
      // Below the axis: above it, the settings and sound buttons (larger on a tablet) may cover it.
      this.add.text(x(window.to), Y + 42, '目安', { fontFamily: FONT, fontSize: '18px', color: '#b02a2a' }).setOrigin(0.5, 0);
    }
    g.lineStyle(3, 0x555555).lineBetween(LEFT, Y, RIGHT, Y);
    for (let m = 0; m * 60 <= end; m += labelEvery / 2) {
      g.lineStyle(2, 0x555555).lineBetween(x(m * 60), Y - 8, x(m * 60), Y + 8);
      if (m % labelEvery === 0) this.add.text(x(m * 60), Y + 14, wallClock(m * 60, scenarioStart(transcript.scenario)), { fontFamily: FONT, fontSize: '16px', color: '#333' }).setOrigin(0.5, 0);
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
    this.add.text(LEFT + 618, 32, '対応時間の目安（数え始め〜）', { fontFamily: FONT, fontSize: '18px', color: '#333' }).setOrigin(0, 0.5);
    g.lineStyle(3, COLORS.neutral).strokeCircle(LEFT + 8, 70, 7);
    this.add.text(LEFT + 24, 70, '選択以外の対応（同僚・上司・警察・場面）', { fontFamily: FONT, fontSize: '18px', color: '#333' }).setOrigin(0, 0.5);
    for (const m of marks) {
      const colour = m.verdict === 'violated' ? COLORS.bad : m.verdict === 'upheld' ? COLORS.ok : COLORS.neutral;
      if (m.speaker === 'trainee') g.fillStyle(colour).fillCircle(x(m.t), Y, m.verdict ? 9 : 6);
      else g.lineStyle(3, colour).strokeCircle(x(m.t), Y, 7);
    }
  }
}
