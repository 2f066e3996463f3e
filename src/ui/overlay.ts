// The DOM layer over the canvas: one panel per screen, redrawn when the screen changes,
// plus the settings dialog and the always-available sound and settings buttons.
import { openSettings, toggleMute } from '../game/controller';
import { store } from '../state/store';
import { renderDebrief, updateStatus } from './debrief';
import { fitChoices, onKey, renderDialogue, update } from './dialogue';
import { h } from './dom';
import { renderEntry } from './entry';
import { renderRecord } from './record';
import { renderSelect } from './select';
import { applyDisplaySettings, renderSettings } from './settings';

export function mountOverlay(stage: HTMLElement): void {
  const root = h('div', { id: 'ui' });
  const dialog = h('div', { id: 'settings-layer' });
  const mute = h('button', { id: 'mute', class: 'icon', 'aria-pressed': 'false' }, '音：オン');
  const gear = h('button', { id: 'open-settings', class: 'icon' }, '設定');
  mute.addEventListener('click', toggleMute);
  gear.addEventListener('click', () => openSettings(true));
  stage.append(root, dialog, h('div', { class: 'toolbar' }, gear, mute));
  window.addEventListener('keydown', onKey);
  window.addEventListener('resize', fitChoices);
  const screens = { entry: renderEntry, select: renderSelect, play: renderDialogue, record: renderRecord, debrief: renderDebrief };
  const showMute = (muted: boolean) => {
    mute.textContent = muted ? '音：オフ' : '音：オン';
    mute.setAttribute('aria-pressed', String(muted));
  };
  screens[store.getState().screen](root);
  applyDisplaySettings(stage, store.getState().settings);
  showMute(store.getState().settings.muted);
  store.subscribe((s, prev) => {
    if (s.screen !== prev.screen) screens[s.screen](root);
    else if (s.screen === 'play' && (s.lines !== prev.lines || s.choices !== prev.choices || s.ending !== prev.ending)) update(s);
    else if (s.screen === 'debrief') updateStatus(s);
    if (s.settings !== prev.settings) {
      applyDisplaySettings(stage, s.settings);
      fitChoices();
      showMute(s.settings.muted);
    }
    if (s.settingsOpen !== prev.settingsOpen) {
      if (s.settingsOpen) renderSettings(dialog);
      else {
        dialog.replaceChildren();
        gear.focus();
      }
      root.toggleAttribute('inert', s.settingsOpen);
    }
  });
}
