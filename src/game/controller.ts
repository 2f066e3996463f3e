// Turns trainee input into state: runs the story, records the transcript,
// scores it when the story ends and hands the attempt to the results API.
import { cueIndexes } from '../model/acts';
import { scenarioById, scenarioStart } from '../model/scenarios';
import { passed } from '../scoring/pass';
import { RECORD_VERSION, type RecordSheet } from '../model/record';
import { FORM_OF } from '../model/records/forms';
import { TRANSCRIPT_FORMAT, type ProfileId, type Trainee, type Transcript, type TranscriptEvent } from '../model/transcript';
import { forChannel, limitClockSeconds, PROFILES } from '../scoring/profiles';
import { score } from '../scoring/score';
import type { Profile } from '../scoring/types';
import { profileOf } from '../state/profile';
import { store, type GameState, type Settings } from '../state/store';
import { replay, StoryRunner, type Line, type Step } from '../story/runner';
import { freshSeed } from '../story/variants';
import { launchScenario, PACKAGED } from '../lms/mode';
import { connectLms, type Scorm12Session } from '../lms/scorm12';
import { joinSession, reportProgress } from './api';
import { flush, keep, onOutboxChange } from './outbox';
import { rememberSeed, seenSeeds } from './seen';
import { sfx } from './sound';
import { uuid4 } from './uuid';
import { loadStory } from './stories';

let runner: StoryRunner | null = null;
let startedAt = '';
let attemptId = '';
let seed = 0;
/** The LMS session when the SCORM package was launched by an LMS. */
let lms: Scorm12Session | null = null;
/** performance.now() when the play began: the real time played goes into the transcript (xAPI result.duration). */
let playStart = 0;

const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! & 0x7fffffff;

/** The trainee's name, and the session they join with its code (none: self-study); then the scenario list. */
export async function enter(trainee: Trainee, code: string): Promise<void> {
  const session = code ? await joinSession(code, trainee) : null;
  store.setState({ trainee, session, screen: 'select' });
}

export function backToEntry(): void {
  store.setState({ screen: 'entry' });
}

