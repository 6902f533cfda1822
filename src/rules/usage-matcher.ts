/**
 * Finds a lexicon's terms and the grammar's words in a purpose text with one compiled automaton: a trie of
 * every word, walked once from each position of the text (leftmost, then longest match), so the cost grows
 * with the text's length, not with the size of the lexicon. What the words mean together is read by
 * usage-reader.ts.
 *
 * Text is normalised first (usage-normalise.ts: full-width forms, traditional characters, white space, tick boxes,
 * known slips), and pinyin written for a character is read as the character that makes a word there (买zhu仔); the
 * lexicon's terms are normalised the same way. At each position the longest word wins, so
 * a production look-alike (修建牛舍) shadows the prohibited word inside it. A negation phrase (不用于、不是、
 * 并非、不打算 …) cancels every word after it in the same clause until a contrast (而、但、只、用于 …) or
 * punctuation ends its reach; a single 不/没/未/非/无 (or 没有、不会 …) cancels only the word right after it
 * (不盖房). A double negative affirms (不得不盖房、非盖房不可): 28号 五 prohibits the use, however it is said.
 */
import {
  BARE_NEGATION_WORDS,
  BUSINESS_WORDS,
  CONTRASTS,
  DOUBLE_NEGATION_HEADS,
  DUAL_USE_GOODS,
  DESCRIBED_REACH,
  FAMILY_USE_WORDS,
  FAMILY_WORDS,
  HANDOVER_REACH,
  HANDOVER_VERBS,
  INTEREST_WORDS,
  MUST_TAILS,
  NAMED_SURNAMES,
  DEFERRALS,
  DENIED_AFTER,
  HEDGES,
  INTENT_WORDS,
  MOTIVE_AFTER,
  TRADES_OF,
  NEGATIONS,
  NEUTRAL_WORDS,
  OBJECT_FRAMES,
  type ObjectFrame,
  PARTIES,
  type PartyKind,
  PAST_WORDS,
  PINYIN_SYLLABLES,
  PRESENT_WORDS,
  WEAK_HANDOVER_VERBS,
} from './usage-grammar.js';
import { type Lexicon, PROHIBITED_PRECEDENCE, type UsagePurpose, USAGE_PURPOSES } from './usage-lexicon.js';
import { normalizePurpose } from './usage-normalise.js';
import { BREAK as CLAUSE_BREAK, BREAK_CHARS, escapePattern } from './usage-text.js';

export { normalizePurpose } from './usage-normalise.js';

/** What a word does in a text: its category, if it names a use, and its roles in the grammar. */
export interface WordRole {
  readonly category?: UsagePurpose;
  readonly negation?: true;
  readonly hedge?: true;
  /** A word that, after an act in its clause, denies or defers it (再说、不动、还完了). */
  readonly denial?: 'denial' | 'deferral';
  /** A word that, after an act in its clause, makes it a reason told (要用钱、花销大). */
  readonly motive?: true;
  readonly neutral?: true;
  readonly party?: PartyKind;
  readonly handover?: 'strong' | 'weak';
  readonly business?: true;
  /** A word of family use: strong (家用、自用) speaks for the whole text, weak (孩子) for its clause. */
  readonly family?: 'strong' | 'weak';
  readonly dualUse?: true;
  readonly past?: true;
  readonly present?: true;
  readonly intent?: true;
  /** A farm building (牛棚, 猪舍): renovation words beside it are the farm's, not a dwelling's. */
  readonly premises?: true;
  readonly interest?: true;
  readonly frame?: ObjectFrame;
  /** A production word with no other part in the grammar: a text of only these is production, with nothing to weigh. */
  readonly plainProduction?: true;
  /** A word of time, intent or mention only (今年、想、卖给): it changes nothing in a text that names production only. */
  readonly quiet?: true;
  /** For a production word that names a trade after a prohibited word (婚庆店, 家具店): that word's category. */
  readonly trade?: UsagePurpose;
}

/**
 * The trie as flat tables, not an object and a Map per node: a step is a few loads from typed arrays, which the scan
 * takes at every character of every text. Nodes are numbered from 1 (the root); 0 means none.
 */
interface Trie {
  /** Per node: the word ending there, if any, and its role (read together, so a match needs no second look-up). */
  readonly terms: readonly (string | undefined)[];
  readonly roles: readonly (WordRole | undefined)[];
  /** The root's children by character code: the step taken at every position is one index. */
  readonly first: Int32Array;
  /** Every other edge, in one open-addressed table of parent, character code and child (parent 0: an empty slot). */
  readonly parents: Int32Array;
  readonly codes: Uint16Array;
  readonly children: Int32Array;
  readonly mask: number;
}

