import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper has no look-alikes. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ticket's short code to type when the camera fails: 8 random Crockford base32 characters (40 bits).
 * Random rather than derived from the signing secret, so that the functions that confirm a seat
 * (registration, promotion, capacity change) need no secret: the code is stored on the registration and
 * in a lookup item written in the same transaction (docs/check-in.md).
 */
export function generateTicketCode(): string {
  const bytes = randomBytes(5);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let code = '';
  for (let index = 0; index < 8; index += 1) {
    code = alphabet[Number(value & 31n)]! + code;
    value >>= 5n;
  }
  return code;
}

/** `ABCD-EFGH` as printed, typed with hyphens, spaces, lower case, O for 0 or I/L for 1: the canonical 8 characters, or undefined. */
export function normalizeTicketCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : undefined;
}

/** How the code is shown: two groups of four. */
export const displayTicketCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
