import type { RegistrationRequest } from '../api/registration-api';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';

type EventIds = Partial<Pick<RegistrationRequest, 'clusterId' | 'sectors' | 'programme'>> & { profile?: { offerTags?: string[]; requestTags?: string[] } };

/** The ids among `values` (when it is a list) that the event does not have, as field errors. */
export function unknownIds(values: unknown, known: ReadonlySet<string>, field: string, message: string): FieldError[] {
  if (!Array.isArray(values)) return [];
  return values.flatMap((value, index) => (typeof value === 'string' && !known.has(value) ? [{ path: `${field}.${index}`, message }] : []));
}

/** What an id that is no sector of the event is told: the event's sector ids, to pick one. */
export function notASector(event: EventDefinition): string {
  return `is not a sector of ${event.id}: use one of ${event.sectors.map((sector) => sector.id).join(', ')}`;
}

/** What an id that is no cluster of the event is told. */
export function notACluster(event: EventDefinition): string {
  return `is not a cluster of ${event.id}`;
}

/** The event's lists a query filter names one entry of, and what a value it does not have is told. */
const queryFilters = {
  sector: (event: EventDefinition) => ({ ids: event.sectors.map((sector) => sector.id), message: notASector(event) }),
  cluster: (event: EventDefinition) => ({ ids: event.clusters.map((cluster) => cluster.id), message: notACluster(event) }),
} as const;

/**
 * The query's filters (`sector`, `cluster`) that name an id the event does not have, as `query.<filter>`
 * errors. Reads the query as sent (a value of the wrong shape is the schema's to report), so that these come
 * in the same 400 as the query's other bad fields (`validateQuery`).
 */
export function eventQueryErrors(event: EventDefinition, query: unknown, filters: readonly (keyof typeof queryFilters)[]): FieldError[] {
  if (typeof query !== 'object' || query === null) return [];
  return filters.flatMap((filter) => {
    const value = (query as Record<string, unknown>)[filter];
    const { ids, message } = queryFilters[filter](event);
    return typeof value === 'string' && !ids.includes(value) ? [{ path: `query.${filter}`, message }] : [];
  });
}

/** Picked tags that are not in the event's matchmaking taxonomy (an event without one takes none). */
function tagErrors(event: EventDefinition, profile: unknown): FieldError[] {
  if (typeof profile !== 'object' || profile === null) return [];
  const tagIds = new Set(event.matchmaking?.tags.map((tag) => tag.id) ?? []);
  const message = `is not a tag of ${event.id}'s matchmaking taxonomy`;
  const picks = profile as Record<string, unknown>;
  return [...unknownIds(picks.offerTags, tagIds, 'profile.offerTags', message), ...unknownIds(picks.requestTags, tagIds, 'profile.requestTags', message)];
}

/**
 * The ids a registration names (cluster, sectors, programme items) that the event does not have.
 * Reads a body that may not be valid otherwise (values of the wrong type are the schema's to
 * report), so that these errors come in the same answer as the schema's.
 */
export function eventFieldErrors(event: EventDefinition, body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const request = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof request.clusterId === 'string' && !event.clusters.some((cluster) => cluster.id === request.clusterId)) {
    errors.push({ path: 'clusterId', message: notACluster(event) });
  }
  const sectorIds = new Set(event.sectors.map((sector) => sector.id));
  errors.push(...unknownIds(request.sectors, sectorIds, 'sectors', notASector(event)));
  errors.push(...unknownIds(request.programme, new Set(event.programme.map((item) => item.id)), 'programme', `is not a programme item of ${event.id}`));
  errors.push(...tagErrors(event, request.profile));
  return errors;
}

/** Checks the ids a registration names (cluster, sectors, programme items) exist in the event. */
export function validateAgainstEvent(event: EventDefinition, request: EventIds): void {
  const errors = eventFieldErrors(event, request);
  if (errors.length > 0) throw new DomainError('invalid', 'validation', 'The request names ids the event does not have; see errors.', errors);
}

/** The programme items among `itemIds` that need a seat of their own. */
export function itemsWithCapacity(event: EventDefinition, itemIds: readonly string[]) {
  return event.programme.filter((item) => item.capacity !== undefined && itemIds.includes(item.id)) as Array<
    EventDefinition['programme'][number] & { capacity: number }
  >;
}
