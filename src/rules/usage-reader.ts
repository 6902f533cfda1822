/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，不能用于结婚、
 * 建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等。
 *
 * Reads the words a scan found as a loan officer reads the form: what the money is for, who uses it, and
 * what is only told. Each rule below is one reading of that sentence (docs/interpretations.md, "Reading a
 * purpose written in free text"):
 * - a party is a use only when the money is handed to it (户用): 交给合作社, 给大户用, 乡政府借用;
 * - an object is a use only with its verb: 盖两间房子, 给儿子说个媳妇;
 * - the household's own trade is production even when named after a prohibited word (婚庆服务店, 装修活),
 *   and goods bought for it are its equipment (买小汽车跑出租) unless the text says they are for the family;
 * - what a narrative tells about the past, and how the loan will be repaid, are not this loan's use,
 *   unless nothing else is said;
 * - lending to a person at interest is 理财 (放贷); handing the money to anyone to run, 户贷企用.
 */
import {
  CRAFT_CHARACTERS, DENIED_AFTER, FARMING_VERBS, HANDOVER_REACH, REAL_USE_MARKERS, TRADE_ENDINGS, NOT_FARMING_AFTER, NOT_FARMING_BEFORE, type PartyKind, PLACE_PARTIES, PUBLIC_USING_WORDS, SERVICE_WORDS, SHOP_NOUNS, TRADE_SUFFIXES, TRADE_VERBS, USING_WORD_REACH, USING_WORDS,
} from './usage-grammar.js';
import type { UsagePurpose } from './usage-lexicon.js';
import { decideCategory, type Hit, type Scan, type UsageMatch } from './usage-matcher.js';

/** Characters right before a party that make it only named: 从合作社买, 跟合作社签, 经村委会推荐, 租邻居的地. */
const MENTION_BEFORE = new Set([...'从向跟和与在到被经同替帮租买雇请找问随带领包受']);
/** Categories a trade may be named after: a wedding shop, a renovation crew, a phone shop, a funeral-goods shop. */
const RETAGGED: ReadonlySet<UsagePurpose> = new Set(['marriage', 'housing', 'household_goods', 'other_non_productive']);
/** Categories of a hand-over: a word of one right after a party makes the party the one using the money. */
const HANDED: ReadonlySet<UsagePurpose | undefined> = new Set(['enterprise_use', 'government_financing_platform', 'wealth_management']);
/** Words of where repayment comes from: a debt named in their clause is repaid by them, not by this loan (卖苞米还信用社, 饥荒打工慢慢还). */
const REPAYMENT_SOURCES = ['卖', '出售', '出栏', '收入', '挣', '打工', '攒', '慢慢还', '以后还', '工资'];
const NEGATING = new Set([...'不没别未']);
const OWN_TRADE_VERBS = ['跑', '干', '从事'];
/** Words of selling: a wedding or a house right after them is the buyer's (烧砖卖给盖房的). */
const SELLING_TO = ['卖给', '售给', '供给', '供货给', '销售给', '卖到'];
/** Words after a party that make it one the household owes: 亲戚的钱, 人家的账. */
const OWED = ['的钱', '的账', '的债', '的饥荒', '的欠款', '钱'];
const BREAKS = new Set([...',.;:!?，。；：！？']);

const byFirstChar = (list: readonly string[]) => {
  const map = new Map<string, string[]>();
  for (const w of list) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
};
const USING = byFirstChar(USING_WORDS);
const PUBLIC_USING = byFirstChar(PUBLIC_USING_WORDS);
const SERVICE = byFirstChar(SERVICE_WORDS);
const SUFFIXES = byFirstChar(TRADE_SUFFIXES);
const startsWithAny = (text: string, at: number, index: ReadonlyMap<string, readonly string[]>) =>
  index.get(text[at] ?? '')?.some((w) => text.startsWith(w, at)) ?? false;

interface Evidence {
  readonly category: UsagePurpose;
  readonly term: string;
  readonly clause: number;
  /** Where the term starts, so terms are listed in the order of the text. */
  readonly start: number;
  /** An object that is a use only beside another (买车): alone, the text is unknown. */
  readonly alone?: 'unknown';
}

/** Parties side by side (政府平台公司, 村集体扶贫车间) are one party: the most specific kind, read at the last one. */
const KIND_ORDER: readonly PartyKind[] = ['government', 'organisation', 'person', 'household'];

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (BREAKS.has(text[i]!)) return i;
  return text.length;
}

