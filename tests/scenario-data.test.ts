// What the game does not ship lives beside SCENARIOS, by scenario id: the endings' judgements (tests, docs) and the
// manuals' passages (trainer pages, docs). Every id there is a scenario, and every scenario has both.
import { describe, expect, it } from 'vitest';
import { ENDINGS } from '../src/model/endings';
import { SOURCES } from '../src/model/scenario-sources';
import { SCENARIOS } from '../src/model/scenarios';

const ids = SCENARIOS.map((s) => s.id).sort();

describe('scenario data kept apart from SCENARIOS', () => {
  it('judges the endings of every scenario and of nothing else', () => {
    expect(Object.keys(ENDINGS).sort()).toEqual(ids);
    for (const id of ids) expect(Object.keys(ENDINGS[id]!).length, id).toBeGreaterThanOrEqual(4);
  });
  it('names the passages of every scenario and of nothing else', () => {
    expect(Object.keys(SOURCES).sort()).toEqual(ids);
    for (const id of ids) expect(SOURCES[id]!.length, id).toBeGreaterThan(0);
  });
});
