import * as z from 'zod';
import { RegistrationView } from '../../registration-view';

/**
 * A registration as the organiser sees it. Apart from `admin-schemas.ts` because it builds on the
 * attendee's view, hence on the registration schemas, which the other admin routes (the scheduler's
 * among them) need not construct at their cold start.
 */
export const AdminRegistration = RegistrationView.extend({
  emailUndeliverableAt: z.iso.datetime().optional(),
  checkedInAt: z.string().optional().meta({ description: 'When the attendee was first checked in at the door (docs/check-in.md).' }),
}).meta({ id: 'AdminRegistration' });
