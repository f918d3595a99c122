import { webPagePaths } from '../../../shared/web/page-links';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, asProblem, bearer, fieldErrors, noAnswer, type DirectoryEntry, type EventView, type Problem, type Schemas } from '../api/client';
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields';
import { focusAfterRender, focusFirstError } from '../components/focus';
import { LinkProblem } from '../failures/link-problem';
import { linkFailure, problemSlug, problemText } from '../failures/problem-text';
import { rememberStatus } from '../components/registration-status';
import { FormFailure, Layout, Loading, Notice } from '../components/layout';
import { participantTypeOptions } from '../components/options';
import { CountryField } from '../components/country-field';
import { RecommendationReasons } from '../components/recommendation-reasons';
import { useEvent } from '../components/use-event';
import { useRememberedState } from '../components/remembered-state';
import { useInTouch, type InTouch } from '../components/in-touch';
import { useI18n, type Language } from '../i18n/index';
import type { Session } from '../session/token';
import { useDirectorySession } from '../session/use-session';

type Recommended = Schemas['Recommendations']['recommendations'];

interface Filters {
  q: string;
  sector: string;
  country: string;
  participantType: string;
}

/**
 * The participant directory: filters, profile cards, and "Request a meeting" on each card. Without
 * filters its order is the reader's recommendations first (with the reasons), then everyone else
 * by name; a search shows every match by name.
 */
