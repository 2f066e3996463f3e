import { scenarioById } from '../model/scenarios';
import type { ProfileId } from '../model/transcript';
import type { GameState } from './store';

/** The municipality whose manual applies: the session's, or the scenario's own in self-study. */
export function profileOf(s: Pick<GameState, 'session' | 'scenarioId'>): ProfileId {
  return (s.session?.profile as ProfileId | undefined) ?? scenarioById(s.scenarioId ?? '')?.profile ?? 'standard';
}
