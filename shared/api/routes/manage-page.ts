import * as z from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route-definition';
import { RegistrationPathParams } from '../registration-api';

const ManageQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9._-]{16,128}$/, 'must be the token of the manage link') });
const html = (description: string) => ({ description, schema: z.string(), contentType: 'text/html' });

const manageRoute = {
  path: '/registrations/{registrationId}/manage',
  auth: 'manageLink',
  tags: ['registrations'],
  errorFormat: 'html',
  tables: { registrations: 'readWrite', confirmations: 'readWrite', meetingRequests: 'readWrite' },
  usesSigningSecret: true,
} satisfies Partial<RouteDefinition>;

export const getManagePageRoute = defineRoute({
  ...manageRoute,
  operationId: 'getManagePage',
  method: 'GET',
  entry: 'functions/get-manage-page.ts',
  tables: { registrations: 'read' },
  summary: 'The manage link of older registration emails: 303 to the web page, token in the fragment (changes nothing)',
  request: { params: RegistrationPathParams, query: ManageQuery },
  responses: { 303: html('On to the web page (Location), with a link to it'), 403: html('Wrong token'), 404: html('No such registration') },
});

export const postManagePageRoute = defineRoute({
  ...manageRoute,
  operationId: 'postManagePage',
  method: 'POST',
  entry: 'functions/post-manage-page.ts',
  summary: 'The cancel button of the manage page',
  request: {
    params: RegistrationPathParams,
    query: ManageQuery,
    body: z.object({ action: z.literal('cancel') }),
    bodyContentTypes: ['application/x-www-form-urlencoded', 'application/json'],
  },
  responses: { 200: html('The registration page, cancelled'), 403: html('Wrong token'), 404: html('No such registration') },
});
