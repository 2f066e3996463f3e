// Turns trainee input into state: runs the story, records the transcript,
// scores it when the story ends and hands the attempt to the results API.
import { isHarassmentCue } from '../model/acts';
import { scenarioById } from '../model/scenarios';
import { TRANSCRIPT_FORMAT, type ProfileId, type Trainee, type Transcript } from '../model/transcript';
import { PROFILES } from '../scoring/profiles';
import { score } from '../scoring/score';
import { profileOf } from '../state/profile';
import { store, type GameState } from '../state/store';
import { StoryRunner, type Line, type Step } from '../story/runner';
import { freshSeed } from '../story/variants';
import { reportProgress } from './api';
import { flush, keep, onOutboxChange } from './outbox';
import { rememberSeed, seenSeeds } from './seen';
import { sfx } from './sound';
import { loadStory } from './stories';

let runner: StoryRunner | null = null;
let startedAt = '';
let attemptId = '';
let seed = 0;

const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! & 0x7fffffff;

function newId(): string {
  return crypto.randomUUID();
}

export async function startScenario(trainee: Trainee, scenarioId: string): Promise<void> {
  const meta = scenarioById(scenarioId);
  if (!meta) throw new Error(`unknown scenario ${scenarioId}`);
  const [story, seen] = await Promise.all([loadStory(meta.file), seenSeeds(trainee, scenarioId, store.getState().session?.code ?? null)]);
  seed = freshSeed(story, seen, randomSeed);
  runner = new StoryRunner(story, seed);
  startedAt = new Date().toISOString();
  attemptId = newId();
  store.setState({ ...initialPlay(), trainee, scenarioId, screen: 'play' });
  const session = store.getState().session;
  if (session) reportProgress(session, 'playing', scenarioId);
  apply(runner.continue());
  // Where the story opens (a visit may begin with a call).
  const opening = store.getState().scene ?? meta.channel;
  if (opening === 'phone') sfx.play('ring');
  else if (opening === 'counter') sfx.ambience(true); // the lobby's murmur; a doorstep is quiet
}

/** The municipality whose manual applies: the session's, or the scenario's own in self-study. */
export function currentProfile(): ProfileId {
  return profileOf(store.getState());
}

function initialPlay(): Partial<GameState> {
  return { lines: [], choices: [], events: [], clock: 0, harassmentBegan: null, mood: 'calm', look: null, present: [], scene: null, ending: null, endingText: null, transcript: null, report: null, submit: 'idle', submitError: null, error: null };
}

export function choose(index: number): void {
  if (!runner || store.getState().screen !== 'play') return;
  const choice = store.getState().choices.find((c) => c.index === index);
  if (!choice) return;
  const before = runner.clock;
  const seen = runner.events.length;
  const step = runner.choose(index);
  const { harassmentBegan } = store.getState();
  const limit = PROFILES[currentProfile()].timeLimitMinutes * 60;
  const nearness = harassmentBegan === null ? 0 : (runner.clock - harassmentBegan) / limit;
  sfx.tick(Math.min(8, Math.round((runner.clock - before) / 60)), nearness);
  if (harassmentBegan !== null && before - harassmentBegan < limit && runner.clock - harassmentBegan >= limit) sfx.play('chime');
  for (const e of runner.events.slice(seen)) sfx.act(e.act);
  store.setState((s) => ({ lines: [...s.lines, { text: choice.text, t: before, staff: true }] }));
  apply(step);
}

type Scene = Pick<GameState, 'mood' | 'present' | 'look' | 'scene'>;
const EMPTY_SCENE: Scene = { mood: 'calm', present: [], look: null, scene: null };

/** The mood, the people present, the citizen's look and the place after these lines. */
function sceneState(lines: Line[], { mood, present, look, scene }: Scene): Scene & { arrived: boolean } {
  const people = [...present];
  let arrived = false;
  for (const line of lines) {
    if (line.mood) mood = line.mood;
    if (line.look) look = line.look;
    if (line.scene) scene = line.scene;
    if (line.who && !people.includes(line.who)) {
      people.push(line.who);
      arrived = true;
    }
  }
  return { mood, present: people, look, scene, arrived };
}

