/**
 * `--format json`: one object, written as the audit runs — `meta`, then `findings` streamed, then
 * `invalidRows` (spooled meanwhile), `summary`, `regions` and `regionFindings`.
 */
import type { AuditFinding, InvalidRow } from '../../audit/engine.js';
import type { Citation } from '../../index.js';
import type { AuditEnd, AuditMeta, Output, ReportWriter, Spool } from '../report.js';

export function jsonReport(out: Output, meta: AuditMeta, spool: Spool): ReportWriter {
  let first = true;
  let started = false;
  const start = () => {
    if (started) return '';
    started = true;
    return `{"meta":${JSON.stringify(meta)},"findings":[`;
  };
  const finding = (json: string) => {
    const text = `${start()}${first ? '\n' : ',\n'}${json}`;
    first = false;
    return out.write(text);
  };
  return {
    item: (item: AuditFinding | InvalidRow) => (item.type === 'invalid' ? spool.add(item) : finding(findingJson(item))),
    findingJson: finding,
    async end(end: AuditEnd) {
      await out.write(start());
      await out.write('\n],"invalidRows":[');
      let firstInvalid = true;
      for await (const item of spool.invalid()) {
        await out.write(`${firstInvalid ? '\n' : ',\n'}${JSON.stringify(item)}`);
        firstInvalid = false;
      }
      await out.write(
        `\n],"summary":${JSON.stringify(end.summary)},"regions":${JSON.stringify(end.regions)},"regionFindings":${JSON.stringify(end.regionFindings)}}\n`,
      );
    },
  };
}

/** A finding's fields in the engine's order, and those that may follow them (in this order, each or not). */
const FIELDS = ['type', 'subjectType', 'subject', 'function', 'ruleId', 'outcome', 'severity', 'message', 'clauseId', 'quote', 'citations'];
const OPTIONAL = ['facts', 'purpose'];

/**
 * `JSON.stringify(item)`, byte for byte, writing each rule's citations once. A rule's citations are one frozen
 * list shared by all its findings and make about a third of a report's text, so their JSON is kept (per
 * list, while the list lives). A finding of any other shape — a field added, moved or undefined — is
 * written by `JSON.stringify` itself.
 */
export function findingJson(item: AuditFinding): string {
  if (!ordinary(item)) return JSON.stringify(item);
  const q = JSON.stringify;
  const facts = item.facts === undefined ? '' : `,"facts":${q(item.facts)}`;
  const purpose = item.purpose === undefined ? '' : `,"purpose":${q(item.purpose)}`;
  return `{"type":${q(item.type)},"subjectType":${q(item.subjectType)},"subject":${q(item.subject)},"function":${q(item.function)},"ruleId":${q(item.ruleId)},"outcome":${q(item.outcome)},"severity":${q(item.severity)},"message":${q(item.message)},"clauseId":${q(item.clauseId)},"quote":${q(item.quote)},"citations":${citationsJson(item.citations)}${facts}${purpose}}`;
}

/** Whether a finding has FIELDS in order, then none, either or both OPTIONAL ones in order, and nothing undefined. */
function ordinary(item: AuditFinding): boolean {
  let i = 0;
  let optional = 0;
  for (const key in item) {
    if ((item as unknown as Record<string, unknown>)[key] === undefined) return false;
    if (i < FIELDS.length) {
      if (key !== FIELDS[i++]) return false;
      continue;
    }
    while (optional < OPTIONAL.length && OPTIONAL[optional] !== key) optional++;
    if (optional++ === OPTIONAL.length) return false;
  }
  return i === FIELDS.length;
}

const citationTexts = new WeakMap<readonly Citation[], string>();

/** A list of citations as JSON; kept for a list that cannot change (frozen, and each citation frozen: see `cite`). */
function citationsJson(citations: readonly Citation[]): string {
  let text = citationTexts.get(citations);
  if (text === undefined) {
    text = JSON.stringify(citations);
    if (Object.isFrozen(citations) && citations.every((c) => Object.isFrozen(c))) citationTexts.set(citations, text);
  }
  return text;
}
