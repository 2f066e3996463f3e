// What the counter, the phone and the doorstep share: a citizen whose mood shows, the staff who
// join, and a clock with the time limit. Scenes read the store only; input arrives through the DOM layer.
import * as Phaser from 'phaser';
import { isHarassmentCue } from '../model/acts';
import { scenarioById, scenarioStart } from '../model/scenarios';
import type { Channel } from '../model/transcript';
import { forChannel, limitClockSeconds, PROFILES } from '../scoring/profiles';
import type { Profile } from '../scoring/types';
import { profileOf } from '../state/profile';
import { store, type GameState } from '../state/store';
import type { Person } from '../story/tags';
import { WallClock } from './clock';
import { MOOD_LABEL, staffText } from '../state/scene-text';
import { drawCitizen, drawStaff, drawTrainee } from './people';
import { traineePose } from './pose';
import { FONT } from './theme';

export interface Layout {
  citizen: { x: number; y: number } | null;
  /** Where the citizen's mood is written (above the citizen, or elsewhere on the phone). */
  mood: { x: number; y: number };
  clock: { x: number; y: number; r: number };
  /** The trainee, seen from behind (null where the view is the trainee's own, as at the phone). */
  trainee: { x: number; y: number } | null;
  staff: Record<Person, { x: number; y: number }>;
}

export abstract class EncounterScene extends Phaser.Scene {
  protected citizen: Phaser.GameObjects.Graphics | null = null;
  private trainee: Phaser.GameObjects.Graphics | null = null;
  private staff!: Phaser.GameObjects.Graphics;
  private moodText!: Phaser.GameObjects.Text;
  private staffText!: Phaser.GameObjects.Text;
  private clock!: WallClock;

  protected abstract layout: Layout;
  /** The municipality whose manual applies (the session's, or the scenario's own). */
  protected profile!: Profile;
  /** The channel the attempt is scored on (a visit may begin on the phone: the scene then differs). */
  protected channel: Channel = 'counter';
  /** Draws what does not change, the room, into `g`. */
  protected abstract drawBackground(g: Phaser.GameObjects.Graphics): void;
  /** Draws what the scene adds on top of the shared state (the queue, the phone steps…). */
  protected drawExtra(_s: GameState): void {}
  /** Drawn in front of the people (the counter top, the desk). */
  protected drawForeground(): void {}

  create(): void {
    const s0 = store.getState();
    this.channel = scenarioById(s0.scenarioId ?? '')?.channel ?? 'counter';
    // As the channel has it: an inbox has no time limit (src/scoring/channels.ts).
    this.profile = forChannel(PROFILES[profileOf(s0)], this.channel);
    this.drawBackground(this.add.graphics().setDepth(-1));
    this.staff = this.add.graphics();
    if (this.layout.citizen) this.citizen = this.add.graphics();
    this.drawForeground();
    if (this.layout.trainee) this.trainee = this.add.graphics();
    const { clock } = this.layout;
    this.moodText = this.add.text(this.layout.mood.x, this.layout.mood.y, '', { fontFamily: FONT, fontSize: '20px', color: '#2b2b2b', backgroundColor: '#ffffffcc', padding: { x: 10, y: 4 } }).setOrigin(0.5, 0);
    this.staffText = this.add.text(clock.x, clock.y + clock.r + 80, '', { fontFamily: FONT, fontSize: '18px', color: '#ffffff', backgroundColor: '#3d6f9ecc', padding: { x: 8, y: 3 } }).setOrigin(0.5, 0);
    this.clock = new WallClock(this, clock.x, clock.y, clock.r, this.profile, scenarioStart(s0.scenarioId));
    this.draw(store.getState(), null);
    const unsubscribe = store.subscribe((s, prev) => this.draw(s, prev));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  private draw(s: GameState, prev: GameState | null): void {
    if (prev && s.mood === prev.mood && s.look === prev.look && s.present === prev.present && s.clock === prev.clock && s.events === prev.events && s.settings === prev.settings) return;
    if (this.citizen && this.layout.citizen) drawCitizen(this.citizen, this.layout.citizen.x, this.layout.citizen.y, s.mood, s.look);
    const pose = traineePose(s.events);
    if (this.trainee && this.layout.trainee) drawTrainee(this.trainee, this.layout.trainee.x, this.layout.trainee.y, pose);
    this.moodText.setText(`相手：${MOOD_LABEL[s.mood]}`);
    this.staff.clear();
    for (const who of s.present) drawStaff(this.staff, this.layout.staff[who].x, this.layout.staff[who].y, who);
    this.staffText.setText(staffText(s.present, s.scenarioId));
    this.clock.draw(s.clock, limitClockSeconds(this.profile, s.events));
    this.drawExtra(s);
    const motion = !s.settings.reducedMotion;
    if (motion && prev && this.citizen && s.mood !== prev.mood && (s.mood === 'angry' || s.mood === 'threatening')) {
      this.tweens.add({ targets: this.citizen, x: { from: -6, to: 0 }, duration: 60, yoyo: true, repeat: 2 });
    }
    if (motion && prev && this.trainee && pose !== traineePose(prev.events)) {
      this.tweens.add({ targets: this.trainee, y: { from: 4, to: 0 }, duration: 160 });
    }
    if (motion && prev && s.present.length > prev.present.length) {
      this.staff.setAlpha(0);
      this.tweens.add({ targets: this.staff, alpha: 1, duration: 300 });
    }
  }

  /** 0 (calm) to 3 (distressed): how the other citizens waiting feel about the encounter (他の市民への影響). */
  protected unease(s: GameState): number {
    const cues = s.events.filter((e) => isHarassmentCue(e.act)).length;
    const loud = s.events.filter((e) => e.act === 'customer.shout' || e.act === 'customer.threat' || e.act === 'customer.violence' || e.act === 'customer.property_damage').length;
    const waiting = s.harassmentBegan === null ? 0 : (s.clock - s.harassmentBegan) / 600;
    return Math.min(3, Math.floor(Math.min(cues, 1) + loud + waiting));
  }
}
