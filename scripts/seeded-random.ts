// xorshift32: the seeded PRNG of the training scripts (pinyin forms, SVM epoch order), so their
// output is reproducible without Math.random.

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
