// The LMS as SCORM 1.2 sees it: find the API adapter the LMS put in a parent or opener window, and
// write an attempt into the cmi data model. The controller calls this; it never touches the store.
import { choiceResponse, decodeResume, encodeResume, interactionId, learnerName, timeOfDay, timespan, type Resume } from './format';

/** The SCORM 1.2 API adapter (RTE 3.3), as an LMS provides it. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

type Win = Window & { API?: Scorm12Api };

/** The RTE's search: this window and up to seven parents, then the opener and its parents. */
export function findApi(start: Window): Scorm12Api | null {
  const climb = (w: Win | null): Scorm12Api | null => {
    for (let tries = 0; w && tries <= 7; tries++) {
      try {
        if (w.API) return w.API;
        if (!w.parent || w.parent === w) return null;
        w = w.parent as Win;
      } catch {
        return null; // a window of another origin: not our LMS
      }
    }
    return null;
  };
  return climb(start as Win) ?? (start.opener ? climb(start.opener as Win) : null);
}

export interface LmsLearner {
  name: string;
  id: string;
}

/** The attempt's results as the LMS records them. */
export interface LmsResult {
  score: number;
  passed: boolean;
  /** A task was skipped (the record sheet): the lesson is not done, so `incomplete` rather than `failed`. */
  incomplete?: boolean;
}

export class Scorm12Session {
  readonly learner: LmsLearner;
  /** What cmi.suspend_data held when the SCO opened: the unfinished attempt to resume. */
  readonly resume: Resume | null;
  private readonly began = Date.now();
  private next: number;
  private passedBefore: boolean;
  private finished = false;
  private closed = false;

  constructor(private readonly api: Scorm12Api) {
    const id = api.LMSGetValue('cmi.core.student_id');
    this.learner = { name: learnerName(api.LMSGetValue('cmi.core.student_name'), id), id };
    this.resume = decodeResume(api.LMSGetValue('cmi.suspend_data'));
    this.next = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
    const status = api.LMSGetValue('cmi.core.lesson_status');
    this.passedBefore = status === 'passed';
    if (status === 'not attempted' || status === '') this.set('cmi.core.lesson_status', 'incomplete');
    this.commit();
  }

  /** One decision: its interaction, the resume point, the time so far; committed at once. */
  decided(resume: Resume, response: number): void {
    const n = this.next++;
    this.set(`cmi.interactions.${n}.id`, interactionId(resume.scenario, resume.choices.length));
    this.set(`cmi.interactions.${n}.type`, 'choice');
    this.set(`cmi.interactions.${n}.time`, timeOfDay(new Date()));
    this.set(`cmi.interactions.${n}.student_response`, choiceResponse(response));
    this.set(`cmi.interactions.${n}.result`, 'neutral'); // a decision's verdicts are known only at the end
    const suspend = encodeResume(resume);
    if (suspend !== null) this.set('cmi.suspend_data', suspend);
    this.finished = false;
    this.commit();
  }

  /** The end of an attempt. A passed lesson stays passed: a later, worse try (say from the debrief's replay) does not undo it. */
  ended(result: LmsResult): void {
    if (!(this.passedBefore && !result.passed)) {
      this.set('cmi.core.score.min', '0');
      this.set('cmi.core.score.max', '100');
      this.set('cmi.core.score.raw', String(result.score));
      this.set('cmi.core.lesson_status', result.passed ? 'passed' : result.incomplete ? 'incomplete' : 'failed');
    }
    this.passedBefore ||= result.passed;
    this.set('cmi.suspend_data', '');
    this.finished = true;
    this.commit();
  }

  /** Ends the LMS session (the learner leaves): the real time played, whether to resume, then LMSFinish. */
  close(): void {
    if (this.closed) return;
    this.set('cmi.core.exit', this.finished ? '' : 'suspend');
    this.commit();
    this.api.LMSFinish('');
    this.closed = true;
  }

  get open(): boolean {
    return !this.closed;
  }

  private commit(): void {
    this.set('cmi.core.session_time', timespan(Date.now() - this.began));
    if (!this.closed) this.api.LMSCommit('');
  }

  private set(element: string, value: string): void {
    if (this.closed) return; // the RTE forbids any call after LMSFinish
    if (this.api.LMSSetValue(element, value) !== 'true') {
      const code = this.api.LMSGetLastError();
      console.warn(`LMS refused ${element} = ${value}: ${code} ${this.api.LMSGetErrorString(code)}`);
    }
  }
}

/** Connects to the LMS that launched this page, or null when there is none (opened directly: self-study). */
export function connectLms(win: Window = window): Scorm12Session | null {
  const api = findApi(win);
  if (!api || api.LMSInitialize('') !== 'true') return null;
  return new Scorm12Session(api);
}
