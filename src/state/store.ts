// All game state lives here (Zustand vanilla store, no React). Scenes and the
// DOM layer subscribe and draw; the controller in src/game is the only writer.
import { createStore } from 'zustand/vanilla';
import type { SessionForTrainee } from '../model/attempt';
import type { Trainee, Transcript } from '../model/transcript';
import type { Report } from '../scoring/types';
import type { ChoiceView, Line } from '../story/runner';
import type { Mood, Person } from '../story/tags';

export type Screen = 'entry' | 'select' | 'play' | 'debrief';
export type SubmitStatus = 'idle' | 'sending' | 'saved' | 'waiting' | 'failed';

export interface GameState {
  screen: Screen;
  trainee: Trainee | null;
  /** The training session joined with a code, or null in self-study. */
  session: SessionForTrainee | null;
  scenarioId: string | null;
  lines: Line[];
  choices: ChoiceView[];
  /** In-game seconds since the encounter began. */
  clock: number;
  /** In-game seconds of the first harassment cue (the time limit runs from here), or null. */
  harassmentBegan: number | null;
  mood: Mood;
  present: Person[];
  ending: string | null;
  /** The story's last line: what became of the encounter. */
  endingText: string | null;
  transcript: Transcript | null;
  report: Report | null;
  submit: SubmitStatus;
  submitError: string | null;
  /** Attempts kept in the browser until the server confirms them. */
  pending: number;
  muted: boolean;
  error: string | null;
}

export const initialState: GameState = {
  screen: 'entry',
  trainee: null,
  session: null,
  scenarioId: null,
  lines: [],
  choices: [],
  clock: 0,
  harassmentBegan: null,
  mood: 'calm',
  present: [],
  ending: null,
  endingText: null,
  transcript: null,
  report: null,
  submit: 'idle',
  submitError: null,
  pending: 0,
  muted: false,
  error: null,
};

export const store = createStore<GameState>(() => ({ ...initialState }));
export type Store = typeof store;
