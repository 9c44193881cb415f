import { deserializeModel, serializeModel } from '../src/classifier/model.js';
import { train } from '../src/classifier/train.js';
import { createClassifier } from '../src/classifier/classifier.js';
import { loadSplit } from './classifier-data.js';
import { evaluate, formatReport } from './classifier-eval.js';
import { gzipSync } from 'node:zlib';
const split = loadSplit();
const opts = JSON.parse(process.argv[2] ?? '{"epochs":20,"learningRate":2,"decay":0.3}');
const m0 = train(split.train, opts);
for (const [minStep, maxPerBucket] of JSON.parse(process.argv[3] ?? '[[2,1e9],[2,16],[2,8],[3,8]]')) {
  const ser = serializeModel(m0, { minStep, maxPerBucket });
  const m = deserializeModel(ser);
  const c = createClassifier({ model: m, abstainBelow: 0 });
  const texts = split.heldOut.banking77.slice(0, 500).map((e) => e.text).concat(split.zhDev.map((e) => e.text));
  const t = performance.now(); let n = 0;
  while (performance.now() - t < 1000) for (const x of texts) { c.classify(x); n++; }
  console.log(`minStep ${minStep} maxPerBucket ${maxPerBucket}: entries ${m.entryWeight.length} gz ${(gzipSync(ser, { level: 9 }).length / 1024).toFixed(0)}KB  ${Math.round(n / ((performance.now() - t) / 1000))}/s`);
  console.log(formatReport(evaluate((x) => c.classify(x).category, split)));
}
