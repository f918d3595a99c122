import { mediaTypes } from '../../../shared/email/email-message';
import type { I18n } from '../i18n/index';
import type { Option } from './fields';
import type { RegistrationRequest } from '../api/client';

export const participantTypes = ['cluster-manager', 'company', 'institution', 'research', 'other'] as const satisfies readonly NonNullable<
  RegistrationRequest['participantType']
>[];

const countryOptionsOf = new WeakMap<I18n['countries'], Option[]>();

/**
 * Every ISO country, named in the reader's language and sorted by that name: named and sorted at build
 * time (i18n/countries/), made into options once per language rather than at every render of a form.
 */
export function countryOptions(i18n: I18n): Option[] {
  let options = countryOptionsOf.get(i18n.countries);
  if (!options) {
    options = i18n.countries.map(([value, label]) => ({ value, label }));
    countryOptionsOf.set(i18n.countries, options);
  }
  return options;
}

/** Participant types, labelled by the emails' catalogue. */
export const participantTypeOptions = (i18n: I18n): Option[] =>
  participantTypes.map((type) => ({ value: type, label: i18n.email(`meeting.participantType.${type}`) }));

export const mediaTypeOptions = (i18n: I18n): Option[] => mediaTypes.map((type) => ({ value: type, label: i18n.email(`press.mediaType.${type}`) }));
