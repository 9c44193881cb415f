// Runs inside a worker thread (test/fuzz/exports.fuzz.test.ts starts it): calls every export of
// the built entries with bad input from fast-check and reports, per export, how many calls threw
// something other than a walletdesk error, how many polluted a prototype, and the slowest call.
// A synchronous hang cannot be interrupted from inside, so before each call the worker writes
// which export it is in and when it started into shared memory; the parent terminates the worker
// when a call runs past the limit and starts a new one on the exports that are left.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';

const { entries, format, errorsFile, runs, seed, skip, recheck, clock, withInstances } = workerData;
// [target index, start ms (0 = idle), length of the call's description, run index]
const state = new Float64Array(clock, 0, 4);
const described = new Uint8Array(clock, 32); // the running call's arguments, so a hang can be reported with them
const encoder = new TextEncoder();
const load = format === 'cjs' ? createRequire(import.meta.url) : (file) => import(file);

const { WalletdeskError, isWalletdeskError } = await load(errorsFile);

/** The caller's own exception, thrown from a getter of its own object: passing it on unchanged is right. */
const CALLERS_OWN = new Error('thrown by the caller’s own getter');

const huge = {
  ascii: 'a'.repeat(1 << 20),
  digitsAndCjk: `${'1'.repeat(65_536)}中`,
  cjk: '中'.repeat(100_000),
  spaces: ' '.repeat(1_000_000),
  emails: 'x@y.'.repeat(50_000),
};

/**
 * Hostile values, made fresh for each call (a call may mutate what it is given). fast-check only
 * sees a marker: it inspects the values it generates, and a throwing proxy would throw in there.
 */
const hostileMakers = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => Number.MAX_VALUE,
  () => -1,
  () => 1,
  () => '',
  () => '   ',
  () => '\u0000\u200b\ufeff',
  () => '__proto__',
  () => 'constructor',
  () => huge.ascii,
  () => huge.digitsAndCjk,
  () => huge.cjk,
  () => huge.spaces,
  () => huge.emails,
  () => [],
  () => [null],
  () => new Array(5),
  () => ({}),
  () => Object.create(null),
  () => JSON.parse('{"__proto__":{"polluted":1}}'),
  () => JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  () => ({ __proto__: { polluted: 1 } }),
  () => JSON.parse('{"wallet":"alipay","__proto__":{"polluted":1},"options":{"__proto__":{"polluted":1}}}'),
  () => new Date(Number.NaN),
  () => new Date(8.64e15),
  () => new Date(-8.64e15),
  () => new Date(-8.64e15 + 49),
  () => Symbol('bad'),
  () => 10n,
  () => () => undefined,
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => new Uint8Array(3),
  () => Promise.resolve(1),
  () => new Proxy({}, { get: () => { throw CALLERS_OWN; }, has: () => { throw CALLERS_OWN; }, ownKeys: () => { throw CALLERS_OWN; } }),
  () => Object.defineProperty({}, 'text', { get: () => { throw CALLERS_OWN; }, enumerable: true }),
  () => ({ toString: () => { throw CALLERS_OWN; }, valueOf: () => { throw CALLERS_OWN; } }),
];
class Hostile {
  /** `key` set: an options object `{ [key]: hostile }`, so the value reaches past the first check. */
  constructor(index, key) {
    this.index = index;
    this.key = key;
  }
  make() {
    const made = hostileMakers[this.index]();
    return this.key === undefined ? made : { [this.key]: made };
  }
}
const materialize = (args) => args.map((a) => (a instanceof Hostile ? a.make() : a));

/** Keys a real options object uses, so junk objects reach past the first check. */
const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('text', 'wallet', 'category', 'at', 'now', 'timeZone', 'locale', 'region', 'subject', 'id', 'status', 'kind', 'value', 'from', 'to', 'days', 'hours', 'schedule', 'calendar', 'message', 'url', 'path', '__proto__', 'constructor', 'prototype') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const anything = fc.anything({ key, maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true });
const hostileIndex = fc.nat({ max: hostileMakers.length - 1 });
const hostile = fc.oneof(
  hostileIndex.map((index) => new Hostile(index)),
  fc.tuple(hostileIndex, key).map(([index, k]) => new Hostile(index, k)),
);
const value = fc.oneof(
  { weight: 4, arbitrary: anything },
  { weight: 3, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }) },
);
const argumentLists = fc.array(value, { maxLength: 4 });

function show(v) {
  if (v instanceof Hostile) {
    const made = hostileMakers[v.index].toString().replace(/^\(\) => /, '').slice(0, 100);
    return v.key === undefined ? made : `{ ${JSON.stringify(v.key)}: ${made} }`;
  }
  try {
    if (typeof v === 'string' && v.length > 80) return `<string of ${v.length}: ${JSON.stringify(v.slice(0, 20))}…>`;
    if (typeof v === 'symbol' || typeof v === 'bigint' || typeof v === 'function') return String(v);
    return fc.stringify(v).slice(0, 160);
  } catch {
    return '<unprintable>';
  }
}

/** The prototypes a pollution would reach, with the keys they have before any call. */
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Date.prototype];
const cleanKeys = prototypes.map((p) => new Set(Reflect.ownKeys(p)));
/** True when a call left a new key on a built-in prototype; removes it so later calls start clean. */
function pollutedAndCleaned() {
  let found = false;
  prototypes.forEach((p, i) => {
    for (const k of Reflect.ownKeys(p)) {
      if (cleanKeys[i].has(k)) continue;
      found = true;
      delete p[k];
    }
  });
  return found;
}

