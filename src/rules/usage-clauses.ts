/**
 * How a purpose's clauses stand to this loan's use: background about the past (去年…了), where repayment comes from
 * (卖苞米还信用社), and what each clause tells of a trade, the family or a farm building.
 */
import type { Hit, Scan } from './usage-matcher.js';
import { answeredKinClaims, CUSTOMER_SPOKEN_OF, FAMILY_KEEPS_OLD, GOODS_PUT_IN_SHOP, THIS_LOAN, unrelatedTo, WRITER_SELLS_BEFORE } from './usage-text.js';
import { inPayeeName } from './usage-trades.js';

/**
 * Words of where repayment comes from: a debt named in their clause is repaid by them, not by this loan (卖苞米还信用社, 饥荒打工慢慢还);
 * and a lender's claim at law that this loan be repaid (原告诉请归还借款本息).
 */
const REPAYMENT_SOURCES = [
  '卖',
  '出售',
  '出栏',
  '收入',
  '挣',
  '打工',
  '攒',
  '慢慢还',
  '以后还',
  '工资',
  '交售',
  '交烟站',
  '交站',
  '诉请',
  '判令',
  '起诉要求',
  '请求判决',
];

/** Words that the loan's money is joined with another source: 和剩下的贷款, 加上贷款. */
const LOAN_JOINS = /(?:和|与|加上|连同|跟)(?:剩下的|剩余的|余下的)?(?:贷款|贷的钱)/;

/** Words of a death: what follows it in its clause is needed now. */
const DEATH = /去世|过世|病故/;

/** Words that put this loan into what was told before it: 贷款5万元全部补在里面了, 剩下的钱也搭进去了 (not 贷款没用在这上面). */
export const LOAN_PUT_INTO =
  /(?:贷款|贷的钱|这笔钱|这钱|剩下的钱)[^，。,;；没未不]{0,6}?(?:全部|全|都|也)?(?:补|搭|填|贴|垫|花|用|砸)(?:在|到)?(?:里面|里头|里边|进去|这上面|这上头|那上面|上面|上头)/;

/**
 * At the start of the clause after a debt, that this loan repays it now: 先还一部分, 这次贷下来先还他了, 用这回贷款还上,
 * 不得不还, 这回贷款就是把这钱还上, 这回贷款下来直接还了, 贷款一到先还上了, 这回贷款5万元就是还那个账, 想贷款还掉 (not 今年贷款还是买化肥: 还是 is "still").
 */
export const REPAID_NEXT = new RegExp(
  `^(?:想|打算|准备)?(?:(?:用|拿)(?:这次|这回|今年|这笔|这个)?的?(?:贷款|钱)|(?:${THIS_LOAN}|今年)?(?:贷款批下来|贷款一到手?|钱一到手?|贷款下来|款下来|钱下来|贷款到账后?|到账后?|贷款|贷的钱|贷下来|贷下|贷了|贷到手|贷到|钱到了|到手)?了?(?:[0-9一二三四五六七八九十两几]+(?:万|千)?元?)?(?:不得不|得|要|先|必须|想|就是|就|正好|准备|帮他|替他|给他|帮着|直接|马上|立马|全部|全都|全|都)?(?:用来|拿来|拿去|用于|为了)?(?:把|拿)?(?:这|那)?笔?(?:钱|账|债)?)还(?![是有没在])`,
);

/** At the start of the clause after a bill owed, this loan paying it: 拿贷款交了, 用这笔钱缴上. */
const PAID_NEXT = /^(?:用|拿)(?:这次|这回|这笔)?的?(?:贷款|钱)(?:给)?(?:交|缴|付|结)(?:了|上|清)/;

/** A repayment told after a debt, not denied: 还上了, 偿还 (not 还没还完, 没还上). */
const REPAID_IN_REST = /(?<![没未不])[还偿](?![没欠有是在])/;

