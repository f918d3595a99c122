import { requireEvent } from '../events/require-event';
import type { HttpResult } from '../http/http-result';
import { findRegistration, waitlistPosition } from '../registrations/registration-store';
import { managePage } from './manage-page';

const pageHeaders = {
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
};

/** The manage page of a registration as it is now. */
export async function managePageResult(registrationId: string, justCancelled: boolean): Promise<HttpResult> {
  const record = (await findRegistration(registrationId))!;
  const event = await requireEvent(record.eventId);
  const position = await waitlistPosition(record);
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: pageHeaders,
    body: managePage({ event, record, ...(position === undefined ? {} : { position }), justCancelled }),
  };
}