/** Whether the words right before a party make it only named: 从合作社买, 跟着合作社学, 租邻居的地. */
function namedOnly(text: string, party: Hit): boolean {
  return MENTION_BEFORE.has(text[party.start - 1] ?? '') || (MENTION_BEFORE.has(text[party.start - 2] ?? '') && text[party.start - 1] === '着');
}

/** Whether a word of mention (号召、收购、订单 …) follows the party at once. */
function namedOnlyAfter(scan: Scan, last: number): boolean {
  const next = scan.hits[last + 1];
  return next !== undefined && next.start === scan.hits[last]!.end && next.role.neutral === true;
}

/** Whether another party stands within reach after this one in its clause: 给村里养牛大户用 hands the money to the 大户. */
function laterParty(scan: Scan, last: number): boolean {
  const party = scan.hits[last]!;
  for (let k = last + 1; k < scan.hits.length; k++) {
    const h = scan.hits[k]!;
    if (h.clause !== party.clause || h.start - party.end > USING_WORD_REACH) return false;
    if (h.role.party && h.role.party !== 'household' && !h.negated && !h.role.category) return true;
  }
  return false;
}

/** Whether a word of using (用、借用、代为 …) follows the party within reach, before any other party or mention. */
function usingAfter(scan: Scan, last: number, kind: PartyKind): boolean {
  const { hits, text } = scan;
  const party = hits[last]!;
  const public_ = kind === 'government' || kind === 'organisation';
  let next = last + 1;
  let inside = party.end; // positions before this lie inside a word already read
  for (let at = party.end; at <= party.end + USING_WORD_REACH && at < text.length; at++) {
    if (BREAKS.has(text[at]!)) return false;
    const hit = hits[next];
    if (hit && hit.start === at) {
      next++;
      inside = hit.end;
      if (hit.role.neutral || hit.role.party) return false;
      if (hit.role.category === 'enterprise_use' || hit.role.category === 'government_financing_platform') return true;
    } else if (at < inside) continue;
    if (startsWithAny(text, at, USING) || (public_ && startsWithAny(text, at, PUBLIC_USING))) return true;
  }
  return false;
}

/**
 * Whether the money is handed to the party ending at `hits[last]` (starting at `first`): by a verb before it, or a
 * word of using after it. Returns the hand-over verb when one decided (to list it), true, or false.
 */
