// Drives one compiled ink story and records the transcript as it goes.
// Used by the game (through the store) and by the story walker in tests, so
// both produce exactly the same events for the same choices.
import { Story } from 'inkjs';
import { scenarioStart } from '../model/scenarios';
import type { Cast, Channel, TranscriptEvent } from '../model/transcript';
import { hash, random, shuffle } from '../model/random';
import { parseTags, type Look, type MailTag, type Mood, type Person } from './tags';

export interface Line {
  text: string;
  mood?: Mood;
  who?: Person;
  look?: Look;
  scene?: Channel;
  /** Messages that arrived in the inbox with this line (its text is the newest one's body). */
  mail?: MailTag;
  /** In-game seconds when the line was spoken. */
  t: number;
  /** True for the trainee's own chosen words. */
  staff?: boolean;
}

/** An option as shown: `index` is the story's own (what `choose` and the transcript take), the array's order is the shown one. */
export interface ChoiceView {
  index: number;
  text: string;
}

export interface Step {
  lines: Line[];
  choices: ChoiceView[];
  /** Set when the story reached its end. */
  ending?: string;
}

export class StoryError extends Error {}

export class StoryRunner {
  readonly story: Story;
  /** In-game seconds since the encounter began. */
  clock = 0;
  readonly events: TranscriptEvent[] = [];
  ending: string | undefined;
  decisions = 0;
  /** The index of each choice taken: with the seed, replays the attempt. */
  readonly path: number[] = [];
  /** How the citizen was drawn and who came: what the trainee could observe, for the record sheet. */
  readonly cast: Cast = { arrivals: [] };

  private readonly hasClock: boolean;

  /**
   * `seed` drives the story's RANDOM() and shuffles, so a refresher can vary and any attempt replays exactly.
   * `start` is when the encounter begins on the wall clock, in minutes after midnight (scenarioStart): a story that
   * declares `VAR wall_start` finds it there, so its 「壁の時計は…」 reads what the HUD shows. The text it gives
   * becomes the events' text, so the game and the server's replay must pass the same start.
   * A Story already built is reset and reused (the server replays many attempts: building one costs about as
   * much as playing it).
   */
  constructor(compiled: string | object | Story, readonly seed = 0, readonly start = scenarioStart(undefined)) {
    if (compiled instanceof Story) compiled.ResetState();
    this.story = compiled instanceof Story ? compiled : new Story(typeof compiled === 'string' ? compiled : JSON.stringify(compiled));
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    this.hasClock = this.story.variablesState.GlobalVariableExistsWithName('clock');
    if (this.story.variablesState.GlobalVariableExistsWithName('wall_start')) this.story.variablesState.$('wall_start', start);
  }

  /** Reads lines until the next choice point or the end. */
  continue(): Step {
    const lines: Line[] = [];
    while (this.story.canContinue) {
      this.syncClock();
      const text = this.story.Continue()!.trim();
      const tags = this.parse(this.story.currentTags, text);
      const line: Line = { text, t: this.clock };
      if (tags.mood) line.mood = tags.mood;
      if (tags.who) line.who = tags.who;

      if (tags.look) {
        line.look = tags.look;
        this.cast.look ??= `${tags.look.gender}_${tags.look.decade}s`;
      }
      if (tags.who) this.cast.arrivals.push({ t: this.clock, who: tags.who });
      if (tags.scene) line.scene = tags.scene;
      if (tags.mail) line.mail = tags.mail;
      if (text) lines.push(line);
      // The picture's tags ride on a shown line; on a line without text they would be lost.
      else if (tags.mood || tags.who || tags.look || tags.scene || tags.mail) throw new StoryError(`a #mood, #who, #look, #scene or #mail tag is on a line without text (after "${lines.at(-1)?.text ?? ''}"); put it on a line that has text`);
      this.record(tags.acts, text);
      this.clock += tags.minutes * 60;
      if (tags.ending) this.ending = tags.ending;
    }
    // Shown in an order drawn from the seed and the decision, not as written: the stories tend to write the
    // right answer first, and pressing 1 at every decision passed 26 of the 29 scenarios. The same seed shows
    // the same order (a replay, a resumed LMS attempt); `index` stays the story's, which the transcript keeps.
    const choices = shuffle(
      this.story.currentChoices.map((c) => ({ index: c.index, text: c.text.trim() })),
      random(hash(`${this.seed}:${this.decisions}`)),
    );
    if (choices.length === 0) {
      if (!this.ending) throw new StoryError(`story ended without an "# ending:" tag after "${lines.at(-1)?.text ?? ''}"`);
      return { lines, choices, ending: this.ending };
    }
    return { lines, choices };
  }

