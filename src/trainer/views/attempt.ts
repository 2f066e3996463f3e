// One attempt replayed for the trainer: the decisions on the clock with verdicts, then each principle's feedback and passage.
import { ACT_LABELS } from '../../model/acts';
import type { AttemptDetail } from '../../model/attempt';
import { PROFILES } from '../../scoring/profiles';
import { formatClock, h } from '../../ui/dom';
import { principleList } from '../../ui/principles';
import { api, link } from '../api';
import { s } from '../svg';
import { dateTime, scenarioTitle, section } from './common';

/** The encounter on a time axis: the harassment window up to the limit, each staff act coloured by its verdicts. */
function clockLine(a: AttemptDetail): SVGSVGElement {
  const { events } = a.transcript;
  const { timeline } = a.report;
  const W = 900;
  const left = 50;
  const right = W - 30;
  const end = Math.max(timeline.encounterEnded, timeline.limitDue ?? 0, 600);
  const x = (t: number) => left + ((right - left) * t) / end;
  const svg = s('svg', { viewBox: `0 0 ${W} 110`, role: 'img', 'aria-label': '時間の流れと判定', class: 'chart clockline' });
  if (timeline.harassmentBegan !== null && timeline.limitDue !== null) {
    svg.append(s('rect', { x: x(timeline.harassmentBegan), y: 30, width: x(timeline.limitDue) - x(timeline.harassmentBegan), height: 40, fill: '#f3d3cf' }));
    svg.append(s('line', { x1: x(timeline.limitDue), x2: x(timeline.limitDue), y1: 22, y2: 78, stroke: '#c0392b', 'stroke-width': 3 }), s('text', { x: x(timeline.limitDue), y: 16, 'text-anchor': 'middle', class: 'axis' }, '目安'));
  }
  svg.append(s('line', { x1: left, x2: right, y1: 50, y2: 50, stroke: '#555', 'stroke-width': 2 }));
  for (let m = 0; m * 60 <= end; m += 10) svg.append(s('text', { x: x(m * 60), y: 98, 'text-anchor': 'middle', class: 'axis' }, formatClock(m * 60)));
  const colour = new Map<number, string>();
  for (const p of a.report.principles) for (const i of p.events) if (p.verdict === 'violated') colour.set(i, '#b02a2a'); else if (p.verdict === 'upheld' && !colour.has(i)) colour.set(i, '#2f7a4b');
  events.forEach((e, i) => {
    if (!e.act.startsWith('staff.')) return;
    const dot = s('circle', { cx: x(e.t), cy: 50, r: colour.has(i) ? 8 : 5, fill: colour.get(i) ?? '#999' });
    dot.append(s('title', {}, `${formatClock(e.t)} ${e.text ?? ACT_LABELS[e.act]}`));
    svg.append(dot);
  });
  return svg;
}

export async function renderAttempt(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = await api<AttemptDetail>(`/api/attempts/${encodeURIComponent(params.get('id') ?? '')}`);
  const decisions = a.transcript.events
    .map((e, i) => ({ e, i, verdicts: a.report.principles.filter((p) => p.events.includes(i) && p.verdict !== 'not_applicable') }))
    .filter(({ e }) => e.act.startsWith('staff.') || e.act.startsWith('customer.'));
  root.replaceChildren(
    section(
      `${a.trainee} さん ・ ${scenarioTitle(a.scenario)} ・ ${a.score}点`,
      h('p', {}, `${dateTime(a.createdAt)} ・ ${a.department ?? ''} ・ ${PROFILES[a.profile as keyof typeof PROFILES]?.name ?? a.profile}のマニュアル ・ ${a.session ? a.session.name : '自習'} ・ `, h('a', { href: link('trainee', { name: a.trainee }) }, 'この受講者の記録')),
      clockLine(a),
      // Scored under other rules than today's: the verdicts are those of that time, passages today's where the principle remains.
      a.rules.current ? null : h('p', { class: 'rules-note', id: 'rules-note' }, `この受験は採点時の規則${a.rules.version ? `（版 ${a.rules.version}）` : '（以前の版）'}で判定されています。判定はそのときのまま表示します。`),
    ),
    section(
      'やり取りと判定',
      h('ol', { class: 'replay' }, ...decisions.map(({ e, verdicts }) =>
        h('li', { class: e.act.startsWith('staff.') ? 'staff' : 'citizen' },
          h('span', { class: 'time' }, formatClock(e.t)),
          h('span', { class: 'who' }, e.act.startsWith('staff.') ? a.trainee : '相手'),
          h('span', { class: 'text' }, e.text ?? ''),
          h('span', { class: 'act' }, ACT_LABELS[e.act]),
          ...verdicts.map((p) => h('span', { class: `chip ${p.verdict}` }, `${p.verdict === 'upheld' ? '○' : '×'} ${p.name}`))))),
    ),
    section('原則ごとのフィードバック', ...principleList(a.report, a.transcript, a.trainee)),
  );
}
