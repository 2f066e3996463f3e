// Settings: text speed, font size, volume, reduced motion, high contrast; kept between visits.
import { openSettings, updateSettings } from '../game/controller';
import { store, type Settings, type TextSpeed } from '../state/store';
import { h } from './dom';

const SPEEDS: [TextSpeed, string][] = [['instant', 'すぐに全部'], ['normal', 'ふつう'], ['slow', 'ゆっくり']];
const SIZES: [number, string][] = [[1, '標準'], [1.15, '大きい'], [1.3, 'とても大きい']];

function radios<T extends string | number>(name: string, legend: string, options: [T, string][], value: T, set: (v: T) => void): HTMLElement {
  return h('fieldset', { class: 'setting' }, h('legend', {}, legend), ...options.map(([v, label]) => {
    const input = h('input', { type: 'radio', name, value: String(v), id: `${name}-${v}` });
    input.checked = v === value;
    input.addEventListener('change', () => set(v));
    return h('label', { for: `${name}-${v}` }, input, label);
  }));
}

function checkbox(id: string, label: string, value: boolean, set: (v: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id });
  input.checked = value;
  input.addEventListener('change', () => set(input.checked));
  return h('label', { class: 'setting check', for: id }, input, label);
}

export function renderSettings(root: HTMLElement): void {
  const s: Settings = store.getState().settings;
  const volume = h('input', { type: 'range', id: 'volume', min: '0', max: '100', step: '10' });
  volume.value = String(Math.round(s.volume * 100));
  volume.addEventListener('input', () => updateSettings({ volume: Number(volume.value) / 100 }));
  const close = h('button', { class: 'primary', id: 'close-settings' }, '閉じる');
  close.addEventListener('click', () => openSettings(false));
  const panel = h(
    'section',
    { class: 'panel settings', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'settings-title' },
    h('h1', { id: 'settings-title' }, '設定'),
    radios('text-speed', '文字の表示', SPEEDS, s.textSpeed, (textSpeed) => updateSettings({ textSpeed })),
    radios('font-size', '文字の大きさ', SIZES, s.fontScale, (fontScale) => updateSettings({ fontScale })),
    h('label', { class: 'setting', for: 'volume' }, '音量', volume),
    checkbox('muted', '音を消す', s.muted, (muted) => updateSettings({ muted })),
    checkbox('reduced-motion', '動きを減らす', s.reducedMotion, (reducedMotion) => updateSettings({ reducedMotion })),
    checkbox('high-contrast', 'ハイコントラスト', s.highContrast, (highContrast) => updateSettings({ highContrast })),
    close,
  );
  panel.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') openSettings(false);
  });
  root.replaceChildren(panel);
  (panel.querySelector('input:checked, input') as HTMLElement | null)?.focus();
}

/** Applies the settings that are pure CSS: font size, contrast, motion. */
export function applyDisplaySettings(stage: HTMLElement, s: Settings): void {
  stage.style.setProperty('--font-scale', String(s.fontScale));
  // Larger text: the choices take more of the panel's width, so all of them stay in view.
  stage.dataset.fontSize = s.fontScale >= 1.3 ? 'largest' : s.fontScale > 1 ? 'large' : 'standard';
  document.body.classList.toggle('high-contrast', s.highContrast);
  document.body.classList.toggle('reduced-motion', s.reducedMotion);
}
