// Attempt ids: UUID v4 from crypto.getRandomValues, which (unlike crypto.randomUUID) also exists
// outside secure contexts, such as a training room that opens the game at http://<the lead's PC>:8080/.

/** A random (version 4, RFC 9562) UUID. */
export function uuid4(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
