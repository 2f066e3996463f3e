// The debrief: per principle the verdict, the choice that decided it (the
// trainee's own words and the in-game time) and the manual passage it rests on.
import { backToSelect, leaveLms, replayFrom } from '../game/controller';
import { flush } from '../game/outbox';
import { wallClock } from '../model/clock';
import { RESULT_LABEL, type Report } from '../model/report';
import { PASS_MARK, resultOf } from '../scoring/pass';
import { scenarioStart } from '../model/scenarios';
import { store, type GameState } from '../state/store';
import { h } from './dom';
import { principleList } from './principles';
import { recordComparison } from './record/compare';

let status: HTMLElement | null = null;

export function renderDebrief(root: HTMLElement): void {
  const { report, transcript, endingText } = store.getState();
  if (!report || !transcript) return;
  status = h('p', { class: 'submit-status', role: 'status' });
  const again = h('button', { class: 'primary', id: 'again' }, 'シナリオ選択へ戻る');
  again.addEventListener('click', backToSelect);
  // In an LMS the learner ends the LMS session here (LMSFinish); closing the window does the same.
  const leave = store.getState().launch?.via === 'lms' ? h('button', { class: 'secondary', id: 'lms-exit' }, '学習を終了する') : null;
  leave?.addEventListener('click', leaveLms);
  root.replaceChildren(
    h(
      'section',
      { class: 'panel debrief', 'aria-labelledby': 'debrief-title' },
      h('h2', { id: 'debrief-title', tabindex: '-1' }, `ふりかえり — ${report.score}点`),
      status,
      resultLine(report),
      endingText ? h('p', { class: 'ending' }, `結末：${endingText}`) : null,
      ...principleList(report, transcript),
      recordComparison(transcript),
      decisionsList(),
      again,
      leave,
    ),
  );
  updateStatus(store.getState());
  (root.querySelector('#debrief-title') as HTMLElement).focus();
}

/** Passed or not, and why, by the one pass rule (src/scoring/pass.ts): the score alone does not say it. */
function resultLine(report: Report): HTMLElement {
  const result = resultOf(report);
  const critical = report.critical.map((id) => `「${report.principles.find((p) => p.id === id)?.name ?? id}」`).join('');
  const why = {
    passed: `${PASS_MARK}点以上で、重大な誤りはありませんでした。`,
    incomplete: 'この受講は修了になりません。もう一度受講し、最後の記録シートまで書いてください。',
    review: critical
      ? `重大な誤り（${critical}の違反）があるため、点数にかかわらず合格になりません。`
      : `合格は${PASS_MARK}点以上（重大な誤りがないこと）です。`,
  }[result];
  return h('p', { class: `result ${result}`, id: result === 'incomplete' ? 'incomplete' : 'result' }, h('strong', {}, `判定：${RESULT_LABEL[result]}`), ` ${why}`);
}

/** Each decision the trainee took, with a button to play again from there. */
function decisionsList(): HTMLElement | null {
  const { lines, transcript } = store.getState();
  if (!transcript?.choices?.length) return null;
  const mine = lines.filter((l) => l.staff);
  return h(
    'section',
    { class: 'replay-from', 'aria-labelledby': 'replay-title' },
    h('h3', { id: 'replay-title' }, '選択をやり直す'),
    h('p', {}, '同じ場面を、選んだところからもう一度試せます（新しい受験として記録されます）。'),
    h('ol', {}, ...mine.map((l, i) => {
      const again = h('button', { class: 'secondary', 'data-decision': String(i) }, 'ここからやり直す');
      again.addEventListener('click', () => void replayFrom(i));
      return h('li', {}, h('span', { class: 'time' }, wallClock(l.t, scenarioStart(transcript.scenario))), h('span', { class: 'words' }, l.text), again);
    })),
  );
}

export function updateStatus(s: GameState): void {
  if (!status) return;
  const text = {
    idle: '',
    sending: '結果を送信しています…',
    saved: '結果を研修担当者に送信しました。',
    waiting: `サーバーに届いていない結果が${s.pending}件あります。このブラウザに保存してあり、自動で再送します（${s.submitError ?? ''}）。`,
    failed: `結果を受け付けてもらえませんでした（${s.submitError ?? ''}）。結果はこのブラウザに保存してあります。研修担当者に声をかけてください。`,
    lms: s.launch?.closed ? 'LMSへの記録を終了しました。このウィンドウを閉じてください。' : '結果をLMSに記録しました。',
    local: '自習のため、結果はどこにも送信されません。',
  }[s.submit];
  if (s.launch?.closed) status.closest('.debrief')?.querySelectorAll('button').forEach((b) => b.setAttribute('disabled', ''));
  status.replaceChildren(text);
  if (s.submit === 'waiting') {
    const retry = h('button', { id: 'retry' }, '今すぐ再送');
    retry.addEventListener('click', () => void flush());
    status.append(retry);
  }
}
