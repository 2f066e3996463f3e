import { acts, findFrom } from '../context';
import type { Rule } from '../types';

const DANGER = acts('customer.violence', 'customer.property_damage');
// What may happen between the violence and the call: getting safe, getting help, keeping a record, stopping it.
const SAFE_MEANWHILE = acts(
  'staff.keep_distance', 'staff.call_colleague', 'staff.take_notes', 'staff.announce_recording', 'staff.warn', 'staff.order_leave', 'staff.end_response',
);

export const safetyFirst: Rule = {
  id: 'safety_first',
  name: '安全確保',
  summary:
    '暴力・器物損壊の後、距離をとって安全を確保し、上司の判断を待たずにただちに警察へ通報すれば遵守。通報しない、上司を待つ、話を続けるなどしてから通報したら違反（通報なしは重大な誤り）。奥州市（第3 2(3)イ）と由利本荘市（4(2)④）では、脅迫を受けたときも警察へ通報する（通報なしは重大な誤り）。',
  weight: 25,
  feedback: {
    upheld: '身の安全を確保し、警察へ通報できました。',
    violated:
      '暴力や器物損壊があったら、相手から距離をとって安全を確保し、所管課長の判断を待たずにただちに警察へ通報してください（暴行罪・器物損壊罪に当たりえます）。脅迫を受けたときも「警察に通報します」と告げて通報します。可能な限り状況を記録します。',
  },
  evaluate(ctx) {
    const danger = findFrom(ctx, DANGER);
    // A threat calls for the police where the document says so; there the call need not come before all else.
    const threat = ctx.profile.policeAfter.includes('customer.threat') ? findFrom(ctx, 'customer.threat') : -1;
    if (danger < 0 && threat < 0) return { verdict: 'not_applicable', events: [] };
    if (danger < 0) {
      const police = findFrom(ctx, 'staff.call_police', threat);
      return police < 0 ? { verdict: 'violated', events: [threat], critical: true } : { verdict: 'upheld', events: [police] };
    }
    const police = findFrom(ctx, 'staff.call_police', danger);
    if (police < 0) return { verdict: 'violated', events: [danger], critical: true };
    for (let i = danger + 1; i < police; i++) {
      const a = ctx.acts[i]!;
      if (a.startsWith('staff.') && !SAFE_MEANWHILE.has(a)) return { verdict: 'violated', events: [i, police] };
    }
    const distance = findFrom(ctx, 'staff.keep_distance', danger);
    if (distance < 0) return { verdict: 'violated', events: [danger, police] };
    return { verdict: 'upheld', events: [distance, police].sort((a, b) => a - b) };
  },
};
