import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { runtimeConfig } from '../config/runtime-config';
import { mailerSettings } from './mailer-settings';

let client: SESv2Client | undefined;

/** Sends raw MIME through SES v2 (the endpoint comes from `AWS_ENDPOINT_URL_SESV2` locally). */
export async function sendRawEmail(raw: Buffer, tags: Record<string, string>): Promise<string> {
  client ??= new SESv2Client({ maxAttempts: mailerSettings.SES_CLIENT_MAX_ATTEMPTS, retryMode: 'adaptive' });
  const configurationSet = runtimeConfig().SES_CONFIGURATION_SET;
  const { MessageId } = await client.send(
    new SendEmailCommand({
      Content: { Raw: { Data: raw } },
      ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
      EmailTags: Object.entries(tags).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  if (!MessageId) throw new Error('SES accepted the email without a message id');
  return MessageId;
}