export function DirectoryPage({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useDirectorySession();
  // A digest link names the person whose request dialog to open (`?ask=`), once the lists are in.
  const [askId, setAskId] = useState(() => new URLSearchParams(location.search).get('ask') ?? undefined);
  const [askGone, setAskGone] = useState(false);
  const [askedFromLink, setAskedFromLink] = useState(false);
  const [recommendationsLoaded, setRecommendationsLoaded] = useState(false);
  const { event } = useEvent(eventId);
  // Kept in the history entry: Back from My meetings (or any page) finds the search as the reader left it.
  const [filters, setFilters] = useRememberedState<Filters>('directory.filters', { q: '', sector: '', country: '', participantType: '' });
  const [results, setResults] = useState<{ participants: DirectoryEntry[]; nextCursor?: string }>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState<DirectoryEntry>();
  const [recommended, setRecommended] = useState<Recommended>([]);
  const [filtered, setFiltered] = useState(false);
  // The link (a digest's directory token, or the manage token) was refused: the page says why instead of the lists.
  const [linkRefused, setLinkRefused] = useState<Problem>();
  // The list could not be read for another reason (not a confirmed participant, server, network): said instead of a Loading that never ends.
  const [listFailed, setListFailed] = useState<Problem>();

  // Only the latest search's answer is shown: the first, unfiltered list can arrive after a search
  // typed meanwhile, and must not replace its results (nor bring the recommendations back).
  const latestSearch = useRef(0);
  const search = async (cursor?: string) => {
    if (!session) return;
    const ticket = ++latestSearch.current;
    const query = {
      ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
      ...(filters.sector ? { sector: filters.sector } : {}),
      ...(filters.country ? { country: filters.country } : {}),
      ...(filters.participantType ? { participantType: filters.participantType as DirectoryEntry['participantType'] as never } : {}),
      ...(cursor ? { cursor } : {}),
    };
    const { data, error, response } = await api
      .GET('/events/{eventId}/participants', { params: { path: { eventId }, query }, headers: bearer(session.token) })
      .catch(() => noAnswer);
    if (ticket !== latestSearch.current) return;
    if (!data) {
      const problem = asProblem(error, response.status);
      const byField = fieldErrors(problem);
      if (linkFailure(problem) !== undefined && response.status !== 404) setLinkRefused(problem);
      else if (Object.keys(byField).length > 0) setErrors(byField);
      else {
        if (problemSlug(problem) === 'participant-not-confirmed') rememberStatus(session.registrationId, 'not-confirmed');
        setListFailed(problem);
      }
      return;
    }
    setErrors({});
    setListFailed(undefined);
    setFiltered(Object.keys(query).some((key) => key !== 'cursor'));
    setResults((previous) => ({ participants: [...(cursor ? (previous?.participants ?? []) : []), ...data.participants], nextCursor: data.nextCursor }));
    return data.participants;
  };

  // "Show more" adds cards above itself and goes away with the last page: focus moves to the first card added (the
  // button kept it, or it fell to <body> and the next Tab started from the skip link), so the reader goes on reading.
  const showMore = async () => {
    const added = await search(results?.nextCursor);
    if (!added) return;
    requestAnimationFrame(() => {
      for (const person of added) {
        const card = document.getElementById(`card-${person.registrationId}`);
        if (card) return card.focus();
      }
    });
  };

  useEffect(() => {
    if (!session) return;
    search();
    const path = { registrationId: session.registrationId };
    // Recommendations that could not be read (offline) leave the plain list, as none would; unhandled, the rejection left
    // `recommendationsLoaded` false and a digest link's request form never opened.
    api.GET('/registrations/{registrationId}/recommendations', { params: { path, query: { limit: 10 } }, headers: bearer(session.token) }).catch(() => noAnswer).then((recommendations) => {
      setRecommended(recommendations.data?.recommendations ?? []);
      setRecommendationsLoaded(true);
    });
  }, [session]);

  useEffect(() => {
    if (askId === undefined || !recommendationsLoaded || !results) return;
    const person = recommended.find((entry) => entry.participant.registrationId === askId)?.participant ?? results.participants.find((entry) => entry.registrationId === askId);
    if (person && person.registrationId !== session?.registrationId) {
      setAsking(person);
      setAskedFromLink(true);
    } else setAskGone(true);
    setAskId(undefined);
  }, [askId, recommendationsLoaded, results]);

  const { inTouch, asked } = useInTouch(session);

  if (!session) return <Layout title={t('directory.title')} eventId={eventId}><Notice kind="info"><p>{t('common.sessionMissing')}</p></Notice></Layout>;
  if (linkRefused) return <Layout title={t('directory.title')} eventId={eventId} linkRefused><LinkProblem problem={linkRefused} page="directory" /></Layout>;
  if (listFailed && !results && problemSlug(listFailed) === 'participant-not-confirmed') {
    // Waitlisted or cancelled: the directory is not theirs (yet); their registration page says where they stand.
    return (
      <Layout title={t('directory.title')} eventId={eventId}>
        <Notice kind="info"><p>{t('directory.notConfirmed')}</p></Notice>
        {session.scope === undefined ? <p><a href={webPagePaths.manage(i18n.language, session.registrationId, eventId)}>{t('nav.myRegistration')}</a></p> : null}
      </Layout>
    );
  }
  if (!event) return <Layout title={t('directory.title')} eventId={eventId}><Loading /></Layout>;
  const set = (key: keyof Filters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  const any = t('directory.any');
  const labels = { q: t('directory.search'), sector: t('directory.sector'), country: t('directory.country'), participantType: t('directory.type') };
  const showRecommended = !filtered && recommended.length > 0;
  const recommendedIds = new Set(recommended.map((entry) => entry.participant.registrationId));
  const card = (person: DirectoryEntry, reasons?: ComponentChildren) => (
    <li key={person.registrationId}>
      <ProfileCard person={person} event={event} self={person.registrationId === session.registrationId} headingLevel={showRecommended ? 3 : 2} asking={asking?.registrationId === person.registrationId}
        inTouch={inTouch.get(person.registrationId)} meetingsHref={session.scope === undefined ? webPagePaths.myMeetings(i18n.language, session.registrationId, eventId) : undefined}
        // The button opens and closes the form, as its aria-expanded says; closed, focus stays on it.
        onAsk={() => setAsking(asking?.registrationId === person.registrationId ? undefined : person)}>{reasons}</ProfileCard>
      {asking?.registrationId === person.registrationId ? (
        <div id={askRegionId(person.registrationId)}><AskForm session={session} eventId={eventId} person={person} source={reasons ? 'recommendation' : 'directory'} timeZone={event.timeZone} focusOnOpen={askedFromLink}
          onSent={() => asked(person.registrationId)}
          onDone={() => {
            // Closed (Cancel, Escape): the form and its focused control go away, so focus goes back to the button that opened
            // it (the card's "Request a meeting"), not to <body>, where the next Tab restarted from the skip link.
            setAsking(undefined);
            setAskedFromLink(false);
            focusAfterRender(askButtonId(person.registrationId));
          }} /></div>
      ) : null}
    </li>
  );

  return (
    <Layout title={t('directory.title')} eventId={eventId}>
      <ErrorSummary errors={errors} labels={labels} />
      {askGone ? <Notice kind="info"><p>{t('directory.askGone')}</p></Notice> : null}
      <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); search(); }}>
        <TextField id="q" type="search" label={labels.q} value={filters.q} onValue={set('q')} error={errors.q} />
        <SelectField id="sector" label={labels.sector} value={filters.sector} placeholder={any} options={event.sectors.map((s) => ({ value: s.id, label: s.labels[i18n.language] }))} onValue={set('sector')} error={errors.sector} />
        <CountryField id="country" label={labels.country} value={filters.country} placeholder={any} onValue={set('country')} error={errors.country} />
        <SelectField id="participantType" label={labels.participantType} value={filters.participantType} placeholder={any} options={participantTypeOptions(i18n)} onValue={set('participantType')} error={errors.participantType} />
        <button type="submit" class="button button--primary">{t('directory.apply')}</button>
      </form>
      {listFailed ? <Notice kind="error"><p>{problemText(i18n, listFailed)}</p></Notice> : null}
      {results ? <p role="status">{i18n.plural('directory.results', results.participants.length)}</p> : listFailed ? null : <Loading />}
      {showRecommended ? (
        <section aria-labelledby="recommended-heading">
          <h2 id="recommended-heading">{t('recommend.title')}</h2>
          <p class="muted">{t('recommend.intro')}</p>
          <ul class="cards">{recommended.map(({ participant, reasons }) => card(participant, <RecommendationReasons reasons={reasons} event={event} labelledBy={`person-${participant.registrationId}`} />))}</ul>
        </section>
      ) : null}
      {showRecommended ? <h2>{t('recommend.all')}</h2> : null}
      <ul class="cards">
        {results?.participants.filter((person) => !(showRecommended && recommendedIds.has(person.registrationId))).map((person) => card(person))}
      </ul>
      {results?.nextCursor ? <button type="button" class="button button--secondary" onClick={showMore}>{t('directory.more')}</button> : null}
    </Layout>
  );
}

