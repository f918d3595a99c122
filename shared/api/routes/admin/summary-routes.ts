import { lazySchema } from '../../../openapi/lazy-schema';
import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';

export const SummaryFiguresSchema = lazySchema(() => withMeta(z.looseObject({ eventId: z.string(), totals: z.record(z.string(), z.number()), changes: z.optional(z.record(z.string(), z.number())) }), { id: 'OrganiserSummaryFigures', description: 'docs/organisers.md describes every figure.' }));

export const getSummaryRoute = defineRoute({
  operationId: 'getOrganiserSummary',
  method: 'GET',
  path: '/admin/events/{eventId}/summary',
  auth: 'organiserKey',
  summary: 'The summary figures now, with changes since the last sent summary (sends nothing)',
  tags: ['admin'],
  request: { params: AdminEventParams },
  responses: {
    200: {
      description: 'The figures the summary email would show',
      schema: lazySchema(() => withMeta(z.object({ generatedAt: z.string(), previousAt: z.optional(z.string()), figures: SummaryFiguresSchema() }), { id: 'OrganiserSummary' })),
    },
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  tables: { registrations: 'read', meetingRequests: 'read', confirmations: 'read' },
});

export const sendSummaryRoute = defineRoute({
  operationId: 'sendOrganiserSummary',
  method: 'POST',
  path: '/admin/events/{eventId}/summaries',
  auth: 'organiserKey',
  summary: "Email the summary to the event's organiser recipients now",
  tags: ['admin'],
  request: { params: AdminEventParams },
  responses: {
    202: {
      description: 'Recorded; the mailer sends one email per recipient, the registrations CSV attached',
      schema: lazySchema(() => withMeta(z.object({ summaryId: z.string(), generatedAt: z.string(), previousAt: z.optional(z.string()), recipients: z.int() }), { id: 'SummarySent' })),
    },
    ...adminProblems,
    404: problemResponse('No such event'),
    409: problemResponse('No organiser recipients, or another summary was sent at the same moment'),
  },
  tables: { registrations: 'readWrite', meetingRequests: 'read', confirmations: 'readWrite' },
});

const Counts = z.array(z.object({ key: z.string(), count: z.int() }));

export const DashboardFiguresSchema = lazySchema(() => withMeta(z.object({
  eventId: z.string(),
  generatedAt: z.string(),
  registrations: z.object({
    byStatus: z.object({ confirmed: z.int(), waitlisted: z.int(), cancelled: z.int() }),
    checkedIn: z.int(),
    bySector: Counts,
    byCountry: Counts,
    byParticipantType: Counts,
  }),
  meetings: z.object({
    requested: z.int(),
    byStatus: z.object({ pending: z.int(), accepted: z.int(), confirmed: z.int(), declined: z.int(), cancelled: z.int(), expired: z.int() }),
  }),
  press: z.object({ pending: z.int(), approved: z.int(), rejected: z.int() }),
  emails: z.object({ bounced: z.int(), complained: z.int(), failed: z.int() }),
}), { id: 'DashboardFigures', description: 'docs/organisers.md, "Dashboard": counted in the transactions that change them.' }));

export const getDashboardRoute = defineRoute({
  operationId: 'getOrganiserDashboard',
  method: 'GET',
  path: '/admin/events/{eventId}/dashboard',
  auth: 'organiserKey',
  summary: "The console dashboard's figures now, read from the event's counter items only (one small Query, whatever the event's size)",
  tags: ['admin'],
  request: { params: AdminEventParams },
  responses: {
    200: { description: 'The figures', schema: DashboardFiguresSchema },
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  tables: { registrations: 'read' },
});
