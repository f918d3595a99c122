import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import type { EmailKind } from '../email/email-message';
import { dynamo } from '../storage/dynamo-client';
import { meetingKey, pressAccreditationKey, registrationKey } from '../storage/keys';

/**
 * The statuses its subject must still be in for an email to tell the truth when sent again: a re-sent
 * "Registration confirmed" after the attendee cancelled, or a "Meeting confirmed" (with its calendar
 * invitation) after the meeting was cancelled or moved, would tell the person something no longer so.
 * Kinds absent here are final (a decision, a cancellation notice to a contact) or snapshots the
 * organisers resend knowingly (summary, digest, agenda).
 */
const currentWhile: Partial<Record<EmailKind, readonly string[]>> = {
  'registration-confirmed': ['confirmed'],
  'registration-promoted': ['confirmed'],
  'registration-waitlisted': ['waitlisted'],
  'registration-details-changed': ['confirmed', 'waitlisted'],
  'registration-cancelled': ['cancelled'],
  'press-request-received': ['pending'],
  'press-review-requested': ['pending'],
  'meeting-requested': ['pending'],
  'meeting-accepted': ['accepted'],
  'meeting-confirmed': ['confirmed'],
  'meeting-declined': ['declined'],
  'meeting-cancelled': ['cancelled'],
  'meeting-expired': ['expired'],
};

interface Subject {
  status: string;
  /** A meeting's calendar SEQUENCE: a move to another slot raises it while the status stays `confirmed`. */
  sequence?: number;
}

async function readSubject(email: ConfirmationRecord): Promise<Subject | undefined> {
  const config = runtimeConfig();
  const kind = email.message.kind;
  const [tableName, key] = kind.startsWith('registration-')
    ? [config.REGISTRATIONS_TABLE, registrationKey(email.subjectId)]
    : kind.startsWith('press-')
      ? [config.REGISTRATIONS_TABLE, pressAccreditationKey(email.subjectId)]
      : [config.MEETING_REQUESTS_TABLE, meetingKey(email.subjectId)];
  const { Item } = await dynamo().send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true, ProjectionExpression: '#status, #sequence', ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence' } }));
  return Item as Subject | undefined;
}

/** The subject's status now, when the email no longer matches it (undefined: the email may be sent again). */
export async function supersededBy(email: ConfirmationRecord): Promise<string | undefined> {
  const statuses = currentWhile[email.message.kind];
  if (!statuses) return undefined;
  const subject = await readSubject(email);
  if (!subject) return 'gone';
  if (!statuses.includes(subject.status)) return subject.status;
  const data = email.message.data as { sequence?: number };
  if (data.sequence !== undefined && subject.sequence !== undefined && data.sequence !== subject.sequence) return `${subject.status}, moved since`;
  return undefined;
}
