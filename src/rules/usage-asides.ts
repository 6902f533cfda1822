/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，不能用于结婚、
 * 建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等。
 *
 * Words of a prohibited use (or of production) that the words right around them say are no use of the loan: a
 * wedding's anniversary, a feast's venue, another's goods, goods said to be old, a pen left untouched, the bride's or the
 * groom's family named as the household, gold laid by for its price, a wish another member refused, what customers come
 * to buy, a room goods are put in. Each reading holds for the word where it stands, whatever else the text says; the
 * reader sets the word aside as context (docs/interpretations.md, sets 560-575).
 */
import { bulkOrderHandedOut } from './usage-grammar.js';
import type { Clauses } from './usage-clauses.js';
import type { Hit } from './usage-matcher.js';
import { GOODS_BOUGHT_AFTER, GOODS_PUT_IN_SHOP, SALE_FUNDED_BEFORE, THIS_LOAN, UNRELATED_WORDS } from './usage-text.js';

/** The fee of a lease the household pays for land or a pond it farms: 承包费, 塘租. */
const LEASE_FEE = /承包费|塘租|租金|地租|流转费/;
/** Right after a body handed the money, the lease fee it was paid as: 作承包费, 当塘租. */
const LEASE_FEE_NAMED_AFTER = new RegExp(`^(?:作|做|当|交)(?:为)?(?:承包款|${LEASE_FEE.source})`);

/** After a wedding, that the text tells its anniversary: 三十周年, 纪念日. */
// (俺老两口结婚四十年: or the years married.)
const ANNIVERSARY_AFTER =
  /^(?:[0-9一二三四五六七八九十几]+)?(?:周年|年纪念|纪念日)|^(?:快|都|已经|有|整)?[0-9一二三四五六七八九十几]+(?:多|来)?年(?![前后底初])/;
/** Before a restaurant, where a feast was laid: 在镇上; after it, the laying: 摆, 办. */
const VENUE_BEFORE = /在(?:镇上|县城|县里|城里|村里|乡里|街上)?$/;
const FEAST_AFTER = /^(?:里)?(?:摆|办|请)/;
/** Before goods, another's: 别人的, 别个的. */
const ANOTHERS_BEFORE = /(?:别人|别个|人家|对方)的$/;
/** After goods, that they are the old ones and none were bought: 还是老的，没添置. */
const GOODS_NOT_BOUGHT_AFTER = /^[^，。,;；]{0,4}?还是(?:老的|旧的|原来的|以前的)|^[，,]?(?:都|也)?没(?:添置|添|换|买)(?:新的|过)?(?:$|[，。,;；])/;
/** Before a room, the trade's rooms it belongs to: 客房, 民宿的, 店里的. */
const TRADE_ROOMS_BEFORE = /(?:客房|民宿的?|店里的?|饭店的?|客人住的)$/;
/** Before a work in its clause, others it is done for: 给人挖地基, 帮人家. */
const SERVED_BEFORE = /(?:给|帮|替)(?:人|人家|别人|别家)[^，。,;；]{0,6}$/;
/** After 上门女婿, his name and his work: 王强农闲在工地上干活 (not 过来, 进门, 办酒: the wedding). */
const NAMED_AT_WORK_AFTER = /^[\u4e00-\u9fff]{0,3}(?:农闲|平时|常年|在外|在家|打工|干活)/;
/** Before 上门女婿, taking one in: 招了个, 找. */
const TAKEN_IN_BEFORE = /(?:招|找|要|寻|入赘)(?:了)?(?:个|一个)?$/;
/** Words of an earlier year, whose credit is a debt: 去年, 前年. */
const EARLIER = /去年|前年|往年|以前|早先|旧账/;
/** A fare paid for a trip: 火车票, 机票. */
const TRAVEL_FARE = /火车票|高铁票|飞机票|机票|车票/;
/** Before 床 as a count of mats or quilts (凉席12床, 被子两床), the thing counted and its number. */
const COUNTED_BY_BED_BEFORE = /(?:席|被|褥|毯)[^，。,;；]{0,3}[0-9一二两三四五六七八九十几]$/;
/** After a pen or shed, that it was left as it was: 没动. */
const UNTOUCHED_AFTER = /^(?:都|也|一点儿?)?(?:没有?动|没改|没碰)(?:$|[，。,;；])/;
/** The bride's or the groom's family, and what they do as a household: 贷, 种, 说那笔贷款 (not money given to them: 给女方家). */
const FAMILY_OF_MATCH = new Set(['女方家', '男方家']);
const GIVEN_TO_BEFORE = /[给交送付到去向跟和与]$/;
const HOUSEHOLD_ACT_AFTER = /^(?:贷|在|开|种|养|喂|做|[说讲](?:那笔|这笔)?贷|拿|带|砌|租|扩|买|添|盖|修|也|又|还|就|知道|今年|去年|前年)/;
/** After 压箱底, gold waiting for its price: 等金价涨了. */
const WAITING_FOR_PRICE_AFTER = /^[，,]?(?:等|待)[^，。,;；]{0,6}(?:涨|升值)/;
/** Before a use in its clause, that someone wished it: 想, 要, 打算. */
// (邻居想借他这笔钱去买车: or another's wish to borrow it; 有人劝她把钱入股: or another's urging.)
// (许给我两分利: or the return offered for it.)
const WISHED_BEFORE =
  /(?:想|要|打算)[^，。,;；]{0,6}$|想借[^，。,;；]{0,8}$|(?:许|答应|说)给?(?:我|俺|他|她)?[^，。,;；]{0,2}$|(?:劝|拉)(?:他|她|我|俺|户主)[^，。,;；]{0,10}$/;
/** A clause refusing what was wished: 他说不中, 户主不同意. */
// (俺没依她; 被她奶奶拦下了: or a refusal by one named after it.)
/** Before a use, a time when the trade has paid: 以后赚了钱要, 等挣到钱. */
// (等果园挂果有了收入再翻盖老房: or when it has an income.)
const EARNINGS_LATER = /(?:以后|将来|等|往后|日后)[^，。,;；]{0,6}(?:(?:赚|挣)(?:了|到|够)?(?:钱|大钱)|有了收入|有收入)[^，。,;；]{0,12}$/;
/** After it, this loan's own use told: 这次贷款先买, 这笔贷款是. */
// (THIS_LOAN is the one list of words for this loan; 此次 is kept beside it, as this reading first had it.)
const THIS_LOAN_FIRST = new RegExp(`^[，。,;；][^。；;]{0,4}(?:${THIS_LOAN}|此次)(?:的)?贷款`);
const WISH_REFUSED =
  /^(?:他|她|户主|俺|我|男人|老汉)(?:说)?(?:不中|不行|不让|没同意|不同意|没答应|没依|不依|没借|不借|没给|不给|没去)(?:他|她|给他|给她)?(?:$|[，。,;；])|^被[^，。,;；]{1,5}(?:拦下|拦住|拦)了?(?:$|[，。,;；])/;
/** A refusal with no refuser named (没同意), which stands only where the whole money is then said to go elsewhere: 钱都买了牛犊子. */
/** Before a wedding's wares in their clause, their making: 做苗族姑娘, 定做的一套. */
const WARES_MADE_BEFORE = /(?:做|缝|绣|订做|定做|打|制作)[^，。,;；]{0,6}$/;
/** After a wedding word, the wares made for it: 戴的银冠, 银器. */
const WEDDING_WARES_AFTER = /^(?:[^，。,;；]{0,2}(?:穿|用|戴)的)?(?:衣服|衣裳|服装|礼服|银饰|首饰|银器|银冠|银项圈|银手镯|银镯|头饰)/;
/** Wares said to be sold, or made to others' order: 卖给人家, 交货, 一家人定做. */
const WARES_SOLD =
  /卖给|做好卖|拿去卖|拿到[^，。,;；]{1,4}卖|交货|工钱|手工钱|(?:人家|别人|客人|客户|一家人|顾客)[^，。,;；]{0,2}(?:订做|定做)|接了[^，。,;；]{0,10}(?:订做|定做|订单|活)|订单/;
