import type { Transcript } from '../model/transcript';

/** Sends a finished attempt; the server scores the transcript itself. */
export async function submitAttempt(transcript: Transcript): Promise<void> {
  const res = await fetch('/api/attempts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transcript }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `HTTP ${res.status}`);
  }
}
