import type { OrganiserAuthorizerContext } from '../organisers/authorizer-policy';
import type { DecisionContext } from '../press/authorize-decision';
import type { PressStatusContext } from '../press/authorize-press-status';
import type { RegistrationRecord } from '../registrations/registration-record';
import type { AnswerClaims } from '../security/answer-token';
import type { AuthKind } from './route-definition';

/** Who is calling, as the gate established it from the route's declared `auth`. */
export type Caller =
  | { kind: 'public' }
  | { kind: 'manageToken'; registration: RegistrationRecord }
  | { kind: 'manageLink'; registration: RegistrationRecord }
  | { kind: 'organiserKey'; organiser: OrganiserAuthorizerContext }
  | { kind: 'decisionLink'; decision: DecisionContext }
  | { kind: 'pressStatusLink'; status: PressStatusContext }
  | { kind: 'answerLink'; answer: AnswerClaims }
  | { kind: 'directoryLink'; registration: RegistrationRecord }
  | { kind: 'feedToken'; registration: RegistrationRecord }
  | { kind: 'checkInKey'; staff: OrganiserAuthorizerContext };

/** The caller a route of auth kind `K` receives. */
export type CallerOf<K extends AuthKind> = Extract<Caller, { kind: K }>;

/** The credentials of a request, where each auth kind looks for its own. */
export interface Credentials {
  /** The token of `Authorization: Bearer <token>`; `undefined` when absent, `null` when malformed. */
  bearer: string | undefined | null;
  /** The `token` query parameter of links in emails. */
  queryToken: string | undefined;
  /** What API Gateway's organiser authorizer let through (`requestContext.authorizer`). */
  authorizer: Record<string, unknown> | undefined;
  /** Raw path parameters: the resource the credential must be for. */
  params: Record<string, string>;
}