const WISH_REFUSED_BARE = /^(?:没同意|不同意|没答应|没让)(?:$|[，。,;；])/;
// (媳妇想拿贷款买冰箱，没同意。别的没说: or where the text says nothing else was told, leaving the use untold.)
const WHOLE_MONEY_ELSEWHERE = /(?:钱|贷款)(?:都|全|全部)(?:买|进|投|用)|^全(?:买|进|投)|^别的(?:都|也)?没(?:说|讲)|^其他(?:的)?(?:都|也)?没(?:说|讲)/;
/** After a purchase customers come for, its 的: 来买婚鞋的, 来买婚鞋红袜子的. */
const CUSTOMERS_AFTER = /^[^，。,;；]{0,4}的/;
/** A shop of the household's, to which customers come. */
const SHOP_WORD = /店|铺|门市|摊/;
/** A room of the dwelling that goods are put in: 卫生间, 洗澡间, 厨房. */
const ROOM_FOR_GOODS = /^(?:卫生间|洗澡间|浴室|厨房|客厅|卧室)$/;
/** After a room, goods put in it: 装了台, 安了个, 里添了一台. */
const GOODS_PUT_IN_AFTER = /^(?:里|里头|里面)?(?:装|安|添|买)了?(?:一)?(?:台|个|套)/;

/** After a fee, that it is still owed or paid by instalments: 还欠五百, 分两回交. */
const FEE_ACCOUNT_AFTER = /^(?:还欠|欠着|分[两几三]回交|分[两几三]次交|没交齐|交了一半)/;
/** After a vehicle, that it only goes along a road, is fined or brings goods home: 进出方便, 的违章, 驮回来的. */
const VEHICLE_NOT_BOUGHT_AFTER = /^(?:的)?(?:违章|罚款|进出|出入方便|好进出|驮回|拉回)/;
/** The household's stock said to be ill: 牛肚胀, 羊拉稀, 猪不吃食. */
const STOCK_ILL = /(?:牛|羊|猪|鸡|鸭|鹅|驴|马|骡)(?:肚胀|胀肚|拉稀|发烧|病了|生病|不吃食|不吃草|瘸了|感冒|打针)/;
/** The household teaching at a driving school: 当教练, 带学员, 开了个小驾校. */
const INSTRUCTOR = /当教练|带学员|开(?:了个?)?(?:小)?驾校|教练车/;
/** After a vehicle, a part of it mended: 补胎, 前叉漏油, 换机油. */
const VEHICLE_REPAIRED_AFTER = /^(?:补胎|换胎|补了胎|换了胎|前叉|后叉|漏油|换机油|换链条|链条|刹车|打气|熄火)/;
/** After a learner's course or fee, the school's entry: a field label, an aim, the fee settled. */
const LEARNER_NOTE_AFTER = /^(?:[:：]|是(?:想|为了|为)|[^，。,;；]{0,6}?(?:交清了|交齐了|交完了|付清了|已交清|已交齐|已结清))/;
/** Right before goods, that a customer still owes the writer for them: 还欠我, 还赊着俺. */
const STILL_OWED_TO_WRITER_BEFORE = /(?:还欠|仍欠|还赊|欠着)(?:我|俺)(?:的)?$/;

/** Whether the hit's clause names no loan or money before it: 吴老者摩托补胎10块, 别的没摆，猪料欠我300. */
function noMoneyBefore(text: string, clauses: Clauses, h: Hit): boolean {
  return !/贷|钱|款/.test(text.slice(clauses.start[h.clause], h.start));
}

/** Whether the word is asked both ways right after it: 盖房不盖, 拉货不拉货, 买车没买车. */
function askedEitherWay(text: string, h: Hit): boolean {
  if (!/^[不没]/.test(text.slice(h.end, h.end + 1))) return false;
  const rest = text.slice(h.end + 1);
  return rest.startsWith(h.term) || (h.term.length === 2 && rest.startsWith(h.term[0]!) && /^(?:[，。,;；？?！!]|吗|呢|啊|哈|$)/.test(rest.slice(1, 2)));
}

/** After a sentence, the next telling the loan's use and that it has nothing to do with what came before: 本笔贷款是买肥料，与那事无关. */
const UNRELATED_AFTER = new RegExp(`^[。；;]${THIS_LOAN}(?:的)?贷款[^。；;]{1,20}[，,](?:与|跟|和)(?:那|那件|这)(?:事|个事|些事)?${UNRELATED_WORDS}`);
/** After a word, that it is a matter of the past: 系往事, 是前年的事, 系过往情况, 是以前的事. */
// (学费一事为过往情况, 盖房一节仅为家庭背景陈述, 建房系过往背景: the matter named, then what it only is.)
// (修房子那是老早的事了: or, in speech, long ago.)
export const PAST_MATTER_AFTER =
  /^(?:一事|一节|之事)?(?:仅|只)?(?:系|是|属|为|属于|乃|都是)(?:家庭)?(?:(?:过往|过去|以前|之前|以往|历史|早先)(?:的)?(?:情况|事|事情|问题|背景)|背景|往事|旧事|(?:前年|去年|大前年|几年前)的事)|^(?:那|这)?(?:是|都是)?(?:老早|早先|好多年前|多年前|前些年)的事/;
/** After a cost, another said to pay it: 是他舅舅出, 由他姑负担. */
const PAID_BY_ANOTHER_AFTER =
  /^(?:是|由|都是)(?:他|她)?(?:舅舅?|叔叔?|姑姑?|姨|大伯|哥|姐|亲戚|娘家|婆家|女方|男方)[^，。,;；]{0,2}(?:出|掏|拿|负担)(?:的|了)?(?:[，,。；;]|$)/;
/** After an old debt, that it has nothing to do with this loan: 老账，跟这回不相干. */
const OLD_DEBT_SET_APART = new RegExp(`^[，,](?:跟|和|与)${THIS_LOAN}(?:贷款)?${UNRELATED_WORDS}`);
const THIS_LOAN_ANYWHERE = new RegExp(THIS_LOAN);
/** After an account or a product, that nothing was put in it: 软件，里面一分钱没放. */
const NOTHING_PUT_IN_AFTER = /^[^。；;，,]{0,4}[，,](?:但)?(?:里面|里头|里边)?(?:一分钱|一分|一毛钱|钱)?(?:都|也)?(?:没|没有|未)(?:往里)?(?:放|投|充|存)/;
/** Diseases of crops and stock, which a 病 in them names: 枯萎病, 猪瘟 (not a person's illness). */
const CROP_DISEASE = /枯萎病|黄龙病|炭疽病|根腐病|青枯病|黄叶病|溃疡病|霜霉病|白粉病|病株|病虫|病果|病枝|病叶/;
const CROP_DISEASE_ALL = new RegExp(CROP_DISEASE.source, 'g');
/** A room a trade works in: 厨房, 餐厅. */
const TRADE_ROOM = /^(?:改|装修|修)?(?:厨房?|餐厅|客房|后厨|包间)$/;
/** After an offering, the goods named as what it uses, or said to sell well: 赕佛要用的佛幡, 香烛好卖. */
const OFFERING_GOODS_AFTER = /^(?:要用的|用的|用得上的|好卖)/;
/** The household's own produce: 自家茶园的茶, 自己种的. */
const OWN_PRODUCE =
  /(?:自家|自己家|自己|俺家|我家)(?:[^，。,;；的]{0,4}的)?(?:茶|老白茶|普洱)|(?:自家|自己家|自己|俺家|我家)(?:茶园|果园|地里|园子)?(?:种的|产的|打的|收的|做的)|自家茶园|自家果园/;
