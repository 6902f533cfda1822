/**
 * Small readers of a normalised purpose text shared by the purpose reader's modules: clause breaks and word lists
 * indexed by their first character.
 */
/** The characters that end a clause. */
export const BREAK_CHARS = ',.;:!?|，。；：！？';
export const BREAKS = new Set([...BREAK_CHARS]);
/** Any clause break, as a pattern (to split or search a stretch of text). */
export const BREAK = new RegExp(`[${BREAK_CHARS}]`);

// The breaks by character code: the readers below find a break with a loop, not a regular expression's split (which
// builds a new pattern and a list for every stretch, many times a text).
const BREAK_CODES = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of BREAK_CHARS) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** A stretch of text up to its first clause break (all of it when it has none): `s.split(BREAK)[0]`. */
export function firstClause(s: string): string {
  for (let i = 0; i < s.length; i++) if (BREAK_CODES[s.charCodeAt(i)] === 1) return s.slice(0, i);
  return s;
}

/** A stretch of text after its last clause break (all of it when it has none): `s.split(BREAK).pop()`. */
export function lastClause(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (BREAK_CODES[s.charCodeAt(i)] === 1) return s.slice(i + 1);
  return s;
}

/** A stretch of text up to its second clause break, its first break written as '，': `s.split(BREAK).slice(0, 2).join('，')`. */
export function firstTwoClauses(s: string): string {
  for (let i = 0; i < s.length; i++) if (BREAK_CODES[s.charCodeAt(i)] === 1) return s.slice(0, i) + '，' + firstClause(s.slice(i + 1));
  return s;
}

/** Characters that deny the word right after them. */
export const NEGATING = new Set([...'不没别未唔冇莫']);

/** A word list indexed by first character, so a position is tested against the few words that could start there. */
export const byFirstChar = (list: readonly string[]) => {
  const map = new Map<string, string[]>();
  for (const w of list) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
};
/** Whether one of the indexed words starts at `at`. */
export const startsWithAny = (text: string, at: number, index: ReadonlyMap<string, readonly string[]>) =>
  index.get(text[at] ?? '')?.some((w) => text.startsWith(w, at)) ?? false;

/** A literal word as a pattern (its special characters escaped). */
export const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words saying one thing has nothing to do with another (没关系, 无关, 不沾边, 不相干), one list for every reader that sets
 * something apart from the loan; 没得关系 and 莫得关系 are spelled 没关系 before any reader sees them.
 */
/** Before a repayment in its clause, the proceeds of a sale paying it: 以卖猪款, 用卖粮的钱, 约定卖牛犊后 (not this loan's money). */
export const SALE_FUNDED_BEFORE = /(?:以|用|拿|靠)卖[^，。,;；]{1,4}(?:款|钱|收入|所得|的钱)$|卖[^，。,;；]{1,6}(?:后|以后|之后|了)(?:再|就)?$/;

/**
 * Words pointing at this loan rather than another (本笔, 这笔, 这回, 此笔, 该笔), one list for every reader that sets an
 * old matter apart from it or hears its own use told next.
 */
export const THIS_LOAN = '(?:本笔|本次|此笔|该笔|这笔|这回|这次|今次)';
export const UNRELATED_WORDS = '(?:没关系|没有关系|没啥关系|无关|无涉|不沾边|不搭界|不搭嘎|不挨边|不挨着|不相干)';
const UNRELATED_NEXT = new RegExp(`^${UNRELATED_WORDS}`);
/** Whether the word at [start, end) is said to have nothing to do with the matter: 跟生意没关系, 与养殖无关. */
export const unrelatedTo = (text: string, h: { readonly start: number; readonly end: number }) =>
  /[跟和与同]$/.test(text.slice(Math.max(0, h.start - 1), h.start)) && UNRELATED_NEXT.test(text.slice(h.end, h.end + 4));

