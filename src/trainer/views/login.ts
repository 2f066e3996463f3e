import { h } from '../../ui/dom';
import { api } from '../api';

/** First start: set the trainer password (only from the server PC); afterwards: log in. */
export function renderLogin(root: HTMLElement, status: { hasPassword: boolean; canSetUp: boolean }, done: () => void): void {
  const pw = h('input', { type: 'password', id: 'password', autocomplete: status.hasPassword ? 'current-password' : 'new-password', required: '' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const setup = !status.hasPassword;
  const form = h(
    'form',
    { class: 'card login' },
    h('h2', {}, setup ? '研修担当者パスワードの設定' : '研修担当者ログイン'),
    setup
      ? h('p', {}, status.canSetUp ? '初めての起動です。研修担当者ページのパスワード（8文字以上）を決めてください。' : 'パスワードがまだ設定されていません。サーバーを起動したPCでこのページを開いて設定してください。')
      : null,
    h('label', { for: 'password' }, 'パスワード'),
    pw,
    error,
    h('button', { type: 'submit', class: 'primary', id: 'login' }, setup ? '設定する' : 'ログイン'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    api(setup ? '/api/trainer/setup' : '/api/trainer/login', { method: 'POST', body: { password: pw.value } })
      .then(done)
      .catch((e: Error) => {
        error.textContent = /wrong password/.test(e.message) ? 'パスワードが違います。' : e.message.replace(/^password: /, '');
      });
  });
  root.replaceChildren(form);
  pw.focus();
}
