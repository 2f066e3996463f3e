// @vitest-environment jsdom
// Who said it: only what the trainee chose is the trainee's; the story's own lines belong to whoever they name.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { speakers, type Speaker } from '../src/model/speaker';
import { timelinePlot } from '../src/model/timeline';
import type { Transcript, TranscriptEvent } from '../src/model/transcript';
import { score } from '../src/scoring/score';
import { walkStory, type PathResult } from '../src/story/walk';
import { clockLine, replayList } from '../src/trainer/views/attempt';
import { principleList } from '../src/ui/principles';

const line = (act: string, text: string, chosen = false): TranscriptEvent => ({ t: 0, act, text, ...(chosen ? { chosen: true } : {}) }) as TranscriptEvent;
const byText = (events: TranscriptEvent[]) => {
  const who = speakers(events);
  return events.map((e, i) => [e.text, who[i]] as [string | undefined, Speaker]);
};

describe('speakers', () => {
  it('gives the trainee only what they chose, and names whoever a story line names', () => {
    const events = [
      line('customer.shout', '佐藤「明日、取りに来いって言ってるんだ！」'),
      line('staff.call_colleague', '（隣の席の渡部さんに目で合図して来てもらう）', true),
      line('staff.take_notes', '（渡部さんは、やり取りを時刻とともに書き留め始めた。）'),
      line('staff.escalate_manager', '高野課長が、窓口に駆けつけた。'),
      line('staff.call_police', '（高野課長は、あなたにカウンターから離れているよう告げ、すぐに110番に電話をかけた。）'),
      line('staff.call_police', '（阿部係長が110番に通報した。）'),
      line('staff.end_response', '鈴木課長「本日の対応は、これで終了させていただきます。」'),
      line('staff.warn', '警察官「お話は、外で伺います。」'),
      line('staff.take_notes', '車を降りた小松さんが、記録用のノートを手に、あなたの隣に立った。'),
      line('staff.report_supervisor', '（同じ話が、さらに20分続いた。あなたはようやく、奥の席の鈴木課長に経緯を報告した。）'),
      line('staff.warn', '（さらにもう一度お願いしたが、佐藤さんは動かない。）'),
      line('staff.warn', '（しばらく、そのまま時間が過ぎた。）'),
    ];
    expect(speakers(events)).toEqual(['citizen', 'trainee', 'colleague', 'manager', 'manager', 'manager', 'manager', 'police', 'colleague', 'narration', 'narration', 'narration']);
  });

  it('reads a transcript that marks no choice (older, or written by hand) as before: staff acts are the trainee\'s', () => {
    const events = [line('customer.complaint', '男性「話を聞け」'), line('staff.listen', '「伺います」'), line('staff.call_police', '（高野課長は110番に電話をかけた。）')];
    expect(speakers(events)).toEqual(['citizen', 'trainee', 'trainee']);
  });

  it('marks the same in the timeline: the manager\'s call is a mark of its own, not the trainee\'s choice', () => {
    const events = [line('customer.violence', '（投げつけた。）'), line('staff.report_supervisor', '（課長に報告しよう）', true), line('staff.call_police', '（高野課長は、すぐに110番に電話をかけた。）')];
    const transcript: Transcript = { format: 'madoguchi.transcript/1', profile: 'nanyo', channel: 'counter', events };
    expect(timelinePlot(transcript, score(transcript)).marks.map((m) => [m.index, m.speaker])).toEqual([[1, 'trainee'], [2, 'manager']]);
  });
});

