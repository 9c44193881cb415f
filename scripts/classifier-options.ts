// The options the shipped model is trained and serialised with (one place, read by the training
// script and by the tests that check determinism).
import type { SerializeOptions } from '../src/classifier/model.js';
import type { TrainOptions } from '../src/classifier/train.js';

export const TRAIN_OPTIONS: TrainOptions = { epochs: 20, learningRate: 2, decay: 0.3, seed: 1, buckets: 2 ** 18, classWeighting: 'sqrt' };
export const SERIALIZE_OPTIONS: SerializeOptions = { minStep: 2 };
