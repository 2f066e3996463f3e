// Grouping the library (src/model/grouping.ts): the select screen, the session builder and the planning page share it.
import { describe, expect, it } from 'vitest';
import { groupScenarios, matchesFilter, seatText, typeGroup } from '../src/model/grouping';
import { SCENARIOS, type ScenarioMeta } from '../src/model/scenarios';

const meta = (id: string, over: Partial<ScenarioMeta>): ScenarioMeta => ({ ...SCENARIOS[0]!, id, file: `${id}.ink`, ...over });
const lib = [
  meta('a', { channel: 'phone', role: 'chief', type: '長時間拘束型（電話）', section: '税務' }),
  meta('b', { channel: 'mail', role: 'new', type: '執拗な要求' }),
  meta('c', { channel: 'counter', role: 'manager', type: '長時間拘束型' }),
  meta('d', { channel: 'offsite', role: 'new', type: '庁舎外拘束型', section: '生活保護' }),
  meta('e', { channel: 'counter', role: 'new', type: '暴力型' }),
];
const shape = (by: Parameters<typeof groupScenarios>[1]) => groupScenarios(lib, by).map((g) => [g.label, g.scenarios.map((s) => s.id)]);

describe('groupScenarios', () => {
  it('groups by desk in the channels\' order, a visit reading 訪問, and leaves out empty desks', () => {
    expect(shape('desk')).toEqual([['窓口', ['c', 'e']], ['電話', ['a']], ['訪問', ['d']], ['メール', ['b']]]);
    expect(groupScenarios(lib.filter((s) => s.channel !== 'phone'), 'desk').map((g) => g.key)).toEqual(['counter', 'offsite', 'mail']);
  });
  it('groups by the trainee\'s seat: 新任・係長・管理職', () => {
    expect(shape('role')).toEqual([['新任職員', ['b', 'd', 'e']], ['係長', ['a']], ['管理職', ['c']]]);
  });
  it('groups by type without the parenthesised detail, in the order the library first names them', () => {
    expect(typeGroup({ type: '権威型（土下座の強要）' })).toBe('権威型');
    expect(shape('type')).toEqual([['長時間拘束型', ['a', 'c']], ['執拗な要求', ['b']], ['庁舎外拘束型', ['d']], ['暴力型', ['e']]]);
  });
  it('puts every scenario of the library in exactly one group, whichever the grouping', () => {
    for (const by of ['desk', 'role', 'type'] as const) {
      const ids = groupScenarios(SCENARIOS, by).flatMap((g) => g.scenarios.map((s) => s.id));
      expect(ids.sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    }
  });
});

describe('a card and the lead\'s filter', () => {
  it('shows the seat, with the section when there is one', () => {
    expect(seatText(lib[0]!)).toBe('あなたの立場：係長（税務）');
    expect(seatText(lib[1]!)).toBe('あなたの立場：新任職員');
  });
  it('matches every word against title, type, section, desk and seat', () => {
    expect(lib.filter((s) => matchesFilter(s, '係長 税務')).map((s) => s.id)).toEqual(['a']);
    expect(lib.filter((s) => matchesFilter(s, '訪問')).map((s) => s.id)).toEqual(['d']);
    expect(lib.filter((s) => matchesFilter(s, '  ')).length).toBe(lib.length);
    expect(lib.filter((s) => matchesFilter(s, '該当なし')).length).toBe(0);
  });
});
