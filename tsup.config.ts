import { defineConfig } from 'tsup';

/**
 * One entry per public module; keep in step with package.json#exports
 * (test/package/exports.test.ts checks that they match).
 */
export const entries = {
  index: 'src/index.ts',
  errors: 'src/errors/index.ts',
  channels: 'src/channels/index.ts',
  hours: 'src/hours/index.ts',
  classifier: 'src/classifier/index.ts',
  privacy: 'src/privacy/index.ts',
  triage: 'src/triage/index.ts',
  tickets: 'src/tickets/index.ts',
  sla: 'src/sla/index.ts',
  insights: 'src/insights/index.ts',
  'tickets/testing': 'src/tickets/testing/index.ts',
  'tickets/zendesk': 'src/tickets/backends/zendesk/index.ts',
  'tickets/freshdesk': 'src/tickets/backends/freshdesk/index.ts',
} as const;

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
  },
]);