const isClass = (f) => /^class[\s{]/.test(Function.prototype.toString.call(f));
const isSchema = (v) => typeof v === 'object' && v !== null && ('_zod' in v || typeof v.safeParse === 'function');

/**
 * Objects the exports make, whose methods are public API too (issue 13 found `client.list(' '.repeat(1e6))`).
 * A backend's own methods are not here: the TicketBackend contract (src/tickets/backend.ts) is that
 * the client validates and normalises every input before a backend sees it, and the client is here.
 */
const instances = {
  'createTicketClient()': (m) => m['./tickets'].createTicketClient({ backend: m['./tickets'].memoryBackend() }),
  'defineSchedule()': (m) => m['./hours'].defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] } }),
  'createClassifier()': (m) => m['./classifier'].createClassifier(),
  'defineSlaPolicy()': (m) => m['./sla'].defineSlaPolicy({ targets: { urgent: { firstReply: 30 } } }),
};

/** The methods of an object, own and inherited (not Object.prototype's). */
function methodsOf(object) {
  const methods = new Set();
  for (let o = object; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const m of Object.getOwnPropertyNames(o)) if (m !== 'constructor' && typeof Object.getOwnPropertyDescriptor(o, m)?.value === 'function') methods.add(m);
  }
  return [...methods].sort();
}

/** Every callable of every entry: exported functions and classes, the methods of exported objects and of the objects above. */
async function collectTargets() {
  const targets = [];
  const seen = new Set();
  const modules = {};
  for (const { subpath, file } of entries) {
    const mod = await load(file);
    modules[subpath] = mod;
    for (const name of Object.keys(mod).sort()) {
      const target = mod[name];
      if (typeof target === 'function') {
        if (seen.has(target)) continue;
        seen.add(target);
        targets.push({ id: `${subpath} ${name}`, call: (args) => (isClass(target) ? new target(...args) : target(...args)) });
      } else if (typeof target === 'object' && target !== null && !Array.isArray(target) && !isSchema(target) && !seen.has(target)) {
        seen.add(target);
        for (const m of methodsOf(target)) targets.push({ id: `${subpath} ${name}.${m}`, call: (args) => target[m](...args) });
      }
    }
  }
  for (const [made, make] of withInstances ? Object.entries(instances) : []) {
    const object = make(modules);
    for (const m of methodsOf(object)) targets.push({ id: `${made}.${m}`, call: (args) => object[m](...args) });
  }
  return targets;
}

let stray;
process.on('unhandledRejection', (reason) => {
  if (!isWalletdeskError(reason) && reason !== CALLERS_OWN) stray = reason;
});

const describeThrow = (e) => `${e?.name ?? typeof e}: ${String(e?.message ?? e).slice(0, 160)}`;
const targets = await collectTargets();
parentPort.postMessage({ type: 'targets', ids: targets.map((t) => t.id) });

/** The argument lists of one export: the same for the same id, runs and seed, so a call can be re-run. */
function samplesOf(id) {
  let salt = 0;
  for (const ch of id) salt = (salt * 31 + ch.charCodeAt(0)) | 0;
  return fc.sample(argumentLists, { numRuns: runs, seed: seed ^ salt });
}

/**
 * Makes one call with the watchdog's state set, and answers what came of it. An async call is
 * awaited without a timer of its own: if it never settles, the parent's watchdog sees it.
 */
async function run(index, runIndex, args) {
  state[0] = index;
  state[3] = runIndex;
  state[2] = encoder.encodeInto(args.map(show).join(', '), described).written;
  const started = performance.now();
  state[1] = Date.now();
  let thrown;
  let threw = false;
  try {
    const out = targets[index].call(materialize(args));
    if (out !== null && typeof out === 'object' && typeof out.then === 'function') await out;
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const ms = performance.now() - started;
  state[1] = 0;
  return { ms, threw, thrown };
}

// An overrun the parent saw in the last worker: the same call once more, before anything else.
if (recheck) {
  await run(recheck.index, recheck.run, samplesOf(targets[recheck.index].id)[recheck.run]);
  parentPort.postMessage({ type: 'rechecked' });
}

for (let index = 0; index < targets.length; index++) {
  const { id } = targets[index];
  if (skip.includes(id)) continue;
  const result = { id, calls: 0, foreign: 0, notInstance: 0, polluted: 0, slowestMs: 0, slowestArgs: '', first: null };
  const samples = samplesOf(id);
  for (let runIndex = 0; runIndex < samples.length; runIndex++) {
    const args = samples[runIndex];
    let { ms, threw, thrown } = await run(index, runIndex, args);
    result.calls++;
    if (ms > result.slowestMs) {
      result.slowestMs = ms;
      result.slowestArgs = args.map(show).join(', ');
    }
    if (stray !== undefined) {
      threw = true;
      thrown = stray;
      stray = undefined;
    }
    if (threw && thrown !== CALLERS_OWN) {
      let problem;
      if (!isWalletdeskError(thrown)) {
        result.foreign++;
        problem = describeThrow(thrown);
      } else if (!(thrown instanceof WalletdeskError)) {
        result.notInstance++;
        problem = `a walletdesk error that is not an instance of this build's WalletdeskError: ${describeThrow(thrown)}`;
      }
      if (problem && result.first === null) result.first = { args: args.map(show).join(', '), thrown: problem };
    }
    if (pollutedAndCleaned()) {
      result.polluted++;
      if (result.first === null) result.first = { args: args.map(show).join(', '), thrown: 'polluted a prototype' };
    }
  }
  parentPort.postMessage({ type: 'result', result });
}
parentPort.postMessage({ type: 'finished' });
