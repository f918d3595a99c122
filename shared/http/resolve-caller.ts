import type { APIGatewayProxyEvent } from 'aws-lambda';
import { credentialsOf } from './bearer-token';
import type { Caller, CallerOf, Credentials } from './caller';
import type { AuthKind } from './route-definition';

type Resolver<K extends AuthKind> = (credentials: Credentials) => Promise<CallerOf<K>>;

/**
 * The one gate: for each auth kind, the check that establishes its caller. Each resolver lives with
 * its feature and is imported on first use, so a function evaluates only the check of its own kind.
 */
const resolvers: { [K in AuthKind]: Resolver<K> } = {
  public: async () => ({ kind: 'public' }),
  manageToken: async (credentials) => (await import('../registrations/authorize-registration')).manageTokenCaller(credentials),
  manageLink: async (credentials) => (await import('../registrations/authorize-registration')).manageLinkCaller(credentials),
  organiserKey: async (credentials) => (await import('../organisers/authorizer-policy')).organiserCaller(credentials),
  decisionLink: async (credentials) => (await import('../press/authorize-decision')).decisionLinkCaller(credentials),
  pressStatusLink: async (credentials) => (await import('../press/authorize-press-status')).pressStatusLinkCaller(credentials),
  answerLink: async (credentials) => (await import('../meetings/authorize-answer')).answerLinkCaller(credentials),
  directoryLink: async (credentials) => (await import('../meetings/authorize-directory')).directoryLinkCaller(credentials),
  feedToken: async (credentials) => (await import('../meetings/authorize-feed')).feedTokenCaller(credentials),
  checkInKey: async (credentials) => (await import('../organisers/authorizer-policy')).checkInCaller(credentials),
};

/** The caller of a route of kind `auth`, or a 401/403/404 problem (thrown) when the request does not carry that credential. */
export function resolveCaller<K extends AuthKind>(auth: K, event: APIGatewayProxyEvent, headers: Record<string, string>): Promise<CallerOf<K>> {
  return (resolvers[auth] as Resolver<K>)(credentialsOf(event, headers));
}

export type { Caller, CallerOf };