export function updateSettings(patch: Partial<Settings>): void {
  store.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

export function toggleMute(): void {
  updateSettings({ muted: !store.getState().settings.muted });
}

export function openSettings(open: boolean): void {
  store.setState({ settingsOpen: open });
}

export async function startScenario(trainee: Trainee, scenarioId: string): Promise<void> {
  const meta = scenarioById(scenarioId);
  if (!meta) throw new Error(`unknown scenario ${scenarioId}`);
  const [story, seen] = await Promise.all([loadStory(meta.file), seenSeeds(trainee, scenarioId, store.getState().session?.code ?? null)]);
  seed = freshSeed(story, seen, randomSeed);
  runner = new StoryRunner(story, seed, scenarioStart(scenarioId));
  startedAt = new Date().toISOString();
  playStart = performance.now();
  attemptId = uuid4();
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

/** That municipality's rules as they apply on the scenario's channel (no time limit on an inbox): for the HUD and the sounds. */
export function currentRules(): Profile {
  const s = store.getState();
  return forChannel(PROFILES[profileOf(s)], scenarioById(s.scenarioId ?? '')?.channel ?? 'counter');
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
  lms?.decided({ scenario: store.getState().scenarioId!, seed, choices: [...runner.path] }, index);
  const profile = currentRules();
  const start = limitClockSeconds(profile, runner.events);
  const limit = (profile.timeLimitMinutes ?? 0) * 60;
  const nearness = start === null ? 0 : (runner.clock - start) / limit;
  sfx.tick(Math.min(8, Math.round((runner.clock - before) / 60)), nearness);
  if (start !== null && before - start < limit && runner.clock - start >= limit) sfx.play('chime');
  for (const e of runner.events.slice(seen)) sfx.act(e.act);
  store.setState((s) => ({ lines: [...s.lines, { text: choice.text, t: before, staff: true }] }));
  apply(step);
}

/** The event at which harassment began (as the scoring engine counts it), if it has. */
function firstCue(events: readonly TranscriptEvent[]): TranscriptEvent | undefined {
  const i = cueIndexes(events.map((e) => e.act))[0];
  return i === undefined ? undefined : events[i];
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
  const cue = firstCue(r.events);
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
    playedSeconds: Math.round(performance.now() - playStart) / 1000,
    seed,
    choices: [...runner!.path],
    cast: structuredClone(runner!.cast),
  };
  // With the record task, the attempt is scored once the sheet is in (submitRecord); without it, now.
  store.setState({ ending, endingText: s.lines.at(-1)?.text ?? null, transcript, report: null, ...(recordTask() ? {} : conclude(transcript)) });
  rememberSeed(s.trainee!, meta.id, seed);
  if (s.session && !PACKAGED) reportProgress(s.session, 'playing', meta.id, { seed, choices: [...runner!.path] });
}

/** Whether the trainee writes the record sheet: always, unless the session's lead switched the task off. */
export function recordTask(): boolean {
  return store.getState().session?.recordTask !== false;
}

/** Whether the trainee may skip the record: in self-study only (a session with the task on asks for it). */
export function recordSkippable(): boolean {
  return recordTask() && !store.getState().session;
}

/** Scores the finished transcript and tells the LMS; returns the state to set. */
function conclude(transcript: Transcript): Pick<GameState, 'transcript' | 'report'> {
  const report = score(transcript);
  lms?.ended({ score: report.score, passed: passed(report), incomplete: (report.incomplete?.length ?? 0) > 0 });
  return { transcript, report };
}

/** After the ending's last line: the record sheet, when the trainee writes one. */
export function openRecord(): void {
  const s = store.getState();
  if (s.screen !== 'play' || !s.transcript || s.report) return;
  sfx.ambience(false);
  store.setState({ screen: 'record' });
}

/** The trainee's sheet: into the transcript, scored, then the debrief (which stores and sends the attempt). */
export function submitRecord(sheet: RecordSheet): void {
  const { screen, transcript } = store.getState();
  if (screen !== 'record' || !transcript) return;
  store.setState(conclude({ ...transcript, record: sheet }));
  showDebrief();
}

/** 「記録を省略する」 (self-study only): sent as skipped, so the attempt is "not done" and cannot pass. */
export function skipRecord(): void {
  const { transcript } = store.getState();
  if (!transcript || !recordSkippable()) return;
  submitRecord({ version: RECORD_VERSION, form: FORM_OF[transcript.profile].id, skipped: true });
}

export function showDebrief(): void {
  if (!store.getState().report) return;
  sfx.ambience(false);
  store.setState({ screen: 'debrief' });
  void send();
}

/** Keeps the finished attempt in the browser's outbox and delivers it (retrying until the server confirms). */
export async function send(): Promise<void> {
  const { transcript, session } = store.getState();
  if (!transcript) return;
  // The package has no results server: the LMS has the result already, or (self-study) it stays on screen.
  if (PACKAGED) {
    store.setState({ submit: lms ? 'lms' : 'local', submitError: null });
    return;
  }
  store.setState({ submit: 'sending', submitError: null });
  await keep(transcript, session?.token);
}

onOutboxChange((o) => {
  const s = store.getState();
  const submit = o.pending > 0 ? 'waiting' : o.rejected > 0 && o.lastError ? 'failed' : 'saved';
  store.setState({ pending: o.pending, ...(s.submit === 'idle' ? {} : { submit, submitError: o.lastError }) });
});
// Attempts left waiting by an earlier visit (the server was down) are sent now.
if (!PACKAGED) void flush();

/**
 * Plays the same scenario again from one of the trainee's decisions: same seed, the same choices up to it,
 * then the trainee chooses anew. It is a new attempt of its own.
 */
export async function replayFrom(decision: number): Promise<void> {
  const { transcript, scenarioId } = store.getState();
  if (!transcript?.choices || !scenarioId) return;
  await restore(scenarioId, transcript.seed ?? 0, transcript.choices.slice(0, decision));
}

/** Plays a scenario's story with this seed through these choices (the runner's tested replay) and shows the decision after them. */
async function restore(scenarioId: string, from: number, choices: number[]): Promise<void> {
  const meta = scenarioById(scenarioId);
  if (!meta) return;
  seed = from;
  const { runner: replayed, step, lines } = replay(await loadStory(meta.file), seed, choices, choices.length, scenarioStart(scenarioId));
  runner = replayed;
  startedAt = new Date().toISOString();
  playStart = performance.now();
  attemptId = uuid4();
  const { arrived: _, ...scene } = sceneState(lines, EMPTY_SCENE);
  const cue = firstCue(runner.events);
  store.setState({ ...initialPlay(), screen: 'play', scenarioId, lines, choices: step.choices, clock: runner.clock, events: runner.events.slice(), ...scene, harassmentBegan: cue ? cue.t : null });
  // An LMS attempt left on the record sheet resumes there: its choices reach the ending.
  if (step.ending) finish(step.ending);
}

/**
 * The SCORM package's start. Launched by an LMS: the learner is the LMS's (no name asked), an unfinished
 * attempt resumes at the decision where it stopped, and leaving the page ends the LMS session. Opened
 * straight from its files: self-study, the entry form asks for a name.
 */
export async function openPackage(): Promise<void> {
  const wanted = launchScenario();
  const scenario = wanted && scenarioById(wanted) ? wanted : null;
  lms = connectLms();
  if (!lms) {
    store.setState({ launch: { via: 'files', scenario, closed: false } });
    return;
  }
  store.setState({ launch: { via: 'lms', scenario, closed: false }, trainee: { name: lms.learner.name }, screen: 'select' });
  addEventListener('pagehide', leaveLms);
  const r = lms.resume;
  if (r && scenarioById(r.scenario) && (!scenario || r.scenario === scenario)) await restore(r.scenario, r.seed, r.choices);
}

/** Ends the LMS session (LMSFinish); the page records nothing more. */
export function leaveLms(): void {
  if (!lms?.open) return;
  lms.close();
  const launch = store.getState().launch;
  if (launch) store.setState({ launch: { ...launch, closed: true } });
}

export function backToSelect(): void {
  runner = null;
  store.setState({ ...initialPlay(), screen: 'select' });
}
