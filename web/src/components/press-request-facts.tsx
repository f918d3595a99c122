import type { ComponentChildren } from 'preact';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/index';
import { Facts } from './facts';

/** The request shape the press contact's review and the journalist's status share. */
type Review = Schemas['PressReview'];

/**
 * The request as the journalist sent it: countries, media types and days in the reader's language.
 * `reader`: a press contact (decision page, console queue) reads about the journalist ("Days attending",
 * "what they plan to cover"), the journalist about themselves ("Days you will attend", "what you plan…").
 */
export function RequestFacts({ review, timeZone, reader = 'contact' }: { review: Pick<Review, 'status' | 'request'>; timeZone: string; reader?: 'contact' | 'journalist' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = i18n.format(timeZone);
  const request = review.request;
  const link = (url: string | undefined) => (url ? <a href={url} rel="noopener noreferrer nofollow" dir="ltr">{url}</a> : null);
  const rows: [string, ComponentChildren][] = [
    [t('manage.status'), <strong>{t(`press.status.${review.status}`)}</strong>],
    [t('manage.name'), <bdi>{request.firstName} {request.lastName}</bdi>],
    [t('register.email'), <bdi>{request.email}</bdi>],
    ...(request.phone ? [[t('register.phone'), <bdi dir="ltr">{request.phone}</bdi>] as [string, ComponentChildren]] : []),
    [t('press.mediaOutlet'), <bdi>{request.mediaOutlet}</bdi>],
    [t('press.mediaType'), i18n.email(`press.mediaType.${request.mediaType}`)],
    [t('register.country'), format.country(request.country)],
    ...(request.pressCardNumber ? [[t('press.pressCard'), <bdi>{request.pressCardNumber}</bdi>] as [string, ComponentChildren]] : []),
    ...(request.assignmentLetterUrl ? [[t('press.assignmentLetter'), link(request.assignmentLetterUrl)] as [string, ComponentChildren]] : []),
    ...(request.portfolioUrl ? [[t('press.portfolio'), link(request.portfolioUrl)] as [string, ComponentChildren]] : []),
    [t(reader === 'journalist' ? 'press.days' : 'decision.days'), i18n.list(request.days.map((day) => format.date(day)))],
    [t(reader === 'journalist' ? 'press.coveragePlan' : 'decision.coveragePlan'), <span class="prewrap" dir="auto">{request.coveragePlan}</span>],
    ...(request.consentVersion ? [[t('register.consentHeading'), t('register.consentVersion', { version: request.consentVersion })] as [string, ComponentChildren]] : []),
  ];
  return <Facts rows={rows} />;
}
