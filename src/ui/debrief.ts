// The debrief: per principle the verdict, the choice that decided it (the
// trainee's own words and the in-game time) and the manual passage it rests on.
import { ACT_LABELS } from '../model/acts';
import { backToSelect, send } from '../game/controller';
import type { Verdict } from '../scoring/types';
import { store, type GameState } from '../state/store';
import { formatClock, h } from './dom';

const VERDICT: Record<Verdict, string> = { upheld: '遵守', violated: '違反', not_applicable: '対象外' };

let status: HTMLElement | null = null;

export function renderDebrief(root: HTMLElement): void {
  const { report, transcript, endingText } = store.getState();
  if (!report || !transcript) return;
  const order = { violated: 0, upheld: 1, not_applicable: 2 } as const;
  const applicable = report.principles.filter((p) => p.verdict !== 'not_applicable').sort((a, b) => order[a.verdict] - order[b.verdict]);
  const others = report.principles.filter((p) => p.verdict === 'not_applicable');
  const items = applicable.map((p) => {
    const decided = p.events.map((i) => {
      const e = transcript.events[i]!;
      const who = e.act.startsWith('staff.') ? 'あなた' : '相手';
      return h('li', {}, h('span', { class: 'time' }, formatClock(e.t)), `${who}：${e.text ?? ACT_LABELS[e.act]}`, h('span', { class: 'act' }, `（${ACT_LABELS[e.act]}）`));
    });
    return h(
      'li',
      { class: `principle ${p.verdict}`, 'data-principle': p.id },
      h('h3', {}, h('span', { class: 'verdict' }, VERDICT[p.verdict]), p.name, p.critical ? h('span', { class: 'critical-mark' }, '重大な誤り') : null),
      decided.length ? h('ul', { class: 'decided', 'aria-label': '判定の決め手' }, ...decided) : null,
      p.feedback ? h('p', { class: 'feedback' }, p.feedback) : null,
      ...p.citations.map((c) => h('blockquote', {}, h('cite', {}, `${c.doc} ${c.section}`), h('span', {}, c.quote))),
    );
  });
  status = h('p', { class: 'submit-status', role: 'status' });
  const again = h('button', { class: 'primary', id: 'again' }, 'シナリオ選択へ戻る');
  again.addEventListener('click', backToSelect);
  root.replaceChildren(
    h(
      'section',
      { class: 'panel debrief', 'aria-labelledby': 'debrief-title' },
      h('h2', { id: 'debrief-title', tabindex: '-1' }, `ふりかえり — ${report.score}点`),
      status,
      endingText ? h('p', { class: 'ending' }, `結末：${endingText}`) : null,
      report.critical.length ? h('p', { class: 'critical' }, '重大な誤りがあったため、得点は40点までに制限されています。') : null,
      h('ol', { class: 'principles' }, ...items),
      others.length
        ? h('details', { class: 'not-applicable' }, h('summary', {}, `この場面では対象外だった原則（${others.length}）`),
            h('ul', {}, ...others.map((p) => h('li', { 'data-principle': p.id }, h('span', { class: 'verdict' }, VERDICT[p.verdict]), p.name))))
        : null,
      again,
    ),
  );
  updateStatus(store.getState());
  (root.querySelector('#debrief-title') as HTMLElement).focus();
}

export function updateStatus(s: GameState): void {
  if (!status) return;
  const text = { idle: '', sending: '結果を送信しています…', saved: '結果を研修担当者に送信しました。', failed: `結果を送信できませんでした（${s.submitError ?? ''}）。` }[s.submit];
  status.replaceChildren(text);
  if (s.submit === 'failed') {
    const retry = h('button', { id: 'retry' }, '再送信');
    retry.addEventListener('click', () => void send());
    status.append(retry);
  }
}
