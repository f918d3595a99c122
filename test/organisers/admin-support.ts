import { routes } from '../../shared/api/routes/index';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';

/** A new organiser key of `eventId` (run after startTestApp, which points the storage at the test tables). */
export async function organiserKey(eventId: string): Promise<string> {
  return (await createOrganiserKey({ eventId, label: 'test' })).key;
}

export const adminRoutes = () => routes.filter((route) => route.auth === 'organiserKey');

/** A concrete path of a route template for an event (other parameters get a well-formed id). */
export const concretePath = (template: string, eventId: string) =>
  template.replace('{eventId}', eventId).replace(/\{\w+\}/g, '01ARZ3NDEKTSV4RRFFQ69G5FAV');