function handedOver(scan: Scan, first: number, last: number, kind: PartyKind): Hit | boolean {
  const { hits, text } = scan;
  const party = hits[first]!;
  let weak: Hit | undefined;
  let strong: Hit | undefined;
  for (let j = first - 1; j >= 0 && !strong; j--) {
    const verb = hits[j]!;
    if (verb.clause !== party.clause || party.start - verb.end > HANDOVER_REACH) break;
    if (!verb.role.handover || verb.negated) continue;
    if (verb.role.handover === 'strong') strong = verb;
    else weak ??= verb;
  }
  // 给邻居代养牛, 给别人代收: the household serves the party, for a fee.
  if (weak && !strong && servedAfter(text, hits[last]!)) return false;
  const place = PLACE_PARTIES.includes(text.slice(party.start, hits[last]!.end));
  // 另一半给俺闺女女婿，…: money given to a party named in full that ends its clause (not 给他, a pronoun).
  if (weak?.term === '给' && !strong && hits[last]!.term.length > 1 && BREAKS.has(text[hits[last]!.end] ?? '，')) return weak;
  // 购买城投公司理财产品, 合作社托养: a word of hand-over right after the party (not after a place: 存到镇上银行定期).
  const after = hits[last + 1];
  if (!place && after && after.start === hits[last]!.end && !after.negated && HANDED.has(after.role.category)) return true;
  if (laterParty(scan, last)) return false;
  if (!weak && !strong && namedOnly(text, party)) return false;
  // A place only (放给镇上做买卖的人): the village or town itself only when nothing follows it in the clause.
  if (place && !BREAKS.has(text[hits[last]!.end] ?? '，')) return usingAfter(scan, last, kind) ? (strong ?? weak ?? true) : false;
  if (strong) return namedOnlyAfter(scan, last) ? false : strong;
  if (!weak && namedOnly(text, party)) return false;
  return usingAfter(scan, last, kind) ? (weak ?? true) : false;
}

/** Whether a word of service (代养、代收、干活 …) follows the party at once: the household works for it. */
function servedAfter(text: string, party: Hit): boolean {
  return startsWithAny(text, party.end, SERVICE);
}

/** A party's category: a person lent money at interest, with no business of theirs named, is 放贷 (理财). */
function partyCategory(kind: PartyKind, lending: boolean): UsagePurpose {
  if (kind === 'government') return 'government_financing_platform';
  return kind === 'person' && lending ? 'wealth_management' : 'enterprise_use';
}

/** Whether a prohibited word names the household's own trade: 婚庆服务店, 装修活, 开婚庆公司, 干装修…队. */
function namesATrade(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const hit = hits[i]!;
  // A suffix that begins a word of its own is that word (新房装修铺地砖: 铺 begins 铺地砖).
  const next = hits[i + 1];
  if (startsWithAny(text, hit.end, SUFFIXES) && !(next?.start === hit.end && next.role.category)) return true;
  // 跑婚车, 干装修: these verbs name a trade on their own.
  if (OWN_TRADE_VERBS.some((v) => text.endsWith(v, hit.start))) return true;
  // 开婚庆公司, 做家具的: a verb of trade before, and a shop noun within a few characters or 的 (one who does it) after.
  if (!TRADE_VERBS.some((v) => text.endsWith(v, hit.start))) return false;
  if (text[hit.end] === '的') return true;
  const after = text.slice(hit.end, hit.end + 4);
  return SHOP_NOUNS.some((n) => after.includes(n));
}

/**
 * Whether an object (房子、媳妇、牛) has a verb of its frame near it in its clause: 'used', 'negated' when that verb
 * is denied (不买车), or 'unused'.
 */
function objectUsed(scan: Scan, i: number, clauseStart: number): 'used' | 'negated' | 'unused' {
  const { text, hits } = scan;
  const hit = hits[i]!;
  const frame = hit.role.frame!;
  const from = Math.max(clauseStart, hit.start - frame.before);
  // A verb inside another word is that word's (盖羊圈两间: 盖 builds the pen).
  const inWord = (at: number) => hits.some((h, k) => k !== i && h.role.category !== undefined && h.start <= at && at < h.end);
  let verbAt = -1;
  for (const v of frame.verbsBefore) {
    const at = text.lastIndexOf(v, hit.start - v.length);
    if (at >= from && at > verbAt && !inWord(at)) verbAt = at;
  }
  if (verbAt >= 0) return NEGATING.has(text[verbAt - 1] ?? '') ? 'negated' : 'used';
  return frame.verbsAfter.some((v) => text.startsWith(v, hit.end) || text.startsWith(v, hit.end + 1)) ? 'used' : 'unused';
}

