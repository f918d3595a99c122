/** What a failed SES call means for the email. */
export type SendErrorKind = 'throttled' | 'transient' | 'permanent';

const throttling = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling', 'LimitExceededException']);
const permanent = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'BadRequestException',
  'NotFoundException',
  'AccountSuspendedException',
  'InvalidParameterValue',
]);

/** Rendering and address errors are our own and permanent; SES throttling is only ever retried. */
export function classifySendError(error: unknown): SendErrorKind {
  if (error instanceof PermanentSendError) return 'permanent';
  const name = error instanceof Error ? error.name : '';
  if (throttling.has(name)) return 'throttled';
  if (permanent.has(name)) return 'permanent';
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (status !== undefined && status >= 400 && status < 500 && status !== 429) return 'permanent';
  return 'transient';
}

export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}

export function describeSendError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : String(error).slice(0, 500);
}
