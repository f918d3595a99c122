import * as z from 'zod/mini';
import { defineRoute, type RouteDefinition } from '../../../http/route-definition';
import { MeetingPathParams, MeetingStatus, MeetingView } from '../../meeting-api';
import { multiLine } from '../../text-fields';
import { problemResponse } from '../problem-response';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

/** What the recipient of a meeting request needs to decide, for the web page behind the answer link. */
export const MeetingInvitation = lazySchema(() => withMeta(z.object({
  meetingRequestId: z.string(),
  eventId: z.string(),
  status: MeetingStatus(),
  slotId: withMeta(z.optional(z.string()), { description: 'The slot of a confirmed meeting.' }),
  table: withMeta(z.optional(z.int()), { description: 'The table of a confirmed meeting.' }),
  withdrawn: withMeta(z.optional(z.boolean()), {
    description: 'A cancelled request: true when its requester withdrew it before it was answered, false when the meeting was cancelled after being accepted; absent otherwise (also for requests cancelled before this was recorded).',
  }),
  requester: z.looseObject({
    firstName: z.string(),
    lastName: z.string(),
    organisation: z.string(),
    country: z.string(),
    offer: z.string(),
    request: z.string(),
    erased: withMeta(z.optional(z.boolean()), { description: 'True when the requester erased their data: names, organisation and texts are blank.' }),
  }),
  message: z.string(),
  proposedSlots: z.array(z.object({ slotId: z.string(), start: z.string(), end: z.string() })),
  participantsPickSlots: z.boolean(),
  linkExpiresAt: z.string(),
}), { id: 'MeetingInvitation' }));

/** A field the chosen action does not take is named, not dropped: `slotId` with `accept-later`, `reason` with `accept`. */
const answerOf = <S extends z.core.$ZodLooseShape>(action: string, shape: S) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `is not a field of action ${action}` : undefined) });

const actions = ['accept', 'accept-later', 'decline'];
/** An action left out is required; another is not one of the three (zod's own words name neither). */
const actionError = (issue: { input?: unknown }) =>
  typeof issue.input === 'object' && issue.input !== null && (issue.input as Record<string, unknown>).action === undefined ? 'is required' : `must be one of ${actions.join(', ')}`;

export const InvitationAnswer = lazySchema(() => withMeta(z.discriminatedUnion('action', [
  answerOf('accept', { action: z.literal('accept'), slotId: withMeta(z.optional(z.string().check(z.maxLength(80))), { description: 'One of the proposed slots; without it, the meeting waits for "Schedule all".' }) }),
  answerOf('accept-later', { action: z.literal('accept-later') }),
  answerOf('decline', { action: z.literal('decline'), reason: z.optional(multiLine(500)) }),
], { error: (issue) => (issue.code === 'invalid_union' ? actionError(issue) : undefined) }), { id: 'MeetingInvitationAnswer' }));

const invitation = {
  path: '/meeting-requests/{meetingRequestId}/invitation',
  auth: 'answerLink',
  tags: ['meetings'],
  usesSigningSecret: true,
} satisfies Partial<RouteDefinition>;

const linkErrors = { 401: problemResponse('Missing, tampered, expired or outdated answer token'), 403: problemResponse('Answer token of another request') };

export const getMeetingInvitationRoute = defineRoute({
  ...invitation,
  operationId: 'getMeetingInvitation',
  method: 'GET',
  summary: 'The meeting request behind an answer link (Bearer answer token): who asks, proposed slots, message',
  request: { params: MeetingPathParams },
  responses: { 200: { description: 'The request as its recipient sees it', schema: MeetingInvitation }, ...linkErrors },
  tables: { meetingRequests: 'read', registrations: 'read' },
});

export const answerMeetingInvitationRoute = defineRoute({
  ...invitation,
  operationId: 'answerMeetingInvitation',
  method: 'POST',
  summary: 'Accept (in a slot or to be scheduled) or decline the meeting request of an answer link',
  // A chosen slot is the request's: checked with the body's other fields, in one answer (functions/answer-meeting-invitation.ts).
  request: { params: MeetingPathParams, body: InvitationAnswer, bodyValidatedBy: 'implementation' },
  responses: { 200: { description: 'The request after the answer', schema: MeetingView }, ...linkErrors, 409: problemResponse('No longer pending, or the slot is taken') },
  tables: { meetingRequests: 'readWrite', registrations: 'read', confirmations: 'readWrite' },
});
