// The one list of principles, in the order the debrief and docs/principles.md show them.
import type { Rule } from '../types';
import { accommodation } from './accommodation';
import { admitError } from './admit-error';
import { aftercare } from './aftercare';
import { exitAndPolice } from './exit-and-police';
import { filmingResponse } from './filming-response';
import { graduatedWarning } from './graduated-warning';
import { handover } from './handover';
import { legitComplaint } from './legit-complaint';
import { limitedApology } from './limited-apology';
import { listenFirst } from './listen-first';
import { managerNotFirst } from './manager-not-first';
import { multiStaff } from './multi-staff';
import { noArgument } from './no-argument';
import { noLabel } from './no-label';
import { noVagueAnswer } from './no-vague-answer';
import { offsiteRules } from './offsite-rules';
import { orgDecision } from './org-decision';
import { publicPrivate } from './public-private';
import { record } from './record';
import { recordSheet } from './record-sheet';
import { refuseUndueDemand } from './refuse-undue-demand';
import { reportUpward } from './report-upward';
import { safetyFirst } from './safety-first';
import { staffCare } from './staff-care';
import { timeLimit } from './time-limit';

export const RULES: readonly Rule[] = [
  legitComplaint,
  admitError,
  accommodation,
  listenFirst,
  limitedApology,
  noArgument,
  noVagueAnswer,
  refuseUndueDemand,
  multiStaff,
  managerNotFirst,
  handover,
  timeLimit,
  record,
  graduatedWarning,
  orgDecision,
  exitAndPolice,
  safetyFirst,
  noLabel,
  filmingResponse,
  offsiteRules,
  publicPrivate,
  aftercare,
  staffCare,
  reportUpward,
  recordSheet,
];
