// npm run build:web — the offline audit page, dist/web/audit.html: one file holding the page, its styles and
// the worker that runs the audit (src/web), with every dependency bundled in; nothing is loaded from anywhere.
// The worker is bundled first and written into the page's script as a string, started from a blob.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Bundles one entry for browsers and returns its code. */
async function bundle(entry, define) {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    charset: 'utf8',
    legalComments: 'eof',
    write: false,
    // exceljs's browser build without its polyfills: the page needs an ES2022 browser anyway.
    alias: { exceljs: 'exceljs/dist/exceljs.bare.min.js' },
    define,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Code safe inside an inline <script>: no `</script` or `<!--` can end or confuse the element. */
const inline = (code) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const worker = await bundle('src/web/worker.ts', { PACKAGE_VERSION: JSON.stringify(pkg.version) });
// As a string in the page's script: every `<` escaped, so the string itself cannot close the script.
const page = await bundle('src/web/page.ts', { WORKER_SOURCE: JSON.stringify(worker).replace(/</g, '\\u003c') });
const template = readFileSync(new URL('src/web/audit.html', root), 'utf8');
const html = template.replace('/*PAGE*/', () => inline(page));
mkdirSync(new URL('dist/web/', root), { recursive: true });
writeFileSync(new URL('dist/web/audit.html', root), html);
console.log(`dist/web/audit.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB`);
