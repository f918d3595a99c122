import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isValidMailbox, mailboxPattern } from '../../shared/email/address';

/** The mailer's address check is the API's rule (zod's `z.email()`) without zod at run time. */
describe('isValidMailbox', () => {
  it("uses zod's z.email() pattern, so the API and the mailer agree on what an address is", () => {
    expect(mailboxPattern.source).toBe(z.regexes.email.source);
    expect(mailboxPattern.flags).toBe(z.regexes.email.flags);
  });

  it.each(['amina@example.com', "o'brien+events@mail.example.ma", 'a.b-c@sub.example.org'])('accepts %s, as z.email() does', (address) => {
    expect(isValidMailbox(address)).toBe(true);
    expect(z.email().safeParse(address).success).toBe(true);
  });

  it.each(['Eve <eve@example.com>', 'a@example.com, b@example.com', 'a@@example.com', '.a@example.com', 'a..b@example.com', 'a@example', 'a @example.com', 'a@example.com\r\nBcc: x@y.z', `${'a'.repeat(250)}@example.com`])(
    'refuses %j',
    (address) => expect(isValidMailbox(address)).toBe(false),
  );
});
