// Grades a record sheet against what really happened: one message per mistake, naming the field and what was wrong
// (「終了時刻が12分ずれています」「相手が言っていない『殺すぞ』を記録しています」). Pure: the engine calls it.
import { fromWallClock, wallClock } from '../clock';
import { presentLabels, type Method, type RecordSheet } from '../record';
import { scenarioStart } from '../scenarios';
import type { Transcript } from '../transcript';
import { GRADED_ITEMS } from './checklist';
import { factsOf } from './facts';
import type { FieldKey } from './form';
import { FORMS } from './forms';
import { statementsFor } from './statements';
import { wordingFor } from './wording';

/** Times on the sheet within this many seconds of the truth are right (the issue's ±2 minutes). */
export const TIME_TOLERANCE = 120;

export const METHOD_LABELS: Readonly<Record<Method, string>> = { visit: '来庁', phone: '電話', mail: 'メール', sns: 'SNS', offsite: '外で対応' };

export interface SheetError {
  field: FieldKey;
  message: string;
}

/** `start`: when the encounter began on the wall clock (scenarioStart). */
function timeError(which: '開始' | '終了', given: string | undefined, truth: number, start: number): string | null {
  if (given === undefined) return `${which}時刻が記入されていません（実際 ${wallClock(truth, start)}）`;
  const off = Math.abs(fromWallClock(given, start)! - truth);
  return off > TIME_TOLERANCE ? `${which}時刻が${Math.round(off / 60)}分ずれています（記録 ${given}、実際 ${wallClock(truth, start)}）` : null;
}

/** Pairs of key events the trainee put in the wrong order. */
function inversions(order: readonly string[], truth: readonly string[]): number {
  const rank = new Map(truth.map((id, i) => [id, i]));
  const ranks = order.map((id) => rank.get(id) ?? -1).filter((r) => r >= 0);
  let n = 0;
  for (let i = 0; i < ranks.length; i++) for (let j = i + 1; j < ranks.length; j++) if (ranks[i]! > ranks[j]!) n++;
  return n;
}

/** A fact quoted in a message: it already quotes the citizen in 「」, so those become 『』 inside the outer 「」. */
export function quoteFact(fact: string): string {
  return `「${fact.replace(/「/g, '『').replace(/」/g, '』')}」`;
}

