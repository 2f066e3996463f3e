// CSV that opens correctly in Japanese Excel: UTF-8 with a BOM, CRLF line ends, and
// cells that start with = + - @ (or a tab / carriage return) neutralised against formula injection.
import { stringify } from 'csv-stringify/sync';
import { SESSION_KINDS, type AttemptDetail } from '../model/attempt';
import { VERDICT_LABEL } from '../model/report';
import { scenarioById } from '../model/scenarios';

export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function toCsv(columns: string[], rows: (string | number)[][]): string {
  return stringify(rows, { header: true, columns, bom: true, record_delimiter: 'windows', cast: { string: neutralise } });
}

const base = (a: AttemptDetail) => [
  a.id,
  a.createdAt,
  a.trainee,
  a.department ?? '',
  a.scenario ?? '',
  scenarioById(a.scenario ?? '')?.title ?? '',
  a.profile,
  a.session?.name ?? '',
  a.session ? SESSION_KINDS[a.session.kind] : '自習',
];
const BASE_COLUMNS = ['受験ID', '日時', '受講者', '所属', 'シナリオID', 'シナリオ', '自治体', '研修', '研修の種類'];

/** One row per attempt. */
export function attemptsCsv(attempts: Iterable<AttemptDetail>): string {
  const rows: (string | number)[][] = [];
  for (const a of attempts) {
    rows.push([...base(a), a.score, a.passed ? '合格' : '不合格', a.report.critical.join(' '), a.report.principles.filter((p) => p.verdict === 'violated').map((p) => p.name).join('、')]);
  }
  return toCsv([...BASE_COLUMNS, '得点', '判定', '重大な誤り', '違反した原則'], rows);
}

/** One row per principle verdict of each attempt. */
export function verdictsCsv(attempts: Iterable<AttemptDetail>): string {
  const rows: (string | number)[][] = [];
  for (const a of attempts) {
    for (const p of a.report.principles) rows.push([...base(a), p.id, p.name, VERDICT_LABEL[p.verdict], p.source]);
  }
  return toCsv([...BASE_COLUMNS, '原則ID', '原則', '判定', '根拠'], rows);
}
