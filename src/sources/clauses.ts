/**
 * The clause registry: every sentence of both notices' bodies with its stable id.
 *
 * Clause ids are `<document>/<article>.<sentence>` (docs/canonical-text.md): article 0 is the
 * addressees and preamble, 1…6 are 一…六; sentence 0 is a heading, body sentences count from 1.
 */
import { documents } from './documents.js';
import { summaries } from './summaries.js';
import type { Citation, Clause, DocumentId, PartyCode } from './types.js';

function buildClauses(): readonly Clause[] {
  const out: Clause[] = [];
  for (const doc of Object.values(documents)) {
    for (const a of doc.articles) {
      const make = (sentence: number, text: string, kind: Clause['kind'], parties?: readonly PartyCode[], inferredParties?: readonly PartyCode[]): Clause =>
        Object.freeze({
          id: `${doc.id}/${a.article}.${sentence}`,
          document: doc.id,
          article: a.article,
          sentence,
          text,
          kind,
          ...(parties ? { parties: Object.freeze([...parties]) } : {}),
          ...(inferredParties ? { inferredParties: Object.freeze([...inferredParties]) } : {}),
          summary: summaries[`${doc.id}/${a.article}.${sentence}`]!,
        });
      if (a.heading !== undefined) out.push(make(0, a.heading, 'principle'));
      a.sentences.forEach((s, i) => out.push(make(i + 1, s.text, s.kind, s.parties, s.inferredParties)));
    }
  }
  return Object.freeze(out);
}

/** Every sentence of both notices' bodies, 47号 first, in reading order. */
export const clauses: readonly Clause[] = buildClauses();

const byId: ReadonlyMap<string, Clause> = new Map(clauses.map((c) => [c.id, c]));

/**
 * Looks a clause up by id.
 *
 * @param id - a clause id such as `'CBIRC-2020-28/4.3'`
 * @returns the clause, or `undefined` when no sentence has that id
 * @throws nothing: any other value simply finds no clause
 * @example
 * getClause('CBIRC-2020-28/1.0')?.text // => '一、进一步坚持扶贫小额信贷政策。'
 */
export function getClause(id: string): Clause | undefined {
  return byId.get(id);
}

/**
 * Makes a frozen citation of a clause, quoting the whole sentence or the part given.
 * Throws at module load (a programming error, not bad input) if the clause or the excerpt does not
 * exist, so a wrong citation cannot ship.
 */
export function cite(clauseId: string, excerpt?: string): Citation {
  const clause = byId.get(clauseId);
  if (!clause) throw new Error(`fupin-xindai: no clause ${clauseId}`);
  const quote = excerpt ?? clause.text;
  // An empty excerpt is in every sentence and says nothing: a citation must quote words.
  if (!/\S/.test(quote)) throw new Error(`fupin-xindai: an empty quote of ${clauseId}`);
  if (!clause.text.includes(quote)) throw new Error(`fupin-xindai: "${quote}" is not in ${clauseId}`);
  return Object.freeze({ document: clause.document as DocumentId, clauseId, quote });
}
