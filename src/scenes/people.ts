// People drawn from shapes: the citizen (whose face shows the mood) and the staff who come when called.
import * as Phaser from 'phaser';
import type { Look, Mood, Person } from '../story/tags';
import type { Pose } from './pose';

const SKIN = 0xf1c9a5;
const MOOD_FACE: Record<Mood, { brow: number; mouth: number; flush: number }> = {
  calm: { brow: 0, mouth: 1, flush: 0 },
  irritated: { brow: 0.35, mouth: 0, flush: 0.15 },
  angry: { brow: 0.8, mouth: -1, flush: 0.35 },
  threatening: { brow: 1, mouth: -1, flush: 0.5 },
};

// Hair greys with age; clothes and hair differ by gender. Nothing else is implied by a look.
function hairColour(decade: number): number {
  return decade >= 70 ? 0xc4c4c4 : decade >= 60 ? 0x9a9a9a : decade >= 50 ? 0x5a5550 : 0x2f2a26;
}
const JACKETS = [0x5b6b7a, 0x7a5b5b, 0x5b7a62, 0x6b5b7a, 0x7a725b];

/** The citizen across the counter; `look` comes from the story (#look), the face from the mood. */
export function drawCitizen(g: Phaser.GameObjects.Graphics, x: number, y: number, mood: Mood, look: Look | null = null): void {
  const f = MOOD_FACE[mood];
  const woman = look?.gender === 'woman';
  const decade = look?.decade ?? 60;
  const hair = hairColour(decade);
  g.clear();
  g.fillStyle(JACKETS[(decade / 10 + (woman ? 2 : 0)) % JACKETS.length]!).fillRoundedRect(x - 95, y + 70, 190, 200, 40); // jacket
  g.fillStyle(woman ? 0xf3e6e6 : 0xdedede).fillTriangle(x - 25, y + 72, x + 25, y + 72, x, y + 120); // collar
  if (woman) g.fillStyle(hair).fillRoundedRect(x - 70, y - 40, 140, decade >= 60 ? 95 : 120, 40); // hair behind, shoulder length
  g.fillStyle(SKIN).fillCircle(x, y, 62);
  if (woman) g.fillStyle(hair).fillEllipse(x - 18, y - 46, 100, 40).fillEllipse(x + 28, y - 40, 70, 34);
  else g.fillStyle(hair).fillEllipse(x, y - 45, 118, decade >= 70 ? 34 : 46);
  if (decade >= 70) g.lineStyle(2, 0xb08f7a).lineBetween(x - 30, y + 6, x - 18, y + 10).lineBetween(x + 18, y + 10, x + 30, y + 6); // lines of age
  if (f.flush) g.fillStyle(0xe06a5a, f.flush).fillCircle(x - 32, y + 14, 12).fillCircle(x + 32, y + 14, 12);
  g.fillStyle(0x222222).fillCircle(x - 22, y - 2, 6).fillCircle(x + 22, y - 2, 6);
  const tilt = 10 * f.brow;
  g.lineStyle(5, decade >= 60 ? 0x666666 : 0x333333).lineBetween(x - 36, y - 20 - tilt, x - 10, y - 18 + tilt).lineBetween(x + 10, y - 18 + tilt, x + 36, y - 20 - tilt);
  g.lineStyle(4, 0x7a3b3b);
  if (f.mouth > 0) g.beginPath().arc(x, y + 22, 16, Phaser.Math.DegToRad(20), Phaser.Math.DegToRad(160)).strokePath();
  else if (f.mouth < 0) g.beginPath().arc(x, y + 40, 16, Phaser.Math.DegToRad(200), Phaser.Math.DegToRad(340)).strokePath();
  else g.lineBetween(x - 14, y + 30, x + 14, y + 30);
}

const STAFF_COLORS: Record<Person, number> = { colleague: 0x3d6f9e, manager: 0x35424f, police: 0x1f3560 };

