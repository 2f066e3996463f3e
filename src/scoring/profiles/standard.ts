// The rules the five documents share: every principle, citing each passage that supports it (each passage once).
// Where the documents differ, `standard` follows 奥州市's draft manual, the most detailed of the five: the 30 minutes
// run from the first harassment cue and the response must have ended by then; the police after a threat (奥州市 and
// 由利本荘市 agree); 「カスハラ」 is not said to the citizen; the handler answers a demand for the manager first.
import type { Citation, PrincipleId, Profile } from '../types';
import { nanyo } from './nanyo';
import { okayama } from './okayama';
import { oshu } from './oshu';
import { sendai } from './sendai';
import { yurihonjo } from './yurihonjo';

const municipal = [oshu, nanyo, yurihonjo, sendai, okayama];
const citations: Partial<Record<PrincipleId, Citation[]>> = {};
for (const p of municipal) {
  for (const [id, list] of Object.entries(p.citations) as [PrincipleId, Citation[]][]) {
    const into = (citations[id] ??= []);
    for (const c of list) if (!into.includes(c)) into.push(c);
  }
}

export const standard: Profile = {
  ...oshu,
  id: 'standard',
  name: '標準（5市共通）',
  citations,
};