  /** Takes choice `index`: records its acts at the current time, then advances the clock. */
  choose(index: number): Step {
    const choice = this.story.currentChoices[index];
    if (!choice) throw new StoryError(`no choice ${index} here`);
    const tags = this.parse(choice.tags, choice.text);
    if (!tags.acts.some((a) => a.startsWith('staff.'))) {
      throw new StoryError(`choice "${choice.text}" has no staff act`);
    }
    // The staff acts of the options not taken: what the trainee declined at this decision.
    const declined = this.story.currentChoices
      .filter((c) => c.index !== index)
      .flatMap((c) => this.parse(c.tags, c.text).acts.filter((a) => a.startsWith('staff.')));
    const first = this.events.length;
    this.record(tags.acts, choice.text.trim(), true);
    if (declined.length) this.events[first]!.declined = [...new Set(declined)] as TranscriptEvent['act'][];
    this.clock += tags.minutes * 60;
    this.decisions++;
    this.path.push(index);
    this.story.ChooseChoiceIndex(index);
    return this.continue();
  }

  /** A story that declares `VAR clock` sees the in-game minutes there, so its text can name the time. */
  private syncClock(): void {
    if (this.hasClock) this.story.variablesState.$('clock', Math.floor(this.clock / 60));
  }

  private parse(raw: string[] | null, where: string) {
    const tags = parseTags(raw);
    if (tags.errors.length) throw new StoryError(`${tags.errors.join('; ')} (at "${where.trim()}")`);
    return tags;
  }

  private record(acts: readonly string[], text: string, chosen = false) {
    for (const act of acts) this.events.push({ t: this.clock, act: act as TranscriptEvent['act'], text, ...(chosen ? { chosen: true as const } : {}) });
  }

  /** Snapshot for the walker: ink state plus the recorder's own. */
  save(): string {
    return JSON.stringify({ ink: this.story.state.ToJson(), clock: this.clock, events: this.events, ending: this.ending, decisions: this.decisions, path: this.path, cast: this.cast });
  }

  restore(snapshot: string): void {
    const s = JSON.parse(snapshot);
    this.story.state.LoadJson(s.ink);
    this.clock = s.clock;
    this.events.length = 0;
    this.events.push(...s.events);
    this.ending = s.ending;
    this.decisions = s.decisions;
    this.path.length = 0;
    this.path.push(...s.path);
    this.cast.look = s.cast.look;
    if (s.cast.look === undefined) delete this.cast.look;
    this.cast.arrivals.length = 0;
    this.cast.arrivals.push(...s.cast.arrivals);
  }
}

/**
 * Plays a story again from its seed and the choices of an attempt, up to `upTo` choices: the runner where it
 * stands, the last step, and every line shown on the way (the trainee's chosen words as staff lines).
 * The server checks submissions with it, and the debrief's 「ここからやり直す」 resumes from it.
 */
export function replay(compiled: string | object | Story, seed: number, choices: readonly number[], upTo = choices.length, start?: number): { runner: StoryRunner; step: Step; lines: Line[] } {
  const runner = new StoryRunner(compiled, seed, start);
  let step = runner.continue();
  const lines: Line[] = [...step.lines];
  for (const index of choices.slice(0, upTo)) {
    const text = step.choices.find((c) => c.index === index)?.text ?? '';
    const t = runner.clock;
    step = runner.choose(index);
    lines.push({ text, t, staff: true }, ...step.lines);
  }
  return { runner, step, lines };
}
