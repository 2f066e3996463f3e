// The trainer pages' calls; a 401 sends the lead to the login form.
import type { Filters } from '../model/attempt';

export class NeedLogin extends Error {}

export async function api<T>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(url, {
    method: init?.method ?? 'GET',
    headers: init?.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
  });
  if (res.status === 401 && !url.endsWith('/login')) throw new NeedLogin();
  const data = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(data.error ?? `HTTP ${res.status}`);
  return data;
}

export function query(f: Filters | Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Link to another trainer view. */
export function link(view: string, params: Record<string, string> = {}): string {
  return `/trainer${query({ view, ...params })}`;
}
