import * as z from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route-definition';
import { AccreditationPathParams, DecisionQuery, DecisionRequest, DecisionResult } from '../press-api';
import { problemResponse } from './problem-response';

const html = (description: string) => ({ description, schema: z.string(), contentType: 'text/html' });

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
  entry: 'functions/get-press-decision-page.ts',
  summary: "The decision link of older press emails: 303 to the web decision page, token in the fragment (changes nothing)",
  request: { params: AccreditationPathParams, query: DecisionQuery },
  responses: { 303: html('On to the web page (Location), with a link to it'), 401: html('Tampered or expired link'), 403: html('Link for another request'), 404: html('No such request') },
  tables: { registrations: 'read' },
});

export const postPressDecisionRoute = defineRoute({
  ...decisionRoute,
  operationId: 'postPressDecision',
  method: 'POST',
  entry: 'functions/post-press-decision.ts',
  summary: 'Approve or reject (form or JSON); the first decision wins',
  request: {
    params: AccreditationPathParams,
    query: DecisionQuery,
    body: DecisionRequest,
    bodyContentTypes: ['application/x-www-form-urlencoded', 'application/json'],
  },
  responses: {
    200: { description: 'Decided (JSON, or the page for a form)', schema: DecisionResult },
    401: html('Tampered or expired link'),
    403: html('Link for another request'),
    409: problemResponse('Already decided: says who decided what and when (the page for a form)'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
});
