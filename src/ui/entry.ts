// Trainee entry: a plain form, so it works with keyboard, touch and screen readers.
import { store } from '../state/store';
import { h } from './dom';

export function renderEntry(root: HTMLElement): void {
  const saved = store.getState().trainee;
  const name = h('input', { id: 'trainee-name', name: 'name', required: '', maxlength: '100', autocomplete: 'off' });
  const dept = h('input', { id: 'trainee-dept', name: 'department', maxlength: '100', autocomplete: 'off' });
  name.value = saved?.name ?? '';
  dept.value = saved?.department ?? '';
  const error = h('p', { class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'panel entry', 'aria-labelledby': 'entry-title' },
    h('h1', { id: 'entry-title' }, '窓口 — カスハラ対応トレーニング'),
    h('p', { class: 'lead' }, '窓口や電話で起こりうる場面を体験し、市のマニュアルに沿った対応を練習します。選んだ対応は、終わったあとにマニュアルの該当箇所とあわせてふりかえります。'),
    h('div', { class: 'fields' },
      h('label', { for: 'trainee-name' }, '氏名または職員番号'), name,
      h('label', { for: 'trainee-dept' }, '所属'), dept),
    error,
    h('button', { type: 'submit', class: 'primary', id: 'next' }, '次へ'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const trainee = { name: name.value.trim(), department: dept.value.trim() || undefined };
    if (!trainee.name) {
      error.textContent = '氏名または職員番号を入力してください。';
      name.focus();
      return;
    }
    store.setState({ trainee, screen: 'select' });
  });
  root.replaceChildren(form);
  name.focus();
}
