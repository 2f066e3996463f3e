// The wall clock: hands from in-game time, and a red sector from the first
// harassment cue to the time limit so the 30-minute rule is visible.
import * as Phaser from 'phaser';
import { wallMinute } from '../model/clock';
import type { LimitRule } from '../scoring/profiles';
import { limitText } from '../state/scene-text';
import { COLORS, FONT } from './theme';

export class WallClock {
  private face: Phaser.GameObjects.Graphics;
  private hands: Phaser.GameObjects.Graphics;
  private hud: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    private x: number,
    private y: number,
    private r: number,
    private rule: LimitRule,
    /** When the encounter began, in minutes after midnight (scenarioStart). */
    private start: number,
  ) {
    this.face = scene.add.graphics();
    this.hands = scene.add.graphics();
    this.hud = scene.add.text(x, y + r + 14, '', { fontFamily: FONT, fontSize: '20px', color: '#2b2b2b', align: 'center', lineSpacing: 4 }).setOrigin(0.5, 0);
  }

  private angle(minuteOfHour: number): number {
    return Phaser.Math.DegToRad(minuteOfHour * 6 - 90);
  }

  /** `limitFrom`: when the limit's clock started (limitClockSeconds), or null. */
  draw(clockSeconds: number, limitFrom: number | null): void {
    const { x, y, r } = this;
    const g = this.face.clear();
    g.fillStyle(0xffffff).fillCircle(x, y, r).lineStyle(6, 0x444444).strokeCircle(x, y, r);
    const minutes = this.rule.timeLimitMinutes;
    if (limitFrom !== null && minutes !== null) {
      const from = wallMinute(limitFrom, this.start);
      g.fillStyle(COLORS.limit, 0.25).slice(x, y, r - 4, this.angle(from), this.angle(from + minutes), false).fillPath();
      const due = this.angle(from + minutes);
      g.lineStyle(5, COLORS.limit).lineBetween(x + Math.cos(due) * (r - 22), y + Math.sin(due) * (r - 22), x + Math.cos(due) * (r - 2), y + Math.sin(due) * (r - 2));
    }
    for (let i = 0; i < 60; i++) {
      const a = this.angle(i);
      const inner = i % 5 === 0 ? r - 14 : r - 7;
      g.lineStyle(i % 5 === 0 ? 3 : 1, 0x333333).lineBetween(x + Math.cos(a) * inner, y + Math.sin(a) * inner, x + Math.cos(a) * (r - 3), y + Math.sin(a) * (r - 3));
    }
    const now = wallMinute(clockSeconds, this.start);
    const hg = this.hands.clear();
    const hourA = Phaser.Math.DegToRad(((now / 60) % 12) * 30 - 90);
    const minA = this.angle(now % 60);
    hg.lineStyle(7, 0x222222).lineBetween(x, y, x + Math.cos(hourA) * r * 0.5, y + Math.sin(hourA) * r * 0.5);
    hg.lineStyle(4, 0x222222).lineBetween(x, y, x + Math.cos(minA) * r * 0.8, y + Math.sin(minA) * r * 0.8);
    hg.fillStyle(0x222222).fillCircle(x, y, 6);
    const elapsed = Math.floor(clockSeconds / 60);
    const limit = limitText(clockSeconds, limitFrom, this.rule);
    this.hud.setText(`経過 ${elapsed}分\n${limit.text}`).setColor(limit.over ? '#b02a2a' : '#2b2b2b');
  }
}
