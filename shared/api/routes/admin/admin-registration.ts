import * as z from 'zod/mini';
import { RegistrationView } from '../../registration-view';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

/**
 * A registration as the organiser sees it. Apart from `admin-schemas.ts` because it builds on the
 * attendee's view, hence on the registration schemas, which the other admin routes (the scheduler's
 * among them) need not construct at their cold start.
 */
export const AdminRegistration = lazySchema(() => withMeta(z.extend(RegistrationView(), {
  emailUndeliverableAt: z.optional(z.iso.datetime()),
  checkedInAt: withMeta(z.optional(z.string()), { description: 'When the attendee was first checked in at the door (docs/check-in.md).' }),
  erasedAt: withMeta(z.optional(z.string()), { description: 'When the attendee erased their personal data: names, email, organisation and texts are blank (docs/data-model.md, "Personal data").' }),
}), { id: 'AdminRegistration' }));