export function gradeRecord(t: Transcript, sheet: RecordSheet): SheetError[] {
  if (sheet.skipped) return [{ field: 'datetime', message: '記録シートが記入されていません' }];
  const form = FORMS[sheet.form]!;
  const asks = new Set(form.fields.map((f) => f.key));
  const facts = factsOf(t);
  const start = scenarioStart(t.scenario);
  const labels = presentLabels(t.scenario);
  const out: SheetError[] = [];
  const add = (field: FieldKey, message: string | null) => {
    if (message) out.push({ field, message });
  };
  if (asks.has('datetime')) {
    add('datetime', timeError('開始', sheet.start, facts.start, start));
    add('datetime', timeError('終了', sheet.end, facts.end, start));
  }
  if (asks.has('present')) {
    const given = new Set(sheet.present ?? []);
    for (const p of facts.present) if (!given.has(p)) add('present', `その場にいた${labels[p]}が対応者に記録されていません`);
    for (const p of given) if (!facts.present.has(p)) add('present', `その場にいなかった${labels[p]}を対応者に記録しています`);
  }
  if (asks.has('method') && sheet.method !== facts.method) {
    add('method', `対応方法が違います（記録 ${sheet.method ? METHOD_LABELS[sheet.method] : '未記入'}、実際 ${METHOD_LABELS[facts.method]}）`);
  }
  if (asks.has('citizen') && facts.look) {
    const g = sheet.citizen?.gender;
    if (g !== facts.look.gender) add('citizen', `相手の性別が違います（実際 ${facts.look.gender === 'man' ? '男性' : '女性'}）`);
    if (sheet.citizen?.decade !== facts.look.decade) add('citizen', `相手の年代が違います（実際 ${facts.look.decade}代）`);
  }
  if (asks.has('statements')) {
    const answers = new Map((sheet.statements ?? []).map((s) => [s.id, s.said]));
    for (const s of statementsFor(t)) {
      const said = answers.get(s.id);
      if (said === undefined) add('statements', `「${s.text}」を言ったかどうかが記入されていません`);
      else if (said && !s.said) add('statements', `相手が言っていない「${s.text}」を記録しています`);
      else if (!said && s.said) add('statements', `相手が言った「${s.text}」が記録されていません`);
    }
  }
  if (asks.has('timeline') && facts.timeline.length) {
    const truth = facts.timeline.map((e) => e.id);
    const order = sheet.timeline ?? [];
    const missing = facts.timeline.filter((e) => !order.includes(e.id));
    if (missing.length) add('timeline', `時系列に入っていない出来事があります：${missing.map((e) => e.label).join('、')}`);
    const wrong = inversions(order, truth);
    if (wrong) add('timeline', `時系列の順序が${wrong}か所違います（正しくは ${facts.timeline.map((e) => `${wallClock(e.t, start)} ${e.label}`).join(' → ')}）`);
  }
  if (asks.has('wording')) {
    const choices = new Map((sheet.wording ?? []).map((w) => [w.id, w.choice]));
    for (const w of wordingFor(t)) {
      const c = choices.get(w.id);
      const fact = quoteFact(w.fact);
      if (c !== 'fact') add('wording', c ? `「${w.impression}」は印象です。${fact}のように事実を書きます` : `${fact}の書き方が選ばれていません`);
    }
  }
  if (asks.has('checklist') && form.checklist) {
    const ticked = new Set(sheet.checklist ?? []);
    for (const { n } of form.checklist) {
      const item = GRADED_ITEMS[n];
      if (!item) continue;
      const truth = item.truth(t);
      if (truth === null || truth === ticked.has(n)) continue;
      const why = item.messages ? (truth ? item.messages.missing : item.messages.extra) : `${item.because}が${truth ? 'あったのにチェックがありません' : 'なかったのにチェックしています'}`;
      add('checklist', `チェックリスト${n}（${item.name}）：${why}`);
    }
  }
  return out;
}

/**
 * Checks a sheet refers only to what was offered (form, statements, events, wording, checklist items) and keeps its
 * times on the encounter's day. Returns the first problem as [field path, message], or null.
 */
export function checkRecord(t: Transcript, sheet: RecordSheet): [string, string] | null {
  const form = FORMS[sheet.form];
  if (!form) return ['record.form', `unknown form ${JSON.stringify(sheet.form)} (known: ${Object.keys(FORMS).join(', ')})`];
  const facts = factsOf(t);
  const start = scenarioStart(t.scenario);
  for (const key of ['start', 'end'] as const) {
    const at = sheet[key] === undefined ? null : fromWallClock(sheet[key]!, start);
    if (at !== null && (at < facts.start - 3600 || at > facts.end + 3 * 3600)) return [`record.${key}`, `${sheet[key]} is outside the encounter (${wallClock(facts.start, start)}–${wallClock(facts.end, start)})`];
  }
  const offered = (field: string, ids: readonly string[], given: readonly string[] | undefined): [string, string] | null => {
    const i = (given ?? []).findIndex((id) => !ids.includes(id));
    return i < 0 ? null : [`record.${field}[${i}]`, `${JSON.stringify(given![i])} was never offered`];
  };
  return (
    offered('statements', statementsFor(t).map((s) => s.id), sheet.statements?.map((s) => s.id)) ??
    offered('timeline', facts.timeline.map((e) => e.id), sheet.timeline) ??
    offered('wording', wordingFor(t).map((w) => w.id), sheet.wording?.map((w) => w.id)) ??
    offered('checklist', (form.checklist ?? []).map((c) => String(c.n)), sheet.checklist?.map(String))
  );
}