/** Right before a repayment or a deposit, a sale's takings: 卖了稻子就, 卖了果, 卖羊的钱先 (what repays is the sale, not the loan). */
const SOLD_JUST_BEFORE = /卖(?:了|掉)?[^，。,;；贷借]{1,6}(?:的钱)?(?:就|再|先)?$/;
/** A dispute the sentence is about (各执一词，双方均无凭据), and the next sentence telling the loan's own use. */
const DISPUTE = /各执一词|各说各的|(?:双方|两方|两边)(?:均|都)无(?:凭据|证据|字据)|谁也拿不出/;
const LOAN_USE_NEXT = new RegExp(`^[。；;]${THIS_LOAN}(?:的)?贷款[^。；;]{0,12}(?:用于|用来|是用来|拿来|是买|用途)`);
/**
 * Whether the sentence a word ends in is set apart from the loan by the next: 与那事无关 after it, or a dispute over something
 * else (户主与兽药店老板为去年赊的账各执一词，双方均无凭据；本次贷款用于购进育肥牛犊) with the loan's own use told next.
 */
const saidUnrelatedAfter = (text: string, end: number) => {
  const stop = text.slice(end).search(/[。；;]/);
  if (stop < 0) return false;
  const next = text.slice(end + stop);
  if (UNRELATED_AFTER.test(next)) return true;
  const sentence = text.slice(text.slice(0, end).search(/[^。；;]*$/), end + stop);
  return DISPUTE.test(sentence) && !sentence.includes('贷款') && LOAN_USE_NEXT.test(next);
};

/**
 * Whether the words around a hit say it is no use of the loan.
 *
 * @param text - The normalised purpose text.
 * @param clauses - Its clauses.
 * @param hits - Every word read in it.
 * @param h - The word asked about.
 * @returns `true` where the hit is to be set aside as context (讷河老杜两口子拿贷款去海南旅游了半个月，回来办了个结婚三十周年的酒:
 * 结婚 is an anniversary).
 */
/**
 * Right after a use, words that withdraw it: a need that passed or a plan not carried out before the money was spent
 * (后来没用上, 后来冇起 — not 没修完, part done), a use the writer struck out (已划, 后划去), or one this loan is said to keep
 * away from (这次贷款不碰).
 */
