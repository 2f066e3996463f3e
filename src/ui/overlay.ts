// The DOM layer over the canvas: one panel per screen, redrawn when the screen changes.
import { store } from '../state/store';
import { renderDebrief, updateStatus } from './debrief';
import { onKey, renderDialogue, update } from './dialogue';
import { h } from './dom';
import { renderEntry } from './entry';
import { renderSelect } from './select';

export function mountOverlay(stage: HTMLElement): void {
  const root = h('div', { id: 'ui' });
  const mute = h('button', { id: 'mute', class: 'icon', 'aria-pressed': 'false' }, '音：オン');
  mute.addEventListener('click', () => store.setState((s) => ({ muted: !s.muted })));
  stage.append(root, mute);
  window.addEventListener('keydown', onKey);
  const screens = { entry: renderEntry, select: renderSelect, play: renderDialogue, debrief: renderDebrief };
  screens[store.getState().screen](root);
  store.subscribe((s, prev) => {
    if (s.screen !== prev.screen) screens[s.screen](root);
    else if (s.screen === 'play' && (s.lines !== prev.lines || s.choices !== prev.choices || s.ending !== prev.ending)) update(s);
    else if (s.screen === 'debrief') updateStatus(s);
    if (s.muted !== prev.muted) {
      mute.textContent = s.muted ? '音：オフ' : '音：オン';
      mute.setAttribute('aria-pressed', String(s.muted));
    }
  });
}
