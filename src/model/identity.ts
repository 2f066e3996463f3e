// One identity per trainee, the same in the server (participants, printed records, variants, history),
// the xAPI actor and the game's join form: the staff ID where given, else the name with the department.
// Pure: no DOM, no Node.

export interface TraineeInput {
  name: string;
  department?: string;
  staffId?: string;
}

export class IdentityError extends Error {
  constructor(
    readonly field: 'name' | 'department' | 'staffId',
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'IdentityError';
  }
}

// Control characters (C0, DEL, C1) and the invisible characters a paste or an IME can carry: soft hyphen,
// zero-width space/joiners, bidi marks, embeddings, overrides and isolates, word joiner, BOM, the Hangul
// fillers (letters that draw nothing) and the tag characters. Ideographic variation selectors stay: a name's 異体字.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Any run of white space (the ideographic space U+3000 included) reads as one space.
const SPACES = /\s+/g;

export const MAX_NAME = 100;
/** Shown and stored for an attempt that names no trainee (the CLI scores such transcripts). */
export const NO_NAME = '(名前なし)';
const STAFF_ID = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;

/** NFC, without invisible characters, white space collapsed and trimmed. Throws on unpaired surrogates. */
export function cleanText(raw: string, field: IdentityError['field']): string {
  if (LONE_SURROGATE.test(raw)) throw new IdentityError(field, 'contains an unpaired surrogate (broken text)');
  // Invisible characters go first: one between a letter and its combining mark would block composition.
  return raw.replace(INVISIBLE, '').normalize('NFC').replace(SPACES, ' ').trim();
}

/**
 * A staff ID as printed on a card: full-width digits and letters typed through an IME read as ASCII (NFKC),
 * letters compare upper case.
 */
export function cleanStaffId(raw: string): string {
  return cleanText(raw, 'staffId').normalize('NFKC').replace(/ /g, '').toUpperCase();
}

/** The trainee as stored and shown: cleaned, empty optional fields dropped. Throws an IdentityError naming the field. */
export function normaliseTrainee(t: TraineeInput): TraineeInput {
  const name = cleanText(t.name, 'name');
  if (!name) throw new IdentityError('name', 'is empty or white space only');
  if (name.length > MAX_NAME) throw new IdentityError('name', `is longer than ${MAX_NAME} characters`);
  const department = t.department === undefined ? '' : cleanText(t.department, 'department');
  if (department.length > MAX_NAME) throw new IdentityError('department', `is longer than ${MAX_NAME} characters`);
  const staffId = t.staffId === undefined ? '' : cleanStaffId(t.staffId);
  if (staffId && !STAFF_ID.test(staffId)) throw new IdentityError('staffId', `"${staffId}" is not a staff ID (letters, digits, . _ - ; at most 32)`);
  return { name, ...(department ? { department } : {}), ...(staffId ? { staffId } : {}) };
}

// '/' separates name and department in a key; escaping it (and '%') keeps keys one-to-one with people.
const esc = (s: string) => s.replace(/%/g, '%25').replace(/\//g, '%2F');

/**
 * The key a trainee is known by (participants, records, variants, the xAPI account name): the staff ID
 * itself, or "name/department" (the slash always present, so never equal to a staff ID). Expects a
 * normalised trainee.
 */
export function identityKey(t: TraineeInput): string {
  return t.staffId ? t.staffId : `${esc(t.name)}/${esc(t.department ?? '')}`;
}

/** A session's join code as stored and shown: upper case ASCII, no spaces or hyphens (an IME may type it full width). */
export function canonicalCode(raw: string): string {
  return raw.replace(INVISIBLE, '').normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** An attempt id compares case-insensitively: stored and looked up in lower case. */
export const canonicalAttemptId = (id: string): string => id.trim().toLowerCase();
