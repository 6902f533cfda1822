/**
 * How far a run has got, for a person watching it: rows read, rows a second, and about how long is left. The
 * clock is the caller's (the CLI passes `performance.now`): this module only does the arithmetic, so it can be
 * tested without waiting.
 */

export interface Progress {
  /** Rows read so far, both files together. */
  readonly rows: number;
  /** Rows a second since the start; null before any time has passed. */
  readonly perSecond: number | null;
  /** Seconds left at that rate to read `total` rows; null when the total is not known or nothing has been timed. */
  readonly secondsLeft: number | null;
}

/**
 * Measures progress against about `total` rows (both files' line counts; null for workbooks, whose rows are not
 * counted in advance).
 */
export class ProgressMeter {
  private readonly start: number;

  constructor(
    private readonly total: number | null,
    private readonly now: () => number,
  ) {
    this.start = now();
  }

  /** Progress after `rows` rows, both files together. */
  at(rows: number): Progress {
    const seconds = (this.now() - this.start) / 1000;
    const perSecond = seconds > 0 ? rows / seconds : null;
    const secondsLeft = this.total === null || perSecond === null || perSecond === 0 ? null : Math.max(0, (this.total - rows) / perSecond);
    return { rows, perSecond, secondsLeft };
  }
}
