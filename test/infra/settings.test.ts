import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../infra/paths';
import { parseSettings, settingKeys } from '../../infra/settings';

const minimal = { sender: 'no-reply@example.com', publicBaseUrl: 'https://api.example.com' };

describe('deployment settings', () => {
  it('accepts the defaults in cdk.json (what `npx cdk synth` uses with no arguments)', () => {
    const context = (JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;
    const settings = parseSettings(Object.fromEntries(settingKeys.map((key) => [key, context[key]])));
    expect(settings).toMatchObject({
      sender: 'no-reply@example.com',
      senderIdentity: { kind: 'email', email: 'no-reply@example.com' },
      publicBaseUrl: 'https://api.example.com',
      stageName: 'prod',
    });
  });

  it('fills in defaults for everything optional', () => {
    expect(parseSettings(minimal)).toEqual({
      ...minimal,
      senderIdentity: { kind: 'email', email: 'no-reply@example.com' },
      allowedOrigins: [],
      stageName: 'prod',
      throttle: { rateLimit: 50, burstLimit: 100 },
      wafRateLimitPer5Min: 1000,
      logLevel: 'info',
    });
  });

  it('reads the strings `-c key=value` gives: JSON, numbers and comma lists', () => {
    const settings = parseSettings({
      ...minimal,
      publicBaseUrl: 'https://api.example.com/',
      senderIdentity: 'example.com',
      allowedOrigins: 'https://a.example.com, https://b.example.com:8443',
      organiserRecipients: 'boss@example.com:fr,team@example.com',
      pressContacts: '[{"name":"N","organisation":"","email":"p@example.com","language":"ar"}]',
      throttle: '{"rateLimit":10,"burstLimit":20}',
      wafRateLimitPer5Min: '500',
    });
    expect(settings).toMatchObject({
      publicBaseUrl: 'https://api.example.com',
      senderIdentity: { kind: 'domain', domain: 'example.com' },
      allowedOrigins: ['https://a.example.com', 'https://b.example.com:8443'],
      organiserRecipients: [
        { email: 'boss@example.com', language: 'fr' },
        { email: 'team@example.com', language: 'en' },
      ],
      pressContacts: [{ name: 'N', organisation: '', email: 'p@example.com', language: 'ar' }],
      throttle: { rateLimit: 10, burstLimit: 20 },
      wafRateLimitPer5Min: 500,
    });
  });

  it('lists every problem in one error, naming the context key', () => {
    const attempt = () =>
      parseSettings({
        sender: 'not-an-address',
        publicBaseUrl: 'http://api.example.com',
        allowedOrigins: ['https://app.example.com/'],
        throttle: '{"rateLimit":-1,"burstLimit":5}',
        stageName: 'has spaces',
      });
    expect(attempt).toThrow(/context "sender"/);
    expect(attempt).toThrow(/context "publicBaseUrl": expected an https:\/\/ URL/);
    expect(attempt).toThrow(/context "allowedOrigins" \(at 0\)/);
    expect(attempt).toThrow(/context "throttle" \(at rateLimit\)/);
    expect(attempt).toThrow(/context "stageName"/);
  });

  it("requires the sender identity to be the sender's address or domain", () => {
    expect(() => parseSettings({ ...minimal, senderIdentity: 'other.org' })).toThrow(/context "senderIdentity"/);
    expect(parseSettings({ ...minimal, senderIdentity: 'EXAMPLE.com' }).senderIdentity).toEqual({ kind: 'domain', domain: 'example.com' });
    expect(parseSettings({ ...minimal, sender: 'a@mail.example.com', senderIdentity: 'example.com' }).senderIdentity.kind).toBe('domain');
  });
});
