import { useEffect, useState } from 'preact/hooks';
import { api, bearer, type Schemas } from '../api/client';
import type { Session } from '../session/token';

/** Where the reader stands with a person: a request between them waiting for an answer, or a meeting (accepted or confirmed). */
export type InTouch = 'request-waiting' | 'meeting';

/**
 * The people the reader already has a request waiting or a meeting with, from their meeting requests, so a directory card
 * can say so (a second request while one waits is refused by the API). A list that cannot be read (offline, a narrower
 * session) leaves the cards as they were. `asked` records a request just sent.
 */
export function useInTouch(session: Session | undefined): { inTouch: Map<string, InTouch>; asked: (registrationId: string) => void } {
  const [inTouch, setInTouch] = useState(new Map<string, InTouch>());
  useEffect(() => {
    if (!session) return;
    const path = { registrationId: session.registrationId };
    api.GET('/registrations/{registrationId}/meeting-requests', { params: { path }, headers: bearer(session.token) }).then(
      ({ data }) => data && setInTouch(counterparts(data.meetingRequests)),
      () => undefined,
    );
  }, [session?.registrationId]);
  const asked = (registrationId: string) => setInTouch((current) => new Map(current).set(registrationId, 'request-waiting'));
  return { inTouch, asked };
}

function counterparts(requests: readonly Schemas['MyMeetingRequest'][]): Map<string, InTouch> {
  const found = new Map<string, InTouch>();
  for (const request of requests) {
    const other = request.role === 'requester' ? request.toRegistrationId : request.fromRegistrationId;
    if (request.status === 'pending') found.set(other, 'request-waiting');
    else if ((request.status === 'accepted' || request.status === 'confirmed') && !found.has(other)) found.set(other, 'meeting');
  }
  return found;
}
