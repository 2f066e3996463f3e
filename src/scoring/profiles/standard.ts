// The standard profile, for a municipality without a document of its own: 奥州市's draft manual, the most detailed of the
// five, with its settings (the 30 minutes from the judgement, the police after a threat or stalking, 「カスハラ」 not said,
// the handler answering a demand for the manager first). A principle 奥州市's draft does not state is taken from the
// documents that do (相手に再度説明させない from 南陽市), so every verdict cites passages consistent with what is applied.
import type { Citation, PrincipleId, Profile } from '../types';
import { nanyo } from './nanyo';
import { okayama } from './okayama';
import { oshu } from './oshu';
import { sendai } from './sendai';
import { yurihonjo } from './yurihonjo';

const others = [nanyo, yurihonjo, sendai, okayama];
const citations: Partial<Record<PrincipleId, Citation[]>> = { ...oshu.citations };
for (const p of others) {
  for (const [id, list] of Object.entries(p.citations) as [PrincipleId, Citation[]][]) {
    if (oshu.citations[id]) continue;
    const into = (citations[id] ??= []);
    for (const c of list) if (!into.includes(c)) into.push(c);
  }
}

export const standard: Profile = {
  ...oshu,
  id: 'standard',
  name: '標準（奥州市マニュアル（案）準拠）',
  citations,
};