export interface CompiledLexicon {
  readonly trie: Trie;
  /** Each word's category, for the words that name a use (and 'negation' for negation phrases). */
  readonly categoryOf: ReadonlyMap<string, UsagePurpose | 'negation'>;
  readonly roleOf: ReadonlyMap<string, WordRole>;
}

// What a character not inside a word tells the scan: a clause break, a mark of a finished act, or nothing.
const BREAK = 1;
/** A digit, either side of a decimal point. */
const DIGIT = /[0-9]/;
const FINISHED = 2;
const CHAR_KIND = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of BREAK_CHARS) table[ch.charCodeAt(0)] = BREAK;
  for (const ch of '了过完掉已咗') table[ch.charCodeAt(0)] = FINISHED;
  return table;
})();
// (And 是 on its own after 不是: 不是结婚用是养鸭子 — not 还是, 或是, 就是, 也是.)
// (或用于消费: 用于 after 或 goes on with the list a negation governs.)
const CONTRAST = new RegExp([...CONTRASTS.map((w) => (w === '用于' ? '(?<![或及和、])用于' : escapePattern(w))), '(?<![或还就也者不])是'].join('|'));
const ADJACENT_NEGATION = /[不没未非无唔冇莫]/;
const SHOP_CHARS = new Set([...'店铺馆部坊摊队厂']);
const CATEGORY_NAMES = new Set(['家庭用品', '家居用品', '生活用品', '家用电器']);
const PREMISES_CHARS = new Set([...'舍棚圈窖仓库场房塘栏屋所']);
const TRADE_ENDS = ['维修', '摄影', '影楼', '服务', '公司', '租赁', '销售', '出租', '承办', '主持', '布置', '车队', '礼仪'];
/** A production word that begins with one of these and holds a prohibited word is a trade in it: 租婚纱, 卖家具. */
const TRADE_STARTS = ['租', '卖', '出租', '做'];
/** Negation phrases that deny a use, not only a thing: 不用于, 并非, 不是, 不打算. */
const USE_DENIALS = /用|是|非|打算|想|准备|考虑/;
/** Words after a negation phrase that it still governs: 决不用于赌博. */
// (不会拿贷款去修屋: and the loan taken to a use.)
// (这笔没有动去还账: or touched for it.)
const NEGATED_VERBS = ['用于', '用来', '拿来', '用在', '拿去', '拿贷款去', '拿钱去', '拿这钱去', '用贷款去', '动去'];

function rank(c: UsagePurpose): number {
  const i = PROHIBITED_PRECEDENCE.indexOf(c);
  return i === -1 ? PROHIBITED_PRECEDENCE.length : i;
}

/**
 * A role with every field present, in one order: the reader reads a dozen fields of every word it meets, and objects
 * of one shape keep those reads fast (roles built by spreading have as many shapes as combinations).
 */
function sameShape(r: WordRole): WordRole {
  return {
    category: r.category,
    negation: r.negation,
    hedge: r.hedge,
    denial: r.denial,
    motive: r.motive,
    neutral: r.neutral,
    party: r.party,
    handover: r.handover,
    business: r.business,
    family: r.family,
    dualUse: r.dualUse,
    past: r.past,
    present: r.present,
    intent: r.intent,
    premises: r.premises,
    interest: r.interest,
    frame: r.frame,
    plainProduction: r.plainProduction,
    quiet: r.quiet,
    trade: r.trade,
  };
}

