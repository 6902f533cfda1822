// No time zone may change a result (API.md). This file proves it twice over: it runs every golden case
// (test/golden/) in child processes under UTC, UTC+14 and UTC−11 and requires the same outputs as this process,
// whatever zone this process is in; and, when .ci/run sets TZ for the whole suite, it proves the zone really took
// effect, so the three suite runs are not the same run three times. It also pins calendar results near midnight
// boundaries that a Date-based implementation would shift.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { computeDeferralDeadline, checkPolicyContinuity } from 'fupin-xindai';
import { GOLDEN_PATH, runCase, type GoldenFile } from './golden/run.js';
import { loan, poor } from './helpers/fixtures.js';

/** `getTimezoneOffset()` (minutes, UTC − local) on 2021-01-01 and 2021-07-01 in each zone: none keeps summer time. */
const ZONES: Record<string, readonly [number, number]> = {
  UTC: [0, 0],
  'Pacific/Kiritimati': [-14 * 60, -14 * 60],
  'Pacific/Pago_Pago': [11 * 60, 11 * 60],
};
const INSTANTS = [Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)] as const;
const offsets = () => INSTANTS.map((t) => new Date(t).getTimezoneOffset());

/** The offset the IANA database gives `zone` at `t`, as getTimezoneOffset would say it (throws for an unknown zone). */
function ianaOffset(zone: string, t: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(t).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`cannot read the offset '${name}' of ${zone}`);
  const east = m[1] ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return east === 0 ? 0 : -east;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const golden = JSON.parse(readFileSync(new URL(`../${GOLDEN_PATH}`, import.meta.url), 'utf8')) as GoldenFile;

/** Runs every golden case under `zone` in a fresh process; returns that process's offsets and outputs. */
async function runIn(zone: string): Promise<{ offsets: number[]; outputs: Record<string, unknown> }> {
  const run = pathToFileURL(`${root}test/golden/run.ts`).href;
  const file = `${root}${GOLDEN_PATH}`;
  const code = `
    Promise.all([import('node:fs'), import(${JSON.stringify(run)})]).then(([fs, golden]) => {
      const cases = JSON.parse(fs.readFileSync(${JSON.stringify(file)}, 'utf8')).cases;
      const offsets = ${JSON.stringify(INSTANTS)}.map((t) => new Date(t).getTimezoneOffset());
      const outputs = Object.fromEntries(cases.map((c) => [c.id, golden.runCase(c)]));
      process.stdout.write(JSON.stringify({ offsets, outputs }));
    });`;
  const { stdout } = await promisify(execFile)(`${root}node_modules/.bin/tsx`, ['-e', code], {
    cwd: root,
    env: { ...process.env, TZ: zone },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { offsets: number[]; outputs: Record<string, unknown> };
}

describe('time zones', () => {
  // Locally TZ may be unset (the check has nothing to check); in CI every run names its zone (.ci/run), so there a
  // missing TZ fails instead of skipping.
  it.runIf(process.env.TZ !== undefined || process.env.CI !== undefined)('runs in the zone the TZ variable names', () => {
    const tz = process.env.TZ;
    expect(tz, 'CI runs the suite under a named TZ').toBeDefined();
    if (tz === undefined) return;
    // The three zones of .ci/run by their known offsets; any other zone by the IANA database (an unknown name throws).
    const expected = tz in ZONES ? ZONES[tz]! : INSTANTS.map((t) => ianaOffset(tz, t));
    expect(offsets(), `TZ=${tz}`).toEqual(expected);
  });

  it('the offsets read from the IANA database are the known ones (so the check above can be trusted)', () => {
    for (const [zone, expected] of Object.entries(ZONES))
      expect(
        INSTANTS.map((t) => ianaOffset(zone, t)),
        zone,
      ).toEqual(expected);
    expect(() => ianaOffset('Nowhere/Atlantis', INSTANTS[0])).toThrow(RangeError);
  });

  // Not under mutation testing: Stryker activates a mutant in this process only, so the children (running the
  // sandbox's code with no mutant active) would differ from it and "kill" mutants that have nothing to do with time
  // zones, at seconds a mutant.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)(
    'every golden case decides the same under UTC, UTC+14 and UTC−11 as in this process',
    async () => {
      const here = Object.fromEntries(golden.cases.map((c) => [c.id, runCase(c)]));
      expect(Object.keys(here).length).toBeGreaterThan(100);
      const zones = Object.keys(ZONES);
      const runs = await Promise.all(zones.map(runIn));
      zones.forEach((zone, i) => {
        const { offsets: seen, outputs } = runs[i]!;
        expect(seen, `the child process did not run in ${zone}`).toEqual(ZONES[zone]);
        const differ = Object.keys(here).filter((id) => JSON.stringify(outputs[id]) !== JSON.stringify(here[id]));
        expect(differ, `cases that decide differently under TZ=${zone} than under TZ=${process.env.TZ ?? '(unset)'}: ${differ.join('; ')}`).toEqual([]);
      });
    },
  );

  it('CBIRC-2020-28/3.1 computes the same calendar deadlines in every zone', () => {
    const cases: [string, string][] = [
      ['2020-01-01', '2021-03-31'],
      ['2020-08-31', '2021-03-31'],
      ['2020-09-30', '2021-03-31'],
      ['2020-10-31', '2021-04-30'],
      ['2020-12-31', '2021-06-30'],
      ['2021-03-31', '2021-09-30'],
    ];
    for (const [maturityDate, deadline] of cases) {
      const r = computeDeferralDeadline(loan({ contractDate: '2019-01-01', maturityDate, covidRepaymentDifficulty: true }), poor());
      expect(r.deadline, maturityDate).toBe(deadline);
    }
  });

  it('CBIRC-2020-28/1.1 compares dates as calendar days, not instants', () => {
    const l = loan({ contractDate: '2020-12-31', maturityDate: '2021-12-31' });
    expect(checkPolicyContinuity(l, '2021-12-31').guaranteed).toBe(true);
    expect(checkPolicyContinuity(l, '2022-01-01').guaranteed).toBe(false);
  });
});
