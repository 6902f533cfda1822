/**
 * How a purpose's clauses stand to this loan's use: background about the past (去年…了), where repayment comes from
 * (卖苞米还信用社), and what each clause tells of a trade, the family or a farm building.
 */
import type { Hit, Scan } from './usage-matcher.js';

/** Words of where repayment comes from: a debt named in their clause is repaid by them, not by this loan (卖苞米还信用社, 饥荒打工慢慢还). */
const REPAYMENT_SOURCES = ['卖', '出售', '出栏', '收入', '挣', '打工', '攒', '慢慢还', '以后还', '工资'];

/** Words of a death: what follows it in its clause is needed now. */
const DEATH = /去世|过世|病故/;

/** Whether a debt is only owed, not repaid by this loan: 还欠着饥荒, 欠亲戚三万多 (no 还 after it in its clause). */
export function owedOnly(text: string, hit: Hit, clauseStart: number, clauseEnd: number): boolean {
  if (/^[还偿堵]/.test(hit.term)) return false;
  // 先还农资店的欠款: a repayment before the debt in its clause.
  if (/[还偿](?![欠没在是有要得能想])/.test(text.slice(clauseStart, hit.start))) return false;
  const owing = hit.term.startsWith('欠') || text.slice(Math.max(0, hit.start - 3), hit.start).includes('欠');
  if (!owing) return false;
  const rest = text.slice(hit.end, clauseEnd);
  if (rest.includes('还') || rest.includes('偿')) return false;
  // 欠了网贷，不得不还: the next clause repays it.
  const next = text.slice(clauseEnd + 1, clauseEnd + 6);
  return !/^(?:不得不|得|要|先|必须|想|就|帮他|替他|给他|帮着)?还/.test(next);
}

/** Whether a clause tells where repayment comes from (卖苞米还信用社, 饥荒打工慢慢还): its debts are not this loan's use. */
export function repaymentClause(text: string, from: number, to: number): boolean {
  const clause = text.slice(from, to);
  return clause.includes('还') && REPAYMENT_SOURCES.some((w) => clause.includes(w));
}

/** How a question put to the household is answered: its words count ('yes'), are denied ('no'), or are only asked. */
export type Answer = 'yes' | 'no' | 'open';
/** A question put to the household (问：有没有拿去盖房？) and how the words right after it answer it. */
export interface Question {
  readonly start: number;
  readonly end: number;
  readonly answer: Answer;
}
/** Sounds and marks an answer may begin with before it says anything: 嗯……, 呃, 那个. */
const FILLERS = '(?:[嗯呃啊哦额唔.,，…]|那个)*';
/** An answer that owns to the use asked about, even after a first denial: 没……呃，也用了点; 还了一点点. */
const OWNED = /也用了|用了点|用了一点|用了些|还了一点|还了点|还了些|花了点|花了一点|也有|有一点|是的|对的|是用了/;
const DENIED = new RegExp(`^${FILLERS}(?:没有|没|不是|不能|那不能|哪有|哪能|不|莫得|冇|无)`);
const AFFIRMED = /^(?:[呃啊哦额唔.,，…]|那个)*(?:是|对|有|用了|嗯)/;

/**
 * The questions a record puts to the household (问：…？答：…): each question's words are what was asked, and count only
 * as its answer says — denied by 没有、不是, owned by 是、也用了点, and otherwise only asked.
 */
export function readQuestions(text: string): Question[] | undefined {
  if (CHAT_LABEL.test(text)) return readTurns(text);
  let questions: Question[] | undefined;
  for (let mark = 0; mark < text.length; mark++) {
    if (text[mark] !== '?' && text[mark] !== '？') continue;
    // (A survey's numbered item asks too: Q7 是否入股合作社？答：没入.)
    const asked = Math.max(text.lastIndexOf('问', mark), lastItem(text, mark));
    if (asked < 0 || mark - asked > 40 || /[?？]/.test(text.slice(asked, mark))) continue;
    const reply = text.slice(mark + 1).replace(/^答?[:：]?/, '').slice(0, 14);
    (questions ??= []).push({ start: asked, end: mark, answer: answerIn(reply) });
  }
  return questions;
}

/** Where the last numbered survey item (q3, q10) before `at` begins, or -1. */
function lastItem(text: string, at: number): number {
  let found = -1;
  for (const m of text.slice(0, at).matchAll(/q\d+/g)) found = m.index;
  return found;
}

/** How a reply answers the question before it. */
function answerIn(reply: string): Answer {
  return OWNED.test(reply) ? 'yes' : DENIED.test(reply) ? 'no' : AFFIRMED.test(reply) ? 'yes' : 'open';
}

