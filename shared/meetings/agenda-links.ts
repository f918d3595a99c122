import { runtimeConfig } from '../config/runtime-config';
import { feedTokenFor } from '../security/feed-token';

export async function agendaFeedUrl(registrationId: string, feedVersion: number): Promise<string> {
  return `${runtimeConfig().PUBLIC_BASE_URL}/registrations/${registrationId}/agenda.ics?token=${await feedTokenFor(registrationId, feedVersion)}`;
}
