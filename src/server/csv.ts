// CSV that opens correctly in Japanese Excel: UTF-8 with a BOM, CRLF line ends, and cells that start
// like a formula (= + - @, a tab or carriage return, and the full-width ＝＋－＠ a Japanese IME types)
// neutralised by csv-stringify's own escape_formulas. Rows are streamed: an export of a year's
// attempts never holds them all in memory, and the event loop serves trainees between chunks.
import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';
import { SESSION_KINDS, type AttemptDetail } from '../model/attempt';
import { GRADED_FIELDS, mistakesByField } from '../model/records/summary';
import { VERDICT_LABEL } from '../model/report';
import { scenarioById } from '../model/scenarios';
import { yielding } from './loop';

type Cell = string | number;

function toCsv(columns: string[], rows: Iterable<Cell[]>): Readable {
  // pipeline, not pipe: a failing read destroys the CSV stream too, and Fastify logs it and ends the response.
  return pipeline(Readable.from(yielding(rows, 200)), stringify({ header: true, columns, bom: true, record_delimiter: 'windows', escape_formulas: true }), () => {});
}

// Japan's time, as Excel reads a date and time ("2026-12-02 10:05:00"); the ISO instant in UTC read as a text cell.
// Japan keeps no summer time, so it is UTC+9 exactly: arithmetic, not toLocaleString, which builds a formatter per
// call (a verdicts.csv of 150,000 rows took 33 s with it).
const JST_MS = 9 * 3600_000;
const japanTime = (iso: string) => new Date(Date.parse(iso) + JST_MS).toISOString().replace('T', ' ').slice(0, 19);

const base = (a: AttemptDetail) => [
  a.id,
  japanTime(a.createdAt),
  a.trainee,
  a.staffId ?? '',
  a.department ?? '',
  a.scenario ?? '',
  scenarioById(a.scenario ?? '')?.title ?? '',
  a.profile,
  a.session?.name ?? '',
  a.session ? SESSION_KINDS[a.session.kind] : '自習',
];
const BASE_COLUMNS = ['受験ID', '日時（日本時間）', '受講者', '職員番号', '所属', 'シナリオID', 'シナリオ', '自治体', '研修', '研修の種類'];

/** 記録シート: 記入 / 未記入 / 対象外 (the session had it off) / blank (no record kept), and its mistakes in all. */
function recordCells(a: AttemptDetail): [string, Cell] {
  const record = a.transcript.record;
  if (!record) return [a.session?.recordTask === false ? '対象外' : '', ''];
  if (record.skipped) return ['未記入', ''];
  const m = mistakesByField(a.transcript)!;
  return ['記入', GRADED_FIELDS.reduce((n, f) => n + m[f], 0)];
}

/** One row per attempt. */
export function attemptsCsv(attempts: Iterable<AttemptDetail>): Readable {
  function* rows(): Generator<Cell[]> {
    for (const a of attempts) {
      yield [...base(a), a.score, a.passed ? '合格' : '不合格', a.report.critical.join(' '), a.report.principles.filter((p) => p.verdict === 'violated').map((p) => p.name).join('、'), ...recordCells(a)];
    }
  }
  return toCsv([...BASE_COLUMNS, '得点', '判定', '重大な誤り', '違反した原則', '記録シート', '記録の誤り件数'], rows());
}

/** One row per principle verdict of each attempt. */
export function verdictsCsv(attempts: Iterable<AttemptDetail>): Readable {
  function* rows(): Generator<Cell[]> {
    for (const a of attempts) for (const p of a.report.principles) yield [...base(a), p.id, p.name, VERDICT_LABEL[p.verdict], p.source];
  }
  return toCsv([...BASE_COLUMNS, '原則ID', '原則', '判定', '根拠'], rows());
}
