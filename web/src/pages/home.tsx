import { Fragment } from 'preact';
import { Layout, NotFound, Loading, Notice, Unavailable } from '../components/layout';
import { placesOf } from '../components/places';
import { eventName, useEvent } from '../components/use-event';
import { useI18n } from '../i18n/index';

/** The event's public page: dates, venue, programme, sectors, clusters and the two calls to action. */
export function HomePage({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { event, failed, retry } = useEvent(eventId);
  if (failed === 'unavailable') return <Unavailable onRetry={retry} />;
  if (failed) return <NotFound />;
  if (!event) return <Layout title={t('app.name')} eventId={eventId}><Loading /></Layout>;

  const format = i18n.format(event.timeZone);
  const venue = [event.venue.name, event.venue.address, event.venue.city, format.country(event.venue.country)].filter(Boolean);

  return (
    <Layout title={eventName(event, language)} eventId={eventId}>
      {event.alongside ? <p class="lead">{i18n.tx('home.alongside', { name: event.alongside.name })}</p> : null}
      <dl class="facts">
        <div>
          <dt>{t('home.dates')}</dt>
          <dd>{format.dateRange(event.startDate, event.endDate)}</dd>
        </div>
        <div>
          <dt>{t('home.venue')}</dt>
          {/* Each part isolated, joined in the reader's direction: one <bdi> would lay "Logismed, Casablanca, المغرب" out left to right in Arabic. */}
          <dd>{venue.map((part, index) => <Fragment key={part}>{index > 0 ? i18n.email('format.listSeparator') : null}<bdi>{part}</bdi></Fragment>)}</dd>
        </div>
      </dl>

      <div class="actions">
        {event.registrationOpen ? (
          <a class="button button--primary" href={`/${language}/events/${eventId}/register`}>{t('home.register')}</a>
        ) : (
          <p>{t('home.registrationClosed')}</p>
        )}
        <a class="button button--secondary" href={`/${language}/events/${eventId}/press`}>{t('home.press')}</a>
      </div>
      <p><a href={`/${language}/events/${eventId}/lost-link`}>{t('home.lostLink')}</a></p>
      {event.registrationOpen && event.registrationDeadline ? (
        <p>{t('home.deadline', { date: format.dateAt(event.registrationDeadline) })}</p>
      ) : null}

      <section aria-labelledby="programme">
        <h2 id="programme">{t('home.programme')}</h2>
        <ul class="programme">
          {event.programme.map((item) => (
            <li key={item.id}>
              <span class="programme__time">{format.timeRange(item)}</span>
              <span class="programme__title"><bdi>{item.title[language]}</bdi></span>
              {item.capacity !== undefined ? <span class="programme__places">{placesOf(i18n, item)}</span> : null}
            </li>
          ))}
        </ul>
        <p>{t('home.meetings', { slots: event.meetingSlots.length, tables: event.meetingTablesPerSlot })}</p>
      </section>

      <section aria-labelledby="sectors">
        <h2 id="sectors">{t('home.sectors')}</h2>
        <ul class="tags">
          {event.sectors.map((sector) => <li key={sector.id}>{sector.labels[language]}</li>)}
        </ul>
      </section>

      <section aria-labelledby="clusters">
        <h2 id="clusters">{t('home.clusters')}</h2>
        <p>{i18n.plural('home.clusterCount', event.clusters.length)}</p>
        <ul class="clusters">
          {event.clusters.map((cluster) => (
            <li key={cluster.id}>
              <bdi>{cluster.name}</bdi> <span class="muted">({format.country(cluster.country)})</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="organisers">
        <h2 id="organisers">{t('home.organisers')}</h2>
        <ul>
          {event.organisers.map((organiser) => <li key={organiser.name}><bdi>{organiser.name}</bdi></li>)}
        </ul>
      </section>
    </Layout>
  );
}
