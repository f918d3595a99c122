import { httpHandler, type RouteImplementation } from '../http/http-handler';
import type { RouteDefinition } from '../http/route-definition';
import { linkProblemPage } from './link-problem-page';

/** `httpHandler` for the pages opened from an email link (`errorFormat: 'html'`): errors as a page in the reader's language. */
export const linkPageHandler = <R extends RouteDefinition & { errorFormat: 'html' }>(route: R, implementation: RouteImplementation<R>) =>
  httpHandler(route, implementation, linkProblemPage);
