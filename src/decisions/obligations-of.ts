import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { clauses } from '../sources/clauses.js';
import { PARTY_CODES } from '../sources/parties.js';
import type { Clause, PartyCode } from '../sources/types.js';
import type { CommonOptions } from './types.js';

/**
 * Every obligation the notices give a party, in reading order, as clauses with their verbatim text:
 * "what must the poverty office do?". Under `jurisdiction: 'national'` only 28号's.
 *
 * @param party - a party code (`'poverty_office'`, `'banks'`, `'pboc_branches'`, `'finance_departments'`,
 *   `'banking_regulators'`, `'financial_affairs_offices'`, `'local_party_government'`, `'village_organizations'`)
 * @param options - `jurisdiction`
 * @returns the `obligation` clauses naming that party
 * @throws {PolicyInputError} for an unknown party code
 * @example
 * obligationsOf('poverty_office').map((c) => c.id) // => ['HLJ-2020-47/3.1', 'HLJ-2020-47/3.3', 'HLJ-2020-47/3.6', 'CBIRC-2020-28/2.2', 'CBIRC-2020-28/2.5', 'CBIRC-2020-28/6.1']
 */
export function obligationsOf(party: PartyCode, options?: Pick<CommonOptions, 'jurisdiction'> | null): Clause[] {
  const issues = new Issues();
  if (typeof party !== 'string') issues.add('party', party === undefined || party === null ? 'required' : 'type', 'must be a party code');
  else if (!PARTY_CODES.includes(party)) issues.add('party', 'enum', `must be one of ${PARTY_CODES.map((p) => `'${p}'`).join(', ')}`);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  return clauses.filter((c) => c.kind === 'obligation' && c.parties!.includes(party) && (opts.jurisdiction === 'HLJ' || c.document === 'CBIRC-2020-28'));
}
