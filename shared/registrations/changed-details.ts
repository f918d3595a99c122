import type { ChangedDetail } from '../email/email-message';
import type { RegistrationRecord } from './registration-record';

type Details = Pick<RegistrationRecord, 'firstName' | 'lastName' | 'organisation' | 'jobTitle' | 'phone' | 'country' | 'sectors' | 'accessibilityNeeds'>;

const sameSectors = (before: readonly string[], after: readonly string[]) =>
  before.length === after.length && [...before].sort().join('\n') === [...after].sort().join('\n');

/**
 * The attendee's own details that differ between two versions of their registration, in the order
 * the form shows them. A change sent twice differs the first time only, so it is told once.
 */
export function changedDetails(before: Details, after: Details): ChangedDetail[] {
  const changed: ChangedDetail[] = [];
  if (before.firstName !== after.firstName || before.lastName !== after.lastName) changed.push('name');
  for (const field of ['organisation', 'jobTitle', 'phone', 'country'] as const) {
    if (before[field] !== after[field]) changed.push(field);
  }
  if (!sameSectors(before.sectors, after.sectors)) changed.push('sectors');
  if (before.accessibilityNeeds !== after.accessibilityNeeds) changed.push('accessibilityNeeds');
  return changed;
}
