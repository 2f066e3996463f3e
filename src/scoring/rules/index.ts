// The one list of principles. docs/principles.md is generated from it.
import type { Rule } from '../types';
import { limitedApology } from './limited-apology';
import { managerNotFirst } from './manager-not-first';
import { multiStaff } from './multi-staff';
import { timeLimit } from './time-limit';

export const RULES: readonly Rule[] = [limitedApology, multiStaff, managerNotFirst, timeLimit];
