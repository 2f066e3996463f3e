// The wall clock per scenario: the night duty begins at 22:00, not at the counters' 10:00; times past midnight wrap,
// and the record sheet's times are read and graded across midnight. The superior who comes is called as the story
// calls them (a 係長 is not a 課長); the sheet is still graded by the key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromWallClock, minuteOfDay, wallClock } from '../src/model/clock';
import { presentLabels, type RecordSheet } from '../src/model/record';
import { factsOf } from '../src/model/records/facts';
import { FORM_OF } from '../src/model/records/forms';
import { checkRecord, gradeRecord } from '../src/model/records/grade';
import { wordingFor } from '../src/model/records/wording';
import { SCENARIOS, scenarioStart } from '../src/model/scenarios';
import type { Transcript } from '../src/model/transcript';
import { storyOf } from '../src/server/replay';
import { timelinePlot } from '../src/model/timeline';
import { score } from '../src/scoring/score';
import { staffText } from '../src/state/scene-text';
import { StoryRunner } from '../src/story/runner';
import { play } from './plays';

const STORIES = join(import.meta.dirname, '..', 'stories');

describe('the wall clock', () => {
  it('counts from the start it is given and wraps past midnight', () => {
    expect(wallClock(0, 600)).toBe('10:00');
    expect(wallClock(125 * 60, 600)).toBe('12:05');
    expect(wallClock(20 * 60, 23 * 60 + 50)).toBe('00:10');
    expect(wallClock(59, 22 * 60)).toBe('22:00');
  });
  it('reads a typed time as the moment within twelve hours of the start, so 00:05 after 23:50 is later, 23:45 earlier', () => {
    const start = 23 * 60 + 50;
    expect(fromWallClock('00:05', start)).toBe(15 * 60);
    expect(fromWallClock('23:45', start)).toBe(-5 * 60);
    expect(fromWallClock('23:50', start)).toBe(0);
    expect(fromWallClock('10:05', 600)).toBe(5 * 60);
    expect(fromWallClock('24:00', start)).toBeNull();
    expect(fromWallClock('9:5', start)).toBeNull();
  });
});

describe('each scenario starts where its story says', () => {
  it('every startsAt is a time; without one, 10:00', () => {
    for (const s of SCENARIOS) if (s.startsAt !== undefined) expect(minuteOfDay(s.startsAt), s.id).not.toBeNull();
    expect(wallClock(0, scenarioStart('kosoku'))).toBe('10:00');
    expect(wallClock(0, scenarioStart(undefined))).toBe('10:00');
  });
  it('the night duty begins at 22:00 on the HUD, the record sheet and in its own text', () => {
    const start = scenarioStart('shukuchoku');
    expect(wallClock(0, start)).toBe('22:00');
    const opening = new StoryRunner(storyOf('shukuchoku'), 1, start).continue().lines.map((l) => l.text).join('\n');
    expect(opening).toContain('十二月の金曜日、午後10時。');
  });
  it('a line that opens on the time of day (午前10時, 午後2時, 午後4時半, 午後10時) is said when the clock shows it', () => {
    // sekuhara follows one citizen over a week (月曜の午前、翌週の水曜の午後3時、金曜の午後5時40分): one clock cannot hold it.
    const TIME = /^[^。（「」]*?(午前|午後)(\d+)時(?:(半)|(\d+)分)?(?:すぎ|過ぎ)?。/;
    for (const s of SCENARIOS.filter((x) => x.id !== 'sekuhara')) {
      const start = scenarioStart(s.id);
      for (const pick of [0, 1, 2]) {
        const runner = new StoryRunner(storyOf(s.id), 1, start);
        let step = runner.continue();
        const lines = [...step.lines];
        while (!step.ending) lines.push(...(step = runner.choose(Math.min(pick, step.choices.length - 1))).lines);
        for (const l of lines) {
          const m = TIME.exec(l.text);
          if (!m) continue;
          const said = `${String((Number(m[2]) % 12) + (m[1] === '午後' ? 12 : 0)).padStart(2, '0')}:${m[3] ? '30' : String(m[4] ?? 0).padStart(2, '0')}`;
          expect(wallClock(l.t, start), `${s.id}: 「${m[0]}」`).toBe(said);
        }
      }
    }
  });
  it('a story\'s 「壁の時計は…」 reads the scenario\'s clock (denwa 9:10, repeat 14:00), not 10:00', () => {
    const said = (id: string) => {
      const runner = new StoryRunner(storyOf(id), 1, scenarioStart(id));
      let step = runner.continue();
      const lines = [...step.lines];
      while (!step.ending) lines.push(...(step = runner.choose(0)).lines);
      return lines.filter((l) => /壁の時計は/.test(l.text)).map((l) => ({ t: l.t, text: l.text }));
    };
    for (const id of ['denwa', 'repeat']) {
      const lines = said(id);
      expect(lines.length, id).toBeGreaterThan(0);
      for (const l of lines) {
        const [hh, mm] = wallClock(l.t, scenarioStart(id)).split(':').map(Number);
        expect(l.text, id).toContain(`${hh}時${String(mm).padStart(2, '0')}分`);
      }
    }
  });
});

describe('the time axes', () => {
  it('write fewer times under a long day (the inbox from 10:00 to 17:15), so they do not collide', () => {
    const day = play('kocho-mail');
    const plot = timelinePlot(day, score(day));
    expect(plot.end).toBeGreaterThan(7 * 3600);
    expect(plot.labelEvery).toBe(60);
    const night = play('shukuchoku');
    expect(timelinePlot(night, score(night)).labelEvery).toBe(10);
  });
});

