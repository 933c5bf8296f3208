/**
 * Call counts of the in-memory Google services: one number per method of the
 * interface, zero for those never called. On the real services every such call
 * is work on Google's side, so tests assert these to show that a renderer or a
 * batch does not call more than it needs.
 */

/** A count for each method. */
export type Calls<M extends string> = Record<M, number>;

/** Counts of zero for each method. */
export function zeroCalls<M extends string>(methods: readonly M[]): Calls<M> {
  const calls = {} as Calls<M>;
  for (const method of methods) calls[method] = 0;
  return calls;
}

/** Sets every count back to zero. */
export function resetCalls<M extends string>(calls: Calls<M>): void {
  for (const method of Object.keys(calls) as M[]) calls[method] = 0;
}

/** All the calls counted. */
export function totalCalls<M extends string>(calls: Calls<M>): number {
  return (Object.values(calls) as number[]).reduce((sum, count) => sum + count, 0);
}
