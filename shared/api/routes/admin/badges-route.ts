import * as z from 'zod/mini';
import { lazySchema } from '../../../openapi/lazy-schema';
import { badgeFontPaths } from '../../../badges/badge-fonts';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';

export const getBadgesRoute = defineRoute({
  operationId: 'getBadges',
  method: 'GET',
  path: '/admin/events/{eventId}/badges.pdf',
  auth: 'organiserKey',
  summary: 'Badges of every confirmed attendee: A6, one per page, with name, organisation, country, type, ticket QR code and code',
  tags: ['admin'],
  request: {
    params: AdminEventParams,
    query: lazySchema(() => z.object({ language: withMeta(z._default(z.enum(['fr', 'en', 'ar']), 'fr'), { description: 'Language of the country names and participant types.' }) })),
  },
  responses: {
    200: { description: 'The PDF', contentType: 'application/pdf' },
    400: problemResponse('Unknown language'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  tables: { registrations: 'read' },
  usesSigningSecret: true,
  // Sized by CPU, not memory (docs/check-in.md, "Memory and time"): 2,500 badges, about the most a 6 MB Lambda
  // response holds, peak under 210 MB and 5-6 s of CPU, 12-14 s at 768 MB's share of a vCPU, half of API Gateway's 29 s.
  // The fonts are read from files next to the bundle.
  compute: { memoryMb: 768, timeoutSeconds: 29, bundledFiles: badgeFontPaths },
});
