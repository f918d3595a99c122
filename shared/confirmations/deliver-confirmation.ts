import { runtimeConfig } from '../config/runtime-config';
import { composeMime } from '../email/compose-mime';
import { loadRendering, renderEmail } from '../email/render-email';
import { cachedEvent } from '../events/cached-event';
import { log } from '../logging/logger';
import type { ConfirmationRecord } from './confirmation-record';
import { claimForSending, markErased, markFailed, markSent, releaseForRetry } from './confirmation-store';
import { mailerSettings } from './mailer-settings';
import { resolveLinks } from './resolve-links';
import { classifySendError, describeSendError, PermanentSendError } from './send-error';
import { sendRawEmail } from './ses-sender';

export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed';

/**
 * `now`: the moment of sending, from which the email's links get their lifetime. Rendering, every
 * kind's template and the MIME writer are imported statically: only the mailers import this module
 * and their cold start is for an email, and each `import()` was one more file for it to load
 * (docs/benchmarks.md, part 1). The reader's catalogue still loads per language (`loadRendering`).
 */
async function buildMime(record: ConfirmationRecord, now: Date): Promise<Buffer> {
  try {
    const [event, message] = await Promise.all([cachedEvent(record.eventId), resolveLinks(record.message, now), loadRendering(record.message)]);
    const rendered = renderEmail(message, event);
    const replyTo = event.organiserRecipients[0];
    return await composeMime({
      from: { name: event.name[message.recipient.language], address: runtimeConfig().SENDER_EMAIL },
      to: message.recipient,
      ...(replyTo ? { replyTo: { address: replyTo.email } } : {}),
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: rendered.attachments,
      headers: { 'X-Rendezvous-Confirmation-Id': record.confirmationId },
    });
  } catch (error) {
    // A message we cannot render or address will not get better by retrying.
    throw new PermanentSendError(describeSendError(error));
  }
}

/**
 * Sends one recorded email at most once: claim it, render and send it, record the SES message
 * id. A transient failure gives it back for the stream to retry; after MAIL_MAX_ATTEMPTS failed
 * attempts, or at once for a permanent error, it is dead-lettered.
 */
export async function deliverConfirmation(confirmationId: string, createdAt: string, now = new Date()): Promise<DeliveryOutcome> {
  const record = await claimForSending(confirmationId, createdAt, now, mailerSettings.MAIL_LEASE_SECONDS);
  if (!record) return 'skipped';
  if (record.erasedAt !== undefined) {
    await markErased(record, 'sending', new Date());
    log.info('email not sent: recipient erased', { confirmationId, kind: record.message.kind });
    return 'skipped';
  }
  try {
    const raw = await buildMime(record, now);
    const sesMessageId = await sendRawEmail(raw, { kind: record.message.kind, event: record.eventId });
    await markSent(record, sesMessageId, new Date());
    log.info('email sent', { confirmationId, kind: record.message.kind, sesMessageId });
    return 'sent';
  } catch (error) {
    const kind = classifySendError(error);
    const description = describeSendError(error);
    if (kind === 'permanent' || (kind === 'transient' && record.attempts + 1 >= mailerSettings.MAIL_MAX_ATTEMPTS)) {
      await markFailed(record, description, new Date());
      log.error('email dead-lettered', { confirmationId, kind: record.message.kind, error: description });
      return 'failed';
    }
    await releaseForRetry(record, kind === 'transient', description, new Date());
    log.warn('email send failed; will retry', { confirmationId, errorKind: kind, error: description });
    return 'retry';
  }
}