const WITHDRAWN_AFTER = new RegExp(
  [
    /^[，,]?(?:后来|最后|结果)(?:也|都)?(?:没用上|没用着|没用到|(?:没|冇|没有)(?:起|盖|建|修|办)(?![完好成齐]))/,
    /^[”"」』]?[，,]?(?:已划|已删|(?:已|后|又)?(?:划掉|划去|删去|删掉))/,
    /^[，,]?(?:这次|这回|这笔|本次|本笔)(?:的)?贷款(?:不碰|不动|没碰|没动)/,
  ]
    .map((r) => r.source)
    .join('|'),
);
/** In a clause before a use, the household asking whether the loan may go to it: 问剩下的钱能不能拿来, 问能否用于. */
const ASKED_LEAVE_BEFORE =
  /问(?!他|她|户主|借款人|本人|对方)[^，。,;；]{0,10}?(?:能不能|能否|可不可以|可否|可以不可以|行不行)(?:拿来|用来|用于|拿去|用在|用)?(?:修|盖|建|装|买|办|交|还)?$/;

export function wordNoUse(text: string, clauses: Clauses, hits: readonly Hit[], h: Hit): boolean {
  const { role } = h;
  const category = role.category ?? role.frame?.category;
  const clauseText = (c: number) => text.slice(clauses.start[c], clauses.end[c]);
  /** Whether a word of `kind` (a building of the farm's, if `premises`) stands earlier in this word's clause, not denied, the text between matching `gap`. */
  const namedBefore = (kind: NonNullable<typeof category>, gap?: RegExp, premises = false) =>
    hits.some(
      (o) =>
        o.clause === h.clause &&
        o.end <= h.start &&
        o.role.category === kind &&
        !o.negated &&
        (!premises || o.role.premises === true) &&
        (gap === undefined || gap.test(text.slice(o.end, h.start))),
    );
  return (
    // (还欠我手机钱80块: goods the writer sold still owed for were not paid with the loan — a credit note, no use.)
    (category !== undefined &&
      category !== 'production' &&
      STILL_OWED_TO_WRITER_BEFORE.test(text.slice(Math.max(0, h.start - 5), h.start)) &&
      /^(?:的)?(?:钱|款)/.test(text.slice(h.end, h.end + 2))) ||
    // (问剩下的钱能不能拿来修房子: a use the household asks leave for is a question, not what the loan paid.)
    (category !== undefined &&
      category !== 'production' &&
      ASKED_LEAVE_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
      !/[?？]/.test(text.slice(h.end, (clauses.end[h.clause] ?? text.length) + 1))) ||
    // (开婚庆租赁，租苗族盛装…要添几套新衣服: clothes a hire business adds are its stock to let.)
    (role.category === 'other_non_productive' &&
      /衣服|服装|盛装/.test(h.term) &&
      hits.some((o) => o.end <= h.start && !o.negated && o.role.business === true && o.term.includes('租'))) ||
    // (裁缝店…也做婚礼穿的衣服: clothes a tailor makes for weddings are the shop's work; 在家做苗族姑娘出嫁戴的银冠…做好卖给人家,
    // 接了一家人定做的一套嫁妆银器: and wares a craftsman makes for others' weddings to sell or to order — set 958.)
    (category === 'marriage' &&
      /(?:做|缝|绣|订做|定做)(?:些|点)?$/.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
      /^[^，。,;；]{0,2}(?:穿|用|戴)的(?:衣服|衣裳|服装|礼服|银饰|首饰)/.test(text.slice(h.end, h.end + 8)) &&
      hits.some((o) => !o.negated && o.role.business === true && /裁缝|缝纫|服装|绣|衣/.test(o.term))) ||
    (WARES_MADE_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) && WEDDING_WARES_AFTER.test(text.slice(h.end, h.end + 8)) && WARES_SOLD.test(text)) ||
    // (说是要给老人看病，后来没用上; 原写"盖房"，已划; 还房贷，这次贷款不碰: a use the next words withdraw.)
    (category !== undefined && category !== 'production' && WITHDRAWN_AFTER.test(text.slice(h.end, h.end + 12))) ||
    // (鱼塘坝子漏了个窟窿: a hole in a dam is no debt; 炒股亏的窟窿: and a loss named only as the debt's origin is not the use.)
    (h.term === '窟窿' && /(?:漏|破|冲|烂|塌)了?(?:个|一个)?$/.test(text.slice(Math.max(0, h.start - 4), h.start))) ||
    (role.category === 'wealth_management' && /^[^，。,;；]{0,2}(?:亏|赔|输)(?:了|掉)?的(?:窟窿|钱|账|债)/.test(text.slice(h.end, h.end + 8))) ||
    // (羊吃了邻居菜地，调解赔偿300元: damages a mediation settled, in a clause that names no loan nor the next, are the dispute's,
    // not the loan's use.)
    // (寨子里办喜事杀猪的多: others' weddings told as how common a thing is.)
    (role.category === 'marriage' && /^[^，。,;；]{0,4}的(?:多|人多|人家多)/.test(text.slice(h.end, h.end + 8))) ||
    // (等后年再讲讨老婆的事: a matter put off to a later time, named after the words that put it off.)
    (role.category !== 'production' &&
      /(?:再说|再讲)$/.test(text.slice(clauses.start[h.clause], h.start)) &&
      /^(?:的事|这事|那事)/.test(text.slice(h.end, h.end + 3))) ||
    // (鸭子吃了邻居秧苗赔了人家两百，这事早了了: or damages for what the stock ate or trampled.)
    (role.category === 'other_non_productive' &&
      /赔偿|赔了?(?:人家|对方|邻居)|调解赔了/.test(h.term) &&
      /调解|纠纷|碰了?|刮了?|吃了|啃了|踩了|拱了/.test(text.slice(Math.max(0, h.start - 16), h.start + (h.term.startsWith('调解') ? 2 : 0))) &&
      !/贷款|这笔钱|借的钱/.test(text.slice(clauses.start[h.clause], clauses.end[h.clause + 1] ?? clauses.end[h.clause]))) ||
    // (学费还欠五百, 学费分两回交: a fee told as still owed or paid by instalments is the writer's note of an account, not the
    // loan's use.)
    (role.category === 'other_non_productive' && h.term.endsWith('学费') && FEE_ACCOUNT_AFTER.test(text.slice(h.end, h.end + 6))) ||
    // (能繁母牛上了政策性养殖保险，交了保费: the premium of the stock's insurance just named is the farm's cost.)
    (role.category === 'other_non_productive' &&
      /^(?:交了?)?(?:保费|保险费)$/.test(h.term) &&
      hits.some(
        (o) =>
          o.start < h.start &&
          h.clause - o.clause <= 1 &&
          o.role.category === 'production' &&
          o.term.endsWith('保险') &&
          !/给|替|帮/.test(text.slice(o.end, h.start)),
      )) ||
    // (摩托进出方便, 摩托车的违章: a vehicle the road lets through, or whose fine is paid, is not bought with the loan; nor
    // 吴老者摩托补胎10块, 摩托前叉漏油: a repairer's job on the customer's bike, in a clause that names no loan.)
    (category === 'household_goods' &&
      /(?:车|摩托)$/.test(h.term) &&
      (VEHICLE_NOT_BOUGHT_AFTER.test(text.slice(h.end, h.end + 6)) ||
        (VEHICLE_REPAIRED_AFTER.test(text.slice(h.end, h.end + 4)) && noMoneyBefore(text, clauses, h)))) ||
    // (买了5车羊粪, 肇东老车贷款买彩票: a cartload is a measure, and 老车 before the loan is a man called 车.)
    (h.term === '车' &&
      ((/[0-9一二两三四五六七八九十几半]$/.test(text.slice(h.start - 1, h.start)) &&
        /^[\u4e00-\u9fff]/.test(text.slice(h.end, h.end + 1)) &&
        !/^[子辆间厢库了的]/.test(text.slice(h.end, h.end + 1))) ||
        (text.slice(h.start - 1, h.start) === '老' && /^(?:贷款|家|说|讲|两口子)/.test(text.slice(h.end, h.end + 3))))) ||
    // (问他贷款盖房不盖, 问他拉货不拉货: a use asked as a choice, yes or no, is a question, not a use.)
    askedEitherWay(text, h) ||
    // (村干部代为反映: a cadre speaking for the household hands it nothing.)
    (h.term === '代为' && /^(?:反映|说明|填写|填|申请|签字|签名|转达|陈述|询问)/.test(text.slice(h.end, h.end + 2))) ||
    // (去宁波五金厂，预支路费500: a fare a broker or employer advances is not paid with the loan.)
    (category === 'other_non_productive' && /路费|工钱|生活费/.test(h.term) && /(?:预支|借支|预付)了?$/.test(text.slice(Math.max(0, h.start - 3), h.start))) ||
    // (别的没摆，猪料欠我300: goods the writer sold on credit, told in a clause that names no loan, are an account, not a use.)
    (category === 'production' && /^(?:还)?欠(?:我|俺)/.test(text.slice(h.end, h.end + 3)) && noMoneyBefore(text, clauses, h)) ||
    // (学车：C1, 学车是想回娘家方便, 学费一千八交清了: a driving school's own entry for its learner — the course, its aim,
    // its fee settled — in a clause that names no loan is the school's note, not the loan's use.)
    (role.category === 'other_non_productive' &&
      /学车|学费/.test(h.term) &&
      LEARNER_NOTE_AFTER.test(text.slice(h.end, h.end + 10)) &&
      !/贷|钱|款|用/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (开了个快递驿站，贷款租房子买货架: a room rented right after the household's own shop is named is the shop's.)
    (role.category === 'other_non_productive' &&
      h.term === '租房' &&
      !/^子?[^，。,;；]{0,4}(?:住|一家|陪读|上学|读书)/.test(text.slice(h.end, h.end + 7)) &&
      hits.some(
        (o) => !o.negated && o.start < h.start && h.clause - o.clause <= 1 && (o.role.business === true || /(?:店|铺|超市|驿站|门市|摊)$/.test(o.term)),
      )) ||
    // (猪栏起在房子后面, 热水器装自家屋顶上: the dwelling named only as where something else stands is a place, not a use.)
    (category === 'housing' &&
      ((/(?:在|到)$/.test(text.slice(h.start - 1, h.start)) && /^(?:的)?(?:后面|后头|后边|前面|前头|旁边|边上|对面|隔壁)/.test(text.slice(h.end, h.end + 3))) ||
        (/(?:屋顶|房顶)$/.test(h.term) &&
          /装(?:在|到)?(?:自家|自己家)?$/.test(text.slice(Math.max(0, h.start - 5), h.start)) &&
          text.slice(h.end, h.end + 1) === '上'))) ||
    // (承包了15亩桃园，贷款用在剪枝雇人、买药上: medicine bought beside an orchard or crop, no illness named, is its spray.)
    (role.category === 'other_non_productive' &&
      h.term === '买药' &&
      // (防治黄龙病: a crop's disease warded off is no one's illness.)
      !/病|医|住院|吃药|治|疼|痛|老人|老伴/.test(text.replace(CROP_DISEASE_ALL, '').replace(/防治/g, '')) &&
      !/给[^，。,;；]{0,4}$/.test(text.slice(Math.max(0, h.start - 5), h.start)) &&
      hits.some(
        (o) =>
          !o.negated &&
          o.start < h.start &&
          o.role.category === 'production' &&
          // (香蕉得了枯萎病，买药: or any crop, where the text names its disease.)
          (/园|亩|果|树|田|地|剪枝|修枝/.test(o.term) || CROP_DISEASE.test(text)),
      )) ||
    // (贷款盖了三间瓦房，专门喂猪嘞，人不住: a building the text says keeps stock and no one lives in is a pen.)
    (category === 'housing' &&
      /^[^。；;]{0,16}?(?:人不住|不住人|没住人|不是住人)/.test(text.slice(h.end, h.end + 24)) &&
      hits.some((o) => !o.negated && o.start >= h.end && o.start < h.end + 16 && o.role.category === 'production')) ||
    // (修猪圈…重新打地坪砌墙。是猪圈不是住房: building words before the text's own word that the building is a pen, not a dwelling.)
    (category === 'housing' && hits.some((o) => !o.negated && o.start > h.start && /不是住房|不是住人/.test(o.term) && o.role.category === 'production')) ||
    // (卖了果存银行等着还贷: a sale's takings put by to repay the loan are its repayment, not the loan placed for interest.)
    (category === 'wealth_management' &&
      SOLD_JUST_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
      /^[^。；;]{0,8}还(?:贷|款|银行)/.test(text.slice(h.end))) ||
    // (拉萨朝佛回来后户主决定开茶馆: a journey named as when the household set out on its trade is a time, not a cost.)
    (category === 'other_non_productive' &&
      /^[，,]?(?:回来|归来)(?:后|以后|之后)/.test(text.slice(h.end, h.end + 5)) &&
      // (Not where the trade is only a plan after it: 回来再看做点啥子小买卖.)
      !/再看|看看|再说|打算/.test(text.slice(h.end)) &&
      hits.some((o) => !o.negated && o.start > h.end && ((o.role.category ?? o.role.frame?.category) === 'production' || o.role.business === true))) ||
    // (在寺院门口摆摊卖, 寺院旁边开小饭馆: a temple named as where the household trades is a place.)
    (category === 'other_non_productive' && /寺|庙/.test(h.term) && /^(?:门口|旁边|边上|附近|跟前|对面|外面|脚下)/.test(text.slice(h.end, h.end + 2))) ||
    // (小卖部，卖哈达、风马旗、酥油灯: offerings a shop of the household sells are its stock; 百货店，进货锅碗瓢盆、家庭用品: so
    // are household goods it buys in; 服装店，主要卖彝族婚礼穿的衣服: and clothes for others' weddings.)
    // (卖水泥瓷砖给村里起厝的人: and building goods it sells.)
    ((category === 'other_non_productive' || category === 'household_goods' || category === 'marriage' || category === 'housing') &&
      /(?:(?<!小)卖(?![了掉部])|进货|进了货)[^，。,;；]{0,12}$/.test(text.slice(clauses.start[h.clause], h.start)) &&
      hits.some((o) => !o.negated && o.role.business && o.role.category === 'production')) ||
    // (贷款给牦牛盖了房子: a house built for the stock is their shed.)
    (category === 'housing' && /给(?:牦牛|牛|羊|猪|鸡|鸭|鹅|马|驴|骡子?|牲口|牲畜|蜂)$/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (手机上是装了个炒股软件: a phone named as where an app was put is no purchase.)
    // (户主手机上好几个平台都欠着: or where debts stand.)
    (category === 'household_goods' &&
      h.term.endsWith('手机') &&
      /^(?:上|里)(?:是|面|头)?(?:装|下载|下了|安装)|^(?:上|里)(?:有|好几个|几个|的)?[^，。,;；]{0,3}(?:平台|网贷)/.test(text.slice(h.end, h.end + 8))) ||
    // (买了个智能手机，主要在上面跟农资店订化肥: a phone the household orders the farm's inputs on is the farm's.)
    (category === 'household_goods' &&
      h.term.endsWith('手机') &&
      /^[^。；;]{0,8}(?:在上面|在手机上|用它|拿它)[^。；;]{0,8}(?:订|进货|卖|接单|看[^，。,;；]{0,4}行情)/.test(text.slice(h.end, h.end + 24)) &&
      hits.some((o) => !o.negated && o.start > h.end && o.role.category === 'production')) ||
    // (自家茶园的茶压成饼，存着越陈越值钱再出手: the household's own produce kept for a better price is the farm's sale.)
    (category === 'wealth_management' && /出手|再卖|值钱|翻番|涨/.test(h.term) && OWN_PRODUCE.test(text) && !/买|收购|收了|购/.test(text.slice(0, h.start))) ||
    // (炒股软件，里面一分钱没放: an account the next words say was given nothing holds none of the loan.)
    (category === 'wealth_management' && NOTHING_PUT_IN_AFTER.test(text.slice(h.end, h.end + 18))) ||
    // (赕佛要用的佛幡、蜡条，玉光家自己做了拿去卖: goods an offering uses, that the household makes to sell, are its trade's.)
    (category === 'other_non_productive' && OFFERING_GOODS_AFTER.test(text.slice(h.end, h.end + 4)) && text.slice(h.end).includes('卖')) ||
    // (毡房租给办托依的人家, 毡房放在夏牧场给游客住，一晚上收200元: a yurt let out or kept for paying guests is the trade's.)
    (category === 'housing' && /毡房|蒙古包|帐篷|木屋/.test(h.term) && /租给|出租|给游客|游客住|接待游客|收[0-9一二两三四五六七八九十百]/.test(text)) ||
    // (他家搞农家乐，贷款装修厨房和餐厅，接游客的: a trade's kitchen and dining room fitted out are its rooms.)
    (category === 'housing' &&
      (TRADE_ROOM.test(h.term) || /^了?(?:厨房|餐厅|客房|后厨|包间)/.test(text.slice(h.end, h.end + 3))) &&
      hits.some((o) => !o.negated && o.start < h.start && o.role.business === true) &&
      // (Not another's trade: 钱给舅舅（另立户）的农家乐…修厨房.)
      !hits.some(
        (o) => o.start < h.start && o.role.party !== undefined && o.role.party !== 'household' && (text[o.end] === '的' || text[o.start - 1] === '给'),
      ) &&
      !/自己住|自家住|一家人住|家里人住/.test(text)) ||
    // (付了个首付，买台二手玉米收割机: a down payment on a machine or a vehicle is no home's.)
    (category === 'housing' && h.term.includes('首付') && !/房|楼|屋|厝/.test(text) && /车|机/.test(text)) ||
    // (玉米囤着等涨价再卖: the household's own produce held for its price is its farm's; only goods bought to hold are 理财.)
    (category === 'wealth_management' && /^(?:放着|囤着|存着)等/.test(h.term) && !/买|购/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (以后赚了钱要起厝、给后生娶某，这次贷款先买大黄鱼鱼苗: a wish for when the trade pays, this loan's use told after it.)
    (category !== undefined &&
      category !== 'production' &&
      EARNINGS_LATER.test(text.slice(clauses.start[h.clause], h.start)) &&
      THIS_LOAN_FIRST.test(text.slice(clauses.end[h.clause]))) ||
    // (约定卖牛犊后归还借款: the loan's repayment from a sale is no debt it repays.)
    (category === 'other_non_productive' &&
      /^(?:归还|偿还|还)(?:借款|贷款)$/.test(h.term) &&
      SALE_FUNDED_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (堂兄要求当事人赔偿损失: a loss another demands be made good is a claim, not a cost the loan paid.)
    (category === 'other_non_productive' &&
      h.term.includes('赔偿') &&
      /(?:要求|索赔|起诉|诉请)[^，。,;；]{0,6}$/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (3万元用于牛的防疫、治病和青贮窖: the stock's treatment.)
    (category === 'other_non_productive' &&
      /治病|看病|治疗/.test(h.term) &&
      /(?:牛|羊|猪|鸡|鸭|鹅|驴|马|骡|牲口|牲畜)的[^，。,;；]{0,6}$/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (村里修路请他去挖土方，按方数跟他结账: public works the household is hired on pay it.)
    // (寺庙请他去画壁画，他接的活…画完寺庙给工钱: and so does a temple that hires the household's craft.)
    ((category === 'government_financing_platform' || (category === 'other_non_productive' && /工钱|接的活|接活|手艺钱/.test(text))) &&
      /^[^。；;]{0,4}(?:请他|请我|请俺|雇他|雇我|找他|找我)|^[^，。,;；]{0,2}(?:给|付)(?:他|我|俺)?工钱/.test(text.slice(h.end, h.end + 8))) ||
    // (开素斋馆，接待朝佛的香客; 接待上山朝佛的香客: others' devotions the household's trade receives are its customers'.)
    (category === 'other_non_productive' && /接待[^，。,;；]{0,4}$/.test(text.slice(clauses.start[h.clause], h.start)) && text[h.end] === '的') ||
    // (枣树缩果病，买药: medicine for a sick crop is the farm's.)
    (h.term === '买药' && /(?:树|果|菜|苗|庄稼|地里|棚里)[^，。,;；]{0,6}(?:病|虫)/.test(text) && !/住院|医院|看病|人病|老人/.test(text)) ||
    // (猪卖了再给女儿交学费: a bill the sale's takings will pay is no use of the loan.)
    (category === 'other_non_productive' &&
      /卖了(?:以后|后)?(?:再|就|才)?(?:给[^，。,;；]{0,4})?(?:交|付|凑)$/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (借的钱都铲地、买药了: the borrowed money named as the loan, then its use.)
    (h.term === '借的钱' && /^(?:都|全|全都)(?:铲地|种|买|用在|使在|花在|投在)/.test(text.slice(h.end, h.end + 4))) ||
    // (饲草料从草料公司进的，钱打到公司账上了: a firm the text says the goods were bought from is paid their price.)
    // (钱打到种子公司账上买了玉米种子: or one the goods were bought at.)
    (h.term.startsWith('公司') &&
      (/从[^，。,;；]{0,8}公司(?:进|买|购|订|拉)/.test(text.slice(0, h.start)) || GOODS_BOUGHT_AFTER.test(text.slice(h.end, h.end + 16))) &&
      !/分红|利息|入股|保底|返还/.test(text)) ||
    // (贷款用途那栏没写，就签了个字: a form left blank and only signed hands the money to no one.)
    (category === 'enterprise_use' && h.term.includes('签') && /用途[^，。,;；]{0,4}(?:没写|没填|空着|未填|未写)/.test(text.slice(0, h.start))) ||
    // (跑运输，给人家拉砖拉沙子盖房: a house another is building, that the household hauls for, is its customer's.)
    (category === 'housing' &&
      /(?:给|帮|替)(?:人家|别人|人|东家|主家)[^，。,;；]{0,8}(?:拉|运|送)[^，。,;；]{0,8}$/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (宰牲节前出手, 宰牲节前后往外发货: the festival named as a time of sale is a date, not a sacrifice paid for.)
    (h.term === '宰牲' && /^节(?:前|后|前后|时|的时候|期间|羊价|牛价|价)/.test(text.slice(h.end, h.end + 4))) ||
    // (牛肚胀，贷款一部分付了我这里的药费: a vet's fee for the household's sick stock is the farm's.)
    (role.category === 'other_non_productive' && /药费|药钱/.test(h.term) && STOCK_ILL.test(text) && !/住院|医院|看病|人病/.test(text)) ||
    // (户主在县驾校挂靠当教练，自己带学员: a school the household teaches at, its fees, are its trade.)
    (role.category === 'other_non_productive' && /驾校|学费|学车/.test(h.term) && INSTRUCTOR.test(text)) ||
    // (政府搞抗震改造，自筹部分没钱，就用的贷款补上: a government running a programme whose share the household pays is no user.)
    (h.term === '政府' && /^(?:搞|补|补贴|出|给补)/.test(text.slice(h.end, h.end + 2)) && /自筹|自家掏|自家出|自己那块|自己出/.test(text)) ||
    // (茶苗是村委会统一订的…苗领回来栽在自家承包地里: the body's bulk order hands it none of the money.)
    ((category === 'government_financing_platform' || category === 'enterprise_use') && h.term.endsWith('统一') && bulkOrderHandedOut(text)) ||
    // (开小卖部，进货酥油灯、哈达: goods stocked for the shop are its wares.)
    // (小卖部进货：奶粉、尿不湿、卫生纸: and a list of them after.)
    (category !== undefined &&
      category !== 'production' &&
      /(?:进货|进了一?批)(?:[：:][^，。,;；]{0,10}|[^，。,;；]{0,2})$/.test(text.slice(Math.max(0, h.start - 16), h.start))) ||
    // (媳妇喺手机借咗好多个平台: a phone borrowed on is where the debt was run up, not goods bought.)
    (category === 'household_goods' &&
      h.term === '手机' &&
      /(?:在|喺)$/.test(text.slice(h.start - 1, h.start)) &&
      /^(?:上|度|里)?借/.test(text.slice(h.end, h.end + 2))) ||
    // (他连智能手机都不会用: goods a person cannot even use are none they bought — review 145.)
    (category === 'household_goods' && text[h.start - 1] === '连' && /^(?:都|也)(?:不会用|用不来|不会玩)(?![来于在])/.test(text.slice(h.end, h.end + 5))) ||
    // (泽仁家用款2万元: 用款, the money used, after a family's name is no 家用.)
    (h.term === '家用' && text[h.end] === '款') ||
    // (鱼塘是村集体的，他用贷款交了村委会三年的承包费，塘里自己投苗养鱼: what a body owns and the household leases and
    // farms itself is the household's farm.)
    (h.term.endsWith('集体的') && LEASE_FEE.test(text) && /(?:自己|自家|本户)[^，。,;；]{0,3}(?:养|种|投苗|管)/.test(text)) ||
    // (家用，生活开支: 家用 told as the household's spending is its keep, not goods.)
    // (贷款家用了，买米买油: or spent on it.)
    (h.term === '家用' && /^[，,、]?(?:生活|日常)(?:开支|开销|花销|费用)|^了(?:[，,。；;！!]|$)/.test(text.slice(h.end, h.end + 6))) ||
    // (买了一台家用冰柜，放在自家小卖部里冻雪糕: a household model of goods put in the trade's shop is the trade's.)
    (h.term === '家用' && GOODS_PUT_IN_SHOP.test(text)) ||
    // (贷款里的3000元交给村委会作承包费: the lease of what the household farms, paid to the body, is a price.)
    (category === 'government_financing_platform' && LEASE_FEE_NAMED_AFTER.test(text.slice(h.end, h.end + 6))) ||
    // (申请人（其母）原以为是装修自家房子，经说明后确认无误: what someone only believed the money was for is no use — set 944.)
    /(?:原以为|原来以为|还以为|误以为|本以为)(?:是)?[^，。,;；]{0,8}$/.test(text.slice(Math.max(0, h.start - 14), h.start)) ||
    // (新建挤奶间一间: 间 counting the farm building just named is a measure, no room of a dwelling — review 144.)
    (h.term === '间' &&
      /[一二两三四五六七八九十几0-9]$/.test(text.slice(h.start - 1, h.start)) &&
      hits.some((o) => o.role.category === 'production' && !o.negated && o.end <= h.start && o.end >= h.start - 3 && /[间棚圈舍房]$/.test(o.term))) ||
    // (借的钱拿来整哪样: the money borrowed, said to be put to something, is the loan itself, no debt — set 951.)
    (h.term === '借的钱' && /^(?:拿来|拿去|用来|用在|用于|都|全)/.test(text.slice(h.end, h.end + 3))) ||
    // (家里人赶场、走亲戚坐: a vehicle ridden to visit relatives is the family's ride, no spending — set 953.)
    (h.term === '走亲戚' && /^[^，。,;；]{0,2}(?:坐|骑|开)/.test(text.slice(h.end, h.end + 4))) ||
    // (按寨子的老规矩不能办喜事, 家里守孝不能办喜事: an event a custom or mourning forbids is no use — reviews 143, 144.)
    /(?:规矩|习俗|风俗|讲究|老例|守孝|孝期|戴孝)[^，。,;；]{0,4}(?:不能|不兴|不许|不准|忌)$/.test(text.slice(Math.max(0, h.start - 10), h.start)) ||
    // (等猪出栏还了贷款，再说给儿子讨媳妇的事: an event put off, 再说 before it and 的事 after.)
    (/(?:再说|再讲|再谈|再商量)[^，。,;；]{0,4}$/.test(text.slice(Math.max(0, h.start - 8), h.start)) && text.startsWith('的事', h.end)) ||
    // (修姓刘个祠堂，屋顶同大门都换了: the roof and gate of an ancestral hall are the clan's, not a dwelling's.)
    (category === 'housing' && /祠堂|宗祠|家庙/.test(text.slice(Math.max(0, h.start - 12), h.start))) ||
    // (满崽结婚是明年的事，这笔钱冇动: an event said to come next year, the money untouched.)
    // (给儿说媳妇的事还没影: or one not yet in sight.)
    /^是(?:明年|后年|下半年|年底|开春|秋后|年后)[^，。,;；]{0,3}(?:咯|的)事|^的事(?:还没影|还没谱|还早)/.test(text.slice(h.end, h.end + 10)) ||
    // (看病钱是医保和低保出的: a cost insurance paid is not the loan's.)
    (h.term === '医保' && /^(?:和|跟)?[^，。,;；]{0,3}(?:出的|报的|报销的|付的)/.test(text.slice(h.end, h.end + 8))) ||
    // (老伴住院的看病钱是医保和低保出的: or any cost the clause says insurance paid.)
    (category === 'other_non_productive' &&
      /^[^，。,;；]{0,6}是(?:医保|新农合|大病保险|低保)[^，。,;；]{0,4}(?:出的|报的|报销的|付的)/.test(text.slice(h.end, h.end + 18))) ||
    // (修了一排房子，不是人住的，是兔舍: a building said not to be lived in.)
    (category === 'housing' && /^[^，。,;；]{0,4}[，,]?不是(?:人住的|住人的|给人住的)/.test(text.slice(h.end, h.end + 12))) ||
    // (泡菜冰箱搁厨房; 给灶房买了取暖炉: a room named only as where goods go, or what they are bought for.)
    (category === 'housing' &&
      /^(?:厨房|灶房|堂屋|屋里|客厅|卧室)$/.test(h.term) &&
      (/(?:搁|放|放在|搁在|摆在|装在)$/.test(text.slice(Math.max(0, h.start - 2), h.start)) ||
        (text[h.start - 1] === '给' && text[h.end] === '买') ||
        // (冰柜在家里厨房放肉: or where goods named before stand.)
        (/在(?:家里|自家|屋里)?$/.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
          /^(?:里|里头|里面)?(?:放|搁|装|存|冻|冰)/.test(text.slice(h.end, h.end + 3)) &&
          namedBefore('household_goods')))) ||
    // (网上一个平台投钱进去: money put into an investment platform named right before is the investment.)
    (category === 'enterprise_use' && /^投(?:钱)?进去$/.test(h.term) && namedBefore('wealth_management', /^[^]{0,2}$/)) ||
    // (钱存到信用社定期吃利息，冒用: Hunanese 冒用 (没用), a clause of its own at the end, is no use of another's name.)
    (h.term === '冒用' && /[，,]$/.test(text.slice(0, h.start)) && /^[。！!]?$/.test(text.slice(h.end))) ||
    // (开婚庆店，自己搞婚庆布置; 照相馆他家自己开的 拍婚纱照那种; 在屯里做流动酒席，专门帮人办结婚酒: the wedding work of the
    // household's own trade is the trade's.)
    (category === 'marriage' &&
      (/^(?:布置|策划|主持|跟拍|摄像|服务)/.test(text.slice(h.end, h.end + 2)) ||
        text[h.start - 1] === '拍' ||
        // (做流动酒席，专门帮人办结婚酒: or the wedding it serves.)
        /(?:帮|给|替)(?:人|人家|别人)办$/.test(text.slice(Math.max(0, h.start - 4), h.start))) &&
      hits.some(
        (o) =>
          o.start < h.start &&
          o.role.business &&
          !o.negated &&
          (o.role.trade === 'marriage' || text[h.start - 1] === '拍' || text[h.start - 1] === '办') &&
          (/(?:开|经营|办|做|开了|开着)[^，。,;；]{0,4}$/.test(text.slice(Math.max(0, o.start - 6), o.start)) ||
            /^[^，。,;；]{0,4}(?:自己|自家)开的/.test(text.slice(o.end, o.end + 8))),
      )) ||
    // (给育雏室生炉子: a stove lit in the farm's room named right before it is the farm's.)
    (category === 'household_goods' &&
      h.term.includes('炉') &&
      namedBefore('production', /^(?:室|舍|棚|房|圈)?(?:里|内)?(?:生|烧|点|安|装|盘|搭)(?:了|个|上)?$/)) ||
    // (鸡舍冬季取暖用煤: coal that warms the farm's building named before it in the clause is the farm's.)
    (category === 'other_non_productive' &&
      /取暖|烧炕|烤火/.test(h.term) &&
      namedBefore('production', /^(?:里|内|的)?(?:冬季|冬天|过冬|入冬)?(?:的|里)?$/, true)) ||
    // (装空调两台（住房）: a dwelling noted in brackets as where goods go.)
    (h.term === '住房' && /[（(]/.test(text[h.start - 1] ?? '') && /[）)]/.test(text[h.end] ?? '')) ||
    // (经核实婚事费用未用贷款: a cost the text says the loan did not pay.)
    /^[^，。,;；]{0,3}(?:未|没|没有|并未)(?:用|花|动用)(?:这笔|本笔)?贷款/.test(text.slice(h.end, h.end + 12)) ||
    // (村委会分三年返还: a sum repaid over years is no yearly return.)
    (h.term === '年返' && /分[一二两三四五六七八九十0-9]$/.test(text.slice(Math.max(0, h.start - 2), h.start))) ||
    // (在村办扶贫车间对面自己租了间门面: a public body named only to place the household's own premises.)
    (category === 'government_financing_platform' && /^(?:的)?(?:斜对面|对面|旁边|隔壁|边上)/.test(text.slice(h.end, h.end + 4))) ||
    // (买太阳能热水器装屋顶: a roof named only as where goods are fitted.)
    (category === 'housing' &&
      /^(?:屋顶|房顶|楼顶)$/.test(h.term) &&
      /(?:装|装在|安在|安装在|放在|架在|装到)$/.test(text.slice(Math.max(0, h.start - 3), h.start))) ||
    // (隔壁家办喜事借了户主的三轮车；本笔贷款是买肥料，与那事无关: words in a sentence the text then says the loan has nothing to do with.)
    saidUnrelatedAfter(text, h.end) ||
    // (前年欠了点账，那个是老账，这回贷款是买牛: an old debt named only to set it apart from this loan is not repaid with it.)
    // (欠信用社那笔是老账，跟这回不相干: or said right after to have nothing to do with this one.)
    // (贷款买了几块和田玉籽料，雕成挂件拿到玉石市场上卖: raw stone the household carves and sells is its craft's material, not a
    // store of value.)
    (category === 'wealth_management' && /籽料|原石|玉料|毛料/.test(h.term) && /雕|刻|加工/.test(text.slice(h.end)) && /卖|销售/.test(text.slice(h.end))) ||
    // (他说彩礼是他舅舅出，这笔钱就是买两头母牛: a cost the text says someone else pays, this loan's own use told after.)
    (category !== 'production' &&
      PAID_BY_ANOTHER_AFTER.test(text.slice(h.end, h.end + 10)) &&
      /(?:这笔钱|这笔贷款|贷款|这钱)(?:就|都)?是/.test(text.slice(h.end + 4))) ||
    // (给镇上一个搞装修的老李周转: a trade that only describes the person named right after it is theirs, not a use.)
    (/(?:搞|做|干)$/.test(text.slice(Math.max(0, h.start - 1), h.start)) &&
      text[h.end] === '的' &&
      hits.some((o) => o.start > h.end && o.start <= h.end + 2 && o.role.party === 'person')) ||
    // (按：娶亲系往事，本笔用途为养羊: an event the text says is past, this loan's use told after.)
    (category !== 'production' && PAST_MATTER_AFTER.test(text.slice(h.end, h.end + 9)) && THIS_LOAN_ANYWHERE.test(text.slice(h.end))) ||
    // (明年秋后卖了稻子把它顶上: the harvest's sale said to repay the loan is its repayment, not a debt the loan repays.)
    (h.term === '把它顶上' && SOLD_JUST_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))) ||
    // (此系旧账，与此番无涉: and an old debt the writer calls so in a classical hand.)
    ((h.term === '老账' || h.term === '旧账') &&
      (/(?:那个|那|那些|这个|那笔|此)(?:是|都是|系|算|乃)$/.test(text.slice(Math.max(0, h.start - 4), h.start)) ||
        OLD_DEBT_SET_APART.test(text.slice(h.end, h.end + 10)))) ||
    // (去那曲挖虫草，买帐篷、口粮和路费: the food and fares of a season's digging are its costs.)
    (role.category === 'other_non_productive' && /口粮|路费/.test(h.term) && /挖虫草|采虫草|挖药材/.test(text)) ||
    // (帐篷、睡袋、小煤气罐，上山挖虫草住营地用: the camp's gear of a season's digging is its cost too.)
    (role.category === 'household_goods' &&
      /[挖采][^，。,;；]{0,8}(?:虫草|药材)/.test(text) &&
      /营地|帐篷/.test(text) &&
      !/家里用|家用|自家用|家里人/.test(text)) ||
    // (摆摊卖自家小米，摊位费跟路费: the fares of a trip to sell at a fair, named with its stall fee, are the trade's costs.)
    (role.category === 'other_non_productive' && h.term === '路费' && /(?:摊位费|进货)[^。；;]{0,4}$/.test(text.slice(Math.max(0, h.start - 10), h.start))) ||
    // (跑运输…缺油钱过路费: a haul's tolls are its costs.)
    // (开车收柚子去广州卖…过路费记录: and so are a trade's run's, buying or selling on the road.)
    (role.category === 'other_non_productive' &&
      h.term === '路费' &&
      text.slice(h.start - 1, h.start) === '过' &&
      /跑运输|运输|收购|拉货|去[^，。,;；]{1,4}卖/.test(text)) ||
    // (办了个结婚三十周年的酒: a wedding's anniversary is no wedding.)
    (role.category === 'marriage' && ANNIVERSARY_AFTER.test(text.slice(h.end, h.end + 5))) ||
    // (在镇上饭店摆了十桌: a restaurant where a feast was laid is its venue, not the household's trade.)
    (role.category === 'production' && VENUE_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) && FEAST_AFTER.test(text.slice(h.end, h.end + 3))) ||
    // (标准化牛棚，户主交自筹部分: the household's share of a pen or shed built under a plan pays for that, no dwelling named.)
    (category === 'housing' &&
      h.term.startsWith('交自筹') &&
      hits.some((o) => o.role.premises === true && !o.negated && o.clause <= h.clause) &&
      !hits.some((o) => o !== h && (o.role.category ?? o.role.frame?.category) === 'housing')) ||
    // (黄金乡李二伢子: gold that begins a place's name is the place.)
    (h.term === '黄金' && /^[乡镇村县屯寨坪沟]/.test(text.slice(h.end, h.end + 1))) ||
    // (贷款修了自家牛棚，棚顶漏雨换彩钢瓦: a leak or a roof of the pen's or shed's roof is the farm building's.)
    (category === 'housing' && role.dualUse === true && /(?:棚|圈|舍)(?:顶|子)?$/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (鸡舍用自家旧房改的: an old house turned into the pen is the pen.)
    (category === 'housing' &&
      role.category === undefined &&
      /^(?:改的|改成的|改造的|改建的)/.test(text.slice(h.end, h.end + 3)) &&
      hits.some((o) => o.clause === h.clause && o.start < h.start && o.role.premises === true && !o.negated)) ||
    // (还有在我这赊的喷雾器, 化肥三吨、农药两箱都是在我这赊的: goods had on credit for the farm this season are the goods,
    // not a debt — not an earlier year's: 还了去年赊的化肥钱.)
    (h.term === '赊的' &&
      !/还(?!有)/.test(clauseText(h.clause)) &&
      !EARLIER.test(text) &&
      hits.some((o) => o.role.category === 'production' && !o.negated && o.clause === h.clause && (o.start < h.start || o.start <= h.end + 6))) ||
    // (他把贷款全投进去了，买了一台二手旋耕机: money put in, the next clause telling what it bought, is that purchase.)
    (h.term === '投进去' && /^了?$/.test(text.slice(h.end, clauses.end[h.clause])) && /^[，,](?:买|购|添|进)/.test(text.slice(clauses.end[h.clause]))) ||
    // (上门女婿王强农闲在工地上干活: a son-in-law who married in, named as who he is, is no wedding — unlike one taken: 招上门女婿.)
    (h.term === '上门女婿' && !TAKEN_IN_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) && NAMED_AT_WORK_AFTER.test(text.slice(h.end, h.end + 8))) ||
    // (买煤两吨取暖: warmth the fuel bought gives is the fuel's use, no heater.)
    (h.term === '取暖' && /[煤柴炭]/.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (贷款去内蒙古买了十五只种羊，来回火车票也是从这里头出的: the fare of a trip to buy stock or goods is the purchase's.)
    (TRAVEL_FARE.test(h.term) && hits.some((o) => o.start < h.start && !o.negated && o.role.category === 'production')) ||
    // (专门给客人住的客房卫生间改了: a room of the trade's guest rooms or shop is the trade's premises.)
    (category === 'housing' && role.category === undefined && TRADE_ROOMS_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) ||
    // (自己开着挖掘机给人挖地基修路: a road or works built for others as a hired job is the trade's work.)
    (category === 'government_financing_platform' && SERVED_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) ||
    // (买煤两车烧窑: coal bought for a kiln or a curing barn is the trade's fuel, no household's heating.)
    // (铁匠铺打农具，买煤和钢材; 窑上…做坯子、上釉…还有买煤: and a smithy's or a pottery's, anywhere in the text.)
    (h.term === '买煤' && (/窑|烤烟|烘干|烘房|锅炉房|烧砖/.test(clauseText(h.clause)) || /铁匠|打铁|粉条|粉坊|漏粉|窑上|坯子|上釉/.test(text))) ||
    // (交凉席12床: 床 counting mats or quilts is a measure, no bed.)
    (h.term === '床' && COUNTED_BY_BED_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) ||
    // (开车撞了别个的摩托: another's goods, damaged or named, are no goods bought.)
    (role.category === 'household_goods' && ANOTHERS_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start))) ||
    // (家里电视冰箱还是老的: goods said to be old, none bought, are no use.)
    (role.category === 'household_goods' && GOODS_NOT_BOUGHT_AFTER.test(text.slice(h.end, h.end + 12))) ||
    // (用贷款翻盖成砖瓦房了，牛圈没动: a pen or shed said untouched is no work on it.)
    (role.category === 'production' && role.premises === true && UNTOUCHED_AFTER.test(text.slice(h.end, h.end + 6))) ||
    // (女方家贷款2万种香椿, 男方家说扶贫贷款不能动: the bride's or the groom's family as the subject of the text is a
    // household, as a matchmaker names them — not money paid to it.)
    (role.category === 'marriage' &&
      FAMILY_OF_MATCH.has(h.term) &&
      !GIVEN_TO_BEFORE.test(text.slice(Math.max(0, h.start - 1), h.start)) &&
      HOUSEHOLD_ACT_AFTER.test(text.slice(h.end, h.end + 4))) ||
    // (两个金镯子压箱底，等金价涨了再卖: gold laid by for its price is no dowry.)
    (role.category === 'marriage' && h.term === '压箱底' && WAITING_FOR_PRICE_AFTER.test(text.slice(h.end, h.end + 10))) ||
    // (他老婆说想盖房，他说不中，钱得给猪吃: a use one member wished, another refused in the next clause, is none.)
    (category !== undefined &&
      category !== 'production' &&
      WISHED_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
      (WISH_REFUSED.test(clauseText(h.clause + 1)) ||
        // (邻居想借这笔钱去放贷，说给他高息，他没借: or a clause later, after the borrower's offer.)
        (/想借[^，。,;；]{0,8}$/.test(text.slice(clauses.start[h.clause], h.start)) && WISH_REFUSED.test(clauseText(h.clause + 2))) ||
        (WISH_REFUSED_BARE.test(clauseText(h.clause + 1)) && WHOLE_MONEY_ELSEWHERE.test(text.slice((clauses.end[h.clause + 1] ?? text.length) + 1))))) ||
    // (鞋店…也有来买婚鞋的, 来买婚鞋红袜子的: what customers come to buy at the household's shop is its trade.)
    (role.category !== undefined &&
      role.category !== 'production' &&
      h.term.startsWith('买') &&
      text[h.start - 1] === '来' &&
      CUSTOMERS_AFTER.test(text.slice(h.end, h.end + 5)) &&
      SHOP_WORD.test(text)) ||
    // (卫生间装了台电热水器: a room an appliance is put in is where the goods stand, not work on the dwelling.)
    (category === 'housing' &&
      ROOM_FOR_GOODS.test(h.term) &&
      GOODS_PUT_IN_AFTER.test(text.slice(h.end, h.end + 6)) &&
      hits.some((o) => o.clause === h.clause && o.start > h.start && (o.role.category ?? o.role.frame?.category) === 'household_goods'))
  );
}