/**
 * A chat's labels (客户：…／客服：…), one list for every reader of chats: the applicant's side, whose words are read — a
 * relative answering a call-back (家属：) and a live-stream's viewer (网友：, 网友留言：) among them…
 */
export const CHAT_APPLICANT_LABELS: readonly string[] = ['客户', '用户', '家属', '借款人', '网友(?:留言|评论|提问)?'];
/** …and the bank's or the host's side, whose words are only said to the applicant: an agent, an automated call's robot, a host. */
export const CHAT_AGENT_LABELS: readonly string[] = ['客服', '助手', '坐席', '机器人', '主播'];
/** Every chat label, as one alternation. */
export const CHAT_LABEL_PATTERN = [...CHAT_APPLICANT_LABELS, ...CHAT_AGENT_LABELS].join('|');

/** The marks a speaker's label may follow in a transcript (贷户：, 户主：): a sentence's end or a comma. */
export const LABEL_BREAKS = '？?。！!…，,.';

// A seller's note about a customer (a dealer's ledger, a yard's delivery notes): the writer, 俺, sells; 他 buys.
/** A seller writing of a customer: 退回俺这, 从俺这拉, 结俺的水泥钱, 俺这店里. */
// (在场里买了一头整猪: or the yard the writer's note is kept at, where the customer bought or sold.)
export const SELLER_NOTE = /(?:在|从|来|到|回|退回)(?:俺|我)这|(?:俺|我)这(?:店|儿)|(?:结|欠|付)(?:俺|我)的|(?:在|来|到)场里(?:买|卖|拉)/;
/** Right before a sale in its clause, the writer's own shop: 俺这捎带, 我这店里. */
export const WRITER_SELLS_BEFORE = /(?:俺这|我这|俺们这|我们这|俺店|我店)(?:店里|儿|里)?(?:也|就|还)?(?:捎带|捎着|顺带|顺便)?$/;
/** The customer spoken of in the third person (他, 他家), or a shop's paper about a customer (证明：, 收据：). */
export const CUSTOMER_SPOKEN_OF = /[他她]|(?:证明|收据|说明)[:：]/;
/** After a shop, its delivering what it sold: 送到, 送来 (not 自家开的家具店送货用, the household's own). */
const DELIVERS_AFTER = /^(?:送到|送来|派车送|给送)/;
const OWN_BEFORE = /(?:自家|自己|我家|俺家|咱家)[^，。,;；]{0,4}$/;
/** Before a trade, its being hired: 请了镇上的, 请的 (not 申请). */
const HIRED_BEFORE = /(?<!申)请(?:了|的)?[^，。,;；请]{0,5}$/;
/** Events other than a wedding, for which a wedding trade hired is read by the event (请了县里的婚庆公司给老太太办八十大寿). */
const OTHER_EVENT = /大寿|寿宴|祝寿|满月|白事|丧事|葬礼|出殡|升学|乔迁/;
/** Whether a trade's word names another's trade the household dealt with: 家具店送到渡口, 请了镇上的婚庆公司. */
export const tradeOfAnother = (text: string, h: { readonly start: number; readonly end: number }): boolean =>
  (DELIVERS_AFTER.test(text.slice(h.end, h.end + 3)) && !OWN_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) ||
  (HIRED_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) && !OTHER_EVENT.test(text));

/** Goods a seller's name may carry (饲料厂, 湖羊养殖场, 种子公司, 种鹅养殖户, 蘑菇种植户), and words that the loan bought them. */
export const GOODS_SOLD: readonly string[] = [
  '饲料',
  '化肥',
  '肥料',
  '种子',
  '农药',
  '兽药',
  '农资',
  '鱼苗',
  '鸡苗',
  '鸭苗',
  '种苗',
  '苗木',
  '仔猪',
  '猪苗',
  '牛',
  '羊',
  '猪',
  '鹅',
  '鸡',
  '鸭',
  '菇',
  '农机',
  '地膜',
];
/** Right after a seller's name or account, goods bought there: 买了玉米种子, 购进四十包育肥料. */
export const GOODS_BOUGHT_AFTER = new RegExp(`^(?:买了?|购买了?|购进了?|进了?)[^，。,;；]{0,8}?(?:${GOODS_SOLD.join('|')})`);

