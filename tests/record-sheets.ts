// Record sheets for tests: the right answers built from what really happened, to be spoiled field by field.
import { wallClock } from '../src/model/clock';
import { scenarioStart } from '../src/model/scenarios';
import type { RecordSheet } from '../src/model/record';
import { GRADED_ITEMS } from '../src/model/records/checklist';
import { factsOf } from '../src/model/records/facts';
import { FORM_OF } from '../src/model/records/forms';
import { statementsFor } from '../src/model/records/statements';
import { wordingFor } from '../src/model/records/wording';
import type { Transcript } from '../src/model/transcript';

export function rightRecord(t: Transcript): RecordSheet {
  const f = factsOf(t);
  const form = FORM_OF[t.profile];
  return {
    version: 1,
    form: form.id,
    start: wallClock(f.start, scenarioStart(t.scenario)),
    end: wallClock(f.end, scenarioStart(t.scenario)),
    present: [...f.present],
    method: f.method,
    ...(f.look ? { citizen: { gender: f.look.gender, decade: f.look.decade } } : {}),
    statements: statementsFor(t).map((s) => ({ id: s.id, said: s.said })),
    timeline: f.timeline.map((e) => e.id),
    wording: wordingFor(t).map((w) => ({ id: w.id, choice: 'fact' as const })),
    ...(form.checklist ? { checklist: form.checklist.filter((c) => GRADED_ITEMS[c.n]?.truth(t)).map((c) => c.n) } : {}),
  };
}

/** A sheet with known mistakes: the end time 12 minutes late, every statement marked said, the first fact as an impression. */
export function spoiledRecord(t: Transcript): RecordSheet {
  const right = rightRecord(t);
  const end = factsOf(t).end + 12 * 60;
  return {
    ...right,
    end: wallClock(end, scenarioStart(t.scenario)),
    statements: right.statements!.map((s) => ({ id: s.id, said: true })),
    wording: right.wording!.map((w, i) => ({ id: w.id, choice: i === 0 ? 'impression' : 'fact' })),
    future: '課内で共有し、<b>次回</b>は最初から二人で対応する。',
    other: '録音あり',
  };
}
