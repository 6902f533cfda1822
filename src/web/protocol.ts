/**
 * What the offline page (src/web/page.ts) and its worker (src/web/worker.ts) say to each other. Files travel
 * as their bytes; nothing but these messages crosses, and nothing leaves the browser.
 */
import type { AuditSummary } from '../audit/index.js';
import type { Encoding } from '../app/encoding.js';
import type { Jurisdiction } from '../app/run.js';
import type { AuditMeta } from '../app/report.js';

/** The files the page takes: the two inputs, and the optional files the CLI takes with the flags of the same names. */
export const FILE_KEYS = ['households', 'loans', 'policy', 'thresholds', 'interpretations', 'columns', 'leadBanks', 'regions'] as const;
export type FileKey = (typeof FILE_KEYS)[number];

export interface PageFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface RunMessage {
  readonly type: 'run';
  readonly files: Readonly<Partial<Record<FileKey, PageFile>>>;
  readonly asOf: string;
  readonly jurisdiction: Jurisdiction;
  readonly lang: 'zh' | 'en';
  readonly all: boolean;
  /** As the CLI's `--maturity-window-days` text: whole days. */
  readonly maturityWindowDays: string;
  readonly encodings: Readonly<Partial<Record<'households' | 'loans', Encoding>>>;
  readonly sheets: Readonly<Partial<Record<'households' | 'loans', string>>>;
}

export type WorkerReply =
  /** The inputs are readable; about this many rows are to be read. */
  | { readonly type: 'started'; readonly rows: number }
  | { readonly type: 'progress'; readonly rows: number }
  /** Every row is judged; the reports are being written, reading back about `items` kept items. */
  | { readonly type: 'writing'; readonly rows: number; readonly items: number }
  | {
      readonly type: 'done';
      readonly summary: AuditSummary;
      readonly meta: AuditMeta;
      /**
       * The reports, as the CLI's `--format json` and `html` write them. Blobs made in the worker: making a Blob of
       * a county's report copies megabytes, which on the page's thread froze it for over a second.
       */
      readonly json: Blob;
      readonly html: Blob;
    }
  /** After `done`: the xlsx report, as the CLI's `--format xlsx` writes it (built last: it takes the longest). */
  | { readonly type: 'xlsx'; readonly xlsx: Blob }
  /** The one line the CLI would end with (exit 2), in the run's language. */
  | { readonly type: 'error'; readonly message: string };