// A night-duty call from 22:00 that ends after midnight.
const ev = (m: number, act: Transcript['events'][number]['act'], text?: string) => ({ t: m * 60, act, ...(text ? { text } : {}) });
const night: Transcript = {
  format: 'madoguchi.transcript/1',
  profile: 'oshu',
  channel: 'phone',
  scenario: 'shukuchoku',
  events: [
    ev(0, 'customer.complaint', '工藤「もしもし、市役所？」'),
    ev(3, 'staff.listen'),
    ev(100, 'staff.warn', '「そのような発言は止めてください。」'),
    ev(125, 'customer.insult', '工藤「税金泥棒が。」'),
    ev(130, 'customer.hang_up', '（電話が切れた。）'),
    ev(150, 'staff.file_report'),
  ],
};
const sheet = (r: Partial<RecordSheet>): RecordSheet => ({ version: 1, form: FORM_OF[night.profile].id, start: '22:00', end: '00:10', ...r });
const timeErrors = (r: Partial<RecordSheet>) => gradeRecord(night, sheet(r)).filter((e) => e.field === 'datetime').map((e) => e.message);

describe('the record sheet across midnight', () => {
  it('the truth is 22:00 to 00:10, and a time typed after midnight is graded ±2 minutes', () => {
    expect(factsOf(night).end).toBe(130 * 60);
    expect(timeErrors({})).toEqual([]);
    expect(timeErrors({ end: '00:12' })).toEqual([]);
    expect(timeErrors({ end: '00:13' })).toEqual(['終了時刻が3分ずれています（記録 00:13、実際 00:10）']);
    expect(timeErrors({ end: '23:58' })).toEqual(['終了時刻が12分ずれています（記録 23:58、実際 00:10）']);
    expect(timeErrors({ start: '10:00' })[0]).toMatch(/^開始時刻が720分ずれています（記録 10:00、実際 22:00）/);
  });
  it('only a time far from the encounter is refused, on either side of midnight', () => {
    expect(checkRecord(night, sheet({}))).toBeNull();
    expect(checkRecord(night, sheet({ start: '21:30', end: '02:00' }))).toBeNull();
    expect(checkRecord(night, sheet({ end: '09:00' }))).toEqual(['record.end', '09:00 is outside the encounter (22:00–00:10)']);
  });
  it('the facts to write carry the clock\'s time past midnight', () => {
    expect(wordingFor(night).map((w) => w.fact)).toEqual(['「税金泥棒が。」と言った（00:05）']);
  });
});

/** Who the story brings in with `#who: manager`, by title, in its own lines and in the shared knots it includes. */
function managerTitles(file: string): Set<string> {
  const text = readFileSync(join(STORIES, file), 'utf8');
  const included = [...text.matchAll(/^INCLUDE (\S+)/gm)].map((m) => readFileSync(join(STORIES, m[1]!), 'utf8'));
  const titles = new Set<string>();
  for (const source of [text, ...included]) {
    for (const line of source.split('\n').filter((l) => /#who: manager/.test(l))) {
      const title = /(課長補佐|係長|課長)/.exec(line)?.[1];
      if (title) titles.add(title);
    }
  }
  return titles;
}

describe('the superior who comes is called as the story calls them', () => {
  it('a 係長 where only a 係長 comes, 上司 where a 係長 or the 課長 may, 課長 where the 課長 comes', () => {
    for (const s of SCENARIOS) {
      const titles = managerTitles(s.file);
      if (!titles.size) continue;
      const expected = titles.size > 1 ? '上司' : [...titles][0];
      expect(presentLabels(s.id).manager, `${s.id} brings in ${[...titles].join('・')}`).toBe(expected);
    }
  });
  it('where no superior comes, the one the story names: a 係長 where the story speaks of its 係長 alone (the record sheet offered 課長 for 伊藤係長)', () => {
    for (const s of SCENARIOS) {
      if (managerTitles(s.file).size) continue;
      const text = readFileSync(join(STORIES, s.file), 'utf8');
      const kakaricho = (text.match(/係長/g) ?? []).length;
      const kacho = (text.match(/課長(?!補佐)/g) ?? []).length;
      if (kakaricho > 0 && kacho <= 1) expect(presentLabels(s.id).manager, `${s.id}: 係長 ×${kakaricho}, 課長 ×${kacho}`).toBe('係長');
      if (kacho > 0 && kakaricho === 0) expect(presentLabels(s.id).manager, `${s.id}: 課長 ×${kacho}`).toBe('課長');
    }
  });
  it('the HUD and the record sheet\'s grading say 係長 in a story where the 係長 came; the key stays manager', () => {
    expect(staffText(['manager'], 'gaikoku')).toBe('対応：あなた、係長');
    expect(staffText(['manager'], 'kosoku')).toBe('対応：あなた、課長');
    const came: Transcript = { ...night, scenario: 'gaikoku', profile: 'nanyo', channel: 'counter', cast: { arrivals: [{ t: 60, who: 'manager' }] } };
    const form = FORM_OF.nanyo.id;
    const missed = gradeRecord(came, { version: 1, form, present: ['trainee'] }).filter((e) => e.field === 'present').map((e) => e.message);
    expect(missed).toEqual(['その場にいた係長が対応者に記録されていません']);
    expect(gradeRecord(came, { version: 1, form, present: ['trainee', 'manager'] }).filter((e) => e.field === 'present')).toEqual([]);
  });
});
