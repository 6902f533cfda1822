/**
 * What the audit and a thread judging a part of the loans (src/cli/loan-worker.ts) say to each other, and how an
 * error crosses between them: a CliError or a WriteError arrives as itself, so the run ends with its one line.
 */
import type { LoanPart } from '../audit/index.js';
import type { SharedHouseholdsData } from '../app/shared-households.js';
import type { RangeRead } from '../app/csv.js';
import type { FirstReading } from '../app/run.js';
import { CliError, type MessageKey } from '../app/messages.js';
import { WriteError } from './output.js';

/** Audit → thread: judge your part. */
export interface Judge {
  readonly line: number;
  readonly earlier: readonly Uint32Array[];
  /** The households the audit read, in shared memory. */
  readonly households: SharedHouseholdsData;
  /** Say how many rows were read every this many. */
  readonly every: number;
  /** Where to write the items (a file in a temporary folder the audit made, and removes). */
  readonly items: string;
}

/** Thread → audit. */
export type ToAudit =
  | { readonly type: 'first'; readonly read: RangeRead; readonly hashes: Uint32Array; readonly also?: FirstReading }
  | { readonly type: 'rows'; readonly rows: number }
  | { readonly type: 'judged'; readonly part: LoanPart }
  | { readonly type: 'fault'; readonly fault: ThreadFault };

/** An error, as plain data. */
export type ThreadFault =
  | { readonly kind: 'cli'; readonly key: MessageKey; readonly params: unknown }
  | { readonly kind: 'write'; readonly target: string; readonly code: string; readonly message: string }
  | { readonly kind: 'other'; readonly message: string; readonly code?: string; readonly stack?: string };

const isCliError = (e: unknown): e is CliError => e instanceof CliError;

/** An error as a thread hands it over. */
export function threadFault(e: unknown): ThreadFault {
  if (isCliError(e)) return { kind: 'cli', key: e.key, params: e.params };
  if (e instanceof WriteError) return { kind: 'write', target: e.target, code: e.code, message: e.message };
  const error = e instanceof Error ? e : new Error(String(e));
  const code = (error as NodeJS.ErrnoException).code;
  return { kind: 'other', message: error.message, ...(code ? { code } : {}), ...(error.stack ? { stack: error.stack } : {}) };
}

/** The error a thread's fault stands for, made again on this side. */
export function errorOf(fault: ThreadFault): Error {
  if (fault.kind === 'cli') return new (CliError as new (key: MessageKey, params: unknown) => CliError)(fault.key, fault.params);
  if (fault.kind === 'write') return new WriteError(fault.target, fault.code, new Error(fault.message));
  const error = new Error(fault.message) as NodeJS.ErrnoException;
  if (fault.code) error.code = fault.code;
  if (fault.stack) error.stack = fault.stack;
  return error;
}