/** Where a trade keeps its goods: a shop, a stall, a workshop, a guesthouse's kitchen. */
export const TRADE_PLACES = '店|铺|小卖部|超市|摊|门市|门面|作坊|后厨|收购点|加工点|屠宰点|农家乐';
/** Goods put in a shop or stall: 放在自家小卖部里, 摆到店里. */
// (摆在我家自己开的小卖铺里, 放在户主自己的裁缝铺里, 都放在自家农家乐后厨: with the owner said between — review 143.)
export const GOODS_PUT_IN_SHOP = new RegExp(`(?:放|摆|装|搁)(?:在|到|进)[^，。,;；]{0,8}(?:${TRADE_PLACES})`);

/**
 * A family member's charge in a mediator's or officer's record: 他哥以为拿去修房子, 儿子说冰柜是家用的, 婆婆听村里人乱讲以为…,
 * 他弟弟说："钱给了合作社就是户贷企用" — what one of the family claims the money went to, which the writer then checks.
 */
const KIN_CLAIM_SOURCE = `(?:他|她|其)?(?:儿子|女儿|闺女|媳妇|儿媳|婆婆|婆娘|老婆|老公|丈夫|男人|弟弟|哥哥|兄弟|弟兄|大哥|二哥|大姐|二姐|他哥|她哥|他弟|她弟|他姐|她姐|他妹|她妹|姐姐|妹妹|孙子|女婿|公公|老奶|家里人)(?:听[^，。,;；]{0,8})?(?:以为|说|讲|认为|怀疑)`;
const KIN_CLAIM = new RegExp(KIN_CLAIM_SOURCE);
const KIN_CLAIMS = new RegExp(KIN_CLAIM_SOURCE, 'g');
export const KIN_CLAIM_WHOLE = new RegExp(`^${KIN_CLAIM_SOURCE}$`);
/**
 * The writer's own look or explanation after such a charge: 我打开看, 经我和信贷员到地里看, 我晚上去夜市看了, 调解员解释, 经查,
 * 核实确实在跑客运, 认定摩托车为生产用 — not a check that only confirms what was said (核实属实).
 */
const LOOKED_AGAINST =
  /打开(?:一)?看|(?:到|去|跟到)[^，。,;；：:“”"]{0,6}看了?(?=[，,：:])|调解员(?:解释|说明|查明)|经查[，,：:]|核实确实|认定[^，。,;；]{0,6}为生产用|其实是(?:他|她)?(?:自己|自个儿?)|(?:我|我们)(?:都|挨个|一个个)?(?:点|数)过/;
/** After a kin's charge, the writer's look or explanation that answers it (not the charge confirmed right after). */
export const kinClaimAnswered = (text: string): boolean => {
  const claim = KIN_CLAIM.exec(text);
  return claim !== null && LOOKED_AGAINST.test(text.slice(claim.index + claim[0].length));
};

/** Every kin's charge in a text that answers them by a look (儿子说冰柜是家用的，我打开看…); none where it does not. */
export const answeredKinClaims = (text: string): RegExpExecArray[] => (kinClaimAnswered(text) ? [...text.matchAll(KIN_CLAIMS)] : []);

/**
 * The family said to keep an old one (家里用的是旧冰箱，没换; 旧手机留给家里人用): the goods bought are not put to its use, and
 * the family's word there names no use of them.
 */
export const FAMILY_KEEPS_OLD =
  /(?:家里|自家|家里人)(?:(?:用的|用着)(?:还|仍|仍然|依旧)?是?|(?:还|仍|仍然|依旧)是?用(?:的是)?)(?:旧|原来|老|以前)|(?:^|[，,把])(?:旧|原来的?|以前的?)[^，。,;；]{0,3}留给/;
