import type { RouteDefinition } from '../../../http/route-definition';

/** Organiser routes (organiser API key). */
export const adminRoutes: readonly RouteDefinition[] = [];
