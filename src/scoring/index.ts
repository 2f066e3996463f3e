export { score } from './score';
export { RULES } from './rules';
export { PROFILES } from './profiles';
export type * from './types';
