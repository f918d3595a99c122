import * as z from 'zod/mini';
import { lazySchema } from '../../../openapi/lazy-schema';
import { defineRoute, type RouteDefinition } from '../../../http/route-definition';
import { MeetingPathParams } from '../../meeting-api';

const AnswerQuery = lazySchema(() => z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9._-]{16,512}$/, 'must be the token of the answer link')) }));
const html = (description: string) => ({ description, schema: () => z.string(), contentType: 'text/html' });

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
  summary: 'The answer link of older meeting request emails: 303 to the web answer page, token in the fragment (changes nothing)',
  request: { params: MeetingPathParams, query: AnswerQuery },
  responses: { 303: html('On to the web page (Location), with a link to it'), 401: html('Tampered, expired or outdated link'), 403: html('Link for another request') },
  tables: { meetingRequests: 'read', registrations: 'read' },
});
