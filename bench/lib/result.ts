/** One figure of a benchmark run, with the baseline it is compared against and its target. */
export interface BenchResult {
  /** The group the figure belongs to: helpers, start-up, size or type-checking. */
  readonly suite: string;
  /** What was measured ("getMetric", "cold import of ./data"...). */
  readonly name: string;
  /** The dataset scale (1, 100, 1000) or null when the figure does not depend on it. */
  readonly scale: number | null;
  /** The figure and its unit ("ms/op", "bytes", "instantiations"...). */
  readonly value: number;
  readonly unit: string;
  /** What the baseline does, and its figure in the same unit (null when there is no baseline). */
  readonly baselineName: string | null;
  readonly baseline: number | null;
  /** value / baseline. */
  readonly ratio: number | null;
  /** The largest ratio (or value) allowed, and whether the figure holds it; null when no target is set. */
  readonly target: number | null;
  readonly targetOn: 'ratio' | 'value' | null;
  readonly holds: boolean | null;
  /** Anything a reader needs to interpret the figure. */
  readonly note?: string;
}

/** Builds a result, computing the ratio and whether the target holds. */
export function result(
  fields: Omit<BenchResult, 'ratio' | 'holds' | 'target' | 'targetOn'> & {
    target?: number;
    targetOn?: 'ratio' | 'value';
  },
): BenchResult {
  const ratio =
    fields.baseline === null || fields.baseline === 0 ? null : fields.value / fields.baseline;
  const target = fields.target ?? null;
  const targetOn = target === null ? null : (fields.targetOn ?? 'ratio');
  const measured = targetOn === 'value' ? fields.value : ratio;
  return {
    ...fields,
    ratio,
    target,
    targetOn,
    holds: target === null || measured === null ? null : measured <= target,
  };
}
