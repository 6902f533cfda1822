/**
 * Vitest global setup: builds the offline audit page (dist/web/audit.html, `npm run build:web`) from the current
 * sources before any test runs, so test/web checks the page these sources make — never a stale or missing build
 * (`npm test` runs before `npm run build` in CI and on a fresh clone). Set AUDIT_PAGE to test another file instead.
 */
import { execFileSync } from 'node:child_process';

export default function buildPage(): void {
  if (process.env.AUDIT_PAGE) return;
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { cwd: new URL('../../', import.meta.url).pathname, stdio: ['ignore', 'ignore', 'inherit'] });
}
