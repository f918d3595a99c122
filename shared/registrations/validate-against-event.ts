import type { RegistrationRequest } from '../api/registration-api';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';

/** Checks the ids a registration names (cluster, sectors, programme items) exist in the event. */
export function validateAgainstEvent(
  event: EventDefinition,
  request: Partial<Pick<RegistrationRequest, 'clusterId' | 'sectors' | 'programme'>>,
): void {
  const errors: FieldError[] = [];
  if (request.clusterId !== undefined && !event.clusters.some((cluster) => cluster.id === request.clusterId)) {
    errors.push({ path: 'clusterId', message: `is not a cluster of ${event.id}` });
  }
  const sectorIds = new Set(event.sectors.map((sector) => sector.id));
  for (const [index, sector] of (request.sectors ?? []).entries()) {
    if (!sectorIds.has(sector)) errors.push({ path: `sectors.${index}`, message: `is not a sector of ${event.id}: use one of ${[...sectorIds].join(', ')}` });
  }
  const programmeIds = new Set(event.programme.map((item) => item.id));
  for (const [index, item] of (request.programme ?? []).entries()) {
    if (!programmeIds.has(item)) errors.push({ path: `programme.${index}`, message: `is not a programme item of ${event.id}` });
  }
  if (errors.length > 0) throw new DomainError('invalid', 'validation', 'The request names ids the event does not have; see errors.', errors);
}

/** The programme items among `itemIds` that need a seat of their own. */
export function itemsWithCapacity(event: EventDefinition, itemIds: readonly string[]) {
  return event.programme.filter((item) => item.capacity !== undefined && itemIds.includes(item.id)) as Array<
    EventDefinition['programme'][number] & { capacity: number }
  >;
}
