import * as z from 'zod/mini';
import { defineRoute, type RouteDefinition } from '../../http/route-definition';
import { AccreditationPathParams, DecisionQuery } from '../press-api';

const html = (description: string) => ({ description, schema: () => z.string(), contentType: 'text/html' });

const decisionRoute = {
  path: '/press-accreditations/{accreditationId}/decision',
  auth: 'decisionLink',
  tags: ['press'],
  errorFormat: 'html',
  usesSigningSecret: true,
} satisfies Partial<RouteDefinition>;

export const getPressDecisionPageRoute = defineRoute({
  ...decisionRoute,
  operationId: 'getPressDecisionPage',
  method: 'GET',
  summary: "The decision link of older press emails: 303 to the web decision page, token in the fragment (changes nothing)",
  request: { params: AccreditationPathParams, query: DecisionQuery },
  responses: { 303: html('On to the web page (Location), with a link to it'), 401: html('Tampered or expired link'), 403: html('Link for another request'), 404: html('No such request') },
  tables: { registrations: 'read' },
});
