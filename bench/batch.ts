/** Runs `count` calls of `call`, at most `concurrency` in flight; returns nanoseconds per call. */
export async function timeBatch(
  call: () => PromiseLike<unknown>,
  count: number,
  concurrency: number,
): Promise<number> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      await call();
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return Number(process.hrtime.bigint() - start) / count;
}

/**
 * Measures every candidate in each round, in an order rotated per round, so that drift in the
 * machine's speed falls on all candidates alike. Returns ns/call per candidate per round.
 */
export async function sideBySide(
  candidates: ReadonlyArray<{ name: string; call: () => PromiseLike<unknown> }>,
  options: { rounds: number; count: number; concurrency: number; warmup: number },
): Promise<Map<string, number[]>> {
  const results = new Map(candidates.map((c) => [c.name, [] as number[]]));
  for (const c of candidates) await timeBatch(c.call, options.warmup, options.concurrency);
  for (let round = 0; round < options.rounds; round += 1) {
    for (let i = 0; i < candidates.length; i += 1) {
      const c = candidates[(round + i) % candidates.length]!;
      results.get(c.name)!.push(await timeBatch(c.call, options.count, options.concurrency));
    }
  }
  return results;
}
