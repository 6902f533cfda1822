/**
 * The two notices as documents: their metadata (letterhead, number, title, attachment and
 * distribution lines, which are not clauses) and their bodies, from the sentence modules.
 */
import { CBIRC_2020_28_ARTICLES } from './cbirc-2020-28.js';
import { HLJ_2020_47_ARTICLES } from './hlj-2020-47.js';
import type { ArticleSource, DocumentId } from './types.js';
import { PolicyInputError } from '../model/errors.js';

/** `'CBIRC-2020-28'` — 银保监发〔2020〕28号, the national notice. */
export const CBIRC_2020_28 = 'CBIRC-2020-28' as const satisfies DocumentId;
/** `'HLJ-2020-47'` — 黑金发〔2020〕47号, Heilongjiang's notice forwarding 28号. */
export const HLJ_2020_47 = 'HLJ-2020-47' as const satisfies DocumentId;

/** A notice's metadata and body. */
export interface PolicyDocument {
  readonly id: DocumentId;
  /** 文号 */
  readonly number: string;
  readonly title: string;
  /** Issuing bodies, as on the letterhead. */
  readonly issuers: readonly string[];
  /**
   * 印发 date where the text gives one: 28号's last line, 2020-06-29. 47号 bears no date in the seed (its
   * transcription ends with the attachment; no 印发 or signature date), so `null`: unknown, not guessed.
   */
  readonly issued: string | null;
  /**
   * The first day this library applies the notice's rules: 28号's 印发 date, 2020-06-29, for both. 47号 forwards
   * 28号 and restates its rules, which apply from that day; having no date of its own in the seed, 47号's rules
   * apply from 2020-06-29 too (docs/interpretations.md). A decision date before it is bad input.
   */
  readonly appliesFrom: string;
  /** Lines before the body (letterhead, number, title); not clauses. */
  readonly header: readonly string[];
  /** Lines after the body (attachment, distribution, contacts, 印发); not clauses. */
  readonly trailer: readonly string[];
  readonly articles: readonly ArticleSource[];
}

/** 28号's 印发 date, from its last line 「2020年6月29日印发」. */
const ISSUED_28 = '2020-06-29';

const TITLE_28 = '中国银保监会 财政部 中国人民银行 国务院扶贫办关于进一步完善扶贫小额信贷有关政策的通知';

/** Both notices, keyed by id. */
export const documents: Readonly<Record<DocumentId, PolicyDocument>> = Object.freeze({
  [HLJ_2020_47]: Object.freeze({
    id: HLJ_2020_47,
    number: '黑金发〔2020〕47号',
    title: `关于贯彻落实《${TITLE_28}》的通知`,
    issuers: Object.freeze([
      '黑龙江省地方金融监督管理局',
      '黑龙江省财政厅',
      '黑龙江省扶贫开发工作办公室',
      '中国人民银行哈尔滨中心支行',
      '中国银行保险监督管理委员会黑龙江监管局',
    ]),
    issued: null,
    appliesFrom: ISSUED_28,
    header: Object.freeze([
      '黑龙江省地方金融监督管理局',
      '黑龙江省财政厅',
      '黑龙江省扶贫开发工作办公室 文件',
      '中国人民银行哈尔滨中心支行',
      '中国银行保险监督管理委员会黑龙江监管局',
      '黑金发〔2020〕47号',
      `关于贯彻落实《${TITLE_28}》的通知`,
    ]),
    trailer: Object.freeze([`附件：${TITLE_28}（银保监发〔2020〕28号）`, '附件']),
    articles: HLJ_2020_47_ARTICLES,
  }),
  [CBIRC_2020_28]: Object.freeze({
    id: CBIRC_2020_28,
    number: '银保监发〔2020〕28号',
    title: TITLE_28,
    issuers: Object.freeze(['中国银保监会', '财政部', '中国人民银行', '国务院扶贫办']),
    issued: ISSUED_28,
    appliesFrom: ISSUED_28,
    header: Object.freeze(['中国银保监会 财政部 中国人民银行 国务院扶贫办 文件', '银保监发〔2020〕28号', TITLE_28]),
    trailer: Object.freeze([
      '公开属性：主动公开',
      '抄送：各省、自治区、直辖市人民政府办公厅。',
      '内部发送：办公厅、政研局、法规部、统信部、普惠金融部、银行检查局、消保局、政策银行部、大型银行部、股份制银行部、城市银行部、农村银行部、财险部。（共印 270 份）',
      '联系人：叶子胜',
      '联系电话：66278921',
      '校对：叶子胜',
      '中国银保监会办公厅',
      '2020年6月29日印发',
    ]),
    articles: CBIRC_2020_28_ARTICLES,
  }),
});

/** One line per article: 47号's headings on a line of their own, 28号's heading opening its article's line. */
function bodyLines(doc: PolicyDocument): string[] {
  const lines: string[] = [];
  for (const a of doc.articles) {
    const body = a.sentences.map((s) => s.text).join('');
    if (a.heading === undefined) lines.push(body);
    else if (a.heading.endsWith('。')) lines.push(a.heading + body);
    else lines.push(a.heading, body);
  }
  return lines;
}

/**
 * The canonical text of a notice: header, body (one line per article; 47号's headings on lines of their own)
 * and trailer, one line per paragraph. Applying `corrections` to the seed gives exactly 47号's canonical text, a
 * line break, and 28号's. Every clause text and every citation quote is a substring of it.
 *
 * @param id - `'CBIRC-2020-28'` or `'HLJ-2020-47'`
 * @returns the full canonical text, lines joined with `\n`
 * @throws {PolicyInputError} for any other id (path `id`, code `enum`)
 * @example
 * canonicalText('CBIRC-2020-28').includes('单户扶贫小额信贷总额不得超过5万元') // => true
 */
export function canonicalText(id: DocumentId): string {
  if (id !== 'CBIRC-2020-28' && id !== 'HLJ-2020-47') {
    throw new PolicyInputError([{ path: 'id', code: 'enum', message: "must be 'CBIRC-2020-28' or 'HLJ-2020-47'" }]);
  }
  const doc = documents[id];
  return [...doc.header, ...bodyLines(doc), ...doc.trailer].join('\n');
}
