import { ulid } from 'ulid';
import { newConfirmation, putConfirmation, type StoredEmailMessage } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition, Language } from '../events/event-definition';
import { writeTransaction } from '../storage/transactions';
import { buildSummary } from './build-summary';
import { advanceWatermark } from './summary-watermark';

export interface SentSummary {
  summaryId: string;
  generatedAt: string;
  previousAt?: string;
  recipients: number;
}

/** The summary is written in French and English only; an Arabic-speaking organiser gets French. */
const summaryLanguage = (language: Language): 'fr' | 'en' => (language === 'en' ? 'en' : 'fr');

/**
 * Builds the summary and records one email per organiser recipient together with the new
 * watermark, in one transaction: the next summary counts its changes from exactly this one.
 */
export async function sendSummary(event: EventDefinition, now = new Date()): Promise<SentSummary> {
  if (event.organiserRecipients.length === 0) {
    throw new DomainError('conflict', 'no-organiser-recipients', 'The event has no organiser recipients; add some in its settings first.');
  }
  const summary = await buildSummary(event, now);
  const summaryId = ulid();
  const data = { summaryId, generatedAt: summary.generatedAt, ...(summary.previousAt ? { previousAt: summary.previousAt } : {}), figures: summary.figures };
  const emails = event.organiserRecipients.map((recipient) => {
    const message: StoredEmailMessage = {
      kind: 'organiser-summary',
      recipient: { email: recipient.email, name: '', language: summaryLanguage(recipient.language) },
      eventId: event.id,
      data,
      link: { type: 'console', eventId: event.id },
    };
    return putConfirmation(newConfirmation(message, summaryId, summary.generatedAt));
  });
  const watermark = advanceWatermark(event.id, { summaryId, generatedAt: summary.generatedAt, totals: summary.figures.totals }, summary.previousAt);
  const outcome = await writeTransaction([...emails, watermark]);
  if (!outcome.committed) {
    throw new DomainError('conflict', 'summary-in-progress', 'Another summary was sent at the same moment; its figures are on their way.');
  }
  return { summaryId, generatedAt: summary.generatedAt, ...(summary.previousAt ? { previousAt: summary.previousAt } : {}), recipients: emails.length };
}