/** About three lines of a card at 360 px. */
const excerptLength = 160;

/**
 * A profile text cut at the last space before `excerptLength`, with "…" (a word cut in half reads as another word; in
 * Arabic too, whose words are space-separated); a text with no space there is cut at the length. A cut rather than a CSS
 * line clamp: the clamped text stays in the accessibility tree, so a screen reader would still read 1,000 characters per card,
 * and whether a toggle is needed is known without measuring the rendered lines.
 */
function excerpt(text: string): string {
  if (text.length <= excerptLength) return text;
  const head = text.slice(0, excerptLength + 1);
  const space = head.search(/\s\S*$/);
  return `${(space > excerptLength / 2 ? head.slice(0, space) : head.slice(0, excerptLength)).trimEnd()}…`;
}

/** The card's "Request a meeting" button, which gets the focus back when the form it opened is closed. */
const askButtonId = (registrationId: string) => `ask-button-${registrationId}`;
/** What that button opens under the card: the form, its loading notice, or the notice that the request was sent. */
const askRegionId = (registrationId: string) => `ask-region-${registrationId}`;

interface ProfileCardProps {
  person: DirectoryEntry;
  /** Names the person's sectors and picked topics in the reader's language. */
  event: Pick<EventView, 'sectors' | 'matchmakingTags'>;
  self: boolean;
  /** 3 under the "Recommended for you" and "All participants" headings, 2 otherwise. */
  headingLevel: 2 | 3;
  /** The request form under the card is open (the button's `aria-expanded`). */
  asking: boolean;
  /** A request between the reader and this person waits for an answer, or they have a meeting. */
  inTouch?: InTouch | undefined;
  /** The reader's "My meetings" (not for a digest link's narrower session). */
  meetingsHref?: string | undefined;
  onAsk: () => void;
  /** The reasons of a recommendation, when the card is one. */
  children?: ComponentChildren;
}