/** Whether a debt is only owed, not repaid by this loan: 还欠着饥荒, 欠亲戚三万多 (no 还 after it in its clause). */
function owedOnly(text: string, hit: Hit, clauseEnd: number): boolean {
  if (/^[还偿堵]/.test(hit.term)) return false;
  const owing = hit.term.startsWith('欠') || text.slice(Math.max(0, hit.start - 3), hit.start).includes('欠');
  if (!owing) return false;
  const rest = text.slice(hit.end, clauseEnd);
  if (rest.includes('还') || rest.includes('偿')) return false;
  // 欠了网贷，不得不还: the next clause repays it.
  const next = text.slice(clauseEnd + 1, clauseEnd + 6);
  return !/^(?:不得不|得|要|先|必须|想|就)还/.test(next);
}

/** Whether a clause tells where repayment comes from (卖苞米还信用社, 饥荒打工慢慢还): its debts are not this loan's use. */
function repaymentClause(text: string, from: number, to: number): boolean {
  const clause = text.slice(from, to);
  return clause.includes('还') && REPAYMENT_SOURCES.some((w) => clause.includes(w));
}

/**
 * With no term to read, where the text still shows production: a verb of farming before a word the lexicon lacks (种枣树,
 * 剪羊毛), a craft (蜀绣), a machine or shop at the end of a phrase (买打奶机, 打铁铺), or a word of trade (油泼辣子网上卖).
 * -1 when none: the text is unknown.
 */
function productionWithoutTerm(text: string, scan: Scan, business: boolean): number {
  const verb = farmingVerbAt(text, scan);
  if (verb >= 0) return verb;
  const free = (at: number) => !scan.hits.some((h) => h.start <= at && at < h.end) && !NEGATING.has(text[at - 1] ?? '');
  for (let at = 0; at < text.length; at++) if (CRAFT_CHARACTERS.includes(text[at]!) && free(at)) return Math.max(0, at - 1);
  const ending = TRADE_ENDINGS.exec(text);
  if (ending && free(ending.index + 1)) return ending.index;
  if (business) return scan.hits.find((h) => h.role.business && !h.negated)?.start ?? -1;
  return -1;
}

/** Where a verb of farming stands before an unknown word, outside any negation and any word read; -1 when none. */
function farmingVerbAt(text: string, scan: Scan): number {
  for (const verb of FARMING_VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      const next = text[at + verb.length] ?? '';
      const prior = at > 0 ? text[at - 1]! : '';
      if (!/[\u4e00-\u9fff]/.test(next) || NOT_FARMING_AFTER.includes(next) || (prior !== '' && (NOT_FARMING_BEFORE.includes(prior) || NEGATING.has(prior)))) continue;
      if ( scan.hits.some((h) => h.start <= at && at < h.end) || scan.hits.some((h) => h.negated && h.start > at && h.start - at < 4)) continue;
      return at;
    }
  }
  return -1;
}

/** Per clause: where it starts and ends, and what its words tell about it. */
interface Clauses {
  readonly start: number[];
  readonly end: number[];
  readonly background: boolean[];
  readonly business: boolean[];
  readonly family: boolean[];
  readonly premises: boolean[];
  /** Whether the text has a strong word of family use (家用、自用) anywhere. */
  readonly strongFamily: boolean;
}

