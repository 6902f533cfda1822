/**
 * The door every input passes, as one import: records are copied field by field (so getters that
 * throw, proxies, class instances and inherited keys cannot get through), checked against the schemas,
 * and turned into the internal records the rules read. Every bad field of every argument is collected
 * before one `PolicyInputError` is thrown.
 *
 * The work is done in modules of their own, one job each: `issues.ts` (the collector),
 * `plain-objects.ts` (reading untrusted objects), `schema-check.ts` (a record against its schema, and
 * its fast form), `records.ts` (the records' types), `read-records.ts` (household, loan, request and
 * policy), `read-options.ts` (options, positional dates, thresholds) and `read-application.ts`.
 */
export { Issues } from './issues.js';
export { readArray } from './plain-objects.js';
export { fastRead } from './schema-check.js';
export type { ApplicationRecord, HouseholdRecord, LoanRecord, Options, PolicyRecord, RequestRecord } from './records.js';
export { parsed, readHousehold, readList, readLoan, readLoans, readPolicy, readRequest } from './read-records.js';
export { DEFAULT_OPTIONS, optionKeys, optionsSchema, readOptions, readRequiredDate, readThresholds } from './read-options.js';
export { readApplication } from './read-application.js';
