import { useEffect, useRef } from 'preact/hooks';
import { problemText } from '../failures/problem-text';
import { useI18n } from '../i18n/index';
import { checkInMoment } from './check-in-moment';
import type { ScanAnswer } from './send-scan';

/** The answer to the last scan, in large type, for a glance from the door; announced politely to screen readers. */
export function ScanResult({ answer, timeZone }: { answer: ScanAnswer | undefined; timeZone: string | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  const alreadyCheckedIn = (when: { time: string; date?: string }) => (when.date ? t('scan.alreadyOn', { time: when.time, date: when.date }) : t('scan.already', when));
  const body = (() => {
    if (answer === undefined) return null;
    if (answer.kind === 'offline') return { tone: 'warn', headline: t('scan.queued') };
    if (answer.kind === 'problem') return { tone: 'stop', headline: t('scan.refused', { detail: problemText(i18n, answer.problem) }) };
    const { result } = answer;
    const headline =
      result.outcome === 'checked-in'
        ? t('scan.checkedIn')
        : result.outcome === 'already-checked-in'
          ? alreadyCheckedIn(checkInMoment(i18n, timeZone, result.checkedInAt ?? ''))
          : t(`scan.notAdmitted.${result.reason ?? 'cancelled'}`);
    return { tone: result.outcome === 'checked-in' ? 'go' : result.outcome === 'already-checked-in' ? 'warn' : 'stop', headline, attendee: result.attendee };
  })();
  // Each answer is brought into view (`block: 'nearest'`: not moved when it already shows): at 360 px a check-in from the
  // door search, at the bottom of the page, answered above the screen. Scrolled only, the focus stays where the
  // keyboard is (the search field takes it back, its words selected, for the next name).
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    if (answer === undefined) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    region.current?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }, [answer]);
  // No "Last scan" heading before the first scan: a heading over nothing. The live region is always there, so that the
  // first answer put into it is announced.
  return (
    <section class="scan-result-region" ref={region} aria-labelledby={body ? 'scan-result-heading' : undefined}>
      {body ? <h2 id="scan-result-heading">{t('scan.result')}</h2> : null}
      <div aria-live="polite" aria-atomic="true">
        {body ? (
          <div class={`scan-result scan-result--${body.tone}`} data-outcome={answer?.kind === 'result' ? answer.result.outcome : answer?.kind}>
            <p class="scan-result__headline" dir="auto">{body.headline}</p>
            {'attendee' in body && body.attendee ? (
              <>
                <p class="scan-result__name"><bdi>{body.attendee.firstName} {body.attendee.lastName}</bdi></p>
                <p class="scan-result__organisation"><bdi>{body.attendee.organisation}</bdi></p>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
