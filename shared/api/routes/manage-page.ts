import * as z from 'zod/mini';
import { lazySchema } from '../../openapi/lazy-schema';
import { defineRoute } from '../../http/route-definition';
import { RegistrationPathParams } from '../registration-parameters';

const ManageQuery = lazySchema(() => z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9._-]{16,128}$/, 'must be the token of the manage link')) }));
const html = (description: string) => ({ description, schema: () => z.string(), contentType: 'text/html' });

/** Only the GET of the old page remains (its POST form went with the server-rendered pages): links in older emails keep working. */
export const getManagePageRoute = defineRoute({
  path: '/registrations/{registrationId}/manage',
  auth: 'manageLink',
  tags: ['registrations'],
  errorFormat: 'html',
  usesSigningSecret: true,
  operationId: 'getManagePage',
  method: 'GET',
  tables: { registrations: 'read' },
  summary: 'The manage link of older registration emails: 303 to the web page, token in the fragment (changes nothing)',
  request: { params: RegistrationPathParams, query: ManageQuery },
  responses: { 303: html('On to the web page (Location), with a link to it'), 403: html('Wrong token'), 404: html('No such registration') },
});
