// Trainee entry and scenario select: a plain form, so it works with keyboard, touch and screen readers.
import { SCENARIOS } from '../model/scenarios';
import { startScenario } from '../game/controller';
import { store } from '../state/store';
import { h } from './dom';

export function renderEntry(root: HTMLElement): void {
  const saved = store.getState().trainee;
  const name = h('input', { id: 'trainee-name', name: 'name', required: '', maxlength: '100', autocomplete: 'off' });
  const dept = h('input', { id: 'trainee-dept', name: 'department', maxlength: '100', autocomplete: 'off' });
  name.value = saved?.name ?? '';
  dept.value = saved?.department ?? '';
  const list = h('fieldset', { class: 'scenarios' }, h('legend', {}, 'シナリオを選んでください'));
  SCENARIOS.forEach((s, i) => {
    const radio = h('input', { type: 'radio', name: 'scenario', value: s.id, id: `scenario-${s.id}` });
    if (i === 0) radio.checked = true;
    list.append(
      h(
        'label',
        { class: 'scenario', for: `scenario-${s.id}` },
        radio,
        h('span', { class: 'scenario-title' }, `${s.title}（${s.type}・${s.channel === 'phone' ? '電話' : '窓口'}・約${s.minutes}分）`),
        h('span', { class: 'scenario-desc' }, s.description),
        s.contentNote ? h('span', { class: 'content-note' }, `内容の注意：${s.contentNote}`) : null,
      ),
    );
  });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'panel entry', 'aria-labelledby': 'entry-title' },
    h('h1', { id: 'entry-title' }, '窓口 — カスハラ対応トレーニング'),
    h('div', { class: 'fields' },
      h('label', { for: 'trainee-name' }, '氏名または職員番号'), name,
      h('label', { for: 'trainee-dept' }, '所属'), dept),
    list,
    error,
    h('button', { type: 'submit', class: 'primary', id: 'start' }, 'はじめる'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const trainee = { name: name.value.trim(), department: dept.value.trim() || undefined };
    if (!trainee.name) {
      error.textContent = '氏名または職員番号を入力してください。';
      name.focus();
      return;
    }
    const scenario = (form.querySelector('input[name=scenario]:checked') as HTMLInputElement | null)?.value;
    startScenario(trainee, scenario ?? SCENARIOS[0]!.id).catch((e: Error) => {
      error.textContent = `シナリオを読み込めませんでした：${e.message}`;
    });
  });
  root.replaceChildren(form);
  name.focus();
}
