import type { PrincipleId, Verdict } from '../scoring/types';

/** One attempt as the trainer page lists it. */
export interface AttemptSummary {
  id: string;
  createdAt: string;
  trainee: string;
  department: string | null;
  scenario: string | null;
  profile: string;
  score: number;
  principles: { id: PrincipleId; name: string; verdict: Verdict }[];
}