function readClauses(scan: Scan): Clauses {
  const { hits, text, completed } = scan;
  const n = completed.length;
  const start = new Array<number>(n).fill(0);
  const end = new Array<number>(n).fill(text.length);
  for (let c = 1, at = 0; c < n; c++) {
    at = nextBreak(text, at);
    end[c - 1] = at;
    start[c] = ++at;
  }
  const pastAt = new Array<number>(n).fill(-1);
  const presentAfterPast = new Array<boolean>(n).fill(false);
  const present = new Array<boolean>(n).fill(false);
  const intent = new Array<boolean>(n).fill(false);
  const business = new Array<boolean>(n).fill(false);
  const family = new Array<boolean>(n).fill(false);
  const premises = new Array<boolean>(n).fill(false);
  // Only a clause with a word of trade needs to know whether it tells repayment.
  const repayment = (c: number) => repaymentClause(text, start[c]!, end[c]!);
  let strongFamily = false;
  for (const h of hits) {
    const c = h.clause;
    if (h.role.past && pastAt[c] === -1) pastAt[c] = h.start;
    if (h.role.present) {
      present[c] = true;
      if (pastAt[c]! >= 0) presentAfterPast[c] = true;
    }
    if (h.role.intent) intent[c] = true;
    if (h.negated) continue;
    if (h.role.family) family[c] = true;
    if (h.role.family === 'strong') strongFamily = true;
    // 卖了苞米就还上: selling to repay is not a trade of this loan.
    if (h.role.business && !business[c] && !repayment(c)) business[c] = true;
    if (h.role.premises) premises[c] = true;
  }
  // A clause of the past (去年…了, 以前打算…) is background, and so is a finished act told after it with no new time or intent.
  const background = new Array<boolean>(n).fill(false);
  for (let c = 0; c < n; c++) {
    background[c] = pastAt[c]! >= 0 ? !presentAfterPast[c] : c > 0 && background[c - 1]! && completed[c]! && !present[c] && !intent[c];
  }
  return { start, end, background, business, family, premises, strongFamily };
}

