import { describe, expect, it } from 'vitest';
import { loadEventDefinitions } from '../../infra/seeding/event-files';

const contact = { name: 'Press Desk', organisation: 'Staging', email: 'press@example.com', language: 'en' as const };

describe("a deployment's organiser recipients and press contacts (CDK context)", () => {
  it('replace the seeded ones', () => {
    const [event] = loadEventDefinitions({ pressContacts: [contact], organiserRecipients: [{ email: 'team@example.com', language: 'fr' }] });
    expect(event!.pressContacts).toEqual([contact]);
    expect(event!.organiserRecipients).toEqual([{ email: 'team@example.com', language: 'fr' }]);
  });

  it("fail the synth when the event's rules refuse them: a name with a line break (an email header), an address twice", () => {
    expect(() => loadEventDefinitions({ pressContacts: [{ ...contact, name: 'Press Desk\r\nBcc: someone@example.com' }] })).toThrow(/pressContacts\.0\.name/);
    expect(() => loadEventDefinitions({ pressContacts: [contact, { ...contact, name: 'Other desk', email: 'PRESS@example.com' }] })).toThrow(/pressContacts\.1\.email/);
    expect(() => loadEventDefinitions({ organiserRecipients: [{ email: 'team@example.com', language: 'fr' }, { email: 'team@example.com', language: 'en' }] })).toThrow(/organiserRecipients\.1\.email/);
  });
});
