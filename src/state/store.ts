// All game state lives here (Zustand vanilla store, no React). Scenes and the
// DOM layer subscribe and draw; the controller in src/game is the only writer.
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { SessionForTrainee } from '../model/attempt';
import type { Channel, Trainee, Transcript, TranscriptEvent } from '../model/transcript';
import type { Report } from '../model/report';
import type { ChoiceView, Line } from '../story/runner';
import type { Look, Mood, Person } from '../story/tags';

/** `record`: the record sheet, after the encounter's last line and before the debrief. */
export type Screen = 'entry' | 'select' | 'play' | 'record' | 'debrief';
/** `lms`: recorded in the LMS; `local`: the package without an LMS (self-study), nowhere to send to. */
export type SubmitStatus = 'idle' | 'sending' | 'saved' | 'waiting' | 'failed' | 'lms' | 'local';

/** How the SCORM package was opened: by an LMS, or straight from its files (self-study). */
export interface Launch {
  via: 'lms' | 'files';
  /** The one scenario this SCO plays (its launch URL's `?scenario=`), or null for all. */
  scenario: string | null;
  /** The LMS session has ended (LMSFinish): nothing more is recorded. */
  closed: boolean;
}

export type TextSpeed = 'instant' | 'normal' | 'slow';

/** The trainee's settings, kept between visits (localStorage). */
export interface Settings {
  textSpeed: TextSpeed;
  /** Multiplies the text size of the dialogue and panels. */
  fontScale: number;
  /** 0..1 */
  volume: number;
  muted: boolean;
  reducedMotion: boolean;
  highContrast: boolean;
}

export const defaultSettings = (): Settings => ({
  textSpeed: 'normal',
  fontScale: 1,
  volume: 0.8,
  muted: false,
  reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
  highContrast: typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches,
});

export interface GameState {
  screen: Screen;
  trainee: Trainee | null;
  /** Set in the SCORM package only; null when served by the results server. */
  launch: Launch | null;
  /** The training session joined with a code, or null in self-study. */
  session: SessionForTrainee | null;
  scenarioId: string | null;
  lines: Line[];
  choices: ChoiceView[];
  /** The transcript so far (scenes read it: the phone steps taken, the waiting citizens' unease). */
  events: TranscriptEvent[];
  /** In-game seconds since the encounter began. */
  clock: number;
  /** In-game seconds of the first harassment cue (the time limit runs from here), or null. */
  harassmentBegan: number | null;
  mood: Mood;
  /** How the citizen looks, once the story says. */
  look: Look | null;
  present: Person[];
  /** Where the picture is, when the story moves it (`#scene`); null means the scenario's own channel. */
  scene: Channel | null;
  ending: string | null;
  /** The story's last line: what became of the encounter. */
  endingText: string | null;
  transcript: Transcript | null;
  report: Report | null;
  submit: SubmitStatus;
  submitError: string | null;
  /** Attempts kept in the browser until the server confirms them. */
  pending: number;
  settings: Settings;
  /** The settings panel is open over the current screen. */
  settingsOpen: boolean;
  error: string | null;
}

export const initialState: GameState = {
  screen: 'entry',
  trainee: null,
  launch: null,
  session: null,
  scenarioId: null,
  lines: [],
  choices: [],
  events: [],
  clock: 0,
  harassmentBegan: null,
  mood: 'calm',
  look: null,
  present: [],
  scene: null,
  ending: null,
  endingText: null,
  transcript: null,
  report: null,
  submit: 'idle',
  submitError: null,
  pending: 0,
  settings: defaultSettings(),
  settingsOpen: false,
  error: null,
};

export const store = createStore<GameState>()(
  persist(() => ({ ...initialState }), {
    name: 'madoguchi.settings',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // Only the settings outlive a visit; an attempt in progress does not.
    partialize: (s) => ({ settings: s.settings }),
    merge: (saved, current) => ({ ...current, settings: { ...current.settings, ...((saved as Partial<GameState> | undefined)?.settings ?? {}) } }),
  }),
);
export type Store = typeof store;
