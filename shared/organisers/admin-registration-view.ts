import { toRegistrationView } from '../registrations/registration-record';
import type { AdminRegistration } from './admin-records';

/** A registration as the console shows it; apart from the list (registration-list.ts) and its exports, for the detail view. */
export const adminRegistrationView = (record: AdminRegistration) => ({
  ...toRegistrationView(record),
  ...(record.emailUndeliverableAt ? { emailUndeliverableAt: record.emailUndeliverableAt } : {}),
  ...(record.checkedInAt ? { checkedInAt: record.checkedInAt } : {}),
  ...(record.erasedAt ? { erasedAt: record.erasedAt } : {}),
});
