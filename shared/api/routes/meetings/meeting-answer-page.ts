import * as z from 'zod';
import { defineRoute, type RouteDefinition } from '../../../http/route-definition';
import { MeetingPathParams } from '../../meeting-api';
import { multiLine } from '../../text-fields';

const AnswerQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9._-]{16,512}$/, 'must be the token of the answer link') });
const html = (description: string) => ({ description, schema: z.string(), contentType: 'text/html' });

const answerPage = {
  path: '/meeting-requests/{meetingRequestId}/answer',
  auth: 'answerLink',
  tags: ['meetings'],
  errorFormat: 'html',
  usesSigningSecret: true,
} satisfies Partial<RouteDefinition>;

export const getMeetingAnswerPageRoute = defineRoute({
  ...answerPage,
  operationId: 'getMeetingAnswerPage',
  method: 'GET',
  entry: 'functions/get-meeting-answer-page.ts',
  summary: 'The answer link of older meeting request emails: 303 to the web answer page, token in the fragment (changes nothing)',
  request: { params: MeetingPathParams, query: AnswerQuery },
  responses: { 303: html('On to the web page (Location), with a link to it'), 401: html('Tampered, expired or outdated link'), 403: html('Link for another request') },
  tables: { meetingRequests: 'read', registrations: 'read' },
});

export const postMeetingAnswerPageRoute = defineRoute({
  ...answerPage,
  operationId: 'postMeetingAnswerPage',
  method: 'POST',
  entry: 'functions/post-meeting-answer-page.ts',
  summary: 'The answer buttons: accept in a slot, accept without a time, or decline',
  request: {
    params: MeetingPathParams,
    query: AnswerQuery,
    body: z.object({ action: z.enum(['accept', 'accept-later', 'decline']), slotId: z.string().max(80).optional(), reason: multiLine(500).optional() }),
    bodyContentTypes: ['application/x-www-form-urlencoded'],
  },
  responses: { 200: html('The request after the answer'), 409: html('Not possible: the page says why') },
  tables: { meetingRequests: 'readWrite', registrations: 'read', confirmations: 'readWrite' },
});
