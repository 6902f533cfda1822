/** `--format ndjson`: one finding or rejected row a line as it happens; the last line is the summary. */
import type { AuditFinding, InvalidRow } from '../../audit/engine.js';
import type { AuditEnd, Output, ReportWriter } from '../report.js';

export function ndjsonReport(out: Output): ReportWriter {
  return {
    item: (item: AuditFinding | InvalidRow) => out.write(`${JSON.stringify(item)}\n`),
    findingJson: (json: string) => out.write(`${json}\n`),
    async end(end: AuditEnd) {
      await out.write(
        `${JSON.stringify({ type: 'summary', meta: end.meta, summary: end.summary, regions: end.regions, regionFindings: end.regionFindings })}\n`,
      );
    },
  };
}
