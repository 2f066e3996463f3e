// What really happened, as a record sheet should state it: taken from the transcript alone (events and cast), so the
// browser, the server and the CLI grade a sheet alike.
import { ACT_LABELS, type Act } from '../acts';
import type { Method, Present } from '../record';
import type { Channel, Transcript } from '../transcript';

const METHOD_OF: Record<Channel, Method> = { counter: 'visit', phone: 'phone', offsite: 'offsite', mail: 'mail' };
// The events a 時系列 is built from: how it escalated and what the organisation did.
const KEY_ACTS: ReadonlySet<string> = new Set<Act>([
  'customer.shout', 'customer.insult', 'customer.threat', 'customer.violence', 'customer.property_damage', 'customer.sit_in', 'customer.film',
  'customer.sexual', 'customer.stalk', 'customer.discriminate', 'customer.demand_dogeza', 'customer.demand_money',
  'staff.warn', 'staff.final_warning', 'staff.report_supervisor', 'staff.call_colleague', 'staff.end_response', 'staff.order_leave',
  'staff.hang_up', 'staff.call_police', 'customer.leave', 'customer.hang_up',
]);
/** At most this many events in the 時系列 to put in order. */
const TIMELINE_SIZE = 6;

export interface KeyEvent {
  id: string;
  index: number;
  t: number;
  label: string;
}

export interface Facts {
  /** In-game seconds of the first event and of the citizen's last act. */
  start: number;
  end: number;
  present: ReadonlySet<Present>;
  method: Method;
  look?: { gender: 'man' | 'woman'; decade: number };
  timeline: KeyEvent[];
}

/** Seconds after a call for help within which someone's arrival is the answer to it. */
const ANSWERED_WITHIN = 5 * 60;

function present(t: Transcript): Set<Present> {
  const out = new Set<Present>(['trainee']);
  const arrivals = t.cast?.arrivals ?? [];
  for (const a of arrivals) out.add(a.who);
  // The acts say who joined where the story showed no arrival (older transcripts have no cast; some stories seat a
  // colleague beside the trainee without one). A call answered by an arrival is that person: the trainee who beckoned
  // the 係長 had only the 係長 beside them, not a 同僚 as well (a reviewer's model play lost 10 points for it).
  for (const e of t.events) {
    const answered = arrivals.some((a) => a.t >= e.t && a.t <= e.t + ANSWERED_WITHIN);
    if ((e.act === 'staff.call_colleague' || e.act === 'staff.visit_pair') && !answered) out.add('colleague');
    if (e.act === 'staff.escalate_manager' && !answered) out.add('manager');
  }
  return out;
}

export function factsOf(t: Transcript): Facts {
  const events = t.events;
  let last = events.length - 1;
  while (last > 0 && !events[last]!.act.startsWith('customer.')) last--;
  const look = t.cast?.look ? /^(man|woman)_(\d)0s$/.exec(t.cast.look) : null;
  // The first occurrence of each kind of key event, in order, at most TIMELINE_SIZE of them.
  const seen = new Set<string>();
  const timeline: KeyEvent[] = [];
  events.forEach((e, index) => {
    if (!KEY_ACTS.has(e.act) || seen.has(e.act) || timeline.length >= TIMELINE_SIZE) return;
    seen.add(e.act);
    timeline.push({ id: `e${index}`, index, t: e.t, label: ACT_LABELS[e.act] });
  });
  return {
    start: events[0]?.t ?? 0,
    end: events[Math.max(0, last)]?.t ?? 0,
    present: present(t),
    method: METHOD_OF[t.channel],
    ...(look ? { look: { gender: look[1] as 'man' | 'woman', decade: Number(look[2]) * 10 } } : {}),
    timeline,
  };
}
