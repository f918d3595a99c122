import { mediaTypes } from '../../../shared/email/email-message';
import type { I18n } from '../i18n/index';
import type { Option } from './fields';
import type { RegistrationRequest } from '../api/client';

export const participantTypes = ['cluster-manager', 'company', 'institution', 'research', 'other'] as const satisfies readonly NonNullable<
  RegistrationRequest['participantType']
>[];

/** Participant types, labelled by the emails' catalogue. */
export const participantTypeOptions = (i18n: I18n): Option[] =>
  participantTypes.map((type) => ({ value: type, label: i18n.email(`meeting.participantType.${type}`) }));

export const mediaTypeOptions = (i18n: I18n): Option[] => mediaTypes.map((type) => ({ value: type, label: i18n.email(`press.mediaType.${type}`) }));