function ProfileCard({ person, event, self, headingLevel, asking, inTouch, meetingsHref, onAsk, children }: ProfileCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = i18n.format('UTC');
  const headingId = `person-${person.registrationId}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const textId = `profile-${person.registrationId}`;
  // Offer and request texts run to 1,000 characters each: a card shows their excerpts, one toggle shows both in full.
  const [expanded, setExpanded] = useState(false);
  const long = [person.offer, person.request].some((text) => text && excerpt(text) !== text);
  return (
    <article class="card" aria-labelledby={headingId} id={`card-${person.registrationId}`} tabIndex={-1}>
      <Heading id={headingId} class="card__title"><bdi>{person.firstName} {person.lastName}</bdi></Heading>
      <p><bdi>{person.organisation}</bdi>{person.cluster ? <> · <bdi>{person.cluster}</bdi></> : null}</p>
      <p class="muted">{format.country(person.country)} · {i18n.email(`meeting.participantType.${person.participantType}`)}</p>
      {/* The sectors and the topics picked from the event's taxonomy: a profile of picks alone showed nothing but a name. */}
      {person.sectors.length > 0 ? <p class="muted">{i18n.list(labelsOf(event.sectors, person.sectors, i18n.language))}</p> : null}
      <TopicsLine label={t('directory.offerTopics')} labels={labelsOf(event.matchmakingTags, person.offerTags, i18n.language)} />
      <TopicsLine label={t('directory.requestTopics')} labels={labelsOf(event.matchmakingTags, person.requestTags, i18n.language)} />
      {person.offer ? <p><strong>{t('directory.offer')}:</strong> <span dir="auto" id={`${textId}-offer`}>{expanded ? person.offer : excerpt(person.offer)}</span></p> : null}
      {person.request ? <p><strong>{t('directory.request')}:</strong> <span dir="auto" id={`${textId}-request`}>{expanded ? person.request : excerpt(person.request)}</span></p> : null}
      {long ? (
        <p>
          <button type="button" class="link-button" aria-expanded={expanded ? 'true' : 'false'} aria-describedby={headingId}
            aria-controls={[person.offer ? `${textId}-offer` : '', person.request ? `${textId}-request` : ''].join(' ').trim()} onClick={() => setExpanded(!expanded)}>
            {t(expanded ? 'directory.readLess' : 'directory.readMore')}
          </button>
        </p>
      ) : null}
      {children}
      {self ? null : inTouch === 'request-waiting' ? (
        // A second request would be refused while one waits: the card says so and where to follow it.
        <p class="muted">{t('directory.requestWaiting')}{meetingsHref ? <> <a href={meetingsHref}>{t('nav.meetings')}</a></> : null}</p>
      ) : (
        <>
          {inTouch === 'meeting' ? <p class="muted">{t('directory.meetingExists')}</p> : null}
          <button type="button" class="button button--primary" id={askButtonId(person.registrationId)} onClick={onAsk} aria-describedby={headingId}
            aria-expanded={asking ? 'true' : 'false'} aria-controls={asking ? askRegionId(person.registrationId) : undefined}>{t('directory.ask')}</button>
        </>
      )}
    </article>
  );
}

/** The labels of `ids` among `entries` (sectors or tags) in `language`, in the person's order; an id the event no longer has is left out. */
function labelsOf(entries: { id: string; labels: Record<Language, string> }[], ids: string[], language: Language): string[] {
  return ids.flatMap((id) => entries.find((entry) => entry.id === id)?.labels[language] ?? []);
}

function TopicsLine({ label, labels }: { label: string; labels: string[] }) {
  const { list } = useI18n();
  return labels.length > 0 ? <p><strong>{label}:</strong> {list(labels)}</p> : null;
}

interface AskProps {
  session: Session;
  eventId: string;
  person: DirectoryEntry;
  /** Asked from "Recommended for you" or from the list: organisers count requests that came from recommendations. */
  source: 'directory' | 'recommendation';
  timeZone: string;
  /** Opened by a digest link rather than a click: focus moves to the form, which may be far down the page. */
  focusOnOpen?: boolean;
  /** The request went: the card says a request waits. */
  onSent: () => void;
  /** Closes the form (Cancel, Escape). */
  onDone: () => void;
}

/** The slots free for both the asker and `person` (GET …/meeting-slots?with=): the API answers only the intersection. */
function useCommonFreeSlots(session: Session, person: DirectoryEntry) {
  const [slots, setSlots] = useState<Schemas['FreeSlots']['slots']>();
  const [failure, setFailure] = useState<Problem>();
  useEffect(() => {
    api.GET('/registrations/{registrationId}/meeting-slots', {
      params: { path: { registrationId: session.registrationId }, query: { with: person.registrationId } },
      headers: bearer(session.token),
    }).catch(() => noAnswer).then(({ data, error, response }) => {
      // Slots that could not be read are not "no common free slot" (which told the asker there was no time to propose):
      // the form says the request could not be carried out, and an endless Loading (offline) is gone too.
      if (data) setSlots(data.slots);
      else setFailure(asProblem(error, response.status));
    });
  }, [person.registrationId]);
  return { slots, failure };
}

/** Proposes up to five slots, among those free for both participants (a slot booked meanwhile is refused at acceptance). */
function AskForm({ session, eventId, person, source, timeZone, focusOnOpen, onSent, onDone }: AskProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = i18n.format(timeZone);
  const [proposed, setProposed] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Problem>();
  const [sent, setSent] = useState(false);
  const { slots, failure: slotsFailure } = useCommonFreeSlots(session, person);
  const name = `${person.firstName} ${person.lastName}`;
  const prefix = `ask-${person.registrationId}`;
  // The heading exists once the common free slots have loaded (a loading notice stands in before).
  const formShown = slots !== undefined;
  useEffect(() => {
    if (focusOnOpen && formShown) document.getElementById(`${prefix}-heading`)?.focus();
  }, [formShown]);

  const send = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    // No answer (offline) is a refusal naming no field: it threw before, and Send did nothing on screen.
    const { data, error, response } = await api.POST('/events/{eventId}/meeting-requests', {
      params: { path: { eventId } },
      headers: bearer(session.token),
      body: { toRegistrationId: person.registrationId, message, proposedSlotIds: proposed, source },
    }).catch(() => noAnswer);
    if (data) {
      setSent(true);
      onSent();
      // The form and its Send button give way to the notice: focus goes there, as after My meetings' actions
      // (it fell to <body>, and the next Tab started from wherever the browser kept its place).
      focusAfterRender(`${prefix}-sent`);
      return;
    }
    const problem = asProblem(error, response.status);
    const byField = fieldErrors(problem);
    setErrors(Object.fromEntries(Object.entries(byField).map(([key, value]) => [`${prefix}-${key}`, value])));
    setFailure(Object.keys(byField).length === 0 ? problem : undefined);
    focusFirstError();
  };

  if (sent) return <Notice kind="success" id={`${prefix}-sent`}><p>{i18n.tx('directory.sent', { name })}</p></Notice>;
  // The failure keeps a Cancel: without it the notice stayed under the card for good.
  if (!slots) return slotsFailure ? <><FormFailure problem={slotsFailure} /><p><button type="button" class="button button--secondary" onClick={onDone}>{t('common.cancel')}</button></p></> : <Loading />;
  const labels = { [`${prefix}-proposedSlotIds`]: t('directory.slots'), [`${prefix}-message`]: t('directory.message') };
  return (
    <form class="card ask" onSubmit={send} noValidate aria-labelledby={`${prefix}-heading`}
      onKeyDown={(keyEvent) => {
        // Escape closes the form from any of its controls, as it would a dialog.
        if (keyEvent.key === 'Escape') {
          keyEvent.preventDefault();
          onDone();
        }
      }}>
      <h3 id={`${prefix}-heading`} tabIndex={-1}>{i18n.tx('directory.askHeading', { name })}</h3>
      <FormFailure problem={failure} />
      <ErrorSummary errors={errors} labels={labels} />
      {slots.length === 0 ? <Notice kind="info"><p>{t('directory.noCommonSlot')}</p></Notice> : null}
      <CheckboxGroup id={`${prefix}-proposedSlotIds`} legend={labels[`${prefix}-proposedSlotIds`]} required selected={proposed} onChange={setProposed}
        error={errors[`${prefix}-proposedSlotIds`]} options={slots.map((slot) => ({ value: slot.id, label: format.timeRange(slot) }))} />
      <TextArea id={`${prefix}-message`} label={labels[`${prefix}-message`]!} value={message} maxLength={1000} onValue={setMessage} error={errors[`${prefix}-message`]} />
      <p class="actions">
        <button type="submit" class="button button--primary">{t('common.send')}</button>
        <button type="button" class="button button--secondary" onClick={onDone}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
