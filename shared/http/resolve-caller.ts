import type { APIGatewayProxyEvent } from 'aws-lambda';
import { credentialsOf } from './bearer-token';
import type { Caller, CallerOf, Credentials } from './caller';
import type { AuthKind } from './route-definition';
import { manageLinkCaller, manageTokenCaller } from '../registrations/authorize-registration';
import { checkInCaller, organiserCaller } from '../organisers/authorizer-policy';
import { decisionLinkCaller } from '../press/authorize-decision';
import { pressStatusLinkCaller } from '../press/authorize-press-status';
import { answerLinkCaller } from '../meetings/authorize-answer';
import { directoryLinkCaller } from '../meetings/authorize-directory';
import { feedTokenCaller } from '../meetings/authorize-feed';

type Resolver<K extends AuthKind> = (credentials: Credentials) => Promise<CallerOf<K>>;

/**
 * The one gate: for each auth kind, the check that establishes its caller. Each resolver lives with
 * its feature. They are imported statically: as `import()`s they split a unit's modules into ~10 more
 * chunk files, and reading those cost a cold start more CPU than evaluating the other kinds' few KB
 * (docs/benchmarks.md, part 1, "request schemas on first request, resolvers in the route's files").
 */
const resolvers: { [K in AuthKind]: Resolver<K> } = {
  public: async () => ({ kind: 'public' }),
  manageToken: manageTokenCaller,
  manageLink: manageLinkCaller,
  organiserKey: organiserCaller,
  decisionLink: decisionLinkCaller,
  pressStatusLink: pressStatusLinkCaller,
  answerLink: answerLinkCaller,
  directoryLink: directoryLinkCaller,
  feedToken: feedTokenCaller,
  checkInKey: checkInCaller,
};

/** The caller of a route of kind `auth`, or a 401/403/404 problem (thrown) when the request does not carry that credential. */
export function resolveCaller<K extends AuthKind>(auth: K, event: APIGatewayProxyEvent, headers: Record<string, string>): Promise<CallerOf<K>> {
  return (resolvers[auth] as Resolver<K>)(credentialsOf(event, headers));
}

export type { Caller, CallerOf };
