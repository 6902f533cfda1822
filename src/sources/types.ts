/** Short ids of the two notices encoded by this library. */
export type DocumentId = 'CBIRC-2020-28' | 'HLJ-2020-47';

/**
 * What a sentence of a notice is, for this library:
 * `rule` — a computable condition or amount (it may name parties too, e.g. 28号 四's 银行机构要确保应贷尽贷);
 * `obligation` — a duty, with its bearer in `parties` where the sentence names it, in `inferredParties` where only
 * 47号 does; `principle` — exhortation or context.
 */
export type ClauseKind = 'rule' | 'obligation' | 'principle';

/** The parties the notices give duties to (see `obligationsOf`). */
export type PartyCode =
  | 'poverty_office' // 扶贫部门
  | 'banks' // 银行机构
  | 'pboc_branches' // 人民银行分支机构
  | 'finance_departments' // 财政部门
  | 'banking_regulators' // 银行保险监管部门
  | 'financial_affairs_offices' // 金融局（办、中心）
  | 'local_party_government' // 地方党委、政府
  | 'village_organizations'; // 村两委、驻村帮扶工作队

/** One body sentence as written in a source module (`parties` and `inferredParties` as on `Clause`). */
export interface SentenceSource {
  readonly kind: ClauseKind;
  readonly parties?: readonly PartyCode[];
  readonly inferredParties?: readonly PartyCode[];
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
  /**
   * The parties the sentence itself names as asked to act, whatever its kind: given a duty (要、负责、确保),
   * encouraged (鼓励), asked for support (予以…支持、争取…支持), or the party whose conduct the duty is about
   * (督促银行机构…发放, 配合银行机构做好…). Addressee lines and bodies named only as the authors of
   * instructions (党中央、国务院、省委、省政府) are not parties. Absent when the sentence names none.
   */
  readonly parties?: readonly PartyCode[];
  /**
   * Only on a 28号 sentence that does not name who bears its duty: the parties 47号 names when it restates
   * the same duty (e.g. CBIRC-2020-28/4.1 from HLJ-2020-47/3.9). They bind in Heilongjiang, where 47号
   * applies; nationally 28号 leaves the bearer unnamed. Absent when there are none.
   */
  readonly inferredParties?: readonly PartyCode[];
  /** An English summary for readers without Chinese (not a translation; the text is the authority). */
  readonly summary: string;
}

/** A citation: the document, the clause and a verbatim quote of (part of) its text. */
export interface Citation {
  readonly document: DocumentId;
  readonly clauseId: string;
  readonly quote: string;
}
