// The rules the five documents share: every principle, citing each passage that supports it.
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
    (citations[id] ??= []).push(...list);
  }
}

export const standard: Profile = {
  id: 'standard',
  name: '標準（5市共通）',
  timeLimitMinutes: 30,
  phoneProcedure: 'warn_then_hang_up',
  citations,
};
