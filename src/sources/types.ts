/** Short ids of the two notices encoded by this library. */
export type DocumentId = 'CBIRC-2020-28' | 'HLJ-2020-47';

/**
 * What a sentence of a notice is, for this library:
 * `rule` — a computable condition or amount; `obligation` — a duty of a named party;
 * `principle` — exhortation or context.
 */
export type ClauseKind = 'rule' | 'obligation' | 'principle';

/** The parties the notices give duties to (API.md, `obligationsOf`). */
export type PartyCode =
  | 'poverty_office' // 扶贫部门
  | 'banks' // 银行机构
  | 'pboc_branches' // 人民银行分支机构
  | 'finance_departments' // 财政部门
  | 'banking_regulators' // 银行保险监管部门
  | 'financial_affairs_offices' // 金融局（办、中心）
  | 'local_party_government' // 地方党委、政府
  | 'village_organizations'; // 村两委、驻村帮扶工作队

/** One body sentence as written in a source module. */
export interface SentenceSource {
  readonly kind: ClauseKind;
  readonly parties?: readonly PartyCode[];
  readonly text: string;
}

/** One article as written in a source module: 47号's headings stand alone, 28号's end in 。. */
export interface ArticleSource {
  readonly article: number;
  readonly heading?: string;
  readonly sentences: readonly SentenceSource[];
}

/** One sentence of a notice's body, with its stable id (`CBIRC-2020-28/5.2`). */
export interface Clause {
  readonly id: string;
  readonly document: DocumentId;
  /** 0 for addressees and preamble, 1…6 for 一…六. */
  readonly article: number;
  /** 0 for the heading, 1… for body sentences. */
  readonly sentence: number;
  /** Verbatim canonical text. */
  readonly text: string;
  readonly kind: ClauseKind;
  /** For obligations: the parties the sentence gives the duty to. */
  readonly parties?: readonly PartyCode[];
  /** An English summary for readers without Chinese (not a translation; the text is the authority). */
  readonly summary: string;
}

/** A citation: the document, the clause and a verbatim quote of (part of) its text. */
export interface Citation {
  readonly document: DocumentId;
  readonly clauseId: string;
  readonly quote: string;
}
