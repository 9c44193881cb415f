import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { agentsNeeded, erlangC } from '../../src/hours/index.js';

/** Independent Erlang C in log space: log(A^k/k!) summed with log-sum-exp; no recursion shared with src. */
function erlangCLogSpace(traffic: number, agents: number): number {
  const logTerm = (k: number) => {
    let lf = 0;
    for (let i = 2; i <= k; i++) lf += Math.log(i);
    return k * Math.log(traffic) - lf;
  };
  const terms: number[] = [];
  for (let k = 0; k < agents; k++) terms.push(logTerm(k));
  const top = logTerm(agents) + Math.log(agents / (agents - traffic));
  const all = [...terms, top];
  const max = Math.max(...all);
  const logDen = max + Math.log(all.reduce((s, x) => s + Math.exp(x - max), 0));
  return Math.exp(top - logDen);
}

describe('erlangC', () => {
  it('matches the textbook example (100 calls/h, AHT 180 s, 6 agents) and an independent computation', () => {
    const r = erlangC({ callsPerHour: 100, ahtSeconds: 180, agents: 6, targetSeconds: 20 });
    const c = erlangCLogSpace(5, 6);
    expect(Math.abs(r.probWait - c)).toBeLessThan(1e-9);
    expect(Math.abs(r.probWait - 0.5875165)).toBeLessThan(1e-6);
    expect(Math.abs(r.asaSeconds - (c * 180) / 1)).toBeLessThan(1e-6);
    expect(Math.abs(r.asaSeconds - 105.753)).toBeLessThan(1e-3);
    expect(Math.abs(r.serviceLevel - (1 - c * Math.exp(-20 / 180)))).toBeLessThan(1e-9);
    expect(Math.abs(r.serviceLevel - 0.474267)).toBeLessThan(1e-6);
    expect(r.occupancy).toBeCloseTo(5 / 6, 12);
    expect(r.stable).toBe(true);
  });

  it('stays exact where factorials overflow: N = 171 at 150 Erlangs', () => {
    const callsPerHour = (150 * 3600) / 300;
    const r = erlangC({ callsPerHour, ahtSeconds: 300, agents: 171 });
    expect(Number.isFinite(r.probWait)).toBe(true);
    expect(Math.abs(r.probWait - erlangCLogSpace(150, 171))).toBeLessThan(1e-9);
    expect(r.probWait).toBeGreaterThan(0);
    expect(r.probWait).toBeLessThan(1);
  });

  it('agrees with the independent formula over a grid', () => {
    for (const traffic of [0.5, 3, 12.5, 40, 99]) {
      for (const extra of [1, 2, 5, 15]) {
        const agents = Math.floor(traffic) + extra;
        const r = erlangC({ callsPerHour: traffic * 36, ahtSeconds: 100, agents });
        expect(Math.abs(r.probWait - erlangCLogSpace(traffic, agents))).toBeLessThan(1e-9);
      }
    }
  });

  it('reports an unstable queue when traffic reaches the number of agents', () => {
    const r = erlangC({ callsPerHour: 120, ahtSeconds: 180, agents: 6 });
    expect(r).toMatchObject({ stable: false, probWait: 1, asaSeconds: Number.POSITIVE_INFINITY, serviceLevel: 0, occupancy: 1 });
    expect(erlangC({ callsPerHour: 200, ahtSeconds: 180, agents: 6 }).stable).toBe(false);
  });

  it('handles zero calls', () => {
    expect(erlangC({ callsPerHour: 0, ahtSeconds: 180, agents: 1 })).toMatchObject({ probWait: 0, asaSeconds: 0, serviceLevel: 1, stable: true });
    expect(agentsNeeded({ callsPerHour: 0, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 })).toBe(0);
  });

  it('rejects bad input with a ValidationError naming the field', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ callsPerHour: Number.NaN, ahtSeconds: 180, agents: 6 }, 'input.callsPerHour'],
      [{ callsPerHour: 100, ahtSeconds: 180, agents: -1 }, 'input.agents'],
      [{ callsPerHour: 100, ahtSeconds: 180, agents: 2.5 }, 'input.agents'],
      [{ callsPerHour: 100, ahtSeconds: 0, agents: 6 }, 'input.ahtSeconds'],
    ];
    for (const [input, field] of cases) {
      let caught: unknown;
      try {
        erlangC(input as never);
      } catch (error) {
        caught = error;
      }
      expect(isValidationError(caught), field).toBe(true);
      expect((caught as { field: string }).field).toBe(field);
    }
  });
});

describe('agentsNeeded', () => {
  it('returns the smallest staffing meeting the service level, checked by brute force with erlangC', () => {
    for (const calls of [30, 100, 450, 2000]) {
      const n = agentsNeeded({ callsPerHour: calls, ahtSeconds: 240, targetSeconds: 20, targetServiceLevel: 0.8 });
      const sl = (k: number) => erlangC({ callsPerHour: calls, ahtSeconds: 240, agents: k, targetSeconds: 20 }).serviceLevel;
      expect(sl(n)).toBeGreaterThanOrEqual(0.8);
      expect(sl(n - 1)).toBeLessThan(0.8);
    }
  });
  it('respects maxOccupancy', () => {
    const n = agentsNeeded({ callsPerHour: 100, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.5, maxOccupancy: 0.6 });
    expect(5 / n).toBeLessThanOrEqual(0.6);
    expect(5 / (n - 1)).toBeGreaterThan(0.6);
  });
  it('rejects a service level of 1 or more (never reachable with Erlang C)', () => {
    expect(() => agentsNeeded({ callsPerHour: 10, ahtSeconds: 60, targetSeconds: 20, targetServiceLevel: 1 })).toThrow(/targetServiceLevel/);
  });
});
