// How the library is grouped for choosing (the select screen, the trainer's session builder and planning page): by
// desk (the channel: 窓口・電話・訪問・メール), by the trainee's seat (新任・係長・管理職) or by the type of conduct.
// One function and one set of labels, so the trainee and the lead see the same groups.
import { ROLE_LABELS, ROLES, type ScenarioMeta } from './scenarios';
import { CHANNELS, DESK_LABEL } from './transcript';

export const GROUPINGS = ['desk', 'role', 'type'] as const;
export type Grouping = (typeof GROUPINGS)[number];
/** The switch's words: what the groups are. */
export const GROUPING_LABELS: Readonly<Record<Grouping, string>> = { desk: '場面別', role: '立場別', type: '種類別' };

export interface ScenarioGroup {
  /** Stable key (a channel, a role, or the type's name). */
  key: string;
  label: string;
  scenarios: ScenarioMeta[];
}

/** The type a scenario is grouped under: its type without the parenthesised detail (「権威型（土下座の強要）」 is 権威型). */
export function typeGroup(s: Pick<ScenarioMeta, 'type'>): string {
  return s.type.split('（')[0]!.trim();
}

/**
 * The scenarios in groups, in a fixed order: desks and seats in their own order (CHANNELS, ROLES), types in the order
 * the library first names them. Empty groups are left out; within a group the library's order is kept.
 */
export function groupScenarios(list: readonly ScenarioMeta[], by: Grouping): ScenarioGroup[] {
  const keyOf = (s: ScenarioMeta): string => (by === 'desk' ? s.channel : by === 'role' ? s.role : typeGroup(s));
  const order: string[] = by === 'desk' ? [...CHANNELS] : by === 'role' ? [...ROLES] : [...new Set(list.map(keyOf))];
  const label = (key: string): string =>
    by === 'desk' ? DESK_LABEL[key as (typeof CHANNELS)[number]] : by === 'role' ? ROLE_LABELS[key as (typeof ROLES)[number]] : key;
  return order
    .map((key) => ({ key, label: label(key), scenarios: list.filter((s) => keyOf(s) === key) }))
    .filter((g) => g.scenarios.length > 0);
}

/** The trainee's seat and the section, as a card shows them: 「あなたの立場：係長（生活保護）」. */
export function seatText(s: Pick<ScenarioMeta, 'role' | 'section'>): string {
  return `あなたの立場：${ROLE_LABELS[s.role]}${s.section ? `（${s.section}）` : ''}`;
}

/** Whether a scenario matches a lead's filter words (title, type, section, desk or seat; every word must match). */
export function matchesFilter(s: ScenarioMeta, words: string): boolean {
  const hay = [s.title, s.type, s.section ?? '', DESK_LABEL[s.channel], ROLE_LABELS[s.role], s.description].join(' ');
  return words.split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
}
