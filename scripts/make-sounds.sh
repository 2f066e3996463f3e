#!/usr/bin/env bash
# Synthesizes every sound of the game with sox (apt-get install sox); nothing is downloaded.
# The results are committed, so this only runs when a sound changes.
set -euo pipefail
cd "$(dirname "$0")/../assets/sfx"
rm -f ./*.wav
o=(-r 22050 -c 1)
# The wall clock: a short click with a fast decay.
sox -n "${o[@]}" tick.ogg synth 0.035 sine 2200 fade q 0 0.035 0.03 vol 0.6
# Someone comes from the back office: two soft knocks on a door.
sox -n "${o[@]}" door.ogg synth 0.12 brownnoise lowpass 600 fade q 0.005 0.12 0.1 pad 0 0.08 repeat 1 vol 0.9
# The time limit falls due: two descending tones.
sox -n "${o[@]}" chime.ogg synth 0.45 sine 880 fade q 0.01 0.45 0.4 : synth 0.6 sine 659 fade q 0.01 0.6 0.55 vol 0.5
# A desk phone: a warbling ring, twice.
sox -n "${o[@]}" ring.ogg synth 0.9 sine 1300 sine 1650 remix 1,2 tremolo 18 90 fade q 0.01 0.9 0.05 pad 0 0.5 repeat 1 vol 0.4
# A raised voice across the counter: a rough, falling buzz through voice-like formants.
sox -n "${o[@]}" voice.ogg synth 0.55 sawtooth 210:150 tremolo 7 40 bandpass 700 400 overdrive 10 fade q 0.03 0.55 0.15 vol 0.7
# Something thrown onto the counter: a thump and a rattle.
sox -n "${o[@]}" bang.ogg synth 0.35 brownnoise lowpass 900 fade q 0.001 0.35 0.33 vol 0.9
# The lobby: a low murmur of people and air conditioning, made to loop.
sox -n "${o[@]}" ambience.ogg synth 8 brownnoise synth 8 pinknoise mix lowpass 600 tremolo 0.7 30 fade q 0.5 8 0.5 vol 0.25
ls -l
