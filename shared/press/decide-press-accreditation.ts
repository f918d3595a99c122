import type { DecisionRequest } from '../api/press-api';
import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import { pressMoved } from '../organisers/dashboard-deltas';
import { backoff, writeNamedTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import type { DecisionContext } from './authorize-decision';
import { decisionEmails } from './press-emails';
import { pressAccreditationKey, pressEmailGuardKey, pressStatusSortKey, type PressAccreditationRecord, type PressDecisionRecord } from './press-record';
import { findPressAccreditation } from './press-store';

export type DecisionOutcome = { decided: true; record: PressAccreditationRecord } | { decided: false; record: PressAccreditationRecord };

/**
 * Records a press contact's decision. The first decision wins (conditional on `pending`); in the
 * same transaction the journalist's outcome email and the other contacts' notices are recorded,
 * and a rejection releases the email guard so the journalist may apply again.
 */
export async function decidePressAccreditation(context: DecisionContext, request: DecisionRequest, now: Date): Promise<DecisionOutcome> {
  const { record, event, contact } = context;
  if (record.status !== 'pending') return { decided: false, record };
  const decision: PressDecisionRecord = {
    decision: request.decision === 'approve' ? 'approved' : 'rejected',
    decidedBy: contact.name,
    decidedByEmail: contact.email,
    decidedAt: now.toISOString(),
    ...(request.reason ? { reason: request.reason } : {}),
  };
  const emails = decisionEmails(event, record, decision).map((message) => newConfirmation(message, record.accreditationId, decision.decidedAt));
  const table = runtimeConfig().REGISTRATIONS_TABLE;
  const update = new UpdateBuilder()
    .set('status', decision.decision)
    .set('decision', decision)
    .set('updatedAt', decision.decidedAt)
    .set('gsi1sk', pressStatusSortKey(decision.decision, record.createdAt, record.accreditationId))
    .append('emailIds', emails.map((email) => email.confirmationId))
    .when((path, value) => `${path('status')} = ${value('pending')}`);
  const releaseGuard: TransactionItem[] =
    decision.decision === 'rejected'
      ? [{ Delete: { TableName: table, Key: pressEmailGuardKey(record.eventId, record.normalizedEmail), ConditionExpression: 'accreditationId = :id', ExpressionAttributeValues: { ':id': record.accreditationId } } }]
      : [];
  const items = {
    accreditation: { Update: { TableName: table, Key: pressAccreditationKey(record.accreditationId), ...update.build() } },
    releaseGuard,
    emails: emails.map(putConfirmation),
    dashboard: pressMoved(record.eventId, 'pending', decision.decision),
  };
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const outcome = await writeNamedTransaction(items);
    const current = (await findPressAccreditation(record.accreditationId))!;
    if (outcome.committed) return { decided: true, record: current };
    if (outcome.refused('accreditation') || current.status !== 'pending') return { decided: false, record: current };
    await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'Please retry in a second.');
}

const maxAttempts = 5;
