import type { RouteDefinition } from '../../../http/route-definition';

/** B2B matchmaking routes: directory, meeting requests, agenda. */
export const meetingRoutes: readonly RouteDefinition[] = [];
