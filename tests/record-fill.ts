// Fills the record sheet in the browser by keyboard alone (Tab to each control, Space, arrows, typing, Enter), with
// the answers taken from what really happened (src/model/records) and, on request, known mistakes.
import type { Frame, Keyboard } from 'playwright-core';
import { wallClock } from '../src/model/clock';
import { scenarioStart } from '../src/model/scenarios';
import { GRADED_ITEMS } from '../src/model/records/checklist';
import { factsOf } from '../src/model/records/facts';
import { FORM_OF } from '../src/model/records/forms';
import { statementsFor } from '../src/model/records/statements';
import { wordingFor } from '../src/model/records/wording';
import type { Transcript } from '../src/model/transcript';

export interface Mistakes {
  /** The end time this many minutes late. */
  endLate?: number;
  /** The first distractor answered as said. */
  distractorSaid?: boolean;
  /** The first two events of the 時系列 swapped. */
  swapTimeline?: boolean;
  /** The impression chosen for the first wording. */
  impression?: boolean;
}

/** The transcript the game holds while the sheet is open (the test build exposes its store). */
export async function heldTranscript(frame: Frame): Promise<Transcript> {
  return (await frame.evaluate('window.madoguchi.store.getState().transcript')) as Transcript;
}

/** Presses Tab (or Shift+Tab, towards an earlier control) until the focused element matches `selector`. */
export async function tabTo(frame: Frame, keyboard: Keyboard, selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const where = await frame.evaluate((sel) => {
      const a = document.activeElement;
      const t = document.querySelector(sel);
      if (!t) return 'missing';
      if (a?.matches(sel)) return 'here';
      return a && a !== document.body && a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING ? 'back' : 'forward';
    }, selector);
    if (where === 'here') return;
    if (where === 'missing') throw new Error(`no ${selector} on the page`);
    await keyboard.press(where === 'back' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const activeValue = (frame: Frame) => frame.evaluate(() => {
  const a = document.activeElement as HTMLInputElement | HTMLSelectElement;
  return a instanceof HTMLInputElement && a.type === 'radio' ? (a.checked ? a.value : '') : a.value;
});

/** Checks the radio button `value` of group `name` from the keyboard: Space on the focused one, arrows to the rest. */
async function radio(frame: Frame, keyboard: Keyboard, name: string, value: string): Promise<void> {
  await tabTo(frame, keyboard, `input[name="${name}"]`);
  await keyboard.press('Space');
  for (let i = 0; i < 8 && (await activeValue(frame)) !== value; i++) await keyboard.press('ArrowDown');
  if ((await activeValue(frame)) !== value) throw new Error(`could not check ${name}=${value} by keyboard`);
}

async function checkbox(frame: Frame, keyboard: Keyboard, id: string, on: boolean): Promise<void> {
  await tabTo(frame, keyboard, `#${id}`);
  if ((await frame.locator(`#${id}`).isChecked()) !== on) await keyboard.press('Space');
}

async function type(frame: Frame, keyboard: Keyboard, id: string, text: string): Promise<void> {
  await tabTo(frame, keyboard, `#${id}`);
  await keyboard.type(text);
}

/** Fills the open sheet, submits it and returns the transcript it was filled for. */
export async function fillRecord(frame: Frame, keyboard: Keyboard, mistakes: Mistakes = {}): Promise<Transcript> {
  const t = await heldTranscript(frame);
  const form = FORM_OF[t.profile];
  const facts = factsOf(t);
  const asks = new Set(form.fields.map((f) => f.key));
  if (asks.has('datetime')) {
    const start = scenarioStart(t.scenario);
    await type(frame, keyboard, 'rec-datetime-start', wallClock(facts.start, start));
    await type(frame, keyboard, 'rec-datetime-end', wallClock(facts.end + (mistakes.endLate ?? 0) * 60, start));
  }
  if (asks.has('present')) for (const p of ['trainee', 'colleague', 'manager', 'police'] as const) await checkbox(frame, keyboard, `rec-present-who-${p}`, facts.present.has(p));
  if (asks.has('method')) await radio(frame, keyboard, 'rec-method-method', facts.method);
  if (asks.has('citizen')) {
    await radio(frame, keyboard, 'rec-citizen-gender', facts.look?.gender ?? 'unknown');
    if (facts.look) {
      await tabTo(frame, keyboard, '#rec-citizen-decade');
      for (let i = 0; i < 12 && (await activeValue(frame)) !== String(facts.look.decade); i++) await keyboard.press('ArrowDown');
    }
    await type(frame, keyboard, 'rec-citizen-features', '眼鏡、紺色の上着');
  }
  if (asks.has('statements')) {
    let distractor = mistakes.distractorSaid ?? false;
    for (const s of statementsFor(t)) {
      const wrong = distractor && !s.said;
      if (wrong) distractor = false;
      await radio(frame, keyboard, `rec-statements-${s.id}`, s.said || wrong ? 'yes' : 'no');
    }
  }
  if (asks.has('wording')) {
    for (const [i, w] of wordingFor(t).entries()) await radio(frame, keyboard, `rec-wording-${w.id}`, mistakes.impression && i === 0 ? 'impression' : 'fact');
  }
  if (asks.has('timeline') && facts.timeline.length) {
    const wanted = facts.timeline.map((e) => e.id);
    if (mistakes.swapTimeline) [wanted[0], wanted[1]] = [wanted[1]!, wanted[0]!];
    // Selection sort with the 上へ buttons: the item that belongs at i moves up until it is there.
    for (let i = 0; i < wanted.length; i++) {
      for (let guard = 0; guard < wanted.length; guard++) {
        const order = await frame.locator('.reorder li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
        if (order.indexOf(wanted[i]!) <= i) break;
        await tabTo(frame, keyboard, `.reorder li[data-event="${wanted[i]}"] button[data-dir="up"]`);
        await keyboard.press('Enter');
      }
    }
  }
  if (asks.has('checklist')) {
    for (const c of form.checklist ?? []) await checkbox(frame, keyboard, `rec-checklist-${c.n}`, GRADED_ITEMS[c.n]?.truth(t) ?? false);
  }
  if (asks.has('future')) await type(frame, keyboard, 'rec-future-text', '課内で共有し、次回来庁時は二人で対応する。');
  await tabTo(frame, keyboard, '#record-submit');
  await keyboard.press('Enter');
  // Blanks (say, no age to give) are said once; the same button then sends.
  if (await frame.locator('#record-submit', { hasText: '未記入のまま' }).count()) await keyboard.press('Enter');
  return t;
}
