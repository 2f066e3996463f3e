// For the lead talking a group through its results: per principle, worst first, how often the group
// kept it, the choices that broke it most often (and those that kept it), what to do next time and the
// passages; and the record sheets' figures (which fields the group gets wrong most). Built from stored attempts
// (their transcripts and reports), so it needs nothing new stored.
import type { Act } from '../model/acts';
import type { ChoiceCount, DiscussionItem, RecordFigures } from '../model/attempt';
import { FIELD_NAMES, GRADED_FIELDS, mistakesByField, type GradedField } from '../model/records/summary';
import { speakers } from '../model/speaker';
import type { Transcript } from '../model/transcript';
import { RULES } from '../scoring/rules';
import type { PrincipleId, Report } from '../scoring/types';

interface Tally {
  item: DiscussionItem;
  broke: Map<string, ChoiceCount>;
  kept: Map<string, ChoiceCount>;
}

/** One attempt's deciding choices: a choice is its words (or, without words, its act), counted once per attempt. */
function count(into: Map<string, ChoiceCount>, choices: Map<string, { text: string; acts: Act[] }>): void {
  for (const [key, { text, acts }] of choices) {
    const c = into.get(key);
    if (!c) into.set(key, { text, acts: [...acts], count: 1 });
    else {
      c.count++;
      for (const a of acts) if (!c.acts.includes(a)) c.acts.push(a);
    }
  }
}

type Mistakes = Record<GradedField, number> | null;

/**
 * Grades each attempt's record sheet as its row is read, so the grading runs between the turns gather() gives
 * back to the event loop rather than in one block afterwards.
 */
export function* withRecordMistakes<T extends { transcript: Transcript }>(rows: Iterable<T>): Generator<T & { mistakes: Mistakes }> {
  for (const r of rows) yield { ...r, mistakes: mistakesByField(r.transcript) };
}

function recordFigures(written: Mistakes[], skipped: number): RecordFigures {
  const fields = GRADED_FIELDS.map((field) => ({ field, name: FIELD_NAMES[field], missed: written.filter((m) => m![field] > 0).length }));
  // Most missed first; ties keep the sheet's order (sort is stable).
  return { written: written.length, skipped, fields: fields.sort((a, b) => b.missed - a.missed) };
}

const top = (m: Map<string, ChoiceCount>, n: number) => [...m.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, n);

/**
 * `attempts` newest first. Passages are gathered from every attempt, once each, newest first: a group
 * may mix municipalities (self-study uses each scenario's own), and each passage names its document.
 */
export function discussion(
  attempts: Iterable<{ transcript: Transcript; report: Report; mistakes?: Mistakes }>,
  n = 3,
): { attempts: number; items: DiscussionItem[]; record: RecordFigures } {
  const tallies = new Map<PrincipleId, Tally>();
  let read = 0;
  const written: Mistakes[] = [];
  let skipped = 0;
  for (const a of attempts) {
    const { transcript, report } = a;
    read++;
    const mistakes = a.mistakes === undefined ? mistakesByField(transcript) : a.mistakes;
    if (mistakes) written.push(mistakes);
    else if (transcript.record?.skipped) skipped++;
    // The trainee's own choices (src/model/speaker.ts): what they chose; in a transcript recorded before
    // that mark existed, its staff acts (which may include narration, such as a manager's line).
    const who = speakers(transcript.events);
    for (const p of report.principles) {
      if (p.verdict === 'not_applicable') continue;
      let t = tallies.get(p.id);
      if (!t) {
        const advice = RULES.find((r) => r.id === p.id)?.feedback.violated ?? '';
        t = { item: { id: p.id, name: p.name, passed: 0, total: 0, broke: [], kept: [], advice, citations: [] }, broke: new Map(), kept: new Map() };
        tallies.set(p.id, t);
      }
      for (const c of p.citations) if (!t.item.citations.some((x) => x.doc === c.doc && x.section === c.section)) t.item.citations.push(c);
      t.item.total++;
      if (p.verdict === 'upheld') t.item.passed++;
      const choices = new Map<string, { text: string; acts: Act[] }>();
      for (const i of p.events) {
        if (who[i] !== 'trainee') continue; // the citizen's conduct, or a colleague's line, is not the trainee's choice
        const e = transcript.events[i]!;
        const key = e.text ?? e.act;
        const c = choices.get(key);
        if (c) c.acts.includes(e.act) || c.acts.push(e.act);
        else choices.set(key, { text: e.text ?? '', acts: [e.act] });
      }
      count(p.verdict === 'upheld' ? t.kept : t.broke, choices);
    }
  }
  const items = [...tallies.values()]
    .map(({ item, broke, kept }) => ({ ...item, broke: top(broke, n), kept: top(kept, n) }))
    .sort((a, b) => a.passed / a.total - b.passed / b.total || b.total - a.total);
  return { attempts: read, items, record: recordFigures(written, skipped) };
}
