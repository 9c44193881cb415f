import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { createClassifier, deserializeModel, serializeModel, type TrainingExample, train } from '../../src/classifier/index.js';

const examples: TrainingExample[] = [
  { text: 'my refund has not arrived', label: 'refund_dispute' },
  { text: 'the shop will not refund me', label: 'refund_dispute' },
  { text: '商家不给退款', label: 'refund_dispute' },
  { text: 'I was charged twice, I want my money back', label: 'refund_dispute', intent: 'charged_twice' },
  { text: 'someone hacked my account', label: 'account_compromise' },
  { text: 'I was scammed by a fake agent', label: 'account_compromise' },
  { text: '我的账户被盗了', label: 'account_compromise' },
  { text: 'what is the weather tomorrow', label: 'other' },
  { text: 'tell me a joke', label: 'other' },
  { text: '推荐一部电影', label: 'other' },
];

describe('train', () => {
  it('is deterministic: training twice gives identical weights', () => {
    const a = train(examples, { epochs: 5, buckets: 4096 });
    const b = train(examples, { epochs: 5, buckets: 4096 });
    expect(Array.from(a.entryWeight)).toEqual(Array.from(b.entryWeight));
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
    expect(serializeModel(a)).toBe(serializeModel(b));
  });
  it('depends on the seed (the shuffle is real)', () => {
    const a = train(examples, { epochs: 5, buckets: 4096, seed: 1 });
    const b = train(examples, { epochs: 5, buckets: 4096, seed: 2 });
    expect(serializeModel(a)).not.toBe(serializeModel(b));
  });
  it('learns the training examples and outputs only the categories it saw', () => {
    const model = train(examples, { epochs: 10, buckets: 4096 });
    expect(new Set(model.categoryOfClass)).toEqual(new Set(['refund_dispute', 'account_compromise', 'other']));
    expect(model.classes).toContain('refund_dispute:charged_twice');
    const classifier = createClassifier({ model, abstainBelow: 0 });
    for (const e of examples) expect(classifier.classify(e.text).category).toBe(e.label);
  });
  it('round-trips through serializeModel / deserializeModel', () => {
    const model = train(examples, { epochs: 5, buckets: 4096 });
    const copy = deserializeModel(serializeModel(model));
    expect(copy.classes).toEqual(model.classes);
    expect(serializeModel(copy)).toBe(serializeModel(model));
    const a = createClassifier({ model, abstainBelow: 0 });
    const b = createClassifier({ model: copy, abstainBelow: 0 });
    for (const e of examples) expect(b.classify(e.text).category).toBe(a.classify(e.text).category);
  });
  it('rejects labels outside the taxonomy with a ValidationError naming the field', () => {
    try {
      train([{ text: 'hi', label: 'greeting' as never }]);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect((error as { field: string }).field).toBe('examples[0].label');
    }
  });
  it('rejects an empty training set and bad options', () => {
    expect(() => train([])).toThrow(/examples/);
    expect(() => train(examples, { buckets: 1000 })).toThrow(/options\.buckets/);
    expect(() => train(examples, { epochs: 0 })).toThrow(/options\.epochs/);
  });
  it('rejects a string that is not a serialised model', () => {
    for (const bad of ['', 'bm90IGEgbW9kZWw=', '%%%', serializeModel(train(examples, { epochs: 1, buckets: 4096 })).slice(0, 40)]) {
      expect(() => deserializeModel(bad)).toThrow(/model/);
    }
  });
});
