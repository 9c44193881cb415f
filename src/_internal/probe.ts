/**
 * A counter hook for tests that prove work is done once (validate a message once, prepare its text
 * once, build a channel's schedule once). Off unless a test listens: one optional call per step.
 * Not exported from the package; no timing, only counts.
 */

/** The steps a listener can count. */
export type ProbeStep = 'validate-text' | 'prepare-text' | 'fold-text' | 'detect-language' | 'privacy-text' | 'build-schedule';

let listener: ((step: ProbeStep) => void) | undefined;

/** Reports one step to the listener, if any. */
export function probe(step: ProbeStep): void {
  listener?.(step);
}

/** Counts every step reported while `run` runs, then stops listening. */
export function countSteps<T>(run: () => T): { result: T; counts: Partial<Record<ProbeStep, number>> } {
  const counts: Partial<Record<ProbeStep, number>> = {};
  const previous = listener;
  listener = (step) => {
    counts[step] = (counts[step] ?? 0) + 1;
  };
  try {
    return { result: run(), counts };
  } finally {
    listener = previous;
  }
}
