import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Pure modules must never depend on the host zone; run the suite in an unusual one.
    env: { TZ: 'Pacific/Kiritimati' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
