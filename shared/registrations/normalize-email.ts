/**
 * The form of an address used to find duplicates: trimmed, domain in lower case. The local part
 * keeps its case, as RFC 5321 lets mail servers treat it case-sensitively.
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  return at === -1 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}
