// How the trainee's own character stands, read from the trainee's latest act: the picture answers
// the choice just made (a bow for an apology, a raised hand for a warning, a memo while recording).
import type { Act } from '../model/acts';
import type { TranscriptEvent } from '../model/transcript';

export type Pose = 'neutral' | 'bow' | 'halt' | 'memo' | 'back';

const POSE_OF: Partial<Record<Act, Pose>> = {
  'staff.apologize_limited': 'bow',
  'staff.apologize_full': 'bow',
  'staff.concede': 'bow',
  'staff.warn': 'halt',
  'staff.final_warning': 'halt',
  'staff.order_leave': 'halt',
  'staff.refuse': 'halt',
  'staff.request_stop_filming': 'halt',
  'staff.take_notes': 'memo',
  'staff.announce_recording': 'memo',
  'staff.file_report': 'memo',
  'staff.preserve_evidence': 'memo',
  'staff.keep_distance': 'back',
};

export function traineePose(events: readonly TranscriptEvent[]): Pose {
  for (let i = events.length - 1; i >= 0; i--) {
    const act = events[i]!.act;
    if (act.startsWith('staff.')) return POSE_OF[act] ?? 'neutral';
  }
  return 'neutral';
}
