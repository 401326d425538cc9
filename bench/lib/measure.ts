/**
 * Timing for the benchmarks: run an operation in batches until enough time has passed, and report
 * the median time per operation, so that one slow batch (a garbage collection, another process)
 * does not decide the figure.
 */

export interface Timing {
  /** Median milliseconds per operation over the batches. */
  readonly msPerOp: number;
  /** How many times the operation ran in all (warm-up excluded). */
  readonly runs: number;
}

export interface MeasureOptions {
  /** Milliseconds to spend measuring (after warm-up); at least `minBatches` batches run. */
  readonly budgetMs?: number;
  readonly minBatches?: number;
}

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Values computed by benchmarked code go here, so that the engine cannot drop the work as unused. */
export const sink: unknown[] = [];

/** How many calls make a batch of about `batchMs` (running the operation to warm it up on the way). */
function batchSizeFor(operation: () => unknown, batchMs: number): number {
  let size = 1;
  for (;;) {
    const started = performance.now();
    for (let index = 0; index < size; index += 1) sink[0] = operation();
    const elapsed = performance.now() - started;
    if (elapsed >= batchMs || size >= 1 << 24) return size;
    size *= elapsed > 0 ? Math.min(16, Math.max(2, Math.ceil(batchMs / elapsed))) : 16;
  }
}

function timeBatch(operation: () => unknown, size: number): number {
  const started = performance.now();
  for (let index = 0; index < size; index += 1) sink[0] = operation();
  return (performance.now() - started) / size;
}

/**
 * Times an operation and its baseline in alternating batches, so that the machine speeding up or
 * slowing down during the run (other tenants, frequency scaling) affects both alike.
 */
export function measurePair(
  operation: () => unknown,
  baseline: () => unknown,
  { budgetMs = 400, minBatches = 5 }: MeasureOptions = {},
): [Timing, Timing] {
  const batchMs = budgetMs / (minBatches * 4);
  const sizes = [batchSizeFor(operation, batchMs), batchSizeFor(baseline, batchMs)];
  const perOp: [number[], number[]] = [[], []];
  const deadline = performance.now() + budgetMs * 2;
  while (perOp[0].length < minBatches || performance.now() < deadline) {
    perOp[0].push(timeBatch(operation, sizes[0]!));
    perOp[1].push(timeBatch(baseline, sizes[1]!));
  }
  return [
    { msPerOp: median(perOp[0]), runs: perOp[0].length * sizes[0]! },
    { msPerOp: median(perOp[1]), runs: perOp[1].length * sizes[1]! },
  ];
}

/** Runs a full garbage collection when node runs with --expose-gc (npm run bench does), so that one round does not pay for another's garbage. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Times single calls of an operation and its baseline, in turn, `count` times each (after one
 * unmeasured call of each, so that neither is timed while the engine still compiles code the other
 * warmed up). For work that can be done only once per input, such as a first call that fills a
 * per-dataset cache: `prepare` runs untimed before each round (-1 is the warm-up) and returns the
 * input both sides get. Each call starts on a collected heap, with the last result dropped.
 */
export function measureOncePair<T>(
  count: number,
  prepare: (round: number) => T,
  operation: (input: T) => unknown,
  baseline: (input: T) => unknown,
): [Timing, Timing] {
  const times: [number[], number[]] = [[], []];
  for (let round = -1; round < count; round += 1) {
    const input = prepare(round);
    for (const [side, run] of [operation, baseline].entries()) {
      sink[0] = undefined;
      collectGarbage();
      const started = performance.now();
      sink[0] = run(input);
      if (round >= 0) times[side]!.push(performance.now() - started);
    }
  }
  return [
    { msPerOp: median(times[0]), runs: count },
    { msPerOp: median(times[1]), runs: count },
  ];
}