function apply(step: Step): void {
  const r = runner!;
  const s = store.getState();
  const { arrived, ...scene } = sceneState(step.lines, s);
  if (arrived) sfx.play('door');
  // The lobby's murmur belongs to the counter: it stops when a call turns into a visit.
  if (s.scene && scene.scene !== s.scene) sfx.ambience(scene.scene === 'counter');
  const cue = r.events.find((e) => isHarassmentCue(e.act));
  store.setState({
    lines: [...store.getState().lines, ...step.lines],
    choices: step.choices,
    clock: r.clock,
    events: r.events.slice(),
    ...scene,
    harassmentBegan: cue ? cue.t : null,
  });
  if (step.ending) finish(step.ending);
}

function finish(ending: string): void {
  const s = store.getState();
  const meta = scenarioById(s.scenarioId!)!;
  const transcript: Transcript = {
    format: TRANSCRIPT_FORMAT,
    // In a training session the lead's municipality applies to every scenario.
    profile: currentProfile(),
    channel: meta.channel,
    events: runner!.events.map((e) => ({ ...e })),
    attemptId,
    trainee: s.trainee!,
    scenario: meta.id,
    ...(s.session ? { session: s.session.code } : {}),
    startedAt,
    seed,
    choices: [...runner!.path],
  };
  store.setState({ ending, endingText: s.lines.at(-1)?.text ?? null, transcript, report: score(transcript) });
  rememberSeed(s.trainee!, meta.id, seed);
}

export function showDebrief(): void {
  sfx.ambience(false);
  store.setState({ screen: 'debrief' });
  void send();
}

/** Keeps the finished attempt in the browser's outbox and delivers it (retrying until the server confirms). */
export async function send(): Promise<void> {
  const { transcript, session } = store.getState();
  if (!transcript) return;
  store.setState({ submit: 'sending', submitError: null });
  await keep(transcript, session?.token);
}

onOutboxChange((o) => {
  const s = store.getState();
  const submit = o.pending > 0 ? 'waiting' : o.rejected > 0 && o.lastError ? 'failed' : 'saved';
  store.setState({ pending: o.pending, ...(s.submit === 'idle' ? {} : { submit, submitError: o.lastError }) });
});
// Attempts left waiting by an earlier visit (the server was down) are sent now.
void flush();

/**
 * Plays the same scenario again from one of the trainee's decisions: same seed, the same choices up to it,
 * then the trainee chooses anew. It is a new attempt of its own.
 */
export async function replayFrom(decision: number): Promise<void> {
  const { transcript } = store.getState();
  const meta = scenarioById(store.getState().scenarioId ?? '');
  if (!transcript || !meta || !transcript.choices) return;
  seed = transcript.seed ?? 0;
  runner = new StoryRunner(await loadStory(meta.file), seed);
  startedAt = new Date().toISOString();
  attemptId = newId();
  let step = runner.continue();
  const lines: Line[] = [...step.lines];
  for (const index of transcript.choices.slice(0, decision)) {
    const text = step.choices.find((c) => c.index === index)?.text ?? '';
    const t = runner.clock;
    step = runner.choose(index);
    lines.push({ text, t, staff: true }, ...step.lines);
  }
  const { arrived: _, ...scene } = sceneState(lines, EMPTY_SCENE);
  const cue = runner.events.find((e) => isHarassmentCue(e.act));
  store.setState({ ...initialPlay(), screen: 'play', lines, choices: step.choices, clock: runner.clock, events: runner.events.slice(), ...scene, harassmentBegan: cue ? cue.t : null });
}

export function backToSelect(): void {
  runner = null;
  store.setState({ ...initialPlay(), screen: 'select' });
}
