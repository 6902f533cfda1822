import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '/work/main/test/helpers/browser.js';
import { writePortfolio } from '/work/main/test/helpers/portfolio.js';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const browser = await launchChromium();
const files = await writePortfolio(dir, { households: 40000, loans: 100000 });
for (let run = 0; run < 2; run++) {
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const log: string[] = [];
  page.on('console', (m) => { if (m.text().startsWith('T ')) log.push(m.text()); });
  await page.goto(pathToFileURL('/work/main/dist/web/audit.html').href);
  await page.setInputFiles('[data-role="households"]', files.households);
  await page.setInputFiles('[data-role="loans"]', files.loans);
  await page.fill('[data-role="as-of"]', '2021-06-30');
  await page.click('[data-role="run"]');
  await page.waitForTimeout(10000);
  const t0 = Number(log[0]!.split(' ')[2]);
  console.log(log.map((l) => { const [, k, v] = l.split(' '); return `${k} ${Math.round(Number(v) - t0)}`; }).join('  '));
  await context.close();
}
await browser.close();
