import * as z from 'zod/mini';

const EmailAddress = z.email();

/**
 * Whether `address` is exactly one plain mailbox address (`local@domain`), the same rule the API
 * applies to incoming addresses (zod's `z.email()`), and free of whitespace and control
 * characters. Display-name forms ("Eve <eve@x>"), lists ("a@x, b@y") and groups are not
 * addresses here: names travel separately and are encoded by the MIME composer.
 */
export function isValidMailbox(address: string): boolean {
  if (address.length > 254 || /[\s\u0000-\u001f\u007f-\u009f,;<>"]/.test(address)) return false;
  return EmailAddress.safeParse(address).success;
}
