// Growth, not speed: the CPU time of the same work on n and k·n of input, compared. A linear
// path grows about k times, a quadratic one k² times; the bound sits between, far from both,
// and CPU time (not wall time) keeps other processes on the machine out of the figure.

/** CPU milliseconds `fn` takes, the least of `runs` tries (the least is the least disturbed). */
export async function cpuMs(fn: () => unknown, runs = 3): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/**
 * How many times longer `make(k·n)` takes than `make(n)` to go through `fn`, and the bound it
 * must stay under: k^1.5 (k = 8: linear ≈ 8, bound ≈ 22.6, quadratic ≈ 64).
 */
export async function growth<T>(make: (n: number) => T, fn: (input: T) => unknown, n: number, k = 8): Promise<{ ratio: number; bound: number; small: number; large: number }> {
  const a = make(n);
  const b = make(k * n);
  await fn(a); // warm: tables compiled, code optimized
  const small = Math.max(await cpuMs(() => fn(a)), 5);
  const large = await cpuMs(() => fn(b));
  return { ratio: large / small, bound: k ** 1.5, small, large };
}
