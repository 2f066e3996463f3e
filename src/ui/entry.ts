// Trainee entry: a plain form, so it works with keyboard, touch and screen readers.
import { enter } from '../game/controller';
import { SubmitError } from '../game/api';
import { IdentityError, normaliseTrainee } from '../model/identity';
import type { Trainee } from '../model/transcript';
import { store } from '../state/store';
import { h } from './dom';

export function renderEntry(root: HTMLElement): void {
  const saved = store.getState().trainee;
  const name = h('input', { id: 'trainee-name', name: 'name', required: '', maxlength: '100', autocomplete: 'off' });
  const dept = h('input', { id: 'trainee-dept', name: 'department', maxlength: '100', autocomplete: 'off' });
  const staffId = h('input', { id: 'trainee-staff-id', name: 'staffId', maxlength: '32', autocomplete: 'off', placeholder: '任意' });
  const code = h('input', { id: 'session-code', name: 'code', maxlength: '12', autocomplete: 'off', autocapitalize: 'characters', placeholder: '例：7K3PQ9（自習のときは空欄）' });
  code.value = store.getState().session?.code ?? new URLSearchParams(location.search).get('code') ?? '';
  name.value = saved?.name ?? '';
  dept.value = saved?.department ?? '';
  staffId.value = saved?.staffId ?? '';
  const error = h('p', { class: 'form-error', role: 'alert' });
  // The SCORM package opened without an LMS: no server to join, nothing recorded anywhere.
  const selfStudy = store.getState().launch?.via === 'files';
  const form = h(
    'form',
    { class: 'panel entry', 'aria-labelledby': 'entry-title' },
    h('h1', { id: 'entry-title' }, '窓口 — カスハラ対応トレーニング'),
    h('p', { class: 'lead' }, '窓口や電話で起こりうる場面を体験し、市のマニュアルに沿った対応を練習します。選んだ対応は、終わったあとにマニュアルの該当箇所とあわせてふりかえります。'),
    h('div', { class: 'fields' },
      h('label', { for: 'trainee-name' }, '氏名'), name,
      h('label', { for: 'trainee-dept' }, '所属'), dept,
      h('label', { for: 'trainee-staff-id' }, '職員番号'), staffId,
      ...(selfStudy ? [] : [h('label', { for: 'session-code' }, '研修コード'), code])),
    selfStudy ? h('p', { class: 'notice', id: 'self-study' }, 'LMS（学習管理システム）が見つかりません。自習として始めます。結果はこの画面でふりかえるだけで、どこにも記録されません。') : null,
    error,
    h('button', { type: 'submit', class: 'primary', id: 'next' }, '次へ'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    // The same normalisation as the server's (src/model/identity.ts): the records find this trainee again.
    let trainee: Trainee;
    try {
      trainee = normaliseTrainee({ name: name.value, department: dept.value, staffId: staffId.value });
    } catch (e) {
      if (!(e instanceof IdentityError)) throw e;
      const field = { name, department: dept, staffId }[e.field];
      error.textContent = e.field === 'staffId' ? '職員番号は半角の英数字（. _ - を含む32文字まで）で入力してください。' : e.field === 'name' ? '氏名を入力してください。' : '所属を確かめてください。';
      field.focus();
      return;
    }
    const joining = selfStudy ? '' : code.value.trim();
    enter(trainee, joining).catch((e: Error) => {
      error.textContent = joinProblem(e, joining);
      code.focus();
    });
  });
  root.replaceChildren(form);
  name.focus();
}

/** Why joining failed, in the trainee's words: the server's messages are for the lead's log. */
function joinProblem(e: Error, code: string): string {
  const status = e instanceof SubmitError ? e.status : -1;
  if (status === 404) return `研修コード「${code}」の研修が見つかりません。コードを確かめてください。`;
  if (status === 410) return `研修コード「${code}」の研修は終了しています（コードは無効です）。研修担当者に声をかけてください。`;
  if (status === 429) return '研修コードの入力が続いたため、しばらく受け付けません。1分ほど待ってから、もう一度入力してください。';
  if (status === 0) return `サーバーに接続できません。研修担当者に声をかけてください。`;
  return `研修に参加できませんでした：${e.message}`;
}
