import { requireEvent } from '../events/require-event';
import type { HttpResult } from '../http/http-result';
import { pageResult } from './page-result';
import { findRegistration, waitlistPosition } from '../registrations/registration-store';
import { managePage } from './manage-page';

/** The manage page of a registration as it is now. */
export async function managePageResult(registrationId: string, justCancelled: boolean): Promise<HttpResult> {
  const record = (await findRegistration(registrationId))!;
  const event = await requireEvent(record.eventId);
  const position = await waitlistPosition(record);
  return pageResult(managePage({ event, record, ...(position === undefined ? {} : { position }), justCancelled }));
}
