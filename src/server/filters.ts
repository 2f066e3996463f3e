// Turns trainer-page filters into a SQL WHERE clause with bound parameters (never string-built values).
import type { Filters } from '../model/attempt';

export function where(f: Filters, alias = 'a'): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  const add = (cond: string, key: keyof Filters) => {
    const v = f[key];
    if (v) {
      parts.push(cond);
      params[key] = v;
    }
  };
  add(`${alias}.department = @department`, 'department');
  add(`${alias}.scenario = @scenario`, 'scenario');
  add(`${alias}.profile = @profile`, 'profile');
  add(`${alias}.session_id = @session`, 'session');
  add(`${alias}.identity = @trainee`, 'trainee'); // the identity key (src/model/identity.ts), not the typed name
  add(`${alias}.created_at >= @from`, 'from');
  // `to` is a date: include the whole day.
  if (f.to) {
    parts.push(`${alias}.created_at < @toNext`);
    params.toNext = nextDay(f.to);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
