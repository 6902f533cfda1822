import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { clauses } from '../sources/clauses.js';
import { PARTY_CODES } from '../sources/parties.js';
import type { Clause, PartyCode } from '../sources/types.js';
import type { CommonOptions } from './types.js';

/** Whether a clause speaks to a party in a jurisdiction: by name, or (in Heilongjiang) through 47号. */
function speaksTo(c: Clause, party: PartyCode, hlj: boolean): boolean {
  if (!hlj && c.document !== 'CBIRC-2020-28') return false;
  return (c.parties?.includes(party) ?? false) || (hlj && (c.inferredParties?.includes(party) ?? false));
}

/**
 * Every clause the notices address to a party, in reading order, with its verbatim text: "what must the
 * banks do?". A clause of any kind counts (28号 四's 「银行机构要确保应贷尽贷」 is a `rule` naming the banks).
 * Under `jurisdiction: 'national'` only 28号's clauses naming the party (`parties`); under `'HLJ'` (the default)
 * 47号's too, and also 28号's whose bearer only 47号 names (`inferredParties`), since 47号 binds there.
 *
 * @param party - a party code (`'poverty_office'`, `'banks'`, `'pboc_branches'`, `'finance_departments'`,
 *   `'banking_regulators'`, `'financial_affairs_offices'`, `'local_party_government'`, `'village_organizations'`)
 * @param options - `jurisdiction`
 * @returns the clauses naming that party (or, in Heilongjiang, inferred for it from 47号)
 * @throws {PolicyInputError} for an unknown party code (path `party`, code `enum`)
 * @example
 * obligationsOf('banks', { jurisdiction: 'national' }).map((c) => c.id) // => ['CBIRC-2020-28/2.3', 'CBIRC-2020-28/3.1', 'CBIRC-2020-28/3.2', 'CBIRC-2020-28/4.2', 'CBIRC-2020-28/4.3', 'CBIRC-2020-28/5.2']
 */
export function obligationsOf(party: PartyCode, options?: Pick<CommonOptions, 'jurisdiction'> | null): Clause[] {
  const issues = new Issues();
  if (typeof party !== 'string') issues.add('party', party === undefined || party === null ? 'required' : 'type', 'must be a party code');
  else if (!PARTY_CODES.includes(party)) issues.add('party', 'enum', `must be one of ${PARTY_CODES.map((p) => `'${p}'`).join(', ')}`);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  return clauses.filter((c) => speaksTo(c, party, opts.jurisdiction === 'HLJ'));
}
