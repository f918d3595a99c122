import type { RouteDefinition } from '../../http/route-definition';
import { adminRoutes } from './admin/index';
import { meetingRoutes } from './meetings/index';
import { cancelRegistrationRoute } from './cancel-registration';
import { createPressAccreditationRoute } from './create-press-accreditation';
import { createRegistrationRoute } from './create-registration';
import { getEventRoute } from './get-event';
import { getHealthRoute } from './get-health';
import { getReadinessRoute } from './get-readiness';
import { getRegistrationRoute } from './get-registration';
import { getOpenApiDocumentRoute } from './get-openapi-document';
import { getManagePageRoute } from './manage-page';
import { getPressStatusRoute } from './get-press-status';
import { getPressDecisionPageRoute } from './press-decision';
import { requestManageLinkRoute } from './request-manage-link';
import { decidePressReviewRoute, getPressReviewRoute } from './press-review';
import { updateRegistrationRoute } from './update-registration';

/**
 * The one route table. The CDK stack makes one API Gateway method per route, served by the route's
 * feature unit (functions/units/, which maps it to its handler module), the local server dispatches
 * through it, and the OpenAPI document is generated from it.
 * Each route lives in its own module so that a handler bundles only its own schemas.
 */
export const routes: readonly RouteDefinition[] = [
  getHealthRoute,
  getReadinessRoute,
  getOpenApiDocumentRoute,
  getEventRoute,
  createRegistrationRoute,
  getRegistrationRoute,
  updateRegistrationRoute,
  cancelRegistrationRoute,
  getManagePageRoute,
  requestManageLinkRoute,
  createPressAccreditationRoute,
  getPressStatusRoute,
  getPressDecisionPageRoute,
  getPressReviewRoute,
  decidePressReviewRoute,
  ...meetingRoutes,
  ...adminRoutes,
];
