import { countryCodes } from '../../../shared/geo/countries';
import { mediaTypes } from '../../../shared/email/email-message';
import type { I18n } from '../i18n/index';
import type { Option } from './fields';
import type { RegistrationRequest } from '../api/client';

export const participantTypes = ['cluster-manager', 'company', 'institution', 'research', 'other'] as const satisfies readonly NonNullable<
  RegistrationRequest['participantType']
>[];

const sortedCountries = new Map<string, Option[]>();

/**
 * Every ISO country, named in the reader's language and sorted by that name. Built once per locale:
 * naming and sorting some 250 countries took a tenth of a second on a slow phone at every render
 * of a form (country names do not depend on the time zone).
 */
export function countryOptions(i18n: I18n, timeZone: string): Option[] {
  let options = sortedCountries.get(i18n.locale);
  if (!options) {
    const format = i18n.format(timeZone);
    const collator = new Intl.Collator(i18n.locale);
    options = [...countryCodes].map((code) => ({ value: code, label: format.country(code) })).sort((a, b) => collator.compare(a.label, b.label));
    sortedCountries.set(i18n.locale, options);
  }
  return options;
}

/** Participant types, labelled by the emails' catalogue. */
export const participantTypeOptions = (i18n: I18n): Option[] =>
  participantTypes.map((type) => ({ value: type, label: i18n.email(`meeting.participantType.${type}`) }));

export const mediaTypeOptions = (i18n: I18n): Option[] => mediaTypes.map((type) => ({ value: type, label: i18n.email(`press.mediaType.${type}`) }));
