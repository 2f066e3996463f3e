import { describe, expect, it } from 'vitest';
import { uuid4 } from '../src/game/uuid';

describe('uuid4', () => {
  it('makes version 4 UUIDs, all different', () => {
    const ids = Array.from({ length: 2000 }, uuid4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
