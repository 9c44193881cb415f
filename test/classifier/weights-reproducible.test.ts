// The committed weights are what scripts/train-classifier.ts writes: training is deterministic,
// so a fresh run must reproduce src/classifier/model/weights.ts byte for byte. Needs
// ../shared/data (the public datasets are read at train time, never committed); skipped without it.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedData, repoRoot } from '../../scripts/classifier-data.js';

const ready = hasSharedData();
if (!ready) console.warn('weights reproducibility test skipped: ../shared/data (BANKING77, CLINC150) is not present.');

describe.skipIf(!ready)('shipped weights', () => {
  it('are reproduced exactly by scripts/train-classifier.ts --check', { timeout: 900_000 }, () => {
    const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
    const output = execFileSync(tsx, ['scripts/train-classifier.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(output).toContain('matches a fresh training run');
  });
});