/** Whether a debt is only owed, not repaid by this loan: 还欠着饥荒, 欠亲戚三万多 (no 还 after it in its clause). */
export function owedOnly(text: string, hit: Hit, clauseStart: number, clauseEnd: number): boolean {
  if (/^[还偿堵]/.test(hit.term)) return false;
  // 先还农资店的欠款: a repayment before the debt in its clause (拿贷款给俺结了…欠的工钱: or a settlement; 一万还欠的医药费:
  // or a sum that repays what is owed).
  if (/[还偿](?![欠没在是有要得能想])|(?<![没未])结(?:了|清)|付清|[0-9一二两三四五六七八九十百千万元块]还欠的/.test(text.slice(clauseStart, hit.start)))
    return false;
  // (拉了点饥荒: 拉 owes in north-eastern speech; 还有个旧饥荒: so does having one.)
  const before = text.slice(Math.max(0, hit.start - 3), hit.start);
  // (Not 拉 before what is no debt: 去拉萨旅游.)
  const owing =
    hit.term.startsWith('欠') ||
    hit.term.startsWith('借了') ||
    before.includes('欠') ||
    ((before.includes('拉') || before.includes('有')) && /饥荒|债|账|钱|款|贷/.test(hit.term));
  if (!owing) return false;
  const rest = text.slice(hit.end, clauseEnd);
  // (还没还完, 没还上: a repayment denied leaves the debt owed.)
  if (REPAID_IN_REST.test(rest)) return false;
  // 欠了网贷，不得不还: the next clause repays it.
  const next = text.slice(clauseEnd + 1, clauseEnd + 16);
  // (贷下来先还了: the loan comes, then repays it.)
  // (Nor when the loan is said to go into it: 盖房欠了账，贷款都填在里面了.)
  // (欠了半年物业费和水电费，拿贷款交了: or pays it.)
  return !REPAID_NEXT.test(next) && !PAID_NEXT.test(next) && !LOAN_PUT_INTO.test(text.slice(clauseEnd + 1, clauseEnd + 20).split(/[，。,;；]/)[0]!);
}

/** The seller or buyer of a sale entry, named as the one who speaks: 卖家, 卖主, 买家. */
const SELLER = /卖家|卖主|买家/g;
/** A shop whose name has 卖 in it: 小卖店, 小卖部. */
const SHOP_OF_SALE = /小卖(?:店|部|铺)/g;
/** Whether a clause tells where repayment comes from (卖苞米还信用社, 饥荒打工慢慢还): its debts are not this loan's use. */
export function repaymentClause(text: string, from: number, to: number): boolean {
  // (卖家说贷款还信用社的旧账了: the seller, 卖家, who speaks sells nothing to repay with.)
  // (先把小卖店的饥荒还了: nor 卖 inside a shop's name, which sells nothing to repay with.)
  const clause = text.slice(from, to).replace(SELLER, '').replace(SHOP_OF_SALE, '');
  // (卖牛钱和剩下的贷款都拿去还了…旧账: not where the loan's money repays it with them.)
  return clause.includes('还') && REPAYMENT_SOURCES.some((w) => clause.includes(w)) && !LOAN_JOINS.test(clause);
}

