#!/usr/bin/env bash
# Synthesizes the game's sound effects with sox (apt-get install sox). The
# results are committed, so this only runs when a sound changes.
set -euo pipefail
cd "$(dirname "$0")/../assets/sfx"
opts=(-r 22050 -c 1 -b 16)
# A wall-clock tick: a short click with a fast decay.
sox -n "${opts[@]}" tick.wav synth 0.035 sine 2200 fade q 0 0.035 0.03 vol 0.6
# A door opening at the back office: two soft low knocks.
sox -n "${opts[@]}" door.wav synth 0.12 brownnoise lowpass 600 fade q 0.005 0.12 0.1 pad 0 0.08 repeat 1 vol 0.9
# The 30-minute chime: two descending tones.
sox -n "${opts[@]}" chime.wav synth 0.45 sine 880 fade q 0.01 0.45 0.4 : synth 0.6 sine 659 fade q 0.01 0.6 0.55 vol 0.5
ls -l
