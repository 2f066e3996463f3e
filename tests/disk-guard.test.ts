// The free-disk check before a write (src/server/disk.ts): asked at most once a second, and a room's requests
// arriving together share the one question in flight.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const asked = vi.hoisted(() => ({ n: 0, free: 10 * 1024 ** 3 }));
vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  statfs: async () => {
    asked.n++;
    await new Promise((r) => setTimeout(r, 5));
    return { bavail: asked.free / 4096, bsize: 4096 };
  },
}));
const { diskGuard } = await import('../src/server/disk');

describe('diskGuard', () => {
  beforeEach(() => {
    asked.n = 0;
    asked.free = 10 * 1024 ** 3;
  });

  it('asks the disk once for forty requests at once, and not again within the second', async () => {
    const ok = diskGuard('/data/r.sqlite', 1024 ** 3);
    await Promise.all(Array.from({ length: 40 }, ok));
    expect(asked.n).toBe(1);
    await ok();
    expect(asked.n).toBe(1);
  });

  it('refuses every request of the wave with 507 when the disk is nearly full', async () => {
    asked.free = 100 * 1024 ** 2;
    const ok = diskGuard('/data/r.sqlite', 1024 ** 3);
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, ok));
    expect(outcomes.every((o) => o.status === 'rejected' && /^disk: only 100 MB free/.test((o.reason as Error).message))).toBe(true);
    expect(asked.n).toBe(1);
  });

  it('asks nothing for an in-memory database', async () => {
    await diskGuard(null)();
    expect(asked.n).toBe(0);
  });
});
