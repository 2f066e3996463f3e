// Howler owns all audio (Phaser runs with noAudio). Every sound is synthesized in this project
// (scripts/make-sounds.sh) and shipped as a small file; nothing plays before the first user gesture.
import { Howl, Howler } from 'howler';
import ambienceUrl from '../../assets/sfx/ambience.ogg';
import bangUrl from '../../assets/sfx/bang.ogg';
import chimeUrl from '../../assets/sfx/chime.ogg';
import doorUrl from '../../assets/sfx/door.ogg';
import ringUrl from '../../assets/sfx/ring.ogg';
import tickUrl from '../../assets/sfx/tick.ogg';
import voiceUrl from '../../assets/sfx/voice.ogg';
import type { Act } from '../model/acts';
import { store } from '../state/store';

type Name = 'tick' | 'door' | 'chime' | 'ring' | 'voice' | 'bang' | 'ambience';
const SOURCES: Record<Name, [string, number]> = {
  tick: [tickUrl, 0.35],
  door: [doorUrl, 0.5],
  chime: [chimeUrl, 0.5],
  ring: [ringUrl, 0.45],
  voice: [voiceUrl, 0.5],
  bang: [bangUrl, 0.8],
  ambience: [ambienceUrl, 0.25],
};

// Opened from a folder (the SCORM package as self-study files), Web Audio cannot fetch file:// URLs: <audio> can.
const FROM_FILES = typeof location !== 'undefined' && location.protocol === 'file:';
let sounds: Record<Name, Howl> | null = null;
let unlocked = false;

// Created lazily, on the first user gesture, so nothing loads or plays before it.
function get(): Record<Name, Howl> | null {
  if (!unlocked) return null;
  if (!sounds) {
    sounds = Object.fromEntries(Object.entries(SOURCES).map(([name, [src, volume]]) => [name, new Howl({ src: [src], volume, loop: name === 'ambience', html5: FROM_FILES })])) as Record<Name, Howl>;
    applySettings();
  }
  return sounds;
}

function applySettings(): void {
  const { volume, muted } = store.getState().settings;
  Howler.volume(volume);
  Howler.mute(muted);
}

const unlock = () => {
  unlocked = true;
  removeEventListener('pointerdown', unlock);
  removeEventListener('keydown', unlock);
};
addEventListener('pointerdown', unlock);
addEventListener('keydown', unlock);

/** The sound an act makes, if any. */
const ACT_SOUND: Partial<Record<Act, Name>> = {
  'customer.shout': 'voice',
  'customer.threat': 'voice',
  'customer.insult': 'voice',
  'customer.violence': 'bang',
  'customer.property_damage': 'bang',
};

export const sfx = {
  /** One tick per in-game minute that passes; louder as the time limit nears (0 = far, 1 = due). */
  tick(minutes: number, nearness: number) {
    const s = get();
    if (!s) return;
    const volume = 0.08 + 0.5 * Math.max(0, Math.min(1, nearness)) ** 2;
    for (let i = 0; i < minutes; i++) setTimeout(() => s.tick.volume(volume) && s.tick.play(), i * 90);
  },
  play(name: Name) {
    get()?.[name].play();
  },
  act(act: Act) {
    const name = ACT_SOUND[act];
    if (name) sfx.play(name);
  },
  ambience(on: boolean) {
    const s = get();
    if (!s) return;
    if (on && !s.ambience.playing()) s.ambience.play();
    if (!on) s.ambience.stop();
  },
};

store.subscribe((s, prev) => {
  if (s.settings.volume !== prev.settings.volume || s.settings.muted !== prev.settings.muted) applySettings();
});
