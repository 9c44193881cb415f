// Bundles main.js with walletdesk (from the built dist/, via the package self-reference) into
// dist/main.js for the browser. Run `npx tsup` first, then `node examples/browser-widget/build.mjs`.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
await build({
  entryPoints: [`${here}main.js`],
  outfile: `${here}dist/main.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});
console.log('built examples/browser-widget/dist/main.js');