export function drawStaff(g: Phaser.GameObjects.Graphics, x: number, y: number, who: Person): void {
  g.fillStyle(STAFF_COLORS[who]).fillRoundedRect(x - 60, y + 45, 120, 150, 30);
  g.fillStyle(SKIN).fillCircle(x, y, 42);
  g.fillStyle(0x2f2a26).fillEllipse(x, y - 28, 86, 34);
  if (who === 'police') g.fillStyle(0x1f3560).fillRect(x - 46, y - 50, 92, 22);
  g.fillStyle(0x222222).fillCircle(x - 14, y, 4).fillCircle(x + 14, y, 4);
  g.fillStyle(0xffffff).fillRect(x - 20, y + 70, 40, 16); // name badge
}

const WAITING_COLOURS = [0x7a8f6a, 0xa0746a, 0x6a7fa0];

/** Citizens waiting their turn: calm, then glancing over, worried, and at 3 one has left the bench. */
export function drawWaiting(g: Phaser.GameObjects.Graphics, xs: number[], y: number, unease: number): void {
  g.clear();
  xs.forEach((x, i) => {
    if (unease >= 3 && i === xs.length - 1) return; // gave up waiting
    const lean = unease >= 1 ? (i % 2 ? -4 : 4) : 0;
    g.fillStyle(WAITING_COLOURS[i % 3]!).fillCircle(x + lean, y, 22).fillRoundedRect(x - 22, y + 20, 44, 40, 10);
    g.fillStyle(0x222222).fillCircle(x + lean - 7, y - 3, 2.5).fillCircle(x + lean + 7, y - 3, 2.5);
    if (unease >= 2) g.lineStyle(2, 0x222222).lineBetween(x + lean - 10, y - 11, x + lean - 4, y - 9).lineBetween(x + lean + 4, y - 9, x + lean + 10, y - 11);
    if (unease >= 1) g.lineStyle(2, 0x333333).lineBetween(x + lean - 5, y + 9, x + lean + 5, y + 9);
    else g.lineStyle(2, 0x333333).beginPath().arc(x + lean, y + 5, 5, 0.3, Math.PI - 0.3).strokePath();
  });
}

/**
 * The trainee, seen from behind over the counter: the player's own character. The pose answers the
 * latest choice (see pose.ts), so the picture shows what the trainee just did.
 */
export function drawTrainee(g: Phaser.GameObjects.Graphics, x0: number, y0: number, pose: Pose): void {
  const x = pose === 'back' ? x0 - 60 : x0;
  const y = pose === 'back' ? y0 + 14 : y0;
  const headY = pose === 'bow' ? y + 26 : y;
  g.clear();
  if (pose === 'halt') {
    g.fillStyle(0x56606b).fillRoundedRect(x + 70, y - 10, 46, 120, 20); // raised forearm
    g.fillStyle(SKIN).fillEllipse(x + 93, y - 26, 42, 50); // open palm: 「おやめください」
  }
  g.fillStyle(0x56606b).fillRoundedRect(x - 120, y + 40, 240, 220, 60); // cardigan, back
  g.fillStyle(0xffffff).fillRect(x - 26, y + 38, 52, 16); // shirt collar
  g.fillStyle(SKIN).fillRect(x - 18, headY + 28, 36, 24); // neck
  g.lineStyle(5, 0x2f7d5b).beginPath().arc(x, headY + 44, 30, Phaser.Math.DegToRad(200), Phaser.Math.DegToRad(340)).strokePath(); // ID-card lanyard
  g.fillStyle(SKIN).fillCircle(x - 50, headY + 2, 11).fillCircle(x + 50, headY + 2, 11); // ears
  g.fillStyle(0x2f2a26).fillCircle(x, headY - 4, 52); // back of the head
  if (pose === 'memo') {
    g.fillStyle(0x8a6a4a).fillRect(x + 96, y, 70, 92); // clipboard, held up at the right
    g.fillStyle(0xffffff).fillRect(x + 102, y + 10, 58, 76);
    g.lineStyle(2, 0x9aa5b1);
    for (let i = 0; i < 5; i++) g.lineBetween(x + 108, y + 24 + i * 12, x + 154, y + 24 + i * 12);
    g.fillStyle(SKIN).fillCircle(x + 98, y + 50, 12); // hand
  }
}