/** The clause a position of the text stands in. */
export function clauseAt(clauseStart: readonly number[], at: number): number {
  let c = 0;
  while (c + 1 < clauseStart.length && clauseStart[c + 1]! <= at) c++;
  return c;
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

/** Words that begin a clause about the rest of the money: 剩下的买了猪仔. */
const REMAINDER = /^(?:剩下|剩余|其余|余下|剩的)/;

/** At the start of a clause, the loan's money as the subject of an act: 钱拿去还了, 贷款都用在, 钱是拿克砌围墙. */
// (贷款已经拿去还了赌账: already spent is still this loan's use; 入户时户主媳妇说钱已经给儿子办酒席了: and so is the money a
// speaker says was spent; 贷款下来先把去年信用社到期那笔还了: or the money first put to a thing — review 147.)
const MONEY_SUBJECT =
  /^(?:[^，。,;；]{0,8}?(?:说|讲|称)[：:]?)?(?:本人|户主|借款人|该户|其)?(?:后来|之后|结果|可|但)?(?:也)?(?:承认|交代|供认|坦白|才承认)?(?:钱|贷款|这笔钱|这钱|这笔贷款|款)(?:本身)?(?:去年|前年|当时)?(?:贷下来|一下来|下来|到手|到账|一到手|一到账)?(?:就|后|先)?(?:都|全|全部|就|已经|早就|早)?是?(?:(?<=[先就])把|拿去|拿克|拿来|用于|用来|用在|花在|买了|还了|给|借给|借出|放给|交给|转给|拿给|打给|投给|投到|入股|转手|当作|当成|当)/;

/** Opening a clause, what the household already has: 家里另有, 已有, 本来就有. */
const ALREADY_HAS = /^(?:(?:家里|家中|屋里|屋头|自家|本户)(?:另有|已有|已经有|本来就有|原有|原来就有)|已有|已经有|本来就有|原来就有)/;
/** Words of the loan, of buying or of spending: the clause tells a use, not what is had (另有部分用于儿子订婚). */
const BOUGHT_NOW = /贷|钱|款|买|购|添|用于|用在|花|给|交|借|元|万|部分/;
/** Words that date a clause before the loan: 前年, 以前, 几年前. */
const DATED_PAST = /去年|前年|以前|之前|早年|那年|几年前|多年前|上次|原来|过去|当年|前几年|前些年/;
/** A clause denying the loan went to its declared use: 贷款未用于养羊, 钱没拿去买牛. */
const NOT_USED_FOR = /(?:贷款|钱|资金)(?:并?未|没有?|并没有?)(?:用于|用在|用来|拿去|买)/;

/** Before 过去, a verb of moving a thing or oneself: 送过去, 拉过去, 搬过去. */
const MOVED_BEFORE = /[送拿拉赶带搬运寄递牵开走跑抬扛转嫁划打汇交]/;

/** Right after a farm building, words that it is empty: 内未见牛, 里是空的. */
const EMPTY_AFTER = /^[^，。,;；]{0,2}(?:未见|没见|没看到|未看到|没有|是空的|空的|空着)/;

/** After a word of time, words that name a debt by when it was made: 去年借的钱, 前年欠下的账. */
const DATED_DEBT = /^[^，。,;；]{0,8}?(?:借|欠|赊|拉)[^，。,;；]{0,4}的/;

/** Right after a time, the loan it dates: 去年贷款, 上回的贷款. */
const LOAN_AFTER = /^的?(?:贷款|扶贫贷款|贷的钱|那笔贷款)/;
/** Right before a time, the loan it dates: 扶贫贷款去年, 这笔钱前年. */
// (Not an earlier loan, 上期贷款曾; nor 贷款前两年, before the loan.)
const LOAN_BEFORE = /(?<!上期|上次|上笔|上一笔|原|旧|前期)(?:贷款|贷的钱|这笔钱)(?:是|都)?$/;
/** Words of a later loan or of this one: 今年, 这次, 续贷. */
const LATER_LOAN = /今年[^。；;]{0,10}?(?:贷款|又贷|再贷|贷的)|这次|这回|本次|本期|这笔|续贷|续上|新贷/;
/** Later in a clause, a sale: 去县城卖, 拉到集上销售. */
const SOLD_LATER = /卖|销售|出售|批发|零售/;
/** Right after the family, that it does not use the thing: 都不开它, 从来不坐. */
const FAMILY_NOT_USING_AFTER = /^[^，。,;；]{0,3}?(?:都|也|从来|从|一般|平时)?(?:不|没|没有|从不|从没)(?:工夫|时间|空)?(?:开|用|坐|骑|使|碰|看)/;
/** Right after a word, the end of a quote the text refutes: 自用”不属实, 家用”与事实不符. */
const QUOTE_REFUTED_AFTER = /^[^”"」，。,;；]{0,6}[”"」](?:的说法|一说)?(?:不属实|不实|与事实不符|查无实据|不成立)/;
/** Past words of spending (花了, 花掉) and, right after one, a sum or a measure of it: 三万多, 不少, 好些. */
const SPENT_WORD = /^花(?:了|掉)$/;
/** A text opening with what the loan bought, told as done: 用贷款买的三头黄牛，. */
const LOAN_GOODS_OPENING = /^(?:用|拿)(?:这笔|扶贫)?贷款买的[^，。,;；]{1,8}[，,]/;
const SPENT_SUM_AFTER = /^[0-9一二两三四五六七八九十几百千万不很好许大老多些点]/;
/** A word of the family's produce: 自家的菜. */
const PRODUCE_WORD = /[菜粮米蛋肉鱼果]$/;

/** Before a building in its clause, old things put away into it: 旧的扔, 换下来的放到. */
const DISCARDED_INTO = /(?:旧的|不用的|换下来的|淘汰的)[^，。,;；]{0,3}(?:扔|放|堆|搁|搬|塞)(?:到|进|在)?$/;

/** A claim told before a later turn: 说是买牛, 申请时说, 填的是, 原说养猪. */
const CLAIMED_BEFORE =
  /说是|称是|说贷款是|说贷款买|说这钱是|一开始说|开始说|起初说|先说|原来说|原说|原讲|讲是|当初说|声称|申请时说|申请说|填的是|写的是|报的是|自称|(?:户主|借款人|本人|他|她|户)说/;

/** At a clause's start, 先 (first), and right after the clause, a later move of the goods: 后搬到, 后来挪到. */
const FIRST_BEFORE = /^(?:先|起初|开始|原先|最初)|(?:先|起初|原先|最初)$/;
const MOVED_ON_NEXT = /^(?:后|后来|之后|随后|再)(?:又)?(?:搬|挪|移|放|转)/;

/** Rooms of the dwelling that are words of family use (买台空调装客厅), and 在 before one that only places (在自家客厅开店). */
const ROOM = /^(?:客厅|卧室)$/;
const PLACED_IN = /在(?:自家|自己家|我家|俺家|家里|家)?(?:的)?$/;

/** Goods put in a room of the dwelling (放在客厅, 放置于客厅). */
const PLACED_ROOM = /^(?:放置于|放在|摆在|放)(?:客厅|卧室|厨房)$/;

/** After 送货, words of a delivery made to the buyer: 送货地址, 送货上门, 送货到家. */
const DELIVERED_TO_AFTER = /^(?:地址|上门|到家|单)/;
/** In the sentence after 后来, a sum taken out of the money: 拿了一万出来, 又取了五千出来, 又从贷款里取了八千. */
const TAKEN_OUT_LATER =
  /^[^。；;]{0,16}[，,](?:就|又)?(?:从贷款里|从这钱里)?(?:拿|取|抽)了?[0-9一二两三四五六七八九十几千万]+(?:万|千|块)?(?:块钱|元)?(?:出来|去)|^[^，。,;；]{0,10}?(?:就|又)从(?:贷款|这钱|这笔钱)里(?:头)?(?:拿|取|抽)了?[0-9一二两三四五六七八九十几千万]+/;
/** After a time owned up to, a sum of it spent: 去年那三万块，有两万给我妹子办婚事了. */
const SUM_SPENT_LATER =
  /^[^。；;]{0,16}[，,](?:有|其中|里头有)?[0-9一二两三四五六七八九十几千万]+(?:万|千|块)(?:块钱|元|块)?(?:给|拿去|拿来|用来|用于|用在|办|花在)/;
/** Right before, words owning up to what happened: 其实, 老实讲, 说实话. */
const OWNED_UP_BEFORE = /(?:其实|老实讲|老实说|说实话|实话说|讲实话|实际上)[^。；;]{0,6}$/;
/** A plan told: 当时想买羊, 本来打算. */
// (本来是要种魔芋的: or a use the household was to make.)
const PLAN_BEFORE = /(?:当时|本来|原来|原先|原本|起初|开始)(?:是)?(?:想|打算|准备|计划|要)/;
/** After a sale, words that it raised money for something else: 卖粮凑的, 卖猪攒的. */
// (卖牛钱和剩下的贷款买了电视: or the proceeds joined with the loan's money.)
// (化肥钱是卖猪那钱: or the money a sale brought, ending its clause.)
/** A clause that opens by saying this money is not for something: 但是这笔钱不是给她办酒的, 这钱俺一分不往喜事上花, 但户主说这笔钱不用于结婚, 贷款没用在这上面. */
const NOT_THIS_MONEY_NEXT =
  /^(?:但是?|可是?|不过)?(?:户主|借款人|本人|他|她|我|俺)?(?:说|讲|称)?(?:这|那)(?:笔|个|次的?|回的?)?(?:钱|贷款)(?:俺|我|可|也)?(?:一分|一分钱)?(?:都|也|先)?(?:不是|不动|没动|不给|不用|没用|不往|不花|没花|不拿)|^(?:但是?|可是?|不过)?(?:这笔|这回的?|这次的?)?贷款(?:都|也|可|一分)?(?:没|没有|不|未)(?:用在|花在|用到|花到)(?:这|那)(?:上面|上头|上|里头|事上)/;

const SALE_RAISED_AFTER =
  /^[^，。,;；]{0,3}(?:凑的|攒的|筹的|换的钱)|^[^，。,;；挣赚]{1,3}(?:的|那)钱(?=$|[，。,;；])|^(?![^，。,;；]{0,2}[挣赚])[^，。,;；]{1,2}?(?:的钱|钱|款)(?=[和与及跟加、])/;

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
  const premisesTerm: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  // Only a clause with a word of trade needs to know whether it tells repayment.
  const repayment = (c: number) => repaymentClause(text, start[c]!, end[c]!);
  let strongFamily = false;
  const spentDone = filled(n, false);
  // (Found once a text, and only where it has a family word to test.)
  let kinClaims: RegExpExecArray[] | undefined;
  for (const h of hits) {
    const c = h.clause;
    // (申请养牛，实际给儿子娶媳妇花了: money spent, with no sum or measure after it, is where this loan went — a finished
    // act, background only after background.)
    const spentOnly = h.role.past === true && SPENT_WORD.test(h.term) && !SPENT_SUM_AFTER.test(text.slice(h.end, h.end + 2));
    if (spentOnly) spentDone[c] = true;
    // 今年冬天之前 is a deadline, not the past.
    // (还亲戚去年借的钱: a time that dates a debt being repaid, in the words naming it, leaves the repaying in the present.)
    // (另外花了5000元给家里买了台电脑: money spent besides, in the story of this loan, is no past.)
    if (
      h.role.past &&
      pastAt[c] === -1 &&
      !(SPENT_WORD.test(h.term) && /(?:另外|另|还|又)$/.test(text.slice(start[c], h.start))) &&
      !(/^[之以]前$/.test(h.term) && /[天冬春秋夏底年月节前]/.test(text[h.start - 1] ?? '')) &&
      !(DATED_DEBT.test(text.slice(h.end, h.end + 14)) && /[还偿]/.test(text.slice(start[c], h.start))) &&
      // (送过去了, 拉过去: 过去 after a verb of moving says where a thing went, not when.)
      !(h.term === '过去' && MOVED_BEFORE.test(text[h.start - 1] ?? '')) &&
      // (用贷款买的三头黄牛，去年秋天给儿子定亲，全部…当了彩礼: nor one dating what became of goods the text opens by
      // saying the loan bought.)
      !(c > 0 && LOAN_GOODS_OPENING.test(text)) &&
      // (原定养牛，后来改成盖房: a use changed later is the use, not the past.)
      !(h.term === '后来' && /^(?:又)?(?:改成|改为|改用)/.test(text.slice(h.end, h.end + 3))) &&
      // (说是买牛，后来打听是给二小子娶媳妇了: nor one that, after a claim, tells what came of it.)
      !(h.term === '后来' && CLAIMED_BEFORE.test(text.slice(0, h.start))) &&
      // (前面大半用在香菇上，后来娃结婚钱不够，拿了一万出来过事: nor one whose sentence goes on to take money out of the loan for it.)
      !(h.term === '后来' && TAKEN_OUT_LATER.test(text.slice(h.end))) &&
      // (种花椒……其实哦，老实讲，去年我姑娘出嫁，拿了两万去办酒了: nor one in an owning-up that goes on to take money for it.)
      !(
        OWNED_UP_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)) &&
        (TAKEN_OUT_LATER.test(text.slice(h.end)) || SUM_SPENT_LATER.test(text.slice(h.end)))
      ) &&
      // (老头子前年住院…去年贷款买的羊: nor a time that dates the loan itself, where the text tells of no later one.)
      // (称扶贫贷款去年给儿子娶媳妇花了: or follows the loan's name.)
      !(
        (LOAN_AFTER.test(text.slice(h.end, h.end + 4)) || (LOAN_BEFORE.test(text.slice(Math.max(0, h.start - 7), h.start)) && !/^[前之以]/.test(h.term))) &&
        !LATER_LOAN.test(text)
      ) &&
      !spentOnly
    )
      pastAt[c] = h.start;
    if (h.role.present) {
      present[c] = true;
      if (pastAt[c]! >= 0) presentAfterPast[c] = true;
    }
    // 因母亲去世需办理丧事: a death told, then what it now needs, is no background.
    if (h.role.intent && pastAt[c]! >= 0 && DEATH.test(text.slice(pastAt[c], pastAt[c]! + 2))) presentAfterPast[c] = true;
    if (h.role.intent) intent[c] = true;
    // 鸡舍没搭: a farm building denied after it in its clause is not there.
    if (h.role.denial && premises[c]) {
      premises[c] = false;
      // (问：那个大棚呢？答：大棚没搭成: and wherever else the same building was named.)
      const denied = premisesTerm[c];
      for (let k = 0; k < c; k++) if (premisesTerm[k] === denied) premises[k] = false;
    }
    if (h.negated) continue;
    // 在自家客厅开了个快递驿站: a room that only places something is where it stands, not the family's use.
    // (客厅临街开了窗口当小卖部: nor a room a trade is set up in.)
    if (
      h.role.family &&
      ROOM.test(h.term) &&
      (PLACED_IN.test(text.slice(start[c], h.start)) || hits.some((o) => o.clause === c && o.start > h.end && o.role.business && !o.negated))
    )
      continue;
    // (买冰柜，放在客厅，卖冷饮: nor a room the goods are put in, where a trade is told right after it.)
    if (h.role.family && PLACED_ROOM.test(h.term) && hits.some((o) => o.start > h.end && o.clause <= c + 1 && o.role.business && !o.negated)) continue;
    // (拉自家的菜去县城卖: the family's produce taken to be sold is the trade's goods, not the family's use.)
    if (h.role.family && PRODUCE_WORD.test(h.term) && SOLD_LATER.test(text.slice(h.end, end[c]))) continue;
    // (平时拉自家的菜籽: nor the family's produce hauled, which is the farm's work.)
    if (h.role.family && PRODUCE_WORD.test(h.term) && /[拉运送驮]$/.test(text.slice(Math.max(start[c]!, h.start - 1), h.start))) continue;
    // (先放在客厅，后搬到自家小卖部: a place the goods stood first, before they were moved on, is not their use.)
    if (h.role.family && FIRST_BEFORE.test(text.slice(start[c], h.start)) && MOVED_ON_NEXT.test(text.slice(end[c]! + 1, end[c]! + 6))) continue;
    // (手机俺自己用，直播卖粉条: nor 自己用 ending its clause where the next clause is a trade — the member's own use for it.)
    if (h.term === '自己用' && hits.some((o) => o.clause > c && o.clause <= c + 2 && o.role.business && !o.negated)) continue;
    // (户主自己用于销售: nor 自己用 whose 于 names the trade it serves.)
    if (h.term === '自己用' && /^于(?:销售|卖|经营|生产|做生意|进货|直播|开店|拉货|运输|干活|收购)/.test(text.slice(h.end, h.end + 5))) continue;
    // (来信反映“买车自用”不属实: nor a word inside a quote the text refutes.)
    if (h.role.family && QUOTE_REFUTED_AFTER.test(text.slice(h.end, h.end + 14))) continue;
    // (家里人出门都不开它: nor the family said not to use the thing.)
    if (h.role.family && FAMILY_NOT_USING_AFTER.test(text.slice(h.end, end[c]))) continue;
    // (专门接送自家农家乐的客人: nor a ride given to the trade's customers.)
    if (h.term === '接送' && /^[^，。,;；]{0,8}(?:客人|游客|顾客|乘客)/.test(text.slice(h.end, end[c]))) continue;
    // (买了一台家用冰柜，放在自家小卖部里: nor 家用 naming a household model the text puts in a shop.)
    if (h.term === '家用' && GOODS_PUT_IN_SHOP.test(text)) continue;
    // (儿子说冰柜是家用的，我打开看，里头全是要卖的冰棍: nor a family member's charge the writer's look answers — set 965.)
    if (h.role.family && (kinClaims ??= answeredKinClaims(text)).some((m) => m.index >= start[c]! && m.index < h.start)) continue;
    // (旧手机留给家里人用: nor the old goods the family keeps, the new ones bought for the work — set 999.)
    if (h.role.family && FAMILY_KEEPS_OLD.test(text.slice(start[c], end[c]))) continue;
    if (h.role.family) family[c] = true;
    if (h.role.family === 'strong') strongFamily = familyStrong[c] = true;
    // 卖了苞米就还上: selling to repay is not a trade of this loan.
    // (买牛的钱是卖粮凑的: nor selling that raised other money.)
    // (送货地址为其住所: nor a delivery to the household, as a receipt names it.)
    if (
      h.role.business &&
      !business[c] &&
      !repayment(c) &&
      !SALE_RAISED_AFTER.test(text.slice(h.end, h.end + 6)) &&
      !(h.term === '送货' && DELIVERED_TO_AFTER.test(text.slice(h.end, h.end + 3))) &&
      !workplace(text, h) &&
      // (俺这捎带卖的, 俺这店里捎着卖，他家厨房用: nor the writer's own shop, in a seller's note about a customer.)
      !(WRITER_SELLS_BEFORE.test(text.slice(start[c], h.start)) && CUSTOMER_SPOKEN_OF.test(text)) &&
      // (农资店证明：…, 手机店收据：…: nor a shop heading the paper it issues about a customer.)
      !issuesPaper(text, h) &&
      // (沙发套订做: nor an order a customer places, the thing ordered named before it.)
      !(/^[订定][做制]$/.test(h.term) && start[c]! < h.start && !/(?:给人|帮人|接)$/.test(text.slice(start[c], h.start))) &&
      // (今儿来卖犊子: nor stock brought to market once; 卖我旧摩托, 卖旧洗衣机: nor an old thing sold once to the writer.)
      !(h.term === '卖' && (text[h.start - 1] === '来' || /^(?:给)?(?:我|俺)(?![家们])|^旧/.test(text.slice(h.end, h.end + 3)))) &&
      // (在城头摆摊的钱够了: nor a trade said to have money enough of its own.)
      !FUNDED_AFTER.test(text.slice(h.end, h.end + 7)) &&
      // (办喜事 车队 酒店: nor a trade named right after the household's own event, hired for it.)
      !hiredForEvent(text, hits, h) &&
      // (屋顶换瓦、吊顶，贷款付的工钱: nor wages the household paid for work on its dwelling, where nothing else is farmed.)
      !(
        WAGES.test(h.term) &&
        WAGES_PAID_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
        hits.some((o) => o.role.category === 'housing' && !o.negated) &&
        !hits.some((o) => o.role.category === 'production' && !o.negated)
      ) &&
      !unrelatedTo(text, h) &&
      // (付某汽车销售有限公司 皮卡车款: nor the trade in the name of a seller the money is paid to.)
      !inPayeeName(text, h.start, h.end) &&
      // (把自家住的东屋重新布置了一下: nor a room of the household's own furnished.)
      !(h.term === '布置' && /(?:屋|房|室|厅|间)(?:重新|好好)?$/.test(text.slice(Math.max(0, h.start - 4), h.start))) &&
      // (在镇上婚庆店隔壁的家电门市买了电视: nor a shop named as a landmark, or one the household buys at.)
      !/^(?:隔壁|旁边|对面|边上|斜对面|附近)/.test(text.slice(h.end, h.end + 3)) &&
      !boughtAt(text, h, start[c]!) &&
      // (牛已卖掉: stock said to be sold off is gone, not a trade the clause tells.)
      !(
        h.term === '卖' &&
        /^卖(?:掉|完|光)/.test(text.slice(h.start, h.end + 1)) &&
        /[已都早]$/.test(text.slice(Math.max(0, h.start - 2), h.start).replace(/经$/, ''))
      )
    )
      business[c] = true;
    // (圈舍内未见牛: a farm building found empty is no sign of the farm's use.)
    // (旧的扔仓房了: nor a shed old things are thrown into.)
    if (h.role.premises && !EMPTY_AFTER.test(text.slice(h.end, end[c])) && !DISCARDED_INTO.test(text.slice(start[c], h.start))) {
      premises[c] = true;
      premisesTerm[c] = h.term;
    }
  }
  // A clause of the past (去年…了, 以前打算…) is background, and so is a finished act told after it with no new time or intent.
  const background = filled(n, false);
  for (let c = 0; c < n; c++) {
    background[c] = pastAt[c]! >= 0 ? !presentAfterPast[c] : c > 0 && background[c - 1]! && (completed[c]! || spentDone[c]!) && !present[c] && !intent[c];
    // 办丧事用了一万多，剩下的买了猪仔: a clause the next one calls the rest of is the same money's use, not background.
    if (c + 1 < n && REMAINDER.test(text.slice(start[c + 1], start[c + 1]! + 3))) background[c] = false;
    // (买了几只猪崽，剩下的大头去年给母亲看病花了: and the rest itself, after a use told, is the same money's.)
    if (c > 0 && REMAINDER.test(text.slice(start[c], start[c]! + 3)) && !background[c - 1]) background[c] = false;
    // (当时想买羊，后来存了个大额存单: what was done instead of a plan, told after it, is the loan's use.)
    if (c > 0 && /^(?:后来|结果|最后)/.test(text.slice(start[c], start[c]! + 2)) && PLAN_BEFORE.test(text.slice(start[c - 1], end[c - 1])))
      background[c] = false;
    // 后来没买，钱拿去还了…: a clause whose subject is the loan's money tells this loan's use, whatever its tense.
    // (本人后来承认钱给二儿子结婚用了: and so does one that admits it.)
    if (MONEY_SUBJECT.test(text.slice(start[c], start[c]! + 12))) background[c] = false;
    // 贷款未用于养羊，借款人称给闺女办婚事花了: after a clause denying the loan's declared use, what was done is its use.
    // (Not a clause dated before the loan: 贷款未用于养羊，前年盖房欠的账 is still the past.)
    if (c > 0 && NOT_USED_FOR.test(text.slice(start[c - 1], end[c - 1])) && !DATED_PAST.test(text.slice(start[c], end[c]))) background[c] = false;
    // (闺女今年出门子，但是这笔钱不是给她办酒的: an event told, then this money said not to go to it, is background — where the
    // clause names no work of the household's own.)
    if (
      c + 1 < n &&
      NOT_THIS_MONEY_NEXT.test(text.slice(start[c + 1], end[c + 1])) &&
      !hits.some((o) => o.clause === c && o.role.category === 'production' && !o.negated)
    )
      background[c] = true;
  }
  // (家里另有摩托车代步: what the household already has, told beside the use, is background — set 1012.)
  // (家里另有一辆电动车代步，这次贷款是买饲料粉碎机: and opening the text, where a clause after it tells the use — review 152.)
  for (let c = 0; c < n && n > 1; c++)
    if (ALREADY_HAS.test(text.slice(start[c], end[c])) && !BOUGHT_NOW.test(text.slice(start[c], end[c]))) background[c] = true;
  return { start, end, background, business, family, familyStrong, premises, strongFamily, intent };
}

