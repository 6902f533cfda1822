/**
 * `--format json`: one object, written as the audit runs — `meta`, then `findings` streamed, then
 * `invalidRows` (spooled meanwhile), `summary`, `regions` and `regionFindings`.
 */
import type { AuditFinding, InvalidRow } from '../../audit/engine.js';
import type { AuditEnd, AuditMeta, Output, ReportWriter, Spool } from '../report.js';

export function jsonReport(out: Output, meta: AuditMeta, spool: Spool): ReportWriter {
  let first = true;
  let started = false;
  const start = () => {
    if (started) return '';
    started = true;
    return `{"meta":${JSON.stringify(meta)},"findings":[`;
  };
  return {
    item(item: AuditFinding | InvalidRow) {
      if (item.type === 'invalid') return spool.add(item);
      const text = `${start()}${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
      first = false;
      return out.write(text);
    },
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
