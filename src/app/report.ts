/**
 * What every report format receives: the items as the audit emits them, and at the end the meta,
 * summary and regions. Formats that must print the summary before the findings (md, html, xlsx) read the
 * findings back from a spool (a file in the CLI, memory in the page) rather than holding them themselves.
 */
import type { AuditFinding, AuditSummary, InvalidRow, Lang } from '../audit/engine.js';
import type { Finding, RegionReport } from '../index.js';

export interface FileMeta {
  /** The path as given on the command line (in the offline page, the file's name). */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  /** The sheet read, when the file is an .xlsx workbook. */
  readonly sheet?: string;
  /** A CSV input's encoding, as its decoder names it (src/app/encoding.ts), and whether the flag, a BOM or strict decoding chose it. */
  readonly encoding?: string;
  readonly encodingFrom?: 'flag' | 'bom' | 'detected';
  /** A CSV input's headers as written → the fields they were read as (the mapping used), and the headers not read. */
  readonly columns?: Readonly<Record<string, string>>;
  readonly ignoredColumns?: readonly string[];
}

/** The input files a report echoes, in the order it lists them. */
export const FILE_ROLES = ['households', 'loans', 'columns', 'policy', 'thresholds', 'interpretations', 'leadBanks', 'regions'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

export interface AuditMeta {
  readonly tool: 'fupin-xindai audit';
  readonly packageVersion: string;
  readonly rulesetVersion: string;
  readonly asOf: string;
  readonly jurisdiction: 'HLJ' | 'national';
  readonly lang: Lang;
  /** Every documented reading applied (docs/interpretations.md), defaults included. */
  readonly interpretations: Readonly<Record<string, string>>;
  readonly files: { readonly households: FileMeta; readonly loans: FileMeta } & Readonly<Partial<Record<Exclude<FileRole, 'households' | 'loans'>, FileMeta>>>;
  /** Whether every finding is listed (`--all`), or only breaches and those needing review. */
  readonly allFindings: boolean;
}

export interface AuditEnd {
  readonly meta: AuditMeta;
  readonly summary: AuditSummary;
  readonly regions: readonly RegionReport[];
  /** One finding per watched figure (28号 五), naming the regions flagged. */
  readonly regionFindings: readonly Finding[];
  /** Region code → name, from `--regions FILE` (CSV `region,name`); the reports print a region's name beside its code. */
  readonly regionNames?: ReadonlyMap<string, string>;
}

/** What was spooled during the run, read back one item at a time, findings and rejected rows apart. */
export interface Spooled {
  findings(): AsyncIterable<AuditFinding>;
  invalid(): AsyncIterable<InvalidRow>;
}

/** Where items wait to be read back at the end: `add` each as it comes (a promise: wait before adding more). */
export interface Spool extends Spooled {
  add(item: AuditFinding | InvalidRow): void | Promise<void>;
  /** `add` of a finding given as its JSON (`JSON.stringify`'s very bytes, written by a thread): kept as it is, not parsed and written again. */
  addFindingJson?(json: string): void | Promise<void>;
}

/** Writes that asked to wait (a promise from `Output.write` or `Spool.add`), kept until `settle` waits for them all. */
export interface PendingWrites {
  add(wait: void | Promise<void>): void;
  /** A promise of every write kept so far, or nothing when none asked to wait: a reader pauses on it. */
  settle(): Promise<void> | undefined;
}

export function pendingWrites(): PendingWrites {
  const waits: Promise<void>[] = [];
  return {
    add(wait) {
      if (wait) waits.push(wait);
    },
    settle: () => (waits.length ? Promise.all(waits.splice(0)).then(() => undefined) : undefined),
  };
}

/** A report format: items as they come, then the end. */
export interface ReportWriter {
  /** Like Output.write: a promise only when the output asks to wait. */
  item(item: AuditFinding | InvalidRow): void | Promise<void>;
  /** `item` of a finding given as its JSON (`JSON.stringify`'s very bytes, written by a thread), for a format that writes it as it is. */
  findingJson?(json: string): void | Promise<void>;
  end(end: AuditEnd, spooled: Spooled): Promise<void>;
}

/**
 * Where a format writes. `write` returns nothing when the text was taken, or a promise when the
 * destination asks to wait (back-pressure): the caller awaits it before producing more. `writeBytes`,
 * the same for bytes (an .xlsx archive), is there when the destination takes them (a file or a stream).
 */
export interface Output {
  write(text: string): void | Promise<void>;
  writeBytes?(bytes: Uint8Array): void | Promise<void>;
}

/** A write that failed, and where: `target` as the output was made with (a path, or 'stdout'). */
export class WriteError extends Error {
  constructor(
    readonly target: string,
    readonly code: string,
    cause: Error,
  ) {
    super(`cannot write ${target}: ${cause.message}`, { cause });
    this.name = 'WriteError';
  }
  /** Whether the reader of a pipe went away (`… | head`): not a fault of the report, the run just stops. */
  get pipeClosed(): boolean {
    return this.code === 'EPIPE' || this.code === 'ERR_STREAM_DESTROYED';
  }
}
