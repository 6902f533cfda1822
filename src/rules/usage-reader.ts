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
import { HANDOVER_REACH, type PartyKind, PLACE_PARTIES, SHOP_NOUNS, TRADE_SUFFIXES, TRADE_VERBS, USING_WORD_REACH, USING_WORDS } from './usage-grammar.js';
import type { UsagePurpose } from './usage-lexicon.js';
import { decideCategory, type Hit, type Scan, type UsageMatch } from './usage-matcher.js';

/** Characters right before a party that make it only named: 从合作社买, 跟合作社签, 经村委会推荐, 租邻居的地. */
const MENTION_BEFORE = new Set([...'从向跟和与在到被经同替帮租买雇请找问随带领']);
/** Categories a trade may be named after: a wedding shop, a renovation crew, a phone shop, a funeral-goods shop. */
const RETAGGED: ReadonlySet<UsagePurpose> = new Set(['marriage', 'housing', 'household_goods', 'other_non_productive']);
/** Categories of a hand-over: a word of one right after a party makes the party the one using the money. */
const HANDED: ReadonlySet<UsagePurpose | undefined> = new Set(['enterprise_use', 'government_financing_platform', 'wealth_management']);
const SELLING = ['卖', '出售', '出栏', '收入', '挣'];
const BREAKS = new Set([...',.;:!?，。；：！？']);

const byFirstChar = (list: readonly string[]) => {
  const map = new Map<string, string[]>();
  for (const w of list) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
};
const USING = byFirstChar(USING_WORDS);
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
    if (h.role.party && h.role.party !== 'household' && !h.negated) return true;
  }
  return false;
}

/** Whether a word of using (用、借用、代为 …) follows the party within reach, before any other party or mention. */
function usingAfter(scan: Scan, last: number): boolean {
  const { hits, text } = scan;
  const party = hits[last]!;
  let next = last + 1;
  let inside = party.end; // positions before this lie inside a word already read
  for (let at = party.end; at <= party.end + USING_WORD_REACH && at < text.length; at++) {
    if (BREAKS.has(text[at]!)) return false;
    const hit = hits[next];
    if (hit && hit.start === at) {
      next++;
      inside = hit.end;
      if (hit.role.neutral || (hit.role.party && hit.role.party !== 'household')) return false;
      if (HANDED.has(hit.role.category)) return true;
    } else if (at < inside) continue;
    if (startsWithAny(text, at, USING)) return true;
  }
  return false;
}

/**
 * Whether the money is handed to the party ending at `hits[last]` (starting at `first`): by a verb before it, or a
 * word of using after it. Returns the hand-over verb when one decided (to list it), true, or false.
 */
function handedOver(scan: Scan, first: number, last: number): Hit | boolean {
  const { hits } = scan;
  const party = hits[first]!;
  const after = hits[last + 1];
  // 购买城投公司理财产品, 合作社托养: a word of hand-over right after the party.
  if (after && after.start === hits[last]!.end && !after.negated && HANDED.has(after.role.category)) return true;
  if (laterParty(scan, last)) return false;
  let weak: Hit | undefined;
  for (let j = first - 1; j >= 0; j--) {
    const verb = hits[j]!;
    if (verb.clause !== party.clause || party.start - verb.end > HANDOVER_REACH) break;
    if (!verb.role.handover || verb.negated) continue;
    if (verb.role.handover === 'strong') return namedOnlyAfter(scan, last) ? false : verb;
    weak ??= verb;
  }
  if (!weak && namedOnly(scan.text, party)) return false;
  return usingAfter(scan, last) ? (weak ?? true) : false;
}

/** A party's category: a person lent money at interest, with no business of theirs named, is 放贷 (理财). */
function partyCategory(kind: PartyKind, lending: boolean): UsagePurpose {
  if (kind === 'government') return 'government_financing_platform';
  return kind === 'person' && lending ? 'wealth_management' : 'enterprise_use';
}

/** Whether a prohibited word names the household's own trade: 婚庆服务店, 装修活, 开婚庆公司, 干装修…队. */
function namesATrade(text: string, hit: Hit): boolean {
  if (startsWithAny(text, hit.end, SUFFIXES)) return true;
  return TRADE_VERBS.some((v) => text.endsWith(v, hit.start)) && SHOP_NOUNS.some((n) => text.includes(n, hit.end));
}

/** Whether an object (房子、媳妇、牛) has a verb of its frame near it in its clause. */
function objectUsed(text: string, hit: Hit, clauseStart: number): boolean {
  const frame = hit.role.frame!;
  const window = text.slice(Math.max(clauseStart, hit.start - frame.before), hit.start);
  if (frame.verbsBefore.some((v) => window.includes(v))) return true;
  return frame.verbsAfter.some((v) => text.startsWith(v, hit.end) || text.startsWith(v, hit.end + 1));
}

/** Whether a debt word (还信用社, 还饥荒) tells how a sale will repay, not a use: 秋后卖苞米还信用社. */
function repaidFromSales(text: string, hit: Hit, clauseStart: number): boolean {
  if (!hit.term.startsWith('还')) return false;
  const before = text.slice(clauseStart, hit.start);
  return SELLING.some((w) => before.includes(w));
}

