/**
 * zod's `z.email()` pattern, copied so that the mailer checks an address without evaluating zod's
 * core in its cold start for this one test (docs/benchmarks.md, part 1); test/email/address.test.ts
 * fails if zod's pattern changes.
 */
export const mailboxPattern = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/**
 * Whether `address` is exactly one plain mailbox address (`local@domain`), the same rule the API
 * applies to incoming addresses (zod's `z.email()`), and free of whitespace and control
 * characters. Display-name forms ("Eve <eve@x>"), lists ("a@x, b@y") and groups are not
 * addresses here: names travel separately and are encoded by the MIME composer.
 */
export function isValidMailbox(address: string): boolean {
  if (address.length > 254 || /[\s\u0000-\u001f\u007f-\u009f,;<>"]/.test(address)) return false;
  return mailboxPattern.test(address);
}
