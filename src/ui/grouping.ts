// The switch between the library's groupings (desk, seat, type): the select screen, the trainer's session builder and
// planning page share it, so the words and the keyboard behaviour are the same everywhere.
import { GROUPING_LABELS, GROUPINGS, type Grouping } from '../model/grouping';
import { h } from './dom';

/** A radio switch between the groupings; `onChange` redraws whatever is grouped. Radio buttons: arrow keys move between them and a screen reader announces the group (分け方). */
export function groupingSwitch(name: string, current: Grouping, onChange: (g: Grouping) => void): HTMLElement {
  return h('div', { class: 'grouping', role: 'radiogroup', 'aria-label': '分け方' },
    ...GROUPINGS.map((g) => {
      const radio = h('input', { type: 'radio', name, id: `${name}-${g}`, value: g }) as HTMLInputElement;
      radio.checked = g === current;
      radio.addEventListener('change', () => onChange(g));
      return h('label', { class: 'grouping-option', for: `${name}-${g}` }, radio, GROUPING_LABELS[g]);
    }));
}
