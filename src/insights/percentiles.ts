/**
 * Nearest-rank percentiles (the smallest value with at least p of the sample at or below it), the
 * definition support dashboards use for "p90 first reply".
 */

/** p50 and p90 of a sample; `null` for an empty one. */
export interface Percentiles {
  /** Median, nearest rank. */
  p50: number | null;
  /** 90th percentile, nearest rank. */
  p90: number | null;
}

/** Nearest-rank p50 and p90 of `values` (sorted in place). */
export function percentiles(values: Float64Array): Percentiles {
  const n = values.length;
  if (n === 0) return { p50: null, p90: null };
  values.sort();
  const rank = (p: number) => values[Math.max(0, Math.ceil(p * n) - 1)] as number;
  return { p50: rank(0.5), p90: rank(0.9) };
}
