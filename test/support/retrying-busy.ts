/**
 * Sends as a client following the API's contract: a 503 (busy, Retry-After) is asked again after a pause,
 * a few times. Many concurrent transactions on one item make DynamoDB Local time out on its lock ("This
 * request will succeed in actual DynamoDB API"), more often on a loaded machine; a test about concurrency
 * then checks that the retries changed nothing. `send` must be safe to repeat (an Idempotency-Key, or an
 * action whose repeat is refused).
 */
export async function retryingBusy(send: () => Promise<Response>, onRetry: () => void = () => undefined): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await send();
    if (response.status !== 503 || attempt === 5) return response;
    onRetry();
    await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
  }
}
