import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

let secret: Promise<string> | undefined;

async function loadSecret(): Promise<string> {
  const fromEnvironment = process.env.TOKEN_SIGNING_SECRET;
  if (fromEnvironment) return fromEnvironment;
  const secretArn = process.env.TOKEN_SIGNING_SECRET_ARN;
  if (!secretArn) throw new Error('Set TOKEN_SIGNING_SECRET (local) or TOKEN_SIGNING_SECRET_ARN (AWS)');
  const client = new SecretsManagerClient({});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString || SecretString.length < 32) throw new Error('The token signing secret must hold at least 32 characters');
    return SecretString;
  } finally {
    client.destroy();
  }
}

/**
 * The key that signs manage tokens and decision links. Fetched from Secrets Manager on first use
 * only (functions that never sign or verify a token do not pay for it at cold start).
 */
export function signingSecret(): Promise<string> {
  secret ??= loadSecret().catch((error: unknown) => {
    secret = undefined;
    throw error;
  });
  return secret;
}