/** A chat's speakers (客户：…／客服：…): the applicant's words are read, an agent's are not the applicant's. */
const CHAT_LABEL = /(?:客户|客服|用户|助手)[:：]/;
const TURN_START = /[/／]?(?:客户|客服|用户|助手|问|答)[:：]|[/／]/g;
const AGENT = /^[/／]?(?:客服|助手|问)/;
/** A turn that asks: a question mark, or 吗/么 at its end. */
const ASKS = /[?？]|[吗么][,.!，。！\s]*$/;

/**
 * The turns of a chat that are not the applicant's statements: an agent's words (扶贫贷款不能用于结婚哦) are only said
 * to the applicant, and a question (是盖房吗？, 入股合作社可以吗) counts as the next turn answers it.
 */
function readTurns(text: string): Question[] | undefined {
  const starts: number[] = [];
  const labels: string[] = [];
  for (const m of text.matchAll(TURN_START)) {
    starts.push(m.index);
    labels.push(m[0]);
  }
  let questions: Question[] | undefined;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const end = starts[k + 1] ?? text.length;
    const said = text.slice(start + labels[k]!.length, end);
    const next = k + 1 < starts.length ? text.slice(starts[k + 1]! + labels[k + 1]!.length, starts[k + 2] ?? text.length).replace(/^[/／]?(?:客户|客服|用户|助手|答)[:：]/, '') : '';
    if (ASKS.test(said)) (questions ??= []).push({ start, end, answer: next === '' ? 'open' : answerIn(next.slice(0, 14)) });
    else if (AGENT.test(labels[k]!)) (questions ??= []).push({ start, end, answer: 'open' });
  }
  return questions;
}

/** Per clause: where it starts and ends, and what its words tell about it. */
export interface Clauses {
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly background: boolean[];
  readonly business: boolean[];
  readonly family: boolean[];
  /** Per clause: a word of intent (想、打算、用于) in it — a statement about this loan. */
  readonly intent: boolean[];
  /** Per clause: a strong word of family use (家用、自用) in it. */
  readonly familyStrong: boolean[];
  readonly premises: boolean[];
  /** Whether the text has a strong word of family use (家用、自用) anywhere. */
  readonly strongFamily: boolean;
}

/** A list of `n` copies of a value, built by pushing so it stays packed (new Array(n).fill leaves it holey, slower to read). */
function filled<T>(n: number, value: T): T[] {
  const list: T[] = [];
  for (let i = 0; i < n; i++) list.push(value);
  return list;
}

export function readClauses(scan: Scan): Clauses {
  const { hits, text, completed, clauseStart: start, clauseEnd: end } = scan;
  const n = completed.length;
  const pastAt = filled(n, -1);
  const presentAfterPast = filled(n, false);
  const present = filled(n, false);
  const intent = filled(n, false);
  const business = filled(n, false);
  const family = filled(n, false);
  const familyStrong = filled(n, false);
  const premises = filled(n, false);
  // Only a clause with a word of trade needs to know whether it tells repayment.
  const repayment = (c: number) => repaymentClause(text, start[c]!, end[c]!);
  let strongFamily = false;
  for (const h of hits) {
    const c = h.clause;
    // 今年冬天之前 is a deadline, not the past.
    if (h.role.past && pastAt[c] === -1 && !(/^[之以]前$/.test(h.term) && /[天冬春秋夏底年月节前]/.test(text[h.start - 1] ?? ''))) pastAt[c] = h.start;
    if (h.role.present) {
      present[c] = true;
      if (pastAt[c]! >= 0) presentAfterPast[c] = true;
    }
    // 因母亲去世需办理丧事: a death told, then what it now needs, is no background.
    if (h.role.intent && pastAt[c]! >= 0 && DEATH.test(text.slice(pastAt[c]!, pastAt[c]! + 2))) presentAfterPast[c] = true;
    if (h.role.intent) intent[c] = true;
    // 鸡舍没搭: a farm building denied after it in its clause is not there.
    if (h.role.denial && premises[c]) premises[c] = false;
    if (h.negated) continue;
    if (h.role.family) family[c] = true;
    if (h.role.family === 'strong') strongFamily = familyStrong[c] = true;
    // 卖了苞米就还上: selling to repay is not a trade of this loan.
    if (h.role.business && !business[c] && !repayment(c)) business[c] = true;
    if (h.role.premises) premises[c] = true;
  }
  // A clause of the past (去年…了, 以前打算…) is background, and so is a finished act told after it with no new time or intent.
  const background = filled(n, false);
  for (let c = 0; c < n; c++) {
    background[c] = pastAt[c]! >= 0 ? !presentAfterPast[c] : c > 0 && background[c - 1]! && completed[c]! && !present[c] && !intent[c];
  }
  return { start, end, background, business, family, familyStrong, premises, strongFamily, intent };
}