/** After a shop or works, words that someone is employed there: 上班, 打工, 当收银员. */
const WORKPLACE_AFTER = /^(?:里|上|那|那里|那儿)?(?:上班|打工|务工|当店员|当收银员|当服务员|当保安|做保洁|干保洁)/;

/** Whether a shop or works is where someone is employed (往返县城超市上班), not the household's trade. */
export function workplace(text: string, h: Hit): boolean {
  return h.role.business === true && WORKPLACE_AFTER.test(text.slice(h.end, h.end + 5));
}

/** Right after a shop, the paper it issues: 证明：, 收据：, 出具的. */
const SHOP_PAPER_AFTER = /^(?:的)?(?:证明|收据|出具|开具|票据|发票|说明)/;
/** Whether a shop is named as the one that issued a paper about a customer (农资店证明：, 手机店收据：), not a trade of the household's. */
export const issuesPaper = (text: string, shop: Hit): boolean => SHOP_PAPER_AFTER.test(text.slice(shop.end, shop.end + 4));
/** Right after a trade, that its money is enough: 的钱够了, 的本钱有了. */
// (修车摊是以前就有的: or to have stood before the loan.)
const FUNDED_AFTER = /^的(?:钱|本钱)(?:都|也|早就|已经)?(?:够了|够用|够|有了|不缺)|^是?(?:以前|早就|原来|早先|之前)就?(?:有|开)(?:的|了)/;
/** Wages, which the household may earn or pay: 工钱, 工费. */
const WAGES = /^(?:工钱|工费|人工费|人工钱)$/;
/** Right before wages, the household paying them: 付的, 给了, 结. */
const WAGES_PAID_BEFORE = /(?:付|给|出|结|开|发)(?:了|的|清)?$/;
/** A household's own event held: 办丧事, 办喜事. */
const EVENT_HELD = /办(?:丧事|白事|喜事|婚事|红白事)|出殡|下葬|接亲|迎亲|娶亲/;
/** Right after an event, before a trade, the household setting the trade up: 组了个, 成立. */
const SET_UP_BEFORE = /(?:开|组|成立|搞|拉起|经营|办|干|入|买)[^，。,;；]{0,3}$/;

