import type { PartitionQuery } from './partition-query';

export interface RegistrationFilters {
  status?: string;
  country?: string;
  sector?: string;
  participantType?: string;
  cluster?: string;
  /** Free text in name, email or organisation (registration-search.ts). */
  q?: string;
}

/** The filters as a FilterExpression on the event's registrations (access pattern 16); undefined without filters. */
export function registrationFilter(filters: RegistrationFilters): PartitionQuery['filter'] {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const add = (attribute: string, value: string | undefined, condition: (name: string, placeholder: string) => string) => {
    if (value === undefined) return;
    const index = conditions.length;
    names[`#f${index}`] = attribute;
    values[`:f${index}`] = value;
    conditions.push(condition(`#f${index}`, `:f${index}`));
  };
  const equals = (name: string, placeholder: string) => `${name} = ${placeholder}`;
  add('status', filters.status, equals);
  add('country', filters.country, equals);
  add('sectors', filters.sector, (name, placeholder) => `contains(${name}, ${placeholder})`);
  add('participantType', filters.participantType, equals);
  add('clusterId', filters.cluster, equals);
  return conditions.length === 0 ? undefined : { expression: conditions.join(' AND '), names, values };
}