/** Reads a scan: the category of the use, the terms that decided it, those negated and those read as context. */
export function readPurpose(scan: Scan): UsageMatch {
  const { hits, text, completed } = scan;
  const clauses = completed.length;
  const clauseStart = new Array<number>(clauses).fill(0);
  for (let c = 1, at = 0; c < clauses; c++) {
    at = nextBreak(text, at);
    clauseStart[c] = ++at;
  }
  const past = new Array<boolean>(clauses).fill(false);
  const present = new Array<boolean>(clauses).fill(false);
  const business = new Array<boolean>(clauses).fill(false);
  const family = new Array<boolean>(clauses).fill(false);
  let interest = false;
  let handover = false;
  const trades = new Set<UsagePurpose>();
  const retagged = new Set<Hit>();
  for (const h of hits) {
    const { role } = h;
    if (role.past) past[h.clause] = true;
    if (role.present) present[h.clause] = true;
    if (h.negated) continue;
    if (role.family) family[h.clause] = true;
    if (role.business) business[h.clause] = true;
    if (role.interest) interest = true;
    if (role.handover === 'strong') handover = true;
    if (role.trade) trades.add(role.trade);
    if (role.frame?.category === 'production' && role.frame.verbsBefore.includes('开') && objectUsed(text, h, clauseStart[h.clause]!)) business[h.clause] = true;
    if (role.category && RETAGGED.has(role.category) && namesATrade(text, h)) {
      retagged.add(h);
      trades.add(role.category);
      business[h.clause] = true;
    }
  }
  const anyBusiness = business.includes(true);
  const anyFamily = family.includes(true);
  const background = new Array<boolean>(clauses).fill(false);
  for (let c = 0; c < clauses; c++) background[c] = !present[c] && (past[c] || (c > 0 && background[c - 1]! && completed[c]!));
  // Lending to a person is 放贷 when interest is named and no business of theirs is.
  const lending = interest && !anyBusiness;

  const evidence: Evidence[] = [];
  const negated: string[] = [];
  const context: string[] = [];
  const named: { kind: PartyKind; term: string; start: number }[] = [];
  // A hand-over to the household's own members (由儿子代为经营) keeps the money 户用.
  const toHousehold = new Set<number>();
  hits.forEach((h, i) => {
    if (h.role.party === 'household' && !h.negated && i > 0 && hits[i - 1]!.role.handover && hits[i - 1]!.end === h.start) toHousehold.add(h.clause);
  });
  const add = (category: UsagePurpose, h: Hit, alone?: 'unknown') => void evidence.push({ category, term: h.term, clause: h.clause, start: h.start, alone });

  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const { role } = h;
    if (role.category === undefined && role.party === undefined && role.frame === undefined) continue;
    if (h.negated) {
      if (role.party !== 'household' && !negated.includes(h.term)) negated.push(h.term);
      continue;
    }
    let category = role.category;
    // 农用四轮车: an object right after a word is part of it.
    if (role.frame && category === undefined && i > 0 && hits[i - 1]!.end === h.start && hits[i - 1]!.role.category) continue;
    if (role.frame && category === undefined) {
      if (objectUsed(text, h, clauseStart[h.clause]!)) category = role.frame.category;
      else if (role.party === undefined) {
        context.push(h.term);
        continue;
      }
    }
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
      const handed = handedOver(scan, first, last);
      if (handed) {
        const category = partyCategory(kind, lending);
        if (typeof handed === 'object') evidence.push({ category, term: handed.term, clause: h.clause, start: handed.start });
        evidence.push({ category, term, clause: h.clause, start: h.start });
      } else {
        context.push(term);
        if (!namedOnly(text, h) && !namedOnlyAfter(scan, last)) named.push({ kind, term, start: h.start });
      }
      continue;
    }
    if (category === 'enterprise_use' && toHousehold.has(h.clause)) {
      context.push(h.term);
      continue;
    }
    if (RETAGGED.has(category) && (retagged.has(h) || trades.has(category))) {
      add('production', h);
      continue;
    }
    if (category === 'other_non_productive' && repaidFromSales(text, h, clauseStart[h.clause]!)) {
      context.push(h.term);
      continue;
    }
    if (role.dualUse || role.frame?.alone) {
      // Goods: the family's where its clause says so, a trade's where its clause tells one, then the same by the whole text.
      if (family[h.clause]) category = 'household_goods';
      else if (business[h.clause] || anyBusiness) category = 'production';
      else if (anyFamily) category = 'household_goods';
    }
    add(category, h, category === role.frame?.category ? role.frame?.alone : undefined);
  }
  if (interest && handover && evidence.length === 0) {
    // Interest and a hand-over with no party named: the money is lent out (放贷).
    add('wealth_management', hits.find((h) => h.role.interest && !h.negated)!);
  }

  // Background counts only when nothing else is said; an object that needs company (买车) is unknown alone.
  const current = evidence.filter((e) => !background[e.clause]);
  let counted = current.length > 0 ? current : evidence;
  if (counted.length > 0 && counted.every((e) => e.alone === 'unknown')) counted = [];
  for (const e of evidence) if (!counted.includes(e)) context.push(e.term);
  // A purpose that only names a party (城投, 合作社) is read as that party using the money.
  if (counted.length === 0 && evidence.length === 0) for (const n of named) counted.push({ category: partyCategory(n.kind, lending), term: n.term, clause: 0, start: n.start });
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
    contextTerms: context.filter((t, k) => context.indexOf(t) === k && !matched.includes(t)),
  };
}
