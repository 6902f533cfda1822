// Progress on a terminal (issue 18): rows read, rows a second, and the time left at that rate.
import { describe, expect, it } from 'vitest';
import { say } from '../../src/app/messages.js';
import { ProgressMeter } from '../../src/app/progress.js';

describe('ProgressMeter', () => {
  it('gives the rate since the start and the time left for the rows not yet read', () => {
    let now = 1_000;
    const meter = new ProgressMeter(1_000_000, () => now);
    now += 4_000; // 4 s later, 200,000 rows read: 50,000 a second, 800,000 left
    expect(meter.at(200_000)).toEqual({ rows: 200_000, perSecond: 50_000, secondsLeft: 16 });
    now += 16_000;
    expect(meter.at(1_000_000).secondsLeft).toBe(0);
    expect(meter.at(1_100_000).secondsLeft).toBe(0); // more rows than lines counted: never a negative time
  });

  it('says nothing of rate or time before any time passed, and no time left without a total (workbooks)', () => {
    const meter = new ProgressMeter(null, () => 0);
    expect(meter.at(10)).toEqual({ rows: 10, perSecond: null, secondsLeft: null });
    let now = 0;
    const workbook = new ProgressMeter(null, () => now);
    now = 2_000;
    expect(workbook.at(10_000)).toEqual({ rows: 10_000, perSecond: 5_000, secondsLeft: null });
  });

  it('is said in the report language', () => {
    const p = { rows: 1_234_567, perSecond: 98_765.4, secondsLeft: 12.2 };
    expect(say('en', 'progress', p).trim()).toBe('1,234,567 rows read, 98,765 a second, about 13 s left');
    expect(say('zh', 'progress', p).trim()).toBe('已读 1,234,567 行，每秒 98,765 行，约剩 13 秒');
    expect(say('en', 'progress', { rows: 5, perSecond: null, secondsLeft: null }).trim()).toBe('5 rows read');
  });
});