/**
 * Whether a trade is named within a few characters after the household's own event (老娘去世办丧事 响器班, 办喜事 车队 酒店),
 * nothing between setting it up: hired for the event, not the household's trade. With `category`, only an event of that kind.
 */
export function hiredForEvent(text: string, hits: readonly Hit[], t: Hit, category?: string): boolean {
  return hits.some(
    (o) =>
      o.end <= t.start &&
      t.start - o.end <= 6 &&
      EVENT_HELD.test(o.term) &&
      (category === undefined || o.role.category === category) &&
      !o.negated &&
      !SET_UP_BEFORE.test(text.slice(o.end, t.start)),
  );
}

/**
 * Whether a shop is one the household went to and bought or spent at (在手机店给闺女买了个苹果手机, 在家具店花了八千,
 * 在镇上婚庆店…买): not its own trade. `clauseStart` is where the shop's clause begins.
 */
export function boughtAt(text: string, shop: Hit, clauseStart: number): boolean {
  const before = text.slice(clauseStart, shop.start);
  // (Not the household's own shop: 在自家家具店花了三千进货; nor a stall set up there, 在城头摆摊…要买炉子, a trade done.)
  // (But 在镇上摆摊的地方买了个冰箱: a stall's place, named with 的, is a place.)
  return (
    !(STALL_SET_UP.test(shop.term) && text[shop.end] !== '的') &&
    BOUGHT_AT_BEFORE.test(before) &&
    !OWN_BEFORE.test(before) &&
    BOUGHT_AT_AFTER.test(text.slice(shop.end, shop.end + 8))
  );
}
const OWN_BEFORE = /自家|自己|本户|俺家|我家|自个/;
/** A stall named by the act of setting it up: 摆摊, 出摊. */
const STALL_SET_UP = /^(?:摆|出)(?:个|了)?(?:小|地)?摊/;
const BOUGHT_AT_BEFORE = /[在到去喺从][^，。,;；开办经营干搞]{0,12}$/;
const BOUGHT_AT_AFTER = /^[^，。,;；]{0,6}?(?:买|购|订了?|选了?|花了|花掉|花费|消费|拉回|运回)/;