/** Compiles a lexicon, with the grammar's words, into a trie of normalised words and their roles. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const roles = new Map<string, WordRole>();
  const add = (word: string, role: WordRole) => {
    const t = normalizePurpose(word);
    if (t === '') return;
    roles.set(t, { ...roles.get(t), ...role });
  };
  // Grammar first; a lexicon's category, added after, joins the roles a word already has.
  for (const w of NEUTRAL_WORDS) add(w, { neutral: true });
  for (const w of BUSINESS_WORDS) add(w, { business: true });
  for (const w of FAMILY_WORDS) add(w, { family: 'weak' });
  for (const w of FAMILY_USE_WORDS) add(w, { family: 'strong' });
  for (const w of PAST_WORDS) add(w, { past: true });
  for (const w of PRESENT_WORDS) add(w, { present: true });
  for (const w of INTENT_WORDS) add(w, { intent: true });
  for (const w of HEDGES) add(w, { hedge: true });
  for (const w of DENIED_AFTER) add(w, { denial: DEFERRALS.includes(w) ? 'deferral' : 'denial' });
  for (const w of MOTIVE_AFTER) add(w, { motive: true });
  for (const w of INTEREST_WORDS) add(w, { interest: true });
  for (const w of WEAK_HANDOVER_VERBS) add(w, { handover: 'weak' });
  for (const w of HANDOVER_VERBS) add(w, { handover: 'strong' });
  for (const kind of Object.keys(PARTIES) as PartyKind[]) for (const w of PARTIES[kind]) add(w, { party: kind });
  for (const frame of OBJECT_FRAMES) for (const w of frame.objects) add(w, { frame });
  const categoryOf = new Map<string, UsagePurpose | 'negation'>();
  for (const category of USAGE_PURPOSES) {
    for (const term of lexicon[category]) {
      const t = normalizePurpose(term);
      if (t === '') continue;
      // A term listed under several categories takes the most specific prohibited one.
      const prior = categoryOf.get(t) as UsagePurpose | undefined;
      if (!prior || rank(category) < rank(prior)) categoryOf.set(t, category);
    }
  }
  for (const [t, category] of categoryOf) add(t, { category: category as UsagePurpose });
  // A bank's term spelled like a negation stays the bank's term.
  for (const n of NEGATIONS) {
    const t = normalizePurpose(n);
    if (!categoryOf.has(t)) {
      categoryOf.set(t, 'negation');
      roles.set(t, { negation: true });
    }
  }
  const dualUse = new Set(DUAL_USE_GOODS.map(normalizePurpose));
  const interestWords = INTEREST_WORDS.map(normalizePurpose);
  const businessWords = BUSINESS_WORDS.map(normalizePurpose);
  for (const [t, role] of roles) {
    const extra: { -readonly [K in keyof WordRole]?: WordRole[K] } = {};
    // Goods a family or a trade may buy: household goods, and the vehicles and fittings listed.
    // (Not the category's own name, 家庭用品: that is the family's by definition.)
    // (Goods named for the family, 家用轿车, 家用电器, are the family's wherever they stand.)
    if (role.category === 'household_goods' && !role.family && /家用|自用/.test(t)) extra.family = 'strong';
    else if (role.category && !role.family && !CATEGORY_NAMES.has(t) && (role.category === 'household_goods' || dualUse.has(t))) extra.dualUse = true;
    if (!role.interest && interestWords.some((w) => t.includes(w))) extra.interest = true;
    if (role.category === 'production' && [...t].some((ch) => PREMISES_CHARS.has(ch))) extra.premises = true;
    // A production word with a word of trade in it (租门面, 开超市) tells a trade too.
    if (role.category === 'production' && !role.business && businessWords.some((w) => w.length > 1 && t.includes(w))) extra.business = true;
    const tradeOf = TRADES_OF[t];
    if (tradeOf) {
      extra.trade = tradeOf;
      extra.business = true;
    }
    if (
      role.category === 'production' &&
      !tradeOf &&
      (SHOP_CHARS.has(t[t.length - 1]!) || TRADE_ENDS.some((e) => t.endsWith(e)) || TRADE_STARTS.some((e) => t.startsWith(e)))
    ) {
      // A shop (…店, …铺, …馆) is the household's trade; named after a prohibited word, it makes that word its goods.
      extra.business = true;
      for (let a = 0; a < t.length && !extra.trade; a++) {
        for (let b = t.length - (a === 0 ? 1 : 0); b > a + 1; b--) {
          const inner = categoryOf.get(t.slice(a, b));
          if (inner && inner !== 'negation' && inner !== 'production') {
            extra.trade = inner;
            break;
          }
        }
      }
    }
    if (Object.keys(extra).length) roles.set(t, { ...role, ...extra });
  }
  // Roles that only say production (a trade, premises or goods of production change nothing when nothing else is said).
  const QUIET = new Set(['category', 'business', 'premises', 'trade', 'dualUse']);
  const GRAMMAR_QUIET = new Set(['intent', 'present', 'past', 'neutral', 'business']);
  for (const [t, role] of roles) {
    if (role.category === 'production' && Object.keys(role).every((k) => QUIET.has(k))) roles.set(t, { ...role, plainProduction: true });
    else if (role.category === undefined && Object.keys(role).every((k) => GRAMMAR_QUIET.has(k))) roles.set(t, { ...role, quiet: true });
  }
  const trie = buildTrie(roles);
  return Object.freeze({ trie, categoryOf, roleOf: roles });
}

/** Where an edge from `parent` by `code` starts its probe in the trie's table. */
const slotOf = (parent: number, code: number, mask: number) => (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;

/** Builds the flat trie of the words (keys) and their roles. */
function buildTrie(roles: ReadonlyMap<string, WordRole>): Trie {
  // First as Maps, to number the nodes and count the edges; then into the tables.
  const next: Map<number, number>[] = [new Map<number, number>(), new Map<number, number>()];
  const terms: (string | undefined)[] = [undefined, undefined];
  const rolesOf: (WordRole | undefined)[] = [undefined, undefined];
  for (const term of roles.keys()) {
    let node = 1;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = next[node]!.get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map<number, number>());
        terms.push(undefined);
        rolesOf.push(undefined);
        next[node]!.set(code, child);
      }
      node = child;
    }
    terms[node] = term;
    rolesOf[node] = sameShape(roles.get(term)!);
  }
  const first = new Int32Array(0x10000);
  for (const [code, child] of next[1]!) first[code] = child;
  let edges = 0;
  for (let node = 2; node < next.length; node++) edges += next[node]!.size;
  // At most a quarter full, so a probe rarely looks past its first slot.
  let size = 16;
  while (size < edges * 4) size *= 2;
  const mask = size - 1;
  const parents = new Int32Array(size);
  const codes = new Uint16Array(size);
  const children = new Int32Array(size);
  for (let node = 2; node < next.length; node++) {
    for (const [code, child] of next[node]!) {
      let slot = slotOf(node, code, mask);
      while (parents[slot] !== 0) slot = (slot + 1) & mask;
      parents[slot] = node;
      codes[slot] = code;
      children[slot] = child;
    }
  }
  return { terms, roles: rolesOf, first, parents, codes, children, mask };
}

