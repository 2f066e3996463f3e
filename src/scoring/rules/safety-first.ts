import type { CustomerAct } from '../../model/acts';
import { acts, findFrom } from '../context';
import type { Rule } from '../types';

const DANGER = acts('customer.violence', 'customer.property_damage');
// Conduct a document may send to the police besides violence (a harassing post is filming_response's).
const CALLED_IN: readonly CustomerAct[] = ['customer.threat', 'customer.stalk'];
// What may happen between the violence and the call: getting safe, getting help, keeping a record, stopping it.
const SAFE_MEANWHILE = acts(
  'staff.keep_distance', 'staff.call_colleague', 'staff.take_notes', 'staff.announce_recording', 'staff.warn', 'staff.order_leave', 'staff.end_response',
);

export const safetyFirst: Rule = {
  id: 'safety_first',
  name: '安全確保',
  weight: 25,
  feedback: {
    upheld: '身の安全を確保し、警察へ通報できました。',
    violated:
      '暴力や器物損壊があったら、相手から距離をとって安全を確保し、所管課長の判断を待たずにただちに警察へ通報してください（暴行罪・器物損壊罪に当たり得ます）。脅迫を受けたときも「警察に通報します」と告げて通報します。可能な限り状況を記録します。',
  },
  evaluate(ctx) {
    const danger = findFrom(ctx, DANGER);
    // Threats and stalking call for the police where the document says so (奥州市 第3 2(3)イ, 第4 1(8)②; 由利本荘市 4(2)④);
    // there the call need not come before all else. No call after a threat is critical; after stalking, a violation.
    const other = findFrom(ctx, new Set(CALLED_IN.filter((a) => ctx.profile.policeAfter.includes(a))));
    if (danger < 0 && other < 0) return { verdict: 'not_applicable', events: [] };
    if (danger < 0) {
      const police = findFrom(ctx, 'staff.call_police', other);
      // The document asks for the call on the spot, told to the citizen (奥州市 第3 2(3)イ 「『警察に通報する』旨を告げて、
      // 警察に通報します」; 由利本荘市 4(2)④ 「直ちに警察に通報します」). Going to the police only once the citizen has left,
      // or only consulting them, still brings the threat to the police: a violation, not the critical one.
      const left = findFrom(ctx, 'customer.leave', other);
      if (police >= 0 && (left < 0 || police < left)) return { verdict: 'upheld', events: [police] };
      const afterwards = police >= 0 ? police : findFrom(ctx, 'staff.consult_police', other);
      if (afterwards >= 0) return { verdict: 'violated', events: [other, afterwards] };
      return { verdict: 'violated', events: [other], ...(ctx.acts[other] === 'customer.threat' ? { critical: true } : {}) };
    }
    const police = findFrom(ctx, 'staff.call_police', danger);
    if (police < 0) return { verdict: 'violated', events: [danger], critical: true };
    // ただちに (奥州市 第4 1(10)②, 南陽市 7(3), 由利本荘市 4(2)④): nothing but getting safe and getting help before the call.
    if (ctx.profile.policeAtOnce) {
      for (let i = danger + 1; i < police; i++) {
        const a = ctx.acts[i]!;
        if (a.startsWith('staff.') && !SAFE_MEANWHILE.has(a)) return { verdict: 'violated', events: [i, police] };
      }
    }
    // 一定の距離を保つ (奥州市 第4 1(10)①, 由利本荘市 4(2)④; 南陽市 7(1)② 引き離し): only where the document says so.
    const distance = findFrom(ctx, 'staff.keep_distance', danger);
    if (ctx.profile.distanceFirst && distance < 0) return { verdict: 'violated', events: [danger, police] };
    return { verdict: 'upheld', events: [distance, police].filter((i) => i >= 0).sort((a, b) => a - b) };
  },
};
