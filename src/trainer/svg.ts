// Small SVG charts, drawn by hand: a horizontal bar chart of pass rates and a score-over-time plot.
import type { RateRow } from '../model/attempt';
import { PASS_MARK } from '../scoring/pass';

const NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** The pass rate (percent) a group should reach on each principle and scenario: the dashed line, and green above it. */
export const TARGET_RATE = 80;

const colour = (rate: number) => (rate * 100 >= TARGET_RATE ? '#2f7a4b' : rate >= 0.5 ? '#c28a00' : '#b02a2a');

/** Pass rates as horizontal bars, in the order given (worst first). */
export function rateBars(rows: RateRow[], title: string): SVGSVGElement {
  const rowH = 30;
  const labelW = 280;
  const barW = 420;
  const height = rows.length * rowH + 34;
  const pct = (r: RateRow) => `${Math.round((r.total ? r.passed / r.total : 0) * 100)}%（${r.passed}/${r.total}）`;
  // As an image the chart's texts are hidden from a screen reader: its label carries the figures.
  const spoken = `${title}：${rows.map((r) => `${r.name} ${pct(r)}`).join('、')}`;
  const svg = s('svg', { viewBox: `0 0 ${labelW + barW + 120} ${height}`, role: 'img', 'aria-label': spoken, class: 'chart' });
  svg.append(s('title', {}, title));
  rows.forEach((r, i) => {
    const y = 10 + i * rowH;
    const rate = r.total ? r.passed / r.total : 0;
    svg.append(
      s('text', { x: labelW - 10, y: y + 19, 'text-anchor': 'end', class: 'label' }, r.name),
      s('rect', { x: labelW, y: y + 4, width: barW, height: rowH - 10, fill: '#ece7dc' }),
      s('rect', { x: labelW, y: y + 4, width: Math.round(barW * rate), height: rowH - 10, fill: colour(rate) }),
      s('text', { x: labelW + barW + 8, y: y + 19, class: 'value' }, pct(r)),
    );
  });
  const axisY = 10 + rows.length * rowH + 4;
  for (const p of [0, 50, TARGET_RATE, 100]) {
    const x = labelW + (barW * p) / 100;
    svg.append(s('line', { x1: x, x2: x, y1: 6, y2: axisY, stroke: p === TARGET_RATE ? '#555' : '#ccc', 'stroke-dasharray': p === TARGET_RATE ? '4 3' : '' }), s('text', { x, y: axisY + 16, 'text-anchor': 'middle', class: 'axis' }, `${p}%`));
  }
  return svg;
}

/** Scores over time, one dot per attempt, coloured by session kind. */
export function scorePlot(points: { date: string; score: number; kind: string; label: string }[]): SVGSVGElement {
  const W = 700;
  const H = 220;
  const pad = 40;
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 86_400_000);
  const x = (t: number) => pad + ((W - 2 * pad) * (t - t0)) / (t1 - t0);
  const y = (v: number) => H - pad - ((H - 2 * pad) * v) / 100;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': '得点の推移', class: 'chart' });
  for (const v of [0, 50, PASS_MARK, 100]) svg.append(s('line', { x1: pad, x2: W - pad, y1: y(v), y2: y(v), stroke: v === PASS_MARK ? '#777' : '#ddd', 'stroke-dasharray': v === PASS_MARK ? '4 3' : '' }), s('text', { x: pad - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)));
  const fill: Record<string, string> = { onboarding: '#3d6f9e', refresher: '#c26a00', other: '#777', self: '#999' };
  points.forEach((p, i) => {
    const dot = s('circle', { cx: x(times[i]!), cy: y(p.score), r: 6, fill: fill[p.kind] ?? '#777' });
    dot.append(s('title', {}, p.label));
    svg.append(dot);
  });
  return svg;
}
