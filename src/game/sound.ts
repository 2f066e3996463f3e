// Howler owns all audio (Phaser runs with noAudio). Sounds are synthesized
// in this project (scripts/make-sounds.sh) and shipped as small files.
import { Howl, Howler } from 'howler';
import chimeUrl from '../../assets/sfx/chime.wav';
import doorUrl from '../../assets/sfx/door.wav';
import tickUrl from '../../assets/sfx/tick.wav';
import { store } from '../state/store';

let sounds: { tick: Howl; door: Howl; chime: Howl } | null = null;

// Created lazily so nothing loads or plays before the trainee's first choice (a user gesture).
function get() {
  sounds ??= {
    tick: new Howl({ src: [tickUrl], volume: 0.35 }),
    door: new Howl({ src: [doorUrl], volume: 0.5 }),
    chime: new Howl({ src: [chimeUrl], volume: 0.5 }),
  };
  Howler.mute(store.getState().muted);
  return sounds;
}

export const sfx = {
  /** One tick per in-game minute that passes, spaced out a little. */
  tick(minutes: number) {
    const s = get();
    for (let i = 0; i < minutes; i++) setTimeout(() => s.tick.play(), i * 90);
  },
  door() {
    get().door.play();
  },
  chime() {
    get().chime.play();
  },
};

store.subscribe((s, prev) => {
  if (s.muted !== prev.muted) Howler.mute(s.muted);
});
