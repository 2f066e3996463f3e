// Picking a session's scenarios the way the trainee's select screen groups them (src/model/grouping.ts): by desk, seat
// or type, a whole group at once, narrowed by a filter. The choice survives regrouping and filtering.
import { groupScenarios, matchesFilter, seatText, type Grouping } from '../../model/grouping';
import { SCENARIOS, type ScenarioMeta } from '../../model/scenarios';
import { h } from '../../ui/dom';
import { groupingSwitch } from '../../ui/grouping';

export interface Picker {
  element: HTMLElement;
  selected(): string[];
}

export function scenarioPicker(library: readonly ScenarioMeta[] = SCENARIOS): Picker {
  const chosen = new Set(library.map((s) => s.id));
  let grouping: Grouping = 'desk';
  const filter = h('input', { type: 'search', id: 'pick-filter', placeholder: '例：電話、係長、生活保護' }) as HTMLInputElement;
  const count = h('p', { class: 'note', id: 'pick-count', role: 'status' });
  const groups = h('div', { class: 'pick-groups' });

  const draw = (): void => {
    const shown = library.filter((s) => matchesFilter(s, filter.value));
    groups.replaceChildren(
      ...groupScenarios(shown, grouping).map((g) => {
        const all = h('input', { type: 'checkbox', id: `pick-group-${g.key}`, 'data-group': g.key }) as HTMLInputElement;
        const inGroup = g.scenarios.map((s) => s.id);
        const n = inGroup.filter((id) => chosen.has(id)).length;
        all.checked = n === inGroup.length;
        all.indeterminate = n > 0 && n < inGroup.length;
        // The whole group as shown (a filter narrows what "whole" means): all on, or all off when all were on.
        all.addEventListener('change', () => {
          for (const id of inGroup) (all.checked ? chosen.add(id) : chosen.delete(id));
          draw();
        });
        const boxes = g.scenarios.map((s) => {
          const box = h('input', { type: 'checkbox', value: s.id, id: `pick-${s.id}` }) as HTMLInputElement;
          box.checked = chosen.has(s.id);
          box.addEventListener('change', () => {
            (box.checked ? chosen.add(s.id) : chosen.delete(s.id));
            draw();
            document.getElementById(`pick-${s.id}`)?.focus();
          });
          return h('label', { class: 'pick', for: `pick-${s.id}` }, box, `${s.title}（${s.type}・${seatText(s).replace('あなたの立場：', '')}）${s.contentNote ? ' ※内容の注意あり' : ''}`);
        });
        return h('fieldset', { class: 'pick-group', 'data-group': g.key },
          h('legend', {}, h('label', { class: 'pick', for: all.id }, all, `${g.label}（${n}/${inGroup.length}）をまとめて選ぶ`)),
          h('div', { class: 'picks' }, ...boxes));
      }),
    );
    count.textContent = `選択中 ${chosen.size}本（全${library.length}本）${filter.value.trim() ? `・「${filter.value.trim()}」に合うもの ${shown.length}本を表示` : ''}`;
  };
  filter.addEventListener('input', draw);
  draw();
  const element = h('fieldset', { class: 'picker' },
    h('legend', {}, '実施するシナリオ（グループごとにまとめて選べます）'),
    groupingSwitch('pick-grouping', grouping, (g) => {
      grouping = g;
      draw();
    }),
    h('label', { class: 'filter' }, '絞り込み', filter),
    count,
    groups);
  return { element, selected: () => library.filter((s) => chosen.has(s.id)).map((s) => s.id) };
}