/** Reads a scan: the category of the use, the terms that decided it, those negated and those read as context. */
export function readPurpose(scan: Scan): UsageMatch {
  const { hits, text } = scan;
  const clauses = readClauses(scan);
  const { business, family } = clauses;
  let interest = false;
  let handover = false;
  const trades = new Set<UsagePurpose>();
  const retagged = new Set<Hit>();
  for (const h of hits) {
    const { role } = h;
    if (h.negated) continue;
    if (role.interest) interest = true;
    if (role.handover === 'strong') handover = true;
    if (role.trade) trades.add(role.trade);
    if (role.frame?.category === 'production' && role.frame.verbsBefore.includes('开') && objectUsed(scan, hits.indexOf(h), clauses.start[h.clause]!) === 'used') business[h.clause] = true;
    if (role.category && RETAGGED.has(role.category) && namesATrade(scan, hits.indexOf(h))) {
      retagged.add(h);
      trades.add(role.category);
      business[h.clause] = true;
    }
  }
  const anyBusiness = business.includes(true);
  const anyFamily = family.includes(true);
  // Lending to a person is 放贷 when interest is named and no business of theirs is.
  const lending = interest && !anyBusiness;

  const evidence: Evidence[] = [];
  const negated: string[] = [];
  const context: string[] = [];
  const named: { kind: PartyKind; term: string; start: number }[] = [];
  /** Parties read, by the index of their last word: whether the money was handed to them. */
  const partyHanded = new Map<number, boolean>();
  // A hand-over to the household's own members (由儿子代为经营) keeps the money 户用.
  const toHousehold = new Set<number>();
  hits.forEach((h, i) => {
    const verb = hits[i - 1];
    // 由儿子代为经营, 交给老伴经营 (not 让我, 给我分钱: the household is told or paid, not handed the running).
    if (h.role.party === 'household' && !h.negated && verb?.end === h.start && (verb.role.handover === 'strong' || verb.term === '由')) toHousehold.add(h.clause);
  });
  const add = (category: UsagePurpose, h: Hit, alone?: 'unknown') => void evidence.push({ category, term: h.term, clause: h.clause, start: h.start, alone });
  const deny = (term: string) => void (negated.includes(term) || negated.push(term));
  let othersAct = -1; // the last act read as another party's

  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const { role } = h;
    if (role.category === undefined && role.party === undefined && role.frame === undefined) continue;
    // 彩礼的事等两年再说, 住的房子不动: denied or put off after the word, within its clause.
    const deniedAfter = role.category !== undefined && DENIED_AFTER.some((d) => { const at = text.indexOf(d, h.end); return at >= 0 && at < clauses.end[h.clause]!; });
    if (h.negated || deniedAfter) {
      if (role.party !== 'household') deny(h.term);
      continue;
    }
    let category = role.category;
    if (role.frame && category === undefined) {
      // 农用四轮车, 两间牛棚: an object right beside another word is part of it.
      const joined = (i > 0 && hits[i - 1]!.end === h.start && hits[i - 1]!.role.category) || (hits[i + 1]?.start === h.end && hits[i + 1]!.role.category);
      const used = joined ? 'unused' : objectUsed(scan, i, clauses.start[h.clause]!);
      if (used === 'used') category = role.frame.category;
      else if (used === 'negated') {
        deny(h.term);
        continue;
      } else if (role.party === undefined) {
        if (!joined) context.push(h.term);
        continue;
      }
    }
    // A word that is both a party and a use (加工厂, 养殖场) is the party when the money is handed to it.
    if (category !== undefined && role.party !== undefined && role.party !== 'household' && handedOver(scan, i, i, role.party)) category = undefined;
    if (category === undefined) {
      let last = i;
      let kind = role.party!;
      while (hits[last + 1]?.role.party && hits[last + 1]!.start === hits[last]!.end && !hits[last + 1]!.role.category) {
        // A place (村里) only locates the party after it; any other modifier (政府平台公司) makes it more specific.
        if (PLACE_PARTIES.includes(hits[last]!.term) && last === i) kind = hits[last + 1]!.role.party!;
        last++;
        const k = hits[last]!.role.party!;
        if (KIND_ORDER.indexOf(k) < KIND_ORDER.indexOf(kind)) kind = k;
      }
      const term = text.slice(h.start, hits[last]!.end);
      const first = i;
      i = last;
      if (kind === 'household') continue;
      // 把亲戚的钱还上: a party the household owes is a creditor, and repaying it is a debt.
      const owed = OWED.find((w) => text.startsWith(w, hits[last]!.end));
      if (owed && text.slice(clauses.start[h.clause]!, clauses.end[h.clause]!).includes('还')) {
        evidence.push({ category: 'other_non_productive', term: term + owed, clause: h.clause, start: h.start });
        continue;
      }
      const handed = handedOver(scan, first, last, kind);
      partyHanded.set(last, handed !== false);
      if (handed) {
        const c = partyCategory(kind, lending);
        if (typeof handed === 'object') evidence.push({ category: c, term: handed.term, clause: h.clause, start: handed.start });
        evidence.push({ category: c, term, clause: h.clause, start: h.start });
      } else {
        context.push(term);
        if (!namedOnly(text, h) && !namedOnlyAfter(scan, last)) named.push({ kind, term, start: h.start });
      }
      continue;
    }
    const before = hits[i - 1];
    // A party right before the act is its subject, unless it only places it (在镇上买楼房); so is the party of the act
    // listed right before this one (屯里人结婚盖房). 卖给… makes the act the buyer's (烧砖卖给盖房的).
    const afterParty = before !== undefined && before.clause === h.clause && h.start - before.end <= 1
      && ((partyHanded.get(i - 1) === false && !PLACE_PARTIES.includes(before.term) && !namedOnly(text, before)) || othersAct === i - 1);
    const sold = SELLING_TO.some((w) => { const at = text.lastIndexOf(w, h.start - w.length); return at >= clauses.start[h.clause]! && h.start - at - w.length <= 6; });
    // 给邻居代养: a service to a party; 屯里人结婚盖房, 别人家盖房子: someone else's wedding or house.
    if ((afterParty || sold) && (category === 'enterprise_use' || category === 'marriage' || category === 'housing')) {
      context.push(h.term);
      othersAct = i;
      continue;
    }
    if (category === 'enterprise_use' && toHousehold.has(h.clause)) {
      context.push(h.term);
      continue;
    }
    const dual = role.dualUse || role.frame?.alone;
    if (dual && family[h.clause]) {
      add('household_goods', h);
      continue;
    }
    if (RETAGGED.has(category) && (retagged.has(h) || trades.has(category))) {
      add('production', h);
      continue;
    }
    if (category === 'other_non_productive' && (repaymentClause(text, clauses.start[h.clause]!, clauses.end[h.clause]!) || owedOnly(text, h, clauses.end[h.clause]!))) {
      context.push(h.term);
      continue;
    }
    if (dual || (role.frame?.category === 'housing' && role.category === undefined)) {
      // Renovation beside a farm building or in a trade's text is the farm's or the shop's (牛棚吊顶, 门面装修), and rooms
      // in a trade's clause are its rooms (西屋两间改成客房); but not beside a dwelling named in the clause (把住的房子重新装修).
      const dwelling = hits.some((o) => o !== h && o.clause === h.clause && !o.negated && o.role.category === 'housing' && !o.role.dualUse);
      if (category === 'housing' && !dual) category = business[h.clause] && !dwelling ? 'production' : category;
      else if (category === 'housing') category = !dwelling && (clauses.premises[h.clause] || (h.clause > 0 && clauses.premises[h.clause - 1]) || anyBusiness) ? 'production' : category;
      // Goods: a trade's where its clause tells one; else the family's where the text says so plainly (家用);
      // else a trade's where the text tells one; else the family's where a weaker word says so (孩子).
      else if (business[h.clause]) category = 'production';
      else if (clauses.strongFamily) category = 'household_goods';
      else if (anyBusiness) category = 'production';
      else if (anyFamily) category = 'household_goods';
    }
    add(category, h, category === role.frame?.category ? role.frame?.alone : undefined);
  }
  if (interest && handover && !evidence.some((e) => HANDED.has(e.category))) {
    // Interest and a hand-over with no party named: the money is lent out (放贷), or deposited for interest.
    add('wealth_management', hits.find((h) => h.role.interest && !h.negated)!);
  }
  // 经调查…实际用于…: what the form first said gives way to the real use an officer found.
  const real = REAL_USE_MARKERS.reduce((at, m) => Math.max(at, text.lastIndexOf(m)), -1);
  if (real >= 0 && evidence.some((e) => e.start > real)) {
    for (const e of evidence.filter((x) => x.start < real)) evidence.splice(evidence.indexOf(e), 1), context.push(e.term);
  }

  // Background counts only when nothing else is said; an object that needs company (买车) is unknown alone.
  const current = evidence.filter((e) => !clauses.background[e.clause]);
  let counted = current.length > 0 ? current : evidence;
  if (counted.length > 0 && counted.every((e) => e.alone === 'unknown')) counted = [];
  for (const e of evidence) if (!counted.includes(e)) context.push(e.term);
  // Nothing else read: a verb of farming before a word the lexicon lacks still says production (种枣树).
  if (counted.length === 0 && evidence.length === 0) {
    const at = productionWithoutTerm(text, scan, anyBusiness);
    if (at >= 0) counted.push({ category: 'production', term: text.slice(at, at + 2), clause: 0, start: at });
  }
  // A purpose that only names a party (城投, 合作社) is read as that party using the money.
  if (counted.length === 0 && evidence.length === 0) for (const n of named.filter((p) => p.kind !== 'person')) counted.push({ category: partyCategory(n.kind, lending), term: n.term, clause: 0, start: n.start });
  const matched: string[] = [];
  const found = new Set<UsagePurpose>();
  for (const e of [...counted].sort((a, b) => a.start - b.start)) {
    found.add(e.category);
    if (!matched.includes(e.term)) matched.push(e.term);
  }
  return {
    category: decideCategory(found),
    matchedTerms: matched,
    negatedTerms: negated,
    contextTerms: context.filter((t, k) => context.indexOf(t) === k && !matched.includes(t) && !negated.includes(t)),
  };
}
