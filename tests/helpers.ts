import type { Act } from '../src/model/acts';
import type { Channel, ProfileId, Transcript } from '../src/model/transcript';
import { score } from '../src/scoring/score';
import type { PrincipleId, Verdict } from '../src/scoring/types';

/** Builds a transcript from [minute, act] pairs, written by hand from the manuals. */
export function tx(events: [number, Act, string?][], profile: ProfileId = 'oshu', channel: Channel = 'counter'): Transcript {
  return {
    format: 'madoguchi.transcript/1',
    profile,
    channel,
    events: events.map(([m, act, text]) => ({ t: m * 60, act, ...(text ? { text } : {}) })),
  };
}

export function verdict(t: Transcript, id: PrincipleId): { verdict: Verdict; events: number[] } {
  const p = score(t).principles.find((x) => x.id === id);
  if (!p) throw new Error(`${id} not in the report for profile ${t.profile}`);
  return { verdict: p.verdict, events: p.events };
}
