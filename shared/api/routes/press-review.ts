import * as z from 'zod/mini';
import { defineRoute, type RouteDefinition } from '../../http/route-definition';
import { AccreditationPathParams, DecisionRequest, DecisionResult, pressRequestViewShape } from '../press-api';
import { problemResponse } from './problem-response';
import { withMeta } from '../../openapi/schema-metadata';
import { lazySchema } from '../../openapi/lazy-schema';

/** The accreditation request in full, for the web page behind a press contact's decision link. */
export const PressReview = lazySchema(() => withMeta(z.object({
  ...pressRequestViewShape(),
  decision: z.optional(z.object({
    decision: z.enum(['approved', 'rejected']),
    decidedBy: z.string(),
    decidedAt: z.string(),
    reason: z.optional(z.string()),
    byOrganisers: z.optional(withMeta(z.boolean(), { description: 'true: decided from the organiser console (`decidedBy` is then "Organisers"; a page names them in its own language)' })),
  })),
}), { id: 'PressReview' }));

const review = {
  path: '/press-accreditations/{accreditationId}/review',
  auth: 'decisionLink',
  tags: ['press'],
  usesSigningSecret: true,
} satisfies Partial<RouteDefinition>;

const linkErrors = {
  401: problemResponse('Missing, tampered or expired decision token'),
  403: problemResponse('Decision token of another request, or of someone no longer a press contact'),
  404: problemResponse('No such request'),
};

export const getPressReviewRoute = defineRoute({
  ...review,
  operationId: 'getPressReview',
  method: 'GET',
  summary: 'The accreditation request behind a decision link (Bearer decision token), in full',
  request: { params: AccreditationPathParams },
  responses: { 200: { description: 'The request and its decision, if any', schema: PressReview }, ...linkErrors },
  tables: { registrations: 'read' },
});

export const decidePressReviewRoute = defineRoute({
  ...review,
  operationId: 'decidePressReview',
  method: 'POST',
  summary: 'Approve or reject with a decision token (Bearer); the first decision wins',
  request: { params: AccreditationPathParams, body: DecisionRequest },
  responses: { 200: { description: 'Decided', schema: DecisionResult }, ...linkErrors, 409: problemResponse('Already decided: says who decided what and when') },
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
});
