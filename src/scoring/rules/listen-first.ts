import { acts, findFrom } from '../context';
import type { Rule } from '../types';

const GOOD = acts('staff.listen', 'staff.paraphrase', 'staff.ask_facts', 'staff.apologize_limited', 'staff.accommodate');
// Organising the response (calling a colleague, taking notes, saving the mail or post…) is neither listening nor jumping ahead.
const ORGANISING = acts(
  'staff.call_colleague', 'staff.take_notes', 'staff.preserve_evidence', 'staff.announce_recording', 'staff.set_time_limit', 'staff.state_in_charge',
  'staff.report_supervisor', 'staff.keep_distance', 'staff.file_report', 'staff.seek_support', 'staff.brief_handover',
  // The supervisor's seat: what passes between staff (a junior's report and strain, deciding, roles, reporting on) is not an answer to the citizen.
  'staff.distressed', 'staff.care_for_staff', 'staff.dismiss_staff', 'staff.decide_together', 'staff.decide_alone', 'staff.assign_roles',
  'staff.share_in_section', 'staff.report_somu', 'staff.keep_in_section', 'staff.consult_police', 'staff.consult_lawyer',
);
// What asks to be heard: complaints and demands. Conduct (a sexual or discriminatory remark, filming, abuse) asks to be
// stopped, and a warning is the right first answer to it (奥州市 第4 1(7)①(8)①; 仙台市 対応中止の例).
const COMPLAINTS = acts(
  'customer.complaint', 'customer.valid_grievance', 'customer.repeat', 'customer.demand_special', 'customer.demand_money', 'customer.demand_apology',
  'customer.demand_dogeza', 'customer.demand_transfer', 'customer.demand_manager', 'customer.summon_offsite', 'customer.authority',
);
const STOP_IT = acts('staff.warn', 'staff.request_stop_filming');
const CONDUCT = acts('customer.sexual', 'customer.discriminate', 'customer.film', 'customer.insult', 'customer.threat', 'customer.shout');
const DANGER = acts('customer.violence', 'customer.property_damage', 'customer.threat');

export const listenFirst: Rule = {
  id: 'listen_first',
  name: '傾聴と初期対応',
  weight: 10,
  feedback: {
    upheld: 'まず相手の話を一通り聴くところから始められました。あいづちや復唱で「聴いている」ことを伝え続けてください。',
    violated:
      '最初は結論を急がず、話を遮らずに一通り聴いてください。「なるほど」「そうなのですね」とあいづちを打ち、5W1Hで事実を確認します。説明や判断はその後です。',
  },
  evaluate(ctx) {
    // The first complaint: a routine request (「印鑑証明を2通」) is not one, and answering it directly is no fault.
    const complaint = ctx.acts.findIndex((a) => COMPLAINTS.has(a));
    if (complaint < 0) return { verdict: 'not_applicable', events: [] };
    let first = -1;
    for (let i = complaint + 1; i < ctx.acts.length && first < 0; i++) if (ctx.acts[i]!.startsWith('staff.') && !ORGANISING.has(ctx.acts[i]!)) first = i;
    if (first < 0) return { verdict: 'not_applicable', events: [] };
    const danger = findFrom(ctx, DANGER);
    if (danger >= 0 && danger < first) return { verdict: 'not_applicable', events: [] };
    const stopping = STOP_IT.has(ctx.acts[first]!) && ctx.acts.slice(complaint, first).some((a) => CONDUCT.has(a));
    return GOOD.has(ctx.acts[first]!) || stopping ? { verdict: 'upheld', events: [first] } : { verdict: 'violated', events: [first] };
  },
};
