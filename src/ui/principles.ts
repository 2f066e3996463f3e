// Per principle: the verdict, the events that decided it (words and in-game time), the feedback
// and the passages it rests on. Shared by the trainee's debrief and the trainer's replay view.
import './principles.css';
import { ACT_LABELS } from '../model/acts';
import { wallClock } from '../model/clock';
import { scenarioStart } from '../model/scenarios';
import type { Transcript } from '../model/transcript';
import { VERDICT_LABEL, type Report } from '../model/report';
import { speakerLabel, speakers } from '../model/speaker';
import { CRITICAL_CAP } from '../scoring/pass';
import { RULES } from '../scoring/rules';
import { h } from './dom';

const ORDER = { violated: 0, upheld: 1, not_applicable: 2 } as const;
const PENALTY = new Map(RULES.map((r) => [r.id, r.weight]));

/** `you` names the staff side: あなた in the debrief, the trainee's name for the trainer. */
export function principleList(report: Report, transcript: Transcript, you = 'あなた'): HTMLElement[] {
  const applicable = report.principles.filter((p) => p.verdict !== 'not_applicable').sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const others = report.principles.filter((p) => p.verdict === 'not_applicable');
  const who = speakers(transcript.events);
  const start = scenarioStart(transcript.scenario);
  const items = applicable.map((p) => {
    const decided = p.events.map((i) => {
      const e = transcript.events[i]!;
      return h('li', { 'data-speaker': who[i] }, h('span', { class: 'time' }, wallClock(e.t, start)), `${speakerLabel(who[i]!, you)}：${e.text ?? ACT_LABELS[e.act]}`, h('span', { class: 'act' }, `（${ACT_LABELS[e.act]}）`));
    });
    return h(
      'li',
      { class: `principle ${p.verdict}`, 'data-principle': p.id },
      h('h3', {}, h('span', { class: 'verdict' }, VERDICT_LABEL[p.verdict]), p.name, p.verdict === 'violated' ? h('span', { class: 'penalty' }, `−${PENALTY.get(p.id)}点`) : null, p.critical ? h('span', { class: 'critical-mark' }, '重大な誤り') : null),
      decided.length ? h('ul', { class: 'decided', 'aria-label': '判定の決め手' }, ...decided) : null,
      p.feedback ? h('p', { class: 'feedback' }, p.feedback) : null,
      ...p.citations.map((c) => h('blockquote', {}, h('cite', {}, `${c.doc} ${c.section}`), h('span', {}, c.quote))),
    );
  });
  const parts: (HTMLElement | null)[] = [
    report.critical.length ? h('p', { class: 'critical' }, `重大な誤りがあったため、得点は${CRITICAL_CAP}点までに制限されています。`) : null,
    h('ol', { class: 'principles' }, ...items),
    others.length
      ? h('details', { class: 'not-applicable' }, h('summary', {}, `この場面では問われなかった原則（${others.length}）`),
          h('ul', {}, ...others.map((p) => h('li', { 'data-principle': p.id }, h('span', { class: 'verdict' }, VERDICT_LABEL[p.verdict]), p.name))))
      : null,
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}
