// One attempt replayed for the trainer: the decisions on the clock with verdicts, then each principle's feedback and passage.
import { ACT_LABELS } from '../../model/acts';
import type { AttemptDetail } from '../../model/attempt';
import { wallClock } from '../../model/clock';
import { scenarioStart } from '../../model/scenarios';
import { VERDICT_MARK } from '../../model/report';
import { speakerLabel, speakers } from '../../model/speaker';
import { timelinePlot } from '../../model/timeline';
import { PROFILES } from '../../scoring/profiles';
import { h } from '../../ui/dom';
import { principleList } from '../../ui/principles';
import { api, link } from '../api';
import { s } from '../svg';
import { dateTime, scenarioTitle, section } from './common';
import { recordSection } from './record';

const MARK_COLOUR = { upheld: '#2f7a4b', violated: '#b02a2a', none: '#999' } as const;

/** The encounter on a time axis: the harassment window up to the limit; the trainee's choices as dots, others' acts as rings. */
export function clockLine(a: AttemptDetail): SVGSVGElement {
  const { events } = a.transcript;
  const start = scenarioStart(a.scenario);
  const { end, labelEvery, window, marks } = timelinePlot(a.transcript, a.report);
  const W = 900;
  const left = 50;
  const right = W - 30;
  const x = (t: number) => left + ((right - left) * t) / end;
  const svg = s('svg', { viewBox: `0 0 ${W} 110`, role: 'img', 'aria-label': '時間の流れと判定', class: 'chart clockline' });
  if (window) {
    svg.append(s('rect', { x: x(window.from), y: 30, width: x(window.to) - x(window.from), height: 40, fill: '#f3d3cf' }));
    svg.append(s('line', { x1: x(window.to), x2: x(window.to), y1: 22, y2: 78, stroke: '#c0392b', 'stroke-width': 3 }), s('text', { x: x(window.to), y: 16, 'text-anchor': 'middle', class: 'axis' }, '目安'));
  }
  svg.append(s('line', { x1: left, x2: right, y1: 50, y2: 50, stroke: '#555', 'stroke-width': 2 }));
  for (let m = 0; m * 60 <= end; m += labelEvery) svg.append(s('text', { x: x(m * 60), y: 98, 'text-anchor': 'middle', class: 'axis' }, wallClock(m * 60, start)));
  for (const m of marks) {
    const e = events[m.index]!;
    const colour = MARK_COLOUR[m.verdict ?? 'none'];
    const mine = m.speaker === 'trainee';
    const dot = s('circle', mine ? { cx: x(m.t), cy: 50, r: m.verdict ? 8 : 5, fill: colour } : { cx: x(m.t), cy: 50, r: 6, fill: 'none', stroke: colour, 'stroke-width': 2.5, 'data-speaker': m.speaker });
    dot.append(s('title', {}, `${wallClock(e.t, start)} ${speakerLabel(m.speaker, a.trainee)}：${e.text ?? ACT_LABELS[e.act]}`));
    svg.append(dot);
  }
  return svg;
}

/** Every act in order, each under its speaker (the trainee by name), with the verdicts it decided. */
export function replayList(a: AttemptDetail): HTMLOListElement {
  const who = speakers(a.transcript.events);
  const start = scenarioStart(a.scenario);
  return h('ol', { class: 'replay' }, ...a.transcript.events.map((e, i) =>
    h('li', { class: who[i] === 'trainee' ? 'staff' : who[i] === 'citizen' ? 'citizen' : 'other', 'data-speaker': who[i] },
      h('span', { class: 'time' }, wallClock(e.t, start)),
      h('span', { class: 'who' }, speakerLabel(who[i]!, a.trainee)),
      h('span', { class: 'text' }, e.text ?? ''),
      h('span', { class: 'act' }, ACT_LABELS[e.act]),
      ...a.report.principles.filter((p) => p.events.includes(i) && p.verdict !== 'not_applicable').map((p) => h('span', { class: `chip ${p.verdict}` }, `${VERDICT_MARK[p.verdict]} ${p.name}`)))));
}

export async function renderAttempt(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = await api<AttemptDetail>(`/api/attempts/${encodeURIComponent(params.get('id') ?? '')}`);
  root.replaceChildren(
    section(
      `${a.trainee} さん ・ ${scenarioTitle(a.scenario)} ・ ${a.score}点`,
      h('p', {}, `${dateTime(a.createdAt)} ・ ${a.department ?? ''} ・ ${PROFILES[a.profile as keyof typeof PROFILES]?.name ?? a.profile}のマニュアル ・ ${a.session ? a.session.name : '自習'} ・ `, h('a', { href: link('trainee', { id: a.identity }) }, 'この受講者の記録')),
      clockLine(a),
      // Scored under other rules than today's: the verdicts are those of that time, passages today's where the principle remains.
      a.rules.current ? null : h('p', { class: 'rules-note', id: 'rules-note' }, `この受験は採点時の規則${a.rules.version ? `（版 ${a.rules.version}）` : '（以前の版）'}で判定されています。判定はそのときのまま表示します。`),
    ),
    section('やり取りと判定', replayList(a)),
    recordSection(a),
    section('原則ごとのフィードバック', ...principleList(a.report, a.transcript, a.trainee)),
  );
}
