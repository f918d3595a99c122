import { toRegistrationView } from '../registrations/registration-record';
import type { AdminRegistration } from './admin-records';

/**
 * A registration as the console shows it, with its place on the waiting list when waitlisted (the list
 * reads a page's positions at once: registration-list.ts; the detail view its own: registration-detail.ts).
 */
export const adminRegistrationView = (record: AdminRegistration, waitlistPosition?: number) => ({
  ...toRegistrationView(record, waitlistPosition),
  ...(record.emailUndeliverableAt ? { emailUndeliverableAt: record.emailUndeliverableAt } : {}),
  ...(record.checkedInAt ? { checkedInAt: record.checkedInAt } : {}),
  ...(record.erasedAt ? { erasedAt: record.erasedAt } : {}),
});