/** The node of the longest word starting at `from`, or 0. */
function longestNodeAt(text: string, from: number, trie: Trie): number {
  // (Past the end, charCodeAt gives NaN and the index undefined: no word.)
  let node = trie.first[text.charCodeAt(from)];
  if (!node) return 0;
  const { terms, parents, codes, children, mask } = trie;
  let found = terms[node] !== undefined ? node : 0;
  for (let i = from + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let slot = slotOf(node, code, mask);
    let child = 0;
    for (let parent = parents[slot]!; parent !== 0; parent = parents[slot]!) {
      if (parent === node && codes[slot] === code) {
        child = children[slot]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (child === 0) break;
    node = child;
    if (terms[node] !== undefined) found = node;
  }
  return found;
}

const LATIN = /[a-zü]/;
const SYLLABLES = Object.keys(PINYIN_SYLLABLES).sort((a, b) => b.length - a.length);

/** Splits a run of letters into syllables of the table, longest first; undefined when it is not all pinyin of the table. */
function syllablesOf(run: string): string[] | undefined {
  if (run.length === 0) return [];
  for (const s of SYLLABLES) {
    if (!run.startsWith(s)) continue;
    const rest = syllablesOf(run.slice(s.length));
    if (rest) return [s, ...rest];
  }
  return undefined;
}

/**
 * Reads pinyin written for characters (买zhu仔 → 买猪仔): each run of letters that is all syllables of the table becomes,
 * syllable by syllable, the character that makes the longest lexicon word with what stands around it. A run that is not
 * pinyin of the table (suv, p2p, app) is left as it is.
 */
function readPinyin(text: string, trie: Trie): string {
  return text.replace(/[a-zü]+/g, (run, at: number) => {
    const syllables = syllablesOf(run);
    if (!syllables || syllables.length === 0) return run;
    let out = text.slice(0, at);
    const after = text.slice(at + run.length);
    for (let k = 0; k < syllables.length; k++) {
      const candidates = PINYIN_SYLLABLES[syllables[k]!]!;
      // The rest of the run in first candidates, so a word across syllables (zhongshanyao → 种山药) can be seen.
      const tail =
        syllables
          .slice(k + 1)
          .map((s) => PINYIN_SYLLABLES[s]![0])
          .join('') + after;
      let best = candidates[0]!;
      let bestLength = 0;
      for (const ch of candidates) {
        const trial = out + ch + tail;
        const pos = out.length;
        for (let from = Math.max(0, pos - 3); from <= pos; from++) {
          const word = longestAt(trial, from, trie);
          if (word !== undefined && from + word.length > pos && word.length > bestLength) {
            best = ch;
            bestLength = word.length;
          }
        }
      }
      out += best;
    }
    return out.slice(at);
  });
}

/** The longest word starting at `from`, or undefined. */
export function longestAt(text: string, from: number, trie: Trie): string | undefined {
  return trie.terms[longestNodeAt(text, from, trie)];
}

/** A word found in the text, with where it stands and whether a negation cancels it. */
export interface Hit {
  readonly term: string;
  readonly role: WordRole;
  readonly start: number;
  readonly end: number;
  readonly clause: number;
  readonly negated: boolean;
  /** Whether a negation phrase (不用于、并非 …) cancels it, rather than a bare 不 before it. */
  readonly byPhrase: boolean;
  /** Whether a hedge (可能、还没想好) governs it: said, but not decided. */
  readonly hedged: boolean;
}

/** A normalised text and the words found in it, in order. */
export interface Scan {
  readonly text: string;
  readonly hits: readonly Hit[];
  /** Per clause: whether it has a mark of a finished act (了、过) outside any word. */
  readonly completed: readonly boolean[];
  /** Per clause: where it starts and where it ends (at its break, or the end of the text). */
  readonly clauseStart: readonly number[];
  readonly clauseEnd: readonly number[];
  /** Where a vehicle a question takes as the household's stands (问：那辆车呢？): it needs no verb of buying. */
  readonly held?: ReadonlySet<number>;
  /** Questions the answer denies (问：养牛了吗？答：没有): where no word of the household's own is sought. */
  readonly denied?: readonly (readonly [number, number])[];
}

const BARE_WORD_ENDS = new Set(BARE_NEGATION_WORDS.map((w) => w[w.length - 1]!));
const HEAD_ENDS = new Set(DOUBLE_NEGATION_HEADS.map((w) => w.charCodeAt(w.length - 1)));

/** Before a bare 不, a condition lacking something: 没楼, 没有房子. */
const CONDITION_BEFORE = /(?:没|没有|无)[^，。,;；不没无]{1,3}$/;

/** A question put as a verb and its negation (有没有, 是不是), right before a word. */
const ASKING_PAIR = /(?:有没有|是不是|要不要|会不会|能不能)$/;

/** Whether a negation starting at `at` is the second half of a double negative (不得不…). */
function affirmedBefore(text: string, at: number): boolean {
  if (at === 0 || !HEAD_ENDS.has(text.charCodeAt(at - 1))) return false;
  return DOUBLE_NEGATION_HEADS.some((head) => text.endsWith(head, at));
}

/**
 * Whether the word from `start` to `end` is cancelled by a bare 不/没/未/非/无 or 没有/不会… right before it — unless
 * that is half of a double negative, which means "must": 不得不盖房, 不会不盖房, 非盖房不可, 不盖房不行.
 */
/** After a word, 啥 asking it back at its phrase's end (陪送啥！); after 啥 and a word, that end (啥理财呀，, 啥理财啊俺不懂). */
const ASKED_BACK_AFTER = /^(?:个)?啥(?:呀|啊|哟)?(?:[！!，,。]|$)/;
const ASKED_BACK_END = /^(?:呀|啊|哟|[！!，,。])/;
/** Before 啥, the start of a phrase, or a verb there that the scoff asks back with it (答：开啥店啊). */
const ASKED_BACK_OPENS = /(?:^|[，。,;；！!？?：:\s])[开买盖搞做干跑存放娶]?$/;
function adjacentNegation(text: string, term: number, end: number): boolean {
  // (并未饲养羊只, 没有饲养牛: 饲 before 养 is half of its verb, so the negation before it denies the word.)
  const start = text[term - 1] === '饲' && text[term] === '养' ? term - 1 : term;
  // (陪送啥！, 啥理财呀，我不懂那个: a word asked back with 啥, its phrase ending there, denies it.)
  if (
    ASKED_BACK_AFTER.test(text.slice(end, end + 4)) ||
    (text[start - 1] === '啥' && ASKED_BACK_OPENS.test(text.slice(Math.max(0, start - 3), start - 1)) && ASKED_BACK_END.test(text.slice(end, end + 3)))
  )
    return true;
  if (start === 0) return false;
  const before = text[start - 1]!;
  // (未对自住部分进行装修: a negation before the thing the act is done to.)
  // (未对房屋进行装修: and the thing itself, when the act the negation carries follows it.)
  if (
    (DENIED_OVER_OBJECT_ENDS.includes(before) && DENIED_OVER_OBJECT.test(text.slice(Math.max(0, start - 14), start))) ||
    (before === '对' &&
      /(?:未|没|没有|并未|从未)对$/.test(text.slice(Math.max(0, start - 3), start)) &&
      /^[^，。,;；]{0,6}(?:进行|做)/.test(text.slice(end, end + 10)))
  )
    return true;
  // Every word is checked here, so the word list is read only when the character before could end one.
  const width = ADJACENT_NEGATION.test(before) ? 1 : BARE_WORD_ENDS.has(before) ? (BARE_NEGATION_WORDS.find((w) => text.endsWith(w, start))?.length ?? 0) : 0;
  if (width === 0) return false;
  // (有没有还欠款, 是不是盖房: a question's 没有 or 不 asks; it denies nothing.)
  if (ASKING_PAIR.test(text.slice(Math.max(0, start - 3), start))) return false;
  const at = start - width;
  if (affirmedBefore(text, at) || NEGATIONS.some((phrase) => text.endsWith(phrase, at))) return false;
  // (没楼不结婚, 没房不嫁: "no X, no Y" makes Y wait on X; it denies nothing.)
  if (before === '不' && width === 1 && CONDITION_BEFORE.test(text.slice(Math.max(0, at - 5), at))) return false;
  return !MUST_TAILS.some((tail) => text.startsWith(tail, end));
}

/** Whether a farm building is said to be an empty one (图为空猪圈, 现场是空的牛棚): it tells no farming (not 建了三间空牛棚). */
const emptyBefore = (text: string, start: number): boolean => EMPTY_SAID.test(text.slice(Math.max(0, start - 5), start));
const EMPTY_SAID = /(?:为|是|见|有)(?:一[个间座处])?空的?$/;

/** Whether a word names a prohibited use. */
const prohibitedUse = (role: WordRole) => role.category !== undefined && role.category !== 'production';
/** What may join two uses in a run: nothing, 、, 和, 或, 跟, 及. */
const RUN_JOINER = /^(?:、|和|或|或者|跟|及)?$/;

/** A negation, then 对 and what the act is done to, then the verb that carries it: 未对自住部分进行, 没对房子做. */
const DENIED_OVER_OBJECT = /(?:未|没|没有|不|并未|从未)对[^，。,;；对]{1,8}(?:进行|做)(?:过|了)?(?:任何)?$/;
const DENIED_OVER_OBJECT_ENDS = '行做过了何';

/** Whether a negation phrase ending at `end` is the first half of a double negative (不是不盖房): a bare negation follows that starts no word. */
function doubleNegationAfter(text: string, end: number, trie: Trie): boolean {
  if (!ADJACENT_NEGATION.test(text[end] ?? '')) return false;
  // 不用于非生产性支出: 非 starts a word of its own, so the phrase governs it.
  return longestAt(text, end, trie) === undefined;
}

/** A denial word made of a negation and a verb, that can take an object: 没买, 也没买, 没建 (not 不养了). */
const DENYING_VERB_WORD = /^[也都还]?[没未][有]?[买建养搭搞弄干盖修存]$/;

/**
 * A person written by surname and 某 (王某, 李某某), or by surname and place in the family (王老三, 李小二, 张二子), maybe
 * after where they live (屯里王老三), and the role such a name has.
 */
// (同寨杨某: or a Guizhou village's 寨 — set 999.)
const NAME_PLACES = '屯里|村里|本屯|本村|邻村|同村|隔壁|邻居|同寨|本寨|寨上|寨里|同组|本组';
const NAMED_PERSON = new RegExp(`^(?:${NAME_PLACES})?的?[${NAMED_SURNAMES}](?:某某?|老[大二三四五六七八九]|小[二三四五六七八九]|[大二三四五六]子)`);
/** A person by surname and 某 alone (韩某, 李某某): no word of the lexicon is written so. */
const NAMED_BY_MOU = new RegExp(`^[${NAMED_SURNAMES}]某某?`);

/** Whether a person by surname and 某 begins here, after 的 ending a description a verb of handing in this clause began. */
function describedNameAt(text: string, at: number, hits: readonly Hit[], clause: number): boolean {
  if (!NAMED_BY_MOU.test(text.slice(at, at + 3))) return false;
  for (let k = hits.length - 1; k >= 0 && hits[k]!.clause === clause; k--) {
    const h = hits[k]!;
    if (h.role.handover !== undefined && !h.negated) return at - h.end <= DESCRIBED_REACH + HANDOVER_REACH;
  }
  return false;
}
const PLACE_BEFORE_NAME = new RegExp(`^(?:${NAME_PLACES})`);
const QUOTE_CLOSE = /^[”"」』’]$/;
const NAMED_PERSON_ROLE: WordRole = Object.freeze({ party: 'person' });

/** Before a name: a word that introduces a person (户主, 借款人), or the start of the text. */
// (借款人：石建房（户主）, 联系人：宋理财: a colon may end the label.)
const NAME_INTRODUCED_BEFORE = /(?:户主|借款人|贷款户|申请人|农户|村民|联系人|担保人|姓名)[:：]?$/;
/** After a two-character word, one character that completes a given name, then what follows a name (家, a break, 租). */
const NAME_COMPLETED_AFTER = /^[\u4e00-\u9fff](?:家|户|[，,、。：:]|说|讲|租|贷|的)/;
/** Characters that go on a word of wealth rather than a name: 黄金存家里, 黄金首饰. */
const NOT_A_GIVEN_NAME = /^[存放买卖换藏锁打首饰条价和与或等都也还]/;

/**
 * Whether a two-character word stands in a three-character name: opening it after a surname-like first character (户主黄金凤,
 * 黄金凤家), or ending it after a surname (户主贾建房，男).
 */
function opensAName(text: string, start: number, end: number, term: string): boolean {
  if (term.length !== 2) return false;
  if (
    NAMED_SURNAMES.includes(text[start - 1] ?? '') &&
    // (户主陈建房称, 户主周建房将贷款: or what the named one says or does.)
    ((NAME_INTRODUCED_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1)) &&
      /^(?:[，,、。：:（(]|男|女|称|说|讲|将|把)/.test(text.slice(end, end + 1))) ||
      // (经核实，刘建房家贷款: or a household named by it at a clause's opening.)
      ((start === 1 || /[，,。：:；;]/.test(text[start - 2] ?? '')) && /^家(?:贷|的|用|借|申请|这)/.test(text.slice(end, end + 3))))
  )
    return true;
  return (
    NAMED_SURNAMES.includes(term[0]!) &&
    // (At the opening, only a name's household after it: 黄金凤家, not 冷柜核 or 柴油钱.)
    ((start === 0 && /^[\u4e00-\u9fff]家/.test(text.slice(end, end + 2))) ||
      (NAME_INTRODUCED_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && NAME_COMPLETED_AFTER.test(text.slice(end, end + 2)))) &&
    !NOT_A_GIVEN_NAME.test(text.slice(end, end + 1))
  );
}

/** Scans a purpose text: every word, its clause, and whether a negation cancels it. */
export function scanPurpose(text: string, compiled: CompiledLexicon): Scan {
  let normalized = normalizePurpose(text);
  const { trie } = compiled;
  if (LATIN.test(normalized)) normalized = readPinyin(normalized, trie);
  const hits: Hit[] = [];
  const completed: boolean[] = [false];
  const clauseStart: number[] = [0];
  const clauseEnd: number[] = [];
  let clause = 0;
  let negationEnd = -1; // where the governing negation phrase ends, or -1 when none governs
  let hedged = false; // whether a hedge governs the rest of the clause
  let useDenied = false; // whether the governing negation denies a use (不用于) rather than a thing (没有)
  for (let index = 0; index < normalized.length;) {
    // (借给邻村经营砂石场的韩某: a person by surname and 某 after a description of them that a verb of handing begins.)
    if (normalized.charCodeAt(index - 1) === 0x7684 && describedNameAt(normalized, index, hits, clause)) {
      const end = index + NAMED_BY_MOU.exec(normalized.slice(index, index + 3))![0].length;
      hits.push({ term: normalized.slice(index, end), role: NAMED_PERSON_ROLE, start: index, end, clause, negated: false, byPhrase: false, hedged });
      index = end;
      continue;
    }
    const node = longestNodeAt(normalized, index, trie);
    if (node === 0) {
      const kind = CHAR_KIND[normalized.charCodeAt(index)];
      // (承包费1.5万交给村委会: a decimal point is no clause break — set 960.)
      if (kind === BREAK && !(normalized[index] === '.' && DIGIT.test(normalized[index - 1] ?? '') && DIGIT.test(normalized[index + 1] ?? ''))) {
        clause++;
        completed.push(false);
        clauseEnd.push(index);
        clauseStart.push(index + 1);
        negationEnd = -1;
        hedged = false;
      } else if (kind === FINISHED) completed[clause] = true;
      index++;
      continue;
    }
    const term = trie.terms[node]!;
    const role = trie.roles[node]!;
    // A contrast ends a negation's reach (不用于盖房而养牛) — not one right after it (从没打算过买理财).
    if (negationEnd >= 0 && index > negationEnd && CONTRAST.test(normalized.slice(negationEnd + 1, index))) negationEnd = -1;
    const start = index;
    index += term.length;
    // 户主黄金凤, 黄金凤家租了…地: a word that opens a person's name, where the text names someone, is the name, not the word.
    if (role.category !== undefined && opensAName(normalized, start, index, term)) {
      index++;
      continue;
    }
    if (role.hedge) {
      hedged = true;
      hits.push({ term, role, start, end: index, clause, negated: false, byPhrase: false, hedged: true });
      continue;
    }
    if (role.negation) {
      // Half of a double negative affirms: 不得不用于盖房 (after 不得), 不是不盖房 (before a bare 不).
      if (!affirmedBefore(normalized, start) && !doubleNegationAfter(normalized, index, trie)) {
        // 不将贷款用于建房: the verb of using a few characters on is still the negation's — unless the negation holds its
        // own verb, or a contrast comes first (不用于建房而用于养牛: the second 用于 is the contrast's).
        const ahead = NEGATED_VERBS.some((v) => term.endsWith(v)) ? '' : normalized.slice(index, index + 6);
        const verb = NEGATED_VERBS.map((v) => [v, ahead.indexOf(v)] as const).find(
          ([, at]) => at >= 0 && !CLAUSE_BREAK.test(ahead.slice(0, at)) && !CONTRAST.test(ahead.slice(0, at)),
        );
        negationEnd = index + (verb ? verb[1] + verb[0].length : 0);
        // 不用于、不是、并非 deny a use; 没有、莫得 only say a thing is lacking.
        useDenied = verb !== undefined || USE_DENIALS.test(term);
      }
      continue;
    }
    const cancellable =
      role.category !== undefined ||
      role.party !== undefined ||
      role.handover !== undefined ||
      role.frame !== undefined ||
      role.interest !== undefined ||
      role.family !== undefined ||
      role.business !== undefined;
    // 没买理财, 也没买电视: a denial word that ends in its verb denies the object right after it.
    const previous = hits[hits.length - 1];
    const deniedByVerb = previous?.end === start && previous.role.denial !== undefined && DENYING_VERB_WORD.test(previous.term);
    // (绝对没有盖房子娶媳妇, 没盖房、买车: a bare negation before prohibited uses run together denies each of them.)
    const inDeniedRun =
      previous !== undefined &&
      previous.negated &&
      prohibitedUse(previous.role) &&
      prohibitedUse(role) &&
      RUN_JOINER.test(normalized.slice(previous.end, start));
    const negated =
      cancellable &&
      !role.neutral &&
      (negationEnd >= 0 ||
        deniedByVerb ||
        inDeniedRun ||
        adjacentNegation(normalized, start, index) ||
        (role.premises === true && emptyBefore(normalized, start)));
    // 不交给企业托养: a hand-over denied is denied to the end of its clause.
    if (negated && (role.handover || role.category === 'enterprise_use' || role.category === 'government_financing_platform') && negationEnd < 0)
      negationEnd = index;
    hits.push({ term, role, start, end: index, clause, negated, byPhrase: negated && negationEnd >= 0 && negationEnd <= start && useDenied, hedged });
    // 借给王某, 转给李某某, 借给屯里王老三: a person written by surname right after a verb of handing is the party it hands to.
    // (贷款“借给”刘某: over a closing quote around the verb.)
    const from = role.handover !== undefined && QUOTE_CLOSE.test(normalized[index] ?? '') ? index + 1 : index;
    // (Not 向 of 投向, 流向, 转向: 投向某平台 names a direction, not Mr 向.)
    const named =
      role.handover === undefined || (normalized[from] === '向' && /[投流转划汇导]$/.test(term)) ? null : NAMED_PERSON.exec(normalized.slice(from, from + 8));
    // (Not where a longer word begins there; a one-character word is the surname: 借给马某, not a horse.)
    const word = named === null ? undefined : longestAt(normalized, from, trie);
    // (A place before the name is part of it: 屯里王老三.)
    if (named !== null && (word === undefined || word.length <= 1 || (named[0].length > word.length + 1 && PLACE_BEFORE_NAME.test(named[0])))) {
      const end = from + named[0].length;
      hits.push({ term: named[0], role: NAMED_PERSON_ROLE, start: from, end, clause, negated, byPhrase: false, hedged });
      index = end;
    }
  }
  clauseEnd.push(normalized.length);
  return { text: normalized, hits, completed, clauseStart, clauseEnd };
}

export interface UsageMatch {
  readonly category: UsagePurpose | 'unknown';
  /** Terms that count, normalised, in order of first appearance. */
  readonly matchedTerms: readonly string[];
  /** Terms a negation cancelled. */
  readonly negatedTerms: readonly string[];
  /** Terms read as context, not as a use: background about the past, a party only named, an object with no verb. */
  readonly contextTerms: readonly string[];
}

/** The most specific category among those found, production last; unknown when none. */
export function decideCategory(found: readonly UsagePurpose[]): UsagePurpose | 'unknown' {
  for (const c of PROHIBITED_PRECEDENCE) if (found.includes(c)) return c;
  return found.includes('production') ? 'production' : 'unknown';
}
