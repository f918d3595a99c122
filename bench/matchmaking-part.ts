/** Part 10: recommendation quality and cost, from bench/matchmaking/ (pure computation: no servers). */
export type MatchmakingResults = { quality: Record<string, unknown>[]; cost: Record<string, unknown>[] };

export async function matchmakingPart(): Promise<MatchmakingResults> {
  const { runMatchmakingBenchmark } = await import('./matchmaking/matchmaking-bench');
  return runMatchmakingBenchmark();
}
