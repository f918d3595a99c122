import { unitHandler, type UnitRoutes } from './unit-handler';

/** Press accreditation: the journalist's request and the press contact's decision link. */
export const routes: UnitRoutes = {
  'POST /events/{eventId}/press-accreditations': () => import('../create-press-accreditation'),
  'GET /press-accreditations/{accreditationId}': () => import('../get-press-status'),
  'GET /press-accreditations/{accreditationId}/decision': () => import('../get-press-decision-page'),
  'GET /press-accreditations/{accreditationId}/review': () => import('../get-press-review'),
  'POST /press-accreditations/{accreditationId}/review': () => import('../decide-press-review'),
};

export const handler = unitHandler(routes);