describe('boryoku: the trainee reports to the manager first, and the manager calls 110', () => {
  let path: PathResult;
  let transcript: Transcript;
  beforeAll(() => {
    const walk = walkStory(compileInk(join(import.meta.dirname, '..', 'stories', 'boryoku.ink')), 1);
    // The path through wait_boss: the 110 call is a story line, not a choice.
    path = walk.paths.find((p) => p.events.some((e) => e.act === 'staff.call_police' && !e.chosen))!;
    transcript = { format: 'madoguchi.transcript/1', profile: 'nanyo', channel: 'counter', events: path.events, scenario: 'boryoku', seed: 1, choices: path.choices };
  });

  it('names the manager for the call and the colleague for the notes; every choice is the trainee\'s', () => {
    expect(path).toBeDefined();
    const who = byText(path.events);
    const call = path.events.findIndex((e) => e.act === 'staff.call_police');
    expect(who[call]).toEqual([expect.stringMatching(/^（高野課長は/), 'manager']);
    expect(who.filter(([text]) => /^（.+さんは、やり取りを時刻とともに書き留め始めた/.test(text ?? '')).map(([, s]) => s)).toEqual(expect.arrayContaining(['colleague']));
    speakers(path.events).forEach((s, i) => expect(s === 'trainee', path.events[i]!.text).toBe(path.events[i]!.chosen === true));
  });

  it('shows the call as the manager\'s in the debrief, not as あなた', () => {
    const report = score(transcript);
    const police = report.principles.find((p) => p.events.some((i) => transcript.events[i]!.act === 'staff.call_police' && !transcript.events[i]!.chosen));
    expect(police, 'a principle decided by the manager\'s call').toBeDefined();
    document.body.replaceChildren(...principleList(report, transcript));
    const decided = [...document.querySelectorAll(`[data-principle=${police!.id}] .decided li`)].map((li) => li.textContent ?? '');
    expect(decided.some((t) => /上司：（高野課長は、.*110番/.test(t))).toBe(true);
    expect(decided.filter((t) => /^\d+:\d\dあなた：（高野課長/.test(t))).toEqual([]);
    // In the trainer's view the trainee is named, and still not for the manager's call.
    document.body.replaceChildren(...principleList(report, transcript, '佐藤 一郎'));
    const all = [...document.querySelectorAll('.decided li')].map((li) => li.textContent ?? '');
    expect(all.filter((t) => /佐藤 一郎：/.test(t)).length).toBeGreaterThan(0);
    expect(all.filter((t) => /佐藤 一郎：（高野課長/.test(t))).toEqual([]);
  });

  it("shows the call as the manager's in the trainer's replay: the list and the clock line", () => {
    const report = score(transcript);
    const a = { id: 'x', createdAt: '2026-11-30T10:00:00Z', trainee: '佐藤 一郎', identity: '佐藤 一郎/', staffId: null, department: null, rules: { version: null, current: true }, scenario: 'boryoku', profile: 'nanyo', session: null, score: report.score, passed: false, principles: [], transcript, report };
    document.body.replaceChildren(replayList(a), clockLine(a));
    const call = transcript.events.findIndex((e) => e.act === 'staff.call_police');
    const items = [...document.querySelectorAll('.replay li')];
    expect(items).toHaveLength(transcript.events.length);
    expect(items[call]!.querySelector('.who')!.textContent).toBe('上司');
    expect(items.filter((li) => li.querySelector('.who')!.textContent === '佐藤 一郎')).toHaveLength(transcript.events.filter((e) => e.chosen).length);
    // On the clock line the trainee's choices are dots and the others' acts rings, titled with who acted.
    const rings = [...document.querySelectorAll('svg circle[data-speaker]')];
    expect(rings.filter((c) => c.getAttribute('data-speaker') === 'manager').map((c) => c.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/上司：（高野課長は、.*110番/)]));
    expect(document.querySelectorAll('svg circle:not([data-speaker])')).toHaveLength(transcript.events.filter((e) => e.chosen).length);
  });
});

describe('the supervisor\'s seat: the junior on stage is a colleague, never the trainee (hikitsugi, renzoku, jigo)', () => {
  const stories = ['hikitsugi', 'renzoku', 'jigo'] as const;
  const walks = new Map<string, PathResult[]>();
  beforeAll(() => {
    for (const id of stories) walks.set(id, walkStory(compileInk(join(import.meta.dirname, '..', 'stories', `${id}.ink`)), 1).paths);
  });

  it('names the junior\'s report and strain as a colleague\'s, and every choice (the 係長\'s or 課長\'s decisions) as the trainee\'s', () => {
    for (const id of stories) {
      const paths = walks.get(id)!;
      const distress = paths[0]!.events.findIndex((e) => e.act === 'staff.distressed');
      expect(distress, `${id}: the junior shows the strain on a line`).toBeGreaterThanOrEqual(0);
      for (const p of paths.slice(0, 40)) {
        const who = speakers(p.events);
        p.events.forEach((e, i) => {
          expect(who[i] === 'trainee', `${id}: ${e.text}`).toBe(e.chosen === true);
          if (e.act === 'staff.distressed') expect(who[i], `${id}: ${e.text}`).toBe('colleague');
        });
      }
    }
  });

  it('in the 課長\'s own seat (jigo) no line reads as a 上司\'s: the 係長 who reports is a colleague there', () => {
    for (const p of walks.get('jigo')!) {
      const who = speakers(p.events);
      expect(p.events.filter((_, i) => who[i] === 'manager').map((e) => e.text)).toEqual([]);
      const report = p.events.findIndex((e) => e.act === 'staff.report_supervisor');
      expect(who[report]).toBe('colleague');
    }
  });
});
