/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还……更不能集中用于政府融资平台、生产经营企业等。
 *
 * Who uses the money: a party (an enterprise, a cooperative, a 大户, a relative, a government body) is a use only
 * when the money is handed to it — by a verb before it (交给合作社), or a word of using after it (乡政府借用, 给大户用).
 * A party only named (卖给合作社, 经村委会推荐, 给别人代收) is context.
 */
import {
  bulkOrderHandedOut,
  DESCRIBED_REACH,
  GIVEN_USING_WORDS,
  HANDOVER_REACH,
  NAMED_SURNAMES,
  PERSON_SERVICE_WORDS,
  type PartyKind,
  PLACE_PARTIES,
  PUBLIC_USING_WORDS,
  SERVICE_WORDS,
  USING_WORD_REACH,
  USING_WORDS,
  HIRED_BY_OTHERS,
} from './usage-grammar.js';
import type { UsagePurpose } from './usage-lexicon.js';
import type { Hit, Scan } from './usage-matcher.js';
import { BREAK_CHARS, BREAKS, byFirstChar, firstClause, GOODS_BOUGHT_AFTER, GOODS_SOLD, startsWithAny } from './usage-text.js';

/** Characters right before a party that make it only named: 从合作社买, 跟合作社签, 经村委会推荐, 租邻居的地. */
// (Not 被: 被村委会集中使用 names who used the money; a word of using after the party decides.)
const MENTION_BEFORE = new Set([...'从向跟和与在到经同替帮租买雇请找问随带领包受转靠']);
/** Characters right before a party that make it someone watched or copied, whatever follows: 看别人炒股赚钱, 像人家一样. */
export const WATCHED_BEFORE: ReadonlySet<string> = new Set([...'看像']);
/** 从/跟/向 in the clause before a party, with no verb of handing between: 从县种子公司买. */
const LEAD_MENTION = new RegExp(`^[^${BREAK_CHARS}]*[从跟向][^给交借投入${BREAK_CHARS}]*$`);
/** Categories of a hand-over: a word of one right after a party makes the party the one using the money. */
export const HANDED: ReadonlySet<UsagePurpose | undefined> = new Set(['enterprise_use', 'government_financing_platform', 'wealth_management']);
const USING = byFirstChar(USING_WORDS);
const PUBLIC_USING = byFirstChar(PUBLIC_USING_WORDS);
const SERVICE = byFirstChar(SERVICE_WORDS);
const PERSON_SERVICE = byFirstChar(PERSON_SERVICE_WORDS);
const GIVEN_USING = byFirstChar(GIVEN_USING_WORDS);
/** Before a party, land put in its care: 将自家15亩地托管给 (not stock: 把牛托管给合作社 is 托养). */
export const LAND_IN_CARE_BEFORE = /(?:地|田|亩)[^，。,;；]{0,4}(?:全程)?托管给[^，。,;；]{0,4}$/;
/** Between a verb and a company, who runs it: 儿子经营的, 其子开的. */
const RUN_BY_BETWEEN = /(?:经营|开办|创办|开|办)的/;
/** Right after a member, that they run what follows: 经营的, （已分户）开的. */
const RUN_BY_AFTER = /^(?:[（(][^）)]{1,6}[）)])?(?:经营|开办|创办|开|办)的/;
/** After a body, its raising the stock for the household: 帮着养, 帮忙喂, 代为饲养, 帮养, 帮我养 (set 964). */
const RAISED_FOR = /^(?:帮(?:我们?|俺们?|咱们?|户里)?(?:着|忙)?|代为|代)(?:养|喂|饲养)/;
/** Right after a party, its driver running the household's vehicle: 派司机开, 安排人跑. */
const DRIVEN_FOR = /^(?:派|安排|雇|找)(?:了)?(?:司机|人)(?:开|跑)/;
/** A return paid to the household: 每年给三千块钱, 年底给分红, 按年返利息, 一年拿八千. */
const RETURN_PAID =
  /(?:每年|年底|年终|按年|一年|每季|每月)(?:都)?(?:按[^，。,;；]{1,6})?(?:(?:给|返|分|付|拿)[^。；;]{0,8}?(?:钱|块|元|利息|分红|收益|利|[千万百])|返还|返利)/;
/** After a party, an errand done for the household: 代为到银行取款, 帮忙签字. */
// (村支书代为反映: or who speaks for it.)
const ERRAND_AFTER = /^(?:代为|代|帮忙|帮着|替)(?:到银行|去银行)?(?:取款|取钱|领款|领取|签字|办理手续|跑手续|反映|说明|填写|转达)/;
/** Right before a party, words that the household becomes it: 当小包工头, 做了个经纪人. */
const BECOMES_BEFORE = /(?:当|做|干)(?:了|上|起)?(?:个|一个)?小?$/;
/** Before a person, words that leave them the first one the text names: nothing, a heading, 户主 or 借款人. */
// (鄄城 老任家: a place heading whose space the text lost: 县, 区, 城, 集.)
const OPENS_THE_TEXT =
  /^(?:[^，。,;；:：\s给借交转托让]{0,6}[\s:：，,]+|[^，。,;；:：\s给借交转托让]{1,5}(?:县|区|城|乡|镇|集|屯|庄|寨))?(?:户主|借款人|贷款户|农户)?$/;
/** Relatives by their kin term: 三舅, 表哥, 姐夫. */
const KIN = /^(?:[大二三四五六七八九幺小老]?(?:舅|叔|伯|姑|姨)(?:妈|爹|父|母|子)?|表[哥弟姐妹兄]|堂[哥弟姐妹兄]|姐夫|妹夫|[大二三小]?嫂子?)$/;
/** Later in the text, the money handed to someone: 将贷款借俾佢用, 拿给他. */
const MONEY_GIVEN_ON = /(?:借|拿|转|交)(?:给|俾|去|走|克)|给(?:他|她|佢)|俾佢/;
/** Right after a relative, their own work: 妈种花椒, 的媳妇做火腿. */
/** The household's children named together: 兄弟, 姐妹, 子女. */
const CHILDREN_TOGETHER = /^(?:兄弟|弟兄|兄妹|姐妹|姊妹|儿女|子女)$/;
/** After them, that they share the repayment: 三人共同承担还款, 分摊还贷. */
const SHARE_REPAID_AFTER = /^[^，。,;；]{0,4}(?:共同|一起|分摊|轮流|平摊|均摊)(?:承担|负责)?(?:还款|还贷|偿还|还)/;
const KIN_AT_WORK_AFTER = /^(?:妈|娘|爹|母|的?媳妇|的?老婆)?(?:在[^，。,;；]{1,6})?(?:种|养|喂|栽|做|开|搞|干|打)/;
/** Right after a person, that they took the loan and used it: 弟媳贷款用于, 其弟贷款拿去. */
// (其弟媳贷款3万元用于: the sum may stand between — review 148.)
// (我侄儿贷五万养鹅: or 贷 and the sum, then the work — set 1007.)
const LOAN_TAKEN_AFTER = /^(?:媳|妹)?(?:贷款|贷了?)(?:[0-9.０-９一二两三四五六七八九十百千万]+(?:块|元)?)?(?:用于|拿去|拿来|整|买|是|养|种|开|做)/;
/** Right before a person, words that hand the money to them: 给, 借给, 让. */
const HANDED_TO_BEFORE = /(?:给|帮|替|让|叫|由)$/;
/** Titles of respect that follow a surname in a name: 周大爷, 覃满姑, 刘婶. */
const TITLE = /^(?:大爷|大娘|大伯|大妈|大婶|婶子|大叔|满姑|满哥|满叔|幺叔|幺婶|姑|婶|叔|伯|嫂|大姐|大哥|大嫂)$/;
/** Before a title, a place heading then a surname (and 满 or 幺): 周家湾周, 松滋的覃满. */
// (隔壁王大姐: or a neighbour's door — set 1018.)
const TITLED_NAME_BEFORE =
  /(?:[\u4e00-\u9fff]{1,4}(?:县|区|城|乡|镇|集|屯|庄|寨|村|湾|沟|坪|岭|垸|的)|^(?:隔壁|对门|邻居))[^他她我俺你其的\s，,。:：](?:满|幺)?$/;
const SURNAME_AT_START = /^[^他她我俺你其的\s，,。:：](?:满|幺)?$/;
/**
 * 老于种五味子, 户主老王种地, 老邱家办喜事: a person named by 老 and surname who opens the text, nothing handed before, is
 * the one the file is about — the borrower — not another the money went to or whose affairs are told.
 */
export const namesTheBorrower = (text: string, party: Hit) =>
  ((/^老[\u4e00-\u9fff]$/.test(party.term) &&
    // (…（户主老刘）贷款用于扩大笨鸡养殖: or one named as the household head anywhere.)
    (OPENS_THE_TEXT.test(text.slice(0, party.start)) || /(?:户主|借款人|贷款户)[:：]?$/.test(text.slice(Math.max(0, party.start - 4), party.start)))) ||
    // (周家湾周大爷养蜂, 松滋的覃满姑种柑橘: or by surname and a title of respect, a place heading before.)
    (TITLE.test(party.term) &&
      (TITLED_NAME_BEFORE.test(text.slice(Math.max(0, party.start - 10), party.start)) || SURNAME_AT_START.test(text.slice(0, party.start)))) ||
    // (覃姐二婚办酒 贷1w, 杨哥养蜂: or by surname and 姐 or 哥 opening the text, as a village group names its people — set 1016.)
    (/^[姐哥嫂]$/.test(party.term) && party.start === 1 && NAMED_SURNAMES.includes(text[0]!)) ||
    // (三舅妈种花椒，贷款1万5买花椒苗, 阿黑表哥的媳妇做火腿: or a relative opening the text with work of their own, the
    // writer telling of their loan — set 958.)
    (KIN.test(party.term) &&
      (OPENS_THE_TEXT.test(text.slice(0, party.start)) || /^阿[\u4e00-\u9fff]{1,2}$/.test(text.slice(0, party.start))) &&
      KIN_AT_WORK_AFTER.test(text.slice(party.end, party.end + 8)) &&
      !MONEY_GIVEN_ON.test(text.slice(party.end))) ||
    // (反映人王某称其弟媳贷款拿去打牌。核实：弟媳贷款用于喂能繁母牛: or one said to have taken the loan and used it, nothing
    // handing it to them — set 980.)
    (LOAN_TAKEN_AFTER.test(text.slice(party.end, party.end + 8)) && !HANDED_TO_BEFORE.test(text.slice(Math.max(0, party.start - 2), party.start)))) &&
  !SPEAKING_HOUSEHOLD.test(text) &&
  // (老王借去养牛, 老刘用了这笔钱, 老王养牛，年底给利息: not one said to take the money, or to pay a return for it.)
  // (我侄儿贷五万养鹅: but 贷 that begins the person's own loan and its use is theirs to tell.)
  !(TAKES_AFTER.test(text.slice(party.end, party.end + 2)) && !LOAN_TAKEN_AFTER.test(text.slice(party.end, party.end + 10))) &&
  !RETURN_WORD.test(text);
/** After a party, words that it keeps and works what it was given: 钥匙在他那, 他自己开. */
const KEPT_AND_WORKED_BY_THEM = /钥匙在(?:他|她|人家)(?:那|手里)|(?:他|她|人家)自己开(?:着)?(?:$|[，。,;；])/;
/** Parties that run a works of their own: 老板, 大户, 公司. */
const USER_WORD = /老板|大户|公司|合作社|厂/;
/** After a public body, its works said to be paid from public funds: 建光伏电站用的是扶贫专项资金. */
const PUBLIC_FUNDS_AFTER = /^[^。；;]{0,12}?用的是(?:扶贫)?(?:专项|财政|政府)(?:专项)?资金/;
/** The clause after, that it took the money: ，拿去买车了. */
const TAKEN_NEXT = /^[，,](?:钱|贷款|贷的款|这钱|这笔钱)?(?:拿去|借去|拿走|借走)/;
/** Whether the text says the household bought a thing of the party's (买了她哥那台旧拖拉机), naming the party so. */
function boughtFrom(text: string, party: Hit, last: Hit): boolean {
  const name = text.slice(party.start, last.end);
  const at = text.indexOf(name);
  return (
    at > 0 &&
    /买(?:了|下)?(?:他|她|邻居|亲戚|同村|同组|本村)?$/.test(text.slice(Math.max(0, at - 5), at)) &&
    /^(?:家)?(?:的|那|这)/.test(text.slice(at + name.length))
  );
}
/** After a body, that it needs money: 要用钱, 缺钱; and later, the money handed over to it: 交过去, 打过去. */
const NEEDS_MONEY_AFTER = /^(?:要|需要|急着|等着)用钱|^缺钱|^差钱/;
const HANDED_OVER_LATER = /(?:交|打|转|汇|送)(?:了)?(?:过去|上去)|交给(?:他们|它|人家)/;
/** After a party, the money said to pay its service: 那边烘干苞米的钱, 收割的钱. */
const SERVICE_PAID_AFTER = /^(?:那边|那里|那儿)?的?(?:烘干|收割|代耕|机耕|旋耕|播种|插秧|脱粒|加工|运输|配种|防疫|植保|打药)[^，。,;；]{0,4}的?(?:钱|费|费用)$/;
/** After a party, its works said to use the money: 的养猪场用的, 的厂子在用. */
const WORKS_USED_AFTER = /^的[^，。,;；]{0,4}(?:场|厂|厂子|店|公司|合作社|车间)(?:在)?(?:用|使用)(?:的|了|着)/;
/** A person's shop or works, one list for what it does with money: 饭店, 厂子, 公司. */
const PERSONS_SHOP = '(?:饭店|饭馆|店|厂|公司|超市|门市|作坊)(?:子|里)?';
/** After a person, a firm of theirs buying or fitting out: 的运输公司买车, 建材公司年底进钢材. */
const PERSONS_FIRM_BUYS_AFTER = new RegExp(`^的?[^，。,;；]{0,4}?${PERSONS_SHOP}(?:年底|今年|去年)?(?:买|购|进|装修|扩)`);
/** The money drawn from the loan: 从这笔贷款里出的, 从贷款里拿, 从贷款里交. */
const LOAN_DRAWN = /从[^，。,;；]{0,8}贷款里(?:出|拿|交|垫)/;
/** Words that the loan paid: 用的是他家的贷款, 花的是这笔贷款, 是从俺家这笔扶贫贷款里出的. */
// (用的他家的贷款: or with no 是.)
const LOAN_PAID_SAID = new RegExp(`(?:用|花)的(?:就|都)?是[^，。,;；]{0,4}贷款|(?:用|花)的(?:他|她|我|俺|自己?)家?的贷款|${LOAN_DRAWN.source}`);
/** After a party, something set up for it: 弄了个, 下载了个, 注册了一个. */
const SET_UP_FOR_AFTER = /^(?:弄|装|下载|注册)了?(?:个|一个)/;
/** Before a party, goods hauled to it: 拉砂石给, 运砖给. */
const HAULED_FOR_BEFORE = /(?:拉|运|送|驮)[^，。,;；给]{1,4}给$/;
/** Words of a fare or pay taken for hauling: 收运费, 按趟收钱. */
const FARE_TAKEN = /运费|脚钱|按趟|按车|收钱|挣钱/;
/** After a person, that they took the money to gamble: 拿去打牌输了, 把贷款拿去赌了 (the gambling is the use, whoever lost it). */
const GAMBLED_AFTER = /^(?:把[^，。,;；]{0,6})?(?:拿去|拿来|拿着去|拿起去|拿克)(?:打牌|赌|打麻将|耍钱|推牌九|斗地主)/;
/** After a person, their works taking the money: 的养鸡场喊借去用, 的砖厂借走了. */
const WORKS_TOOK_AFTER = /^的[^，。,;；的]{1,6}(?:场|厂|店|公司|社|铺|队)(?:喊|说|要)?(?:借去|拿去|借走|拿走|借了去)/;
/** After a person, a works they open, then the loan taken by them in the next clause: 开采石场，把贷款借走了 (set 987). */
const OPENS_WORKS_THEN_TOOK =
  /^(?:在[^，。,;；]{1,4})?(?:开|办|搞|弄|干)(?:了)?(?:个|一个|一家|家)?[^，。,;；]{1,6}[，,](?:就|又|后来)?把(?:这笔|这|我的|我家的|俺的|俺家的|户里的|他们的)?(?:扶贫)?(?:贷款|钱|这笔钱)(?:都|全|全部)?(?:借走|借去|拿去|拿走|借了去)/;
/** After a person the money is given to, their works using it: 给表哥的烘干厂用. */
const WORKS_USE_AFTER = /^的[^，。,;；的]{1,6}(?:场|厂|店|公司|社|铺|队)(?:用|使用|周转)了?(?:$|[，。,;；\s])/;
/** After a body's work, a levy on each household that the loan paid: 每户摊三千，就从这笔贷款里出的. */
// (村上修蓄水池，贷款凑进去了: or the loan said pooled into the work; 村干部叫每户贷款出钱, 扶贫贷款下来了每户凑五千块: or each
// household told to pay its share from the loan.)
const LEVY_PAID_LATER = new RegExp(
  `(?:摊|摊派|集资)[^。；;]{0,12}(?:(?:拿|用)(?:这笔)?贷款(?:交|出|垫)|${LOAN_DRAWN.source})|^[，,]?(?:贷款|这笔钱|钱)[^。；;，,]{0,3}凑进去|^[，,]?(?:村干部|村里|村委会?|支书)?(?:叫|让|要|要求)(?:每户|各户|贷款户|农户)(?:用)?贷款(?:出钱|出资|交钱)|贷款[^。；;]{0,8}每户(?:凑|摊|交|出)`,
);
/** Before and after a party, that the writer asked it (走访邻居了解, 询问村民得知): a source of what is known, not a user. */
const ASKED_BEFORE = /(?:走访|询问|问了|问过|据|听|向)$/;
/** After a party, words that it tells the story: 邻居说, 村医讲. */
const TELLS = /^(?:说|讲|称|反映|介绍|证实|证明|确认|已告|告知|通知|提醒)/;
/** After one the writer asked, what it told, or what the writer learnt from it: 了解, 得知. */
const TOLD_AFTER = new RegExp(`${TELLS.source}|^(?:了解|证实|得知)`);
/** Between a party and a product, that the party issued it: 发的一款“, 发行的. */
const ISSUED_GAP = /^(?:发|发行|推出|出)(?:的|了)(?:一款|一种|一只|一个|那款|这款)?["“「]?[\u4e00-\u9fff]{0,4}$/;
/** A fee for buying on the household's behalf, or for a service done for it: 只收代购费, 给了合作社三百块服务费. */
const PURCHASE_FEE = /(?:只|就)?收(?:了|点)?(?:代购费|代买费)|给了?[^，。,;；]{0,6}?[0-9一二两三四五六七八九十百几]+块?(?:钱)?(?:服务费|打药费|机耕费|收割费)/;
/** Right before a party, work done for it (帮人家磨面), and after, a fee the household takes for it: 收加工费. */
const WORKED_FOR_BEFORE = /[帮给替]$/;
const WORK_FEE_TAKEN = /收(?:加工费|手工费|工钱|钱|费)|按斤收|按袋收/;
/** Before a party in its clause, goods let out to it: 出租毡房给办婚礼的. */
const LET_OUT_TO_BEFORE = /出租[^，。,;；给]{0,4}给[^，。,;；]{0,10}$/;
/** Before a party, the loan said to be: 贷款是, 这钱都是. */
/** After a person, the loan said to go into shares or funds by them: 用这笔贷款炒股. */
// (给他儿子拿去炒股了: or taking it to do so.)
const SPECULATES_WITH_LOAN_AFTER = /^(?:(?:用|拿)(?:这笔|了)?贷款(?:去)?|拿去)(?:炒股|买股票|买基金|炒币|买理财)/;
// (实际是女婿在西安开店用, 实际由已分户的儿子…开店使用: or the text saying who in fact used it.)
const LOAN_IS_BEFORE = /(?:贷款|这笔钱|这钱|钱)(?:都|全)?是$|实际(?:上)?(?:是|由)(?:已分户的)?$/;
/** After a party, a trade it runs said to use the money: 开饭店用的, 子办厂用了. */
// (在南宁开店使用: a place may stand before the trade, and the clause end after 用.)
const TRADE_USED_AFTER = /^子?(?:在[^，。,;；开用]{1,4})?(?:开|办|经营|搞)[^，。,;；用]{1,6}(?:使)?用(?:的|了|(?=$|[，。,;；]))/;
/** Before a party, stock said to be at it: 牛在, 牛都在. */
const STOCK_AT_BEFORE = /[牛羊猪鸡鸭鹅驴马](?:都|也|全|全都)?在$/;
/** Land named right after a party: 机动地15亩, 的土地, 30亩. */
const LAND_AFTER = /^的?[^，。,;；]{0,3}(?:机动地|土地|耕地|林地|山地|水田|旱地|旱田|草场|草地|地块|[0-9一二两三四五六七八九十百]+亩)/;
/** A person said to have opened a shop: 我小舅子在镇上开了个超市. */
// (表哥在县城饭店的装修: or a shop said to be theirs, in a place.)
const PERSON_OPENED_SHOP =
  /(?:小舅子|表哥|表弟|姐夫|妹夫|侄子|外甥|女婿|亲戚|朋友|老板|[他她](?:弟|哥|姐|妹)?)(?:[^，。,;；]{0,6}开了?(?:个|家|一家|一个)?|在[^，。,;；]{0,4})[^，。,;；]{0,4}?(?:超市|小卖部|店|铺子|门市|商店|批发部|饭店|饭馆|餐馆|厂|公司|站)/;
/** A shop said to be a person's own: 超市是表哥自己开的. */
const SHOP_THEIRS = /(?:超市|店|铺子?|门市|商店|批发部|馆|厂)(?:是|系)(?!(?:我|俺|自家|本户|户主))[^，。,;；]{1,4}?(?:自己)?(?:开|办|经营)的/;
/** After a party the money went to, the household buying from it: 买化肥和种子, 卖给俺的, 给的是参苗钱, 帮俺付的饲料钱. */
// (Not the household buying something else in a clause of its own: 借给表弟开的汽修厂用，我买猪崽子.)
const HOUSEHOLD_BOUGHT_AFTER =
  /^[^。；;，,]{0,24}?(?:俺|我|户主)(?:从[^，。,;；]{0,8})?(?:买了?|买的|购买了?)|^[^。；;]{0,24}?(?:俺|我|户主)(?:从[^，。,;；]{1,8}(?:买了?|买的|购买了?)|(?:买了?|买的|购买了?)(?:他|她|其|人家|他们))|卖给(?:俺|我)|买它的|付货款|给的是[^，。,;；]{0,6}钱|帮(?:俺|我)(?:付|买|挑)|付的[^，。,;；]{0,6}钱|(?:只是|就是)卖/;
/** …or, where the party is a seller by its name (农资店老刘, 农机公司), a purchase opening a later clause: ，买化肥和种子. */
const SELLER_BY_NAME = /店|站|公司|厂|经销|商行|门市/;
const PURCHASE_OPENS_AFTER = /^[^。；;]{0,24}?[，,。；;：:](?:俺|我|户主)?(?:从[^，。,;；]{0,8})?(?:买了?|买的|购买了?)/;
/** What was bought taken home: 拉回自家圈里, 赶回家. */
// (拉回来喂自家的牛: brought back to the household's own, said a few characters on.)
// (草已经拉回来堆在院里: the yard is home.)
const TAKEN_HOME_AFTER = /(?:拉|赶|运|带|牵|抓)回(?:了)?(?:来[^。；;]{0,12}?)?(?:自家|自己家|俺家|我家|家(?!的)|院里|院子里)/;
/** Words of a return or of care the party keeps: 分红, 利息, 代养. */
const RETURN_OR_CARE = /分红|利息|返|代养|托养|托管|入股|保底|年底给|每年给|周转/;
/** A yearly sum the household takes from the party: 每年拿六千, 一年拿五千. */
// (户主每年只领1000块.)
const YEARLY_TAKE = /(?:每年|一年|年年|每个月|每月)(?:只)?(?:拿|领|得)[0-9一二两三四五六七八九十百千万]/;
/** After a person, a fee for their work: 两千块辛苦钱, 工钱, 劳务费. */
const PAID_FOR_WORK_AFTER = /^[^，。,;；]{0,6}?(?:辛苦钱|辛苦费|工钱|劳务费|技术费|手工费|工资|机收费|作业费|服务费|代耕费|收割费)/;
/** After a person, words that they spent none of the money: 他没花这钱, 他一分没用. */
const SPENT_NONE_AFTER = /^[^。；;]{0,16}?[他她](?:没|没有|一分没|一分钱没|一分也没|根本没)(?:花|用|拿|动)(?:这|那)?(?:个|笔)?(?:钱|贷款)/;
/** After a body, words that it touches none of the household's loan: 果子交给厂里，厂里不沾额的贷款. */
const BODY_TOUCHED_NONE_AFTER = /^[^。；;]{0,16}?(?:厂里|厂家|公司|合作社|社里)(?:不沾|没沾|不碰|没碰|不动|没动)(?:额|我|俺|他|她)?(?:家)?的?贷款/;
/** After a person, their shop's stock: 超市的货, 的店里的货. */
const STOCK_OF_SHOP_AFTER = /^的?[^，。,;；]{0,2}(?:超市|店|铺子?|门市|商店|批发部)(?:里)?的货/;
/** Before a party, the money said to sit with it: 钱还在那个, 卡在. */
const IN_HANDS_BEFORE =
  /(?:(?:钱|贷款|资金)[^，。,;；]{0,6}?(?:还|都|一直|现在|至今)?(?:在|卡在|压在|落在)|(?:^|[，,])(?:还|都|一直)?(?:卡在|压在|落在))(?:那个|这个)?[^，。,;；在]{0,4}$/;
/** After a person, a group they set up: 拉的一个群, 建的群, 的群. */
const GROUP_OF_AFTER = /^(?:拉的|建的|组的|搞的|的)(?:一个|那个|这个)?[^，。,;；]{0,3}?群/;

/** Before a party, a question asking whom the money went to and the answer's opening: 钱给谁了？答：县里那个. */
/** Right after a party, a clause on which the money was moved over to it: ，贷款直接划过去了. */
const MOVED_OVER_NEXT = /^[^，。,;；]{0,12}[，,](?:贷款|钱|资金|款)(?:都|全|全部|直接|就|也)*(?:划|打|转|汇|交|拨)过去/;
const RECIPIENT_ASKED_BEFORE =
  /(?:钱|贷款)[^？?，。,;；]{0,4}(?:给|交给|借给|转给|打给|拿给|交到|转到|去|到)了?(?:谁|哪里|哪儿|哪)(?:手里|那儿|那里)?(?:管|用|在用|经营|使)?了?(?:呢|啊)?[？?](?:答[:：])?(?:给了?|交给了?)?(?:那个|就是|是)?[^，。,;；？?]{0,4}$/;

/** Right after a person, taking or using the money: 借去, 拿走, 用了. */
const TAKES_AFTER = /^家?(?:借|拿|用|使|要|取|转|挪|占|收|贷)/;
/** A return paid for the money: 利息, 分红, 分钱, 给钱. */
const RETURN_WORD = /利息|分红|分钱|给钱|收益|好处费/;
/** A household speaking of itself (老王家娶媳妇，我们贷款买牛: then 老王 is someone else). */
const SPEAKING_HOUSEHOLD = /我们|俺们|咱们|我家|俺家|咱家|我自己|俺自己/;
/** Words that the household keeps the stock itself: 养在自家牛棚, 由户主喂养. */
const HOUSEHOLD_KEEPS =
  /(?:养在|放在|关在|圈在)(?:自家|本户|自己家)|由(?:户主|借款人|本户)(?:本人|自己)?(?:夫妻)?(?:喂养|饲养|养殖|放养)|(?:每天)?自己(?:去)?喂[^。；;]{0,12}自己(?:找[^，。,;；]{0,4})?卖|钱归(?:俺家|我家|自家|本户)/;
/** Before and after the body stock is registered to: 登记的是合作社的, 登记在公司名下, 登记为养殖大户王某的 (not 挂在…名下, a vehicle's licence). */
/** Opening a clause, words that what was named belongs to the party after: 归, 产权归, 都属于. */
const OWNED_BY_BEFORE = /(?:^|[，,])(?:都|全|产权)?(?:归|属于)$/;
const REGISTERED_TO_BEFORE = /(?:登记|登记的|注册|备案)(?:的是|在|为|到)(?:了)?$|[牛羊猪鸡鸭鹅驴马](?:都|也|全)?挂(?:在|到)$/;
const REGISTERED_TO_AFTER = /^(?:[^，。,;；]?某某?)?(?:的|名下|那儿|那里|账上)/;
/** A payee the household bought from: 收款人系肉牛贩运户赵某，借款人向其购买. */
const PAYEE_SOLD = /收款(?:人|方)(?:系|是|为)[^。；;]{0,16}?(?:借款人|户主|本户|其)?(?:向其|从其|从他|向他|在其)(?:处)?(?:购买|购进|买)/;
/** Before a party, a finding naming the one who used the money: 实际用款人为, 用款人系某. */
const USER_NAMED_BEFORE = /(?:实际)?(?:用款人|用款单位|资金使用人|实际使用人)(?:为|是|系)(?:某|一家)?[^，。,;；]{0,4}$/;
/** …or the loan said to be actually handled by them, and used by them a few words on: 贷款实际由本村某养鸡大户联系办理并使用. */
const HANDLED_BY_BEFORE = /(?:贷款|钱|资金)实际由[^，。,;；]{0,6}$/;
const USING_AFTER_SOON = /^[^，。,;；]{0,6}(?:使用|用了|经营|周转)/;
/** Words of a credit at interest or long deferred: 年息, 计息, 两年后付款. */
const CREDIT_TERMS = /年息|月息|计息|利息|[一两三]年后(?:付款|结算|还款)|出具欠条|原价加|加价|加\d+%/;
/** Right before a firm, stock kept there with others': 统一圈养在, 统一饲养于. */
const KEPT_TOGETHER_BEFORE = /统一(?:圈养|饲养|养殖|放养|喂养|管理|寄养|托养)(?:在|到|于)(?:了)?(?:该|某|其)?$/;
/** Right before a firm, the money said to be for it: 用于某, 用于一家. */
const FOR_A_FIRM_BEFORE = /(?:用于|用来|用在|投入|投到)(?:某|一家|当地)?[^，。,;；自本]{0,4}$/;
/** After a firm, its own works: 的葡萄园建设, 的厂房扩建. */
const FIRMS_WORKS_AFTER = /^的[^，。,;；]{0,8}(?:建设|扩建|新建|项目|工程)/;
/** Right before a firm, goods carried there: 运至某, 拉到. */
const DELIVERED_TO_BEFORE = /(?:运至|运到|运往|送至|送往|拉到|拉至|卸到|卸在)了?(?:某|一家|当地)?[^，。,;；]{0,4}$/;
/** Inputs a loan buys: 饲料, 化肥. */
const INPUTS = /饲料|化肥|种子|农药|地膜|肥料|兽药/;
/** A price left unpaid: 至今未付, 一年后结算. */
const NEVER_PAID = /至今未付|至今没给|一直未付|尚未付款|未付款|一直没给钱|一年后结算|两年后结算/;
/** Goods sold to a firm, or kept there for the household. */
const SOLD_OR_KEPT = /卖|出售|销售|收购|保管|代存|存放|领取|领回|拉回|运回|代为加工|代加工|加工费/;
/** Right after a body, its buying: 购置, 购买, 添置. */
const BUYS_ITS_OWN = /^(?:购置|购买|添置|采购|购进|买)/;
/** Goods said to be the body's own: 自有设备, 本社. */
const OWN_GOODS = /^.{2}(?:其)?(?:自有|自用|本社|本公司)/;
/** Right after a works, buying there: 买砖, 购进. */
const BOUGHT_THERE_AFTER = /^[^，。,;；]{0,2}(?:买|购)/;
/** Before a body stock or a vehicle is registered to, with words of its name between: 登记在一家物流. */
const REGISTERED_TO_NAMED_BEFORE = /(?:登记|注册|备案)(?:的是|在|为|到)了?[^，。,;；]{1,6}$/;
/** Words that the body runs what the money bought, or pays a fixed return: 由公司司机驾驶, 固定收入. */
const RUNS_FOR_RETURN =
  /由(?:公司|该公司|对方|合作社)[^，。,;；]{0,4}(?:驾驶|经营|运营|使用|饲养|统一|承包给|租给|转租)|固定(?:收入|收益|回报)|保底(?:收益|收入)|每月[^，。,;；]{0,4}(?:收取|领取|拿)[^，。,;；]{0,4}(?:承包费|租金|收益)|(?:公司|该公司)统一(?:派活|调度|安排)[^。；;]{0,12}每月给/;
/** Right before a party, words saying what the money is for: 用于其, 用来. */
const USE_FOR_BEFORE = /(?:用于|用来|用在)其?$/;
const PARTY_OWN_ACT = new Set([...'在有给发补奖免送帮那不说来都颁']);
/** Words of farming on contract for a buyer: 订单, 保底价, 回收. */
const ON_CONTRACT = /订单|保底价|收购|回收|签了合同|签订合同|种植合同/;
/** After a party that buys, words that it also runs what it bought, for a return: 统一管理, 固定收益. */
const RUNS_IT_AFTER = /统一管理|统一经营|统一养殖|统一饲养|统一种植|代养|代管|托管|固定收益|保底收益|分红|年底分钱/;
/** Right after a party, buying for the household: 统一团购, 代买. */
const BUYS_FOR = /^(?:代为|帮忙|帮)?(?:统一)?(?:团购|采购|代购|代买|购买|订购)/;
/** After a party the money is given to, its doings ending in 用: 在西宁开拉面馆用, 在东莞开厂用了. */
const GIVEN_FOR_USE = /^[^，。,;；]{0,12}(?:用|使|使用|周转)了?(?:$|[，。,;；])/;
/** Words of a season or a year that may stand between a party and its act: 开春, 每年. */
const SEASON = /^(?:开春|春天|秋后|秋天|每年|年年|明年|今年)/;
const PRONOUNS = new Set(['我', '俺', '我们', '俺们', '咱', '咱们', '我家', '俺家', '咱家', '本人', '本户']);
/** Pronouns a clause may end on without naming anyone: 给他, 给她们. */
export const THIRD_PERSON = /^(?:他|她|它|他们|她们)(?:自己|自个儿?)?$/;
/** A relative answering for the borrower: 我是他妈, 我系佢老弟, 母亲代答, 其子代答, 老伴儿代为回答. */
const SPEAKER_IS_KIN =
  /我(?:是|系)(?:他|她|佢)(?:的)?(?:妈|爸|老妈|老爸|母亲|父亲|老婆|媳妇|老公|丈夫|爱人|儿子|女儿|闺女|老弟|弟弟|哥哥|姐姐|妹妹|老母|老豆|家里人)|(?:其|客户的?|户主的?|借款人的?|本人的?)?(?:家属|母亲|父亲|妻子|丈夫|儿子|女儿|老伴儿?|媳妇|老婆|爱人|[母父子女妻夫])代(?:为)?(?:回)?答/;
/** Whether a relative answers for the borrower (我是他妈, 其妻代答): then 他 is the borrower. */
export const kinAnswersFor = (text: string): boolean => SPEAKER_IS_KIN.test(text);
/** Fees paid to a party before a verb of handing: 承包费, 租金, 管理费. */
export const FEES =
  /作业费|育苗费|收割费|机收费|机耕费|机播费|播种费|培训费|技术费|指导费|机插费|插秧费|代耕费|代收费|耕种费|植保费|飞防费|烘干费|配种费|防疫费|亲本款|种子款|种子钱|种苗款|化肥钱|化肥款|农药钱|农资款|托管费|承包费|租金|房租|租费|租赁费|使用费|挖机钱|挖机费|钩机钱|台班费|机械费|场地费|地租|地钱|棚租|塘租|库租|仓储费|冷藏费|流转费|管理费|服务费|电费|水费|押金|保费|运费|加工费|库位费|菌袋款|租金|赔偿款|赔偿金/;
/** A clause calling what the household paid a fee: 付的是服务费, 交的是托管费, 属于托管服务费, 贷款付代耕、代收割的服务费, 贷款交了库租, 按箱交冷藏费. */
// (…让他们给俺家地旋耕、播种，就是代耕服务费: or a clause that calls it one.)
const FEE_SAID = new RegExp(
  `(?:^|[，,。；;])(?:但|可)?(?:那|这)?(?:就是|也就是|算是|是)(?:[^，。,;；]{1,6}?的)?(?:代耕|托管|作业|机耕)?(?:${FEES.source})|(?:^|[，,。；;])(?:钱|贷款|这钱)?(?:付|交|给|出)的(?:是|都是|只是)(?:${FEES.source})|(?:属于?|系)(?:托管|代耕|作业)服务费|(?:^|[，,。；;])(?:钱|贷款|这钱)(?:付|交|缴)(?:了)?(?:代耕|代收割|代收|托管|机耕|作业)[^，。,;；]{0,6}的服务费|(?:^|[，,。；;])(?:钱|贷款|这钱)(?:付|交|缴)了(?:${FEES.source})|(?:交|付|缴)(?:纳)?(?:库租|仓储费|冷藏费|保管费|场地费)`,
);
/**
 * Before 给 in its clause, a verb that gives goods or pays, not hands money over: 卖给, 售给, 供给, 批发给; 付给, 结给 (a price or a
 * bill); 还给 (what is owed) — or a sale with the goods named between, no money among them: 卖水泥钢筋给.
 */
// (收庄里洋芋倒给淀粉厂: produce traded on.)
const SOLD_OR_PAID_BEFORE =
  /(?:[卖售供付还结赊租]|批发|(?:卖|售|供|销|赊|租|批发)[^，。,;；钱款贷资]{1,6}|(?:洋芋|土豆|马铃薯|粮|玉米|苞米|菜|果|货|羊|牛|猪|收了|收下来)倒)$/;
/** The household running nothing of what the money went into: 户里不经营, 不参与经营. */
// (户主不参股也不经营: a share refused too.)
const NOT_RUN_BY_HOUSEHOLD =
  /(?:户里|本户|该户|借款人|农户|户主)?(?:不参股也)?(?:不经营|不参与经营|没参与经营|没有参与经营|不参与管理|不管经营|不参与养殖|没参与养殖|不参与种植|不参与生产)|(?:户里|本户|该户|农户|户主|我也|俺也|自家|我家|俺家|客户)(?:没干|没管|不管|不干)/;
/** The loan advancing a project's funds: 用扶贫贷款先垫资, 贷款垫付. */
const LOAN_ADVANCED = /贷(?:款)?[^，。,;；]{0,4}(?:先)?(?:垫资|垫付)/;
/** A dividend a body pays the households back each year: 每年给户里分红. */
const DIVIDEND_PAID_BACK = /(?:每年|年底|按年)(?:给|向)?(?:户里|农户|贫困户|各户|每户)?分红/;
/** Buying through a body: 通过合作社统一购买, 由合作社代为采购. */
const BOUGHT_THROUGH =
  /(?:通过|由|委托)[^，。,;；]{0,6}(?:统一|代为|代)?(?:购买|采购|团购|订购)|统一(?:购买|采购|团购|订购|配送|代购)|帮(?:我们|俺们|咱们|农户|各户)?统一买|在[^，。,;；]{1,6}统一(?:买|购买|采购)的/;
/** The goods brought home for the household's own use: 拉回自家地里用, 运回家. */
const GOODS_HOME =
  /(?:拉回|运回|拉到|送到)(?:来)?(?:上|到|放)?(?:自家|家里|家|自己)|自家地里用|种在自家地里|种在自己地里|地还是自家种|地是自家种|自家种地|自己种地/;
/** Right before a party, selling to it: 赊给, 卖给, 售给. */
const SOLD_TO_BEFORE = /(?:赊|卖|售|销|倒|批发)(?:了)?给[^，。,;；给]{0,4}$/;
/** Right after a party the money went to, that it was a price: 的是货款, 是买猪的钱. */
const PRICE_RIGHT_AFTER =
  /^的?(?:是|系|为)(?:买[^，。,;；]{0,6}?的?)?(?:货款|价款|猪款|牛款|羊款|苗款|钱款|钱)|^(?:[\u4e00-\u9fff]某某?)?(?:的)?(?:账户|帐户|账号)?[（(](?:购[^）)，。]{1,4}款|货款|价款)[）)]/;
/**
 * Right after a company, words or a clause saying it sold the goods: 养殖户卖方, 转入某牧业有限公司，该公司系肉牛销售方,
 * 转至养殖户张某，张某系卖牛人 (the name said again).
 */
const SELLER_AFTER =
  /^(?:账户)?(?:([^，。,;；]{0,4})[，,](?:该公司|该企业|其|对方|\1)?(?:系|是|为)[^，。,;；]{0,8})?(?:销售方|卖方|卖家|出售方|供货方|供应商|经销商|供应方|卖主|卖(?:牛|羊|猪|驴|马|鸡|鸭|鹅|苗|种|货)的?人)/;
/** After a party named again, that it is the seller: 为销售方, 系卖方. */
const SELLER_NAMED_AGAIN = /^(?:系|是|为|仅为|只是)(?:销售方|卖方|卖家|出售方|供货方|供应商|经销商|供应方)/;
/** Right after a party, a clause calling the money (named by `money`) one of `prices`: ，是买饲料的钱, ，均为…进货款. */
function priceClauseAfter(money: string, prices: string): RegExp {
  return new RegExp(`^[^，,。]{0,10}[，,]\\s*(?:这|那)?(?:${money})?(?:均|都|全|皆)?(?:是|系|为|作为)[^，。,;；]{0,18}(?:${prices})(?:$|[，。,;；（(])`);
}
/** Right after the party, a clause saying the money was a price: 转给了合作社，是买饲料的钱 (a purchase, not a hand-over). */
const PRICE_AFTER = priceClauseAfter('钱|笔', '的钱|货款|运费|首付|定金|的款|款|费');
/** Right before a party, the goods it sells: 卖收割机的(老板), 卖牛的(贩子). */
const SELLS_BEFORE = /卖[^，。,;；给]{1,6}的$/;
/** Right after a party, a sum and the fee it is for the party's work: 三百块运费, 200元工钱. */
const SUM_FEE_AFTER = /^[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元)(?:的)?(?:运费|工钱|工费|手续费|辛苦费|跑腿费|油钱|车费|劳务费)/;
/** Right after the party, a clause naming the money the price of goods bought: ，均为…自养蛋鸡的进货款. */
const GOODS_PRICE_AFTER = priceClauseAfter('钱|笔|款项', '进货款|货款|价款|购货款|购买款|买[^，。,;；]{1,10}的钱');
/** After a party, its pen or shed: 放到亲戚家圈里. */
const STOCK_PLACED = /^家?(?:的)?(?:圈|棚|舍|院|地里|山上|草场)/;
/** Right after a party, selling done for the household (交给合作社代销), and money named before the hand-over. */
const SOLD_FOR = /^(?:统一|帮忙|帮着|帮我|代为|负责)?(?:代销|代卖|代售|销售|外销|寄卖|卖)/;
const MONEY = /钱|(?<!借)款(?!人)|借款(?!人)|贷(?!款人)|资金/;
/** Money, or a share of it, before a verb: 另一半入了, 钱入了. */
const SHARE = /钱|款|贷|资金|一半|部分|剩下|其余|万/;
/** Before a hand-over, produce harvested: 收了交给厂里, 摘了交给合作社. */
const PRODUCE_BEFORE =
  /编好了|编好的|做好了|绣好了|织好了|收了|收获|摘了|采了|出栏|打了粮|产的|种出来|成品|产品|做好的|绣好的|织好的|按[^，。,;；]{0,4}价|按订单/;
/** Before a hand-over, land given: 玉米地流转给别人, 把地包给. */
const LAND_BEFORE = /(?<![基本当外各场])地|田|山林|草场|果园|林地/;
/** Right before a party, land let to it: 流转给, 包给, 租给. */
const LET_TO_BEFORE = /(?:流转|转包|包|租)给$/;
/** Before a party, the household working for it (替, 帮), and after it, the work: 替屯里大户代养. */
const RAISED_FOR_BEFORE = /(?:替|帮)[^，。,;；替帮我俺]{0,4}$/;
const RAISED_FOR_AFTER = /^(?:代养|代喂|代管|代种|代放|喂|养|放)/;
/** After a party, that it has nothing to do with the money: 与资金使用无关 (the reader denies the party; here it ends a reach). */
export const UNRELATED_AFTER =
  /^与(?:资金|贷款|该款|此款)(?:的)?(?:使用|用途)?无关|^[)）]?(?:不承担|不负责|无需承担|无须承担)(?:还款|偿还)|^(?:并非|不是|非|并不是)(?:资金|贷款|该款)?(?:的)?(?:使用人|使用方|用款人|用款方|实际使用人)/;
/** A word of using denied: 未使用, 没经手, 并未占用, 与资金使用无关. */
const DENIED_USE = new RegExp(
  `^(?:并未|从未|未曾|未|没有|没|不曾|并不|并没有|不)(?:经手|占用|使用|用款|动用|参与经营|参与使用)|^(?:只|仅)?收[^，。,;；]{0,4}不用(?:钱|贷款|资金)|${UNRELATED_AFTER.source}`,
);
/** Goods hired out to the party after: 租给办事的人家, 出租给. */
const HIRED_OUT_TO = /(?:出租|租)给[^，。,;；给]{0,6}$/;
/** Right before a place, going there or being there: 去镇上, 到县里, 在镇上盖新房. */
const GONE_TO_BEFORE = /(?<![交打转送拿汇划存投缴用花放都全还])(?:去|到|往|上|在)$/;
/** Before a party in its clause, the household renting from it: 租了村里的, 租用 (not 租给, renting out to it). */
const RENTED_FROM_BEFORE = /(?<!出)租(?:了|下|用|的)?[^，。,;；给]{0,8}$/;
/** Before a party, the household following it: 跟着, 随着, 跟着县上的食用菌 (a description between, no break). */
const FOLLOWING_BEFORE = /(?:跟着|随着)(?:[^，。,;；]{0,8}的[^，。,;；的]{0,4})?$/;
/** A clause that begins with the money borrowed away (its subject the person before): 借去周转, 拿去用了. */
// (姐夫承包工程，钱拿去周转了: the money may be the clause's subject.)
const BORROWED_AWAY = /^(?:(?:钱|贷款|这钱|这笔钱)(?:都|就|全)?)?(?:借去|借走|借了去|拿去周转|拿去用)/;
/** Before a hand-over, farm work given to a provider: 机耕和收割交给合作社, 打药交给飞防队. */
const FARM_WORK_BEFORE = /机耕|机收|耕地|犁地|翻地|旋耕|收割|播种|植保|打药|飞防|耕种收|耕种|种收|代耕/;
/** After a party, its waiting to use its own money: 也等着用. */
const WAITING_TO_USE = /^(?:也|都|还)?(?:等着|急着)(?:用|要)/;
/** After a buyer, its checking or paying for goods: 验货, 按件结钱. */
const GOODS_CHECKED_AFTER = /^[^，。,;；]{0,2}(?:验货|验收|收货|按件|计件|按斤|过秤)/;
/** Right after a party, its buying for the household: 代购, 统一代购. */
const BUYS_FOR_HOUSEHOLD_AFTER = /^(?:账户|帐户)?(?:统一)?(?:代购|代为购买|代买)/;
/** Right after a party, farm work it does for the household: 代为收割, 代耕. */
const FARM_WORK_AFTER = new RegExp(`^(?:代为|代|帮忙|帮)?(?:${FARM_WORK_BEFORE.source})`);
/** Right after a party, farm work it does on the household's own land: 帮俺家地里代收割. */
const FARM_WORK_FOR_HOUSEHOLD_AFTER = new RegExp(
  `^(?:帮忙|帮|给|替)(?:俺|我|咱|自)(?:们)?家?[^，。,;；]{0,8}?(?:代为|代|帮忙|帮)?(?:${FARM_WORK_BEFORE.source})`,
);
/** Farm work at the start of a stretch of text: after 代为 in 委托合作社代为收割. */
export const FARM_WORK_NEXT = new RegExp(`^(?:${FARM_WORK_BEFORE.source})`);
/** Before 收了, a body that collected the money: 村里收了, 村委会统一收了. */
const COLLECTED_BY_BODY = /(?:村里|村上|乡里|镇里|村委会?|村干部|干部|合作社)(?:统一)?收了/;
/** After a party, the next clause opening with a purchase (or a finding of one): ，买, ，经核系购买. */
const PURCHASE_NEXT = '^[^，。,;；]{0,6}[，,](?:经核实?|经查|经了解)?(?:系|是|为|用于)?(?:购买|购|买)';
/** …then the party named again as the seller: ，买(舅舅家二手播种机). */
const BUYS_NEXT = new RegExp(`${PURCHASE_NEXT}(?:了)?`);
/** After the party, a finding that the money bought its goods: 转给种粮大户赵某，经核系购买其旧插秧机. */
const BOUGHT_FROM_AFTER = new RegExp(`${PURCHASE_NEXT}(?:其|他的|她的|他家|她家|对方|该户)`);
/** Parties named by a legal form, whose names run long: 某生态农业发展公司. */
const COMPANY = /公司|集团|企业$/;
/** After the party, a clause saying the money went to the household's own use: ，用于借款人自有住宅建设, ，用于加盖自家住宅,
 * ，用于支付其新建住房的工程款, ，用于其自建住房的主体工程款 (a builder paid). */
const OWN_USE_AFTER =
  /^[^，。,;；]{0,6}[，,](?:给(?:本户|自家|自己家?|我家|俺家)(?:住的)?[^，。,;；]{0,4}?(?:房|屋|棚|圈|舍)|(?:修|盖|建|翻盖|翻建|装修)(?:我们|咱们|俺们|我家|俺家|自家|自己家?)(?:住的)?(?:房|屋|老房|新房)|(?:用于|用来|系|是|为)(?:[^，。,;；]{0,4}?(?:给|为)|加盖|翻建|翻盖|盖|建|修|装修)?(?:借款人|本户|该户|户主|自家|自己|我家|俺家)|(?:用于|用来)(?:支付)?(?:其|借款人)?(?:新建|自建|自盖|建房|盖房|翻建|修建|建设)[^，。,;；]{0,10}?(?:住房|房屋|住宅|房子)的?(?:主体|土建|建设)?(?:工程款|工钱|材料款|施工款))/;
/** Words of a public body's own work: 项目, 工程, 产业园. */
const PUBLIC_WORK = /项目|工程|建设|统一|集中|产业园|使用|借用/;
/** Right before a party, the money put into something: 资金用于, 投入, 被用作. */
const PUT_INTO_BEFORE = /(?:用于|用作|充作|投入|投到|投向|投进|(?:经查|查明|核实|实为|实际)[^，。,;；]{0,3}(?:为|系|是))$/;
/** Right after a government body, leading the work: 牵头的, 主导的, 实施的. */
const LED_AFTER = /^(?:牵头|主导|组织|主建|实施|(?:统一)?(?:建|搞|办|修)的)/;
/** After a public body, its project's matching funds: 光伏扶贫项目的配套资金. */
const MATCHING_FUNDS_AFTER = /^[^，。,;；]{0,10}(?:项目|工程)的?(?:配套资金|配套款|垫资)/;
/** The public work such a body leads: 项目, 工程, 建设, 园区. */
const LED_WORK = /项目|工程|建设|产业园|园区|基地/;
/** Words of using after a place that make the place's government the user: 村里统一使用, 镇里借用, 乡里统借统还. */
const PLACE_USING = [
  '统一收',
  '收去',
  '统一投',
  '统一养',
  '负责还',
  '负责偿还',
  '承担还款',
  '统一拿走',
  // (乡里统一调去给安置点搞配套设施: the money moved off by the body.)
  '统一调去',
  '统一调走',
  '调走',
  '统一借走',
  '借走',
  '拿走',
  '拿去',
  '收走',
  '统一收走',
  '统一收取',
  '统贷',
  '统一使用',
  '统一经营',
  '统一管理',
  '统一管',
  '统一安排',
  '统一建',
  '统建',
  '统一打包',
  '统借统还',
  '统借',
  '借用',
  '借去',
  '集中起来',
  '集中使用',
  '搞项目',
  '收上去',
  '统一用',
  '垫付',
  '垫修',
  '垫工程',
  '垫资',
  '使用',
  '用',
];

/** After a place, its project or works that used the loans: 搞美丽乡村项目用了她家的贷款, 修防洪坝，拿了各家的贷款用; (用于县里)统一实施的高标准农田建设项目配套. */
const PLACE_PROJECT_USED =
  /^搞[^，。,;；]{0,8}(?:项目|工程)[^，。,;；]{0,2}用了?[^，。,;；]{0,4}贷款|^(?:修|建|搞)[^，。,;；]{1,6}[，,](?:拿|用|把)了?[^，。,;；]{0,8}贷款|^统一实施的[^，。,;；]{1,14}(?:项目|工程)(?:配套|建设)?(?=$|[，。,;；])/;
/** Before a party, the loan said to be for it: 贷款是给, 钱都是给县. */
const LOAN_WAS_FOR_BEFORE = /(?:贷款|钱|这笔钱)(?:都|全)?是给[^，。,;；]{0,2}$/;
/** Right after a party, that it did not use the money: 没用我钱, 从未使用. */
const NOT_USED_AFTER = /^(?:也|都|并|从)?(?:没|没有|未|从没|从未|并未)(?:用|使|使用|动用|拿)/;
/** Right after a party, its supplying the household's inputs: 供种, 统一供苗, 提供种子. */
const SUPPLIES_AFTER = /^(?:统一|免费)?(?:供种|供苗|供肥|供料|供货|供饲料|供鸡苗|提供种子|提供种苗|提供鸡苗|提供技术)/;
/** A party's arranging, which reaches on to the pooling it arranges: 组织, 牵头. */
const ARRANGES = /^(?:组织|牵头|出面)$/;
/** Right after its arranging, the loans pooled: “统贷统还”, 集中. */
const POOLING_ARRANGED = /^[“"]?(?:统贷|统借|集中|统一收|统一使用)/;
/** Words of money pooled, or a return paid for it: 统一拿去, 年底给钱, 分红. */
const POOLED = /统一|拿去|交上去|交上来|年底给|分红|利息|给钱|收益/;

/** Parties side by side (政府平台公司, 村集体扶贫车间) are one party: the most specific kind, read at the last one. */
export const KIND_ORDER: readonly PartyKind[] = ['government', 'organisation', 'person', 'household'];

/** After a party, the money said to be the price of what the household bought: 是买牛钱, ，那是买他三头母牛的牛钱. */
const PRICE_OF_PURCHASE_AFTER = /^(?:的)?[，,]?(?:那|这)?(?:是|系)买[^，。,;；]{1,10}?的?(?:牛钱|羊钱|猪钱|钱|款)/;
/** A party's act taking many households' loans: 拿了十几户的贷款, 把几十户的贷款集中起来. */
const POOLED_TAKEN =
  /^(?:拿了|拿走了?|收了|收走了?|集中了)[^，。,;；]{0,5}(?:户|家)人?的?(?:贷款|钱)|^把[^，。,;；]{0,5}(?:户|家)人?的?(?:贷款|钱)(?:都|全)?(?:集中|收|拿|凑)/;
/** Right after a party, its taking the household's loan off: 拿我的贷款去, 拿了俺家的钱去. */
// (表哥把我这五万块拿去跑车; 大户岩保，借了我们家的贷款去种他的地; 老板说周转不开，借了我孙子的贷款去收松脂: or the household's
// money put in the party's hands by 把, or taken after a clause of the party's own; 就拿了我儿子名下的贷款去 — review 143.)
const LOAN_TAKEN_OFF =
  /^(?:[^，。,;；]{0,8}[，,](?:就|便|又)?)?(?:拿|借|用)了?(?:我|俺|我们|俺们|咱|咱们)(?:家)?(?:孙子|儿子|女儿|闺女)?(?:名下)?的?(?:贷款|扶贫贷款|钱|这笔钱)(?:去|拿去)(?!还)|^把(?:我|俺|我们|俺们)(?:家)?(?:这|的)?[^，。,;；]{0,5}?(?:块|万|钱|贷款)(?:都|全)?(?:拿去|拿走|借去|借走)(?!还)/;
/** Machines a party may work with for a fee: 挖机, 拖拉机, 无人机. */
const MACHINE_AFTER = /^(?:挖机|挖掘机|钩机|勾机|铲车|推土机|拖拉机|收割机|旋耕机|无人机|机器|机械|大机器)/;

/** Whether a fee or a price is named after the party in its clause (交合作社的技术服务费, 转给王某的是货款): it is paid. */
export function paidAfter(scan: Scan, last: number): boolean {
  const { text, hits } = scan;
  const end = hits[last]!.end;
  // (交给合作社的钱是烟苗的育苗费: or the money handed said to be one.)
  return FEES.test(firstClause(text.slice(end))) || PRICE_RIGHT_AFTER.test(text.slice(end, end + 12)) || FEE_SAID_AFTER.test(text.slice(end, end + 16));
}

/** Right after a party whose fee was paid, the fee: 三年的承包费, 的塘租. */
const FEE_OF_AFTER = new RegExp(`^[^，。,;；]{0,5}?的?(?:${FEES.source})`);
/** Right after a party, the money handed to it said to be a fee: 的钱是烟苗的育苗费. */
const FEE_SAID_AFTER = new RegExp(`^的(?:钱|款)(?:是|系|为)[^，。,;；]{0,6}?(?:${FEES.source})`);

/** A fee opening a clause: 种子款2800元…. */
export const FEE_OPENS = new RegExp(`^(?:${FEES.source})`);
/** Before a party, money given at a price: 按市价给了, 按进价付给. */
// (在家帮我作坊的绣片锁边，按件算钱给她: or a piece rate the writer pays the borrower.)
const AT_PRICE_BEFORE =
  /按(?:市价|市场价|原价|进价|价格|行情价?|价)[^，。,;；]{0,3}?(?:给了?|付给了?|付了?|打给了?|转给了?)$|(?:按件|计件|按双|按个|按条|按打)(?:算钱|算工钱|结钱|付钱)?(?:给了?|付给了?)$/;
/** Before a party, the harvest delivered to it: 秋后交本, 收获后交给, 出栏后送. */
// (Not 收了交到乡财政所, 贷款下来后交到: the money collected or come.)
const HARVEST_DELIVERED_BEFORE = /(?:秋后|收获后|出栏后|成熟后|采收后|收成)(?:统一|都|全)?(?:交给?|交到|送到?|送给|卖给?)(?:本|我|我们)?$/;
/** After a party, work done for it for a fee: 拉种子挣运费, 代收收工钱. */
// (给孙二嫂家豆腐坊换了个电闸，收了八十块工钱: the fee may come in the next clause, with its sum.)
const WORKED_FOR_FEE_AFTER =
  /^[^，。,;；]{1,6}?(?:挣|收|赚)(?:运费|工钱|辛苦钱|手工费|加工费)|^[^。；;！!？?]{1,16}?收了?[0-9一二两三四五六七八九十百千]+块钱?的?(?:运费|工钱|手工费|加工费)/;
/** Whether the words right before a party make it only named: 从合作社买, 跟着合作社学, 租邻居的地. */
export function namedOnly(text: string, party: Hit, scan?: Scan, index?: number): boolean {
  const before = text[party.start - 1] ?? '';
  // 地包给别人种, 租给人家: land or goods let out, not money handed over.
  if (/[包租卖售]给$/.test(text.slice(Math.max(0, party.start - 2), party.start))) return true;
  // 租种邻居家的地, 流转了大户的地: land rented from the party.
  // (流转本屯邻居土地: a place of the party's may stand between.)
  if (/(?:租|租种|租了|承包了?|流转了?|包种)(?:本屯|本村|同村|同屯|村里|屯里|邻村)?$/.test(text.slice(Math.max(0, party.start - 5), party.start))) return true;
  // (他问我是不是拿去放贷了, 他拍了照说用途没问题: nor one who only asks or checks.)
  if (/^(?:问我|问俺|问过我|拍了?照|拍照)/.test(text.slice(party.end, party.end + 3))) return true;
  // (问他干啥用了，他就说“用了”: nor one who only answers — not 说好, 说定, which agree terms.)
  if (
    /^[他她]$/.test(party.term) &&
    /问[他她]|问[^，。,;；]{1,6}(?:贷款|钱)/.test(text) &&
    /^(?:就|只|也|还)?(?:说|讲)(?!好|定|妥|是借|是给)/.test(text.slice(party.end, party.end + 4))
  )
    return true;
  // (村委证明用于养牛, 村委、银行均未出具证明: nor a body that only certifies.)
  if (/^(?:、[^，。,;；]{1,4})?(?:均|都|也)?(?:未|没|没有)?(?:出具|出了个|出了|开了?)?证明/.test(text.slice(party.end, party.end + 12))) return true;
  // (邻居也讲不清钱用在哪: a party that only says it cannot tell is a witness.)
  if (/^(?:也|都)?(?:讲|说)不(?:清|出|知道)/.test(text.slice(party.end, party.end + 5))) return true;
  // (在产业园（鑫农公司经营）租了两个大棚: nor one the household rents from.)
  if (/^(?:[（(][^）)]{0,12}[）)]|(?:经营|运营|管理)?[）)])?(?:租了?|租的|承包了?)/.test(text.slice(party.end, party.end + 16))) return true;
  // 谁家还缺种子吱一声: anyone offered what the household has is no one the money went to (谁家缺钱借给谁 is).
  // (哪家办喜事就租去用，收租金: or whoever hires what the household lets out.)
  if (
    /^(?:谁家|哪家)$/.test(party.term) &&
    (/^(?:还|要是|要)?(?:缺|需要|想要)(?![^，。,;；]{0,2}钱)/.test(text.slice(party.end)) || HIRED_AFTER.test(text.slice(party.end)))
  )
    return true;
  // 从县种子公司买: 从/跟/向 a few characters before, with the party's own description between.
  const lead = text.slice(Math.max(0, party.start - 5), party.start);
  if (LEAD_MENTION.test(lead)) return true;
  // 给办丧事的人家用: people described by an act (customers, neighbours), not the household's counterparty.
  const prior = scan && index !== undefined ? scan.hits[index - 1] : undefined;
  // (But 养殖场的老板 is the one who runs it.)
  // (Nor one who goes on to borrow or take the money: 开农家乐的老李借去装修他家的店, 的邻居老张拿去用了.)
  if (
    before === '的' &&
    prior !== undefined &&
    prior.end === party.start - 1 &&
    prior.role.category !== undefined &&
    !OWNER.test(party.term) &&
    !/^(?:[老小阿][\u4e00-\u9fff]|[\u4e00-\u9fff](?:嫂|哥|姐|叔|婶|姨|伯))?(?:借去|借走|拿去|拿走|借用)/.test(text.slice(party.end, party.end + 4))
  )
    return true;
  // (资金转扶贫车间使用: 转 after the money moves it to the party.)
  // (钱直接转龙头企业: a word of how may stand between.)
  if (before === '转' && /(?:资金|贷款|钱|款)(?:直接|都|全|全部)?$/.test(text.slice(Math.max(0, party.start - 5), party.start - 1))) return false;
  // (户主同某公司签代养合同: over 某 too.)
  return MENTION_BEFORE.has(before) || (MENTION_BEFORE.has(text[party.start - 2] ?? '') && (before === '着' || before === '了' || before === '某'));
}

/** Whether the party's clause names money before it (钱给…, 贷款交给…): money given, not a service or goods. */
function moneyBefore(scan: Scan, party: Hit): boolean {
  return MONEY.test(scan.text.slice(scan.clauseStart[party.clause], party.start));
}

/** Right after a party given money, its own need: 盖房, 看病, 娶媳妇. */
const GIVEN_FOR_OWN_NEED = /^(?:家)?(?:盖|建|修|翻|装修|看病|治病|结婚|娶|办事|办婚)/;
/** After a person, their own shop or works fitted out or stocked: 的饭店装修, 的厂子进货. */
const PERSONS_WORKS_AFTER = new RegExp(`^的[^，。,;；]{0,4}?${PERSONS_SHOP}的?(?:装修|进(?:了|的)?货|周转|扩建|开业)`);
/** In the party's clause after it, the household working for pay: 开铲车挣钱, 干活挣工钱. */
const WORKED_FOR_PAY = /挣钱|挣工钱|赚钱|挣点|赚点|挣工资|挣个钱|挣几个/;

/** People a trade serves, and the events it serves them at: 给人家办事用, 给村民办喜事. */
export const CUSTOMERS = /^(?:人家|别人|别家|村民|乡亲|乡亲们|顾客|客户|客人)$/;
const EVENT_AFTER = /^(?:办事|办喜事|办白事|办酒|过事|摆酒|做寿)/;

/** Whether the party is people a trade of the text serves at their own events, with goods not money: 开婚庆店，买音响给人家办事用. */
function customersServed(scan: Scan, party: Hit): boolean {
  return (
    CUSTOMERS.test(party.term) &&
    EVENT_AFTER.test(scan.text.slice(party.end, party.end + 3)) &&
    // (Not money given: 开饭店，钱给人家办事用了 — the money named in the few words before, as speech without stops runs
    // on: 开了个婚庆店钱买了音箱…都是店里用的给人家办事用.)
    !MONEY.test(scan.text.slice(Math.max(scan.clauseStart[party.clause]!, party.start - 6), party.start)) &&
    // (A shop told by its frame counts: 开寿衣店.)
    scan.hits.some((h) => (h.role.business === true || h.role.trade !== undefined || h.role.frame?.category === 'production') && !h.negated)
  );
}

/** Whether a word of mention (号召、收购、订单 …) follows the party at once. */
export function namedOnlyAfter(scan: Scan, last: number): boolean {
  const next = scan.hits[last + 1];
  return next !== undefined && next.start === scan.hits[last]!.end && next.role.neutral === true;
}

/** Whether another party stands within reach after this one in its clause: 给村里养牛大户用 hands the money to the 大户. */
/** Between a person and a firm, the person taking the money to open or run it: 拿去开物流公司, 用来办. */
const PERSON_RUNS_FIRM = /^(?:拿去|拿走|借去|借走|用来|用于)(?:开|办|跑|搞|经营|开了|办了|开个|办个)[^，。,;；]{0,4}$/;
function laterParty(scan: Scan, last: number, kind: PartyKind): boolean {
  const party = scan.hits[last]!;
  // A party in brackets after this one says whose it is (产业发展公司（镇政府办的）), not who gets the money.
  if (/^[（(]/.test(scan.text.slice(party.end))) return false;
  // (交给县里的鑫达牧业有限公司: after a place and 的, a firm's full name may stand between.)
  const reach = PLACE_PARTIES.includes(party.term) && scan.text[party.end] === '的' ? 12 : USING_WORD_REACH;
  for (let k = last + 1; k < scan.hits.length; k++) {
    const h = scan.hits[k]!;
    if (h.clause !== party.clause || h.start - party.end > reach) return false;
    // (钱给他买牛了（他指同村李某）: nor a party in brackets later in the clause, which says who the first one is.)
    if (/[（(]/.test(scan.text.slice(party.end, h.start))) return false;
    // 由村两委用于村集体…: a public body after a public body is the same public purse.
    if (kind === 'government' && h.role.party === 'government') continue;
    // (由镇政府统筹用于扶贫车间厂房建设: and a poverty-relief work after it is its own work.)
    // (Not after a place: 注入镇上的扶贫车间 puts it into the workshop.)
    if (kind === 'government' && !PLACE_PARTIES.includes(party.term) && h.term.includes('扶贫')) continue;
    // (钱让俺兄弟拿去他公司进货了: 他 and a firm right after it are that person's own firm, which the person holds for.)
    if (
      kind === 'person' &&
      THIRD_PERSON.test(h.term) &&
      scan.hits[k + 1]?.role.party === 'organisation' &&
      /^的?$/.test(scan.text.slice(h.end, scan.hits[k + 1]!.start))
    )
      return false;
    // (钱让他表哥拿去开物流公司了: a firm the person goes on to open or run is the person's own works, which the person holds
    // the money for.)
    if (kind === 'person' && h.role.party === 'organisation' && PERSON_RUNS_FIRM.test(scan.text.slice(party.end, h.start))) return false;
    // (给我表哥拿去做生意他每年给我: 他 after a person is that person again.)
    // (由弟弟用来扩大弟弟家的养猪场: and so is the same person named again.)
    if (kind === 'person' && (THIRD_PERSON.test(h.term) || h.term === party.term || party.term.endsWith(h.term))) continue;
    // (钱给嘎查用于集体牧场建设: a works a public body puts the money to is its own work.)
    if (kind === 'government' && /^(?:统一)?(?:用于|用来)/.test(scan.text.slice(party.end, h.start))) return false;
    // (统一建设游客中心: what the party builds is its work, not another party.)
    if (h.role.party && /建|修|盖/.test(scan.text.slice(party.end, h.start))) return false;
    // (交给县里搞产业示范基地: and so is the works a public body or a place goes on to run, no 的 making it another's.)
    if (h.role.party && (kind === 'government' || PLACE_PARTIES.includes(party.term)) && /^(?:统一)?(?:搞|办)[^的]*$/.test(scan.text.slice(party.end, h.start)))
      return false;
    // (A party that is also a word of production, such as 养殖场, counts after a place: 镇上的肉牛养殖场.)
    if (h.role.party && h.role.party !== 'household' && !h.negated && (!h.role.category || PLACE_PARTIES.includes(party.term))) return true;
    // 交由县里一家农业企业统一使用: a word of hand-over naming the one who runs the money.
    if (
      !h.negated &&
      (h.role.category === 'enterprise_use' || h.role.category === 'government_financing_platform') &&
      /企业|公司|合作社|大户|平台/.test(h.term)
    )
      return true;
  }
  return false;
}

/** Whether a word of using (用、借用、代为 …) follows the party within reach, before any other party or mention. */
function usingAfter(scan: Scan, last: number, kind: PartyKind, given = false, place = false): boolean {
  const { hits, text } = scan;
  const party = hits[last]!;
  const public_ = kind === 'government' || kind === 'organisation';
  let next = last + 1;
  let inside = party.end; // positions before this lie inside a word already read
  // 小舅子在邻村养羊, 县政府有养牛补贴, 政府免费发的鸡苗, 合作社给社员返利: the party's own doings or gifts, not the
  // household's money.
  // (But 是他在用: the party is using the money now.)
  // (合作社开春给种子: a word of time may stand between.)
  // 其弟用该款为借款人翻建厢房: a party spending the money on the household's behalf is its agent, not its user.
  if (FOR_THE_HOUSEHOLD_AFTER.test(text.slice(party.end, party.end + 16))) return false;
  // (贷款给他幺儿买了部苹果手机, 给她闺女买了台旋耕机: bought for the borrower's child, the child's own affairs untold, is
  // the household's buying, not money handed over.)
  if (given && kind === 'person' && boughtForChild(text, party)) return false;
  // (贷款是给县城投公司的: a party the loan is said to be for, given to it, has it.)
  if (given && text.startsWith('的', party.end) && LOAN_WAS_FOR_BEFORE.test(text.slice(Math.max(0, party.start - 10), party.start))) return true;
  // (合作社没用我钱: a party said not to use the money does not use it.)
  if (NOT_USED_AFTER.test(text.slice(party.end, party.end + 6))) return false;
  // (公司供种、秋后收购: a party that supplies the household's seed or inputs is its supplier, not a user of the money.)
  if (SUPPLIES_AFTER.test(text.slice(party.end, party.end + 6))) return false;
  // 屯里老李家养牛, 包老刘家的8亩地: a person's family named with what it has or does is its own affairs (but money
  // given to it is given: 贷款给邻居家盖房用).
  if (kind === 'person' && text[party.end] === '家' && !given) return false;
  if (kind === 'person' && !given && namesTheBorrower(text, party)) return false;
  // 县农投公司统一组织辖区贷款户资金建设光伏电站: a public body that gathers the households' money uses it.
  // (Not a village that gathers it for a company: 村里统一组织贫困户贷款入股某牧业公司.)
  if (
    public_ &&
    !PLACE_PARTIES.includes(party.term) &&
    GATHERS_MONEY.test(text.slice(party.end, party.end + 20)) &&
    !FOR_A_COMPANY.test(text.slice(party.end, party.end + 30))
  )
    return true;
  // 镇政府统一收了，建扶贫产业园; 资金由村委会收取，用于修建村部: a public body that collected the money (no produce or fee
  // named after 收了) uses it.
  if (public_ && COLLECTED_FOR_WORK.test(text.slice(party.end, party.end + 12))) return true;
  // (朋友拿我的贷款去贩牛: a party taking the household's loan off to its own ends.)
  if (LOAN_TAKEN_OFF.test(text.slice(party.end, party.end + 24))) return true;
  // 借人家的钱得还，人家也等着用: a creditor who needs its own money back uses nothing of the loan.
  if (WAITING_TO_USE.test(text.slice(party.end, party.end + 6))) return false;
  // 挂靠县出租车公司运营: a vehicle run under a company's licence is the household's; the company runs no money of it.
  if (/挂靠[^，。,;；]{0,10}$/.test(text.slice(Math.max(0, party.start - 12), party.start))) return false;
  // (贷款是姑爷子开饭店用的: the loan said to be what the party's own trade used is the party's.)
  if (
    kind === 'person' &&
    LOAN_IS_BEFORE.test(text.slice(Math.max(0, party.start - 9), party.start)) &&
    TRADE_USED_AFTER.test(text.slice(party.end, party.end + 12))
  )
    return true;
  const act = party.end + (SEASON.exec(text.slice(party.end, party.end + 3))?.[0].length ?? 0);
  // (But 给兄弟在西宁开拉面馆用: money given for the party's own doings, ending in 用, is handed to it.)
  // 公司帮着养鸡，每年给三千块钱: a body that raises the stock for the household, paying it a return, runs the money.
  // (约定由农投公司代养，每年返还每户3000元: a public body too.)
  // (公司派司机开，他一年拿八千: or runs the household's vehicle with its own driver, paying it a return.)
  if (public_ && (RAISED_FOR.test(text.slice(act, act + 4)) || DRIVEN_FOR.test(text.slice(act, act + 6))) && RETURN_PAID.test(text.slice(act))) return true;
  // (贷款由合作社购置自有设备，每年按5%返还: a body buying its own goods with the money, or paying a return for it, uses it.)
  if (public_ && BUYS_ITS_OWN.test(text.slice(act, act + 8)) && (OWN_GOODS.test(text.slice(act, act + 8)) || RETURN_PAID.test(text.slice(act)))) return true;
  if (PARTY_OWN_ACT.has(text[act] ?? '') && !/^在(?:用|使用)/.test(text.slice(act, act + 3))) return given && GIVEN_FOR_USE.test(text.slice(act));
  // (村会计讲地已交接种上了: a party that tells or reports, not given the money, is a witness.)
  if (!given && TELLS.test(text.slice(act, act + 2))) return false;
  // (实际是屯里孙老板的养猪场用的: but the party's own works said to use the money use it.)
  if (text[party.end] === '的' && WORKS_USED_AFTER.test(text.slice(party.end, party.end + 12))) return true;
  // 合作社的养羊技术培训: after 的 comes what the party has, not what it does with the money.
  if (text[party.end] === '的' && !given) return false;
  let reach = party.end + USING_WORD_REACH;
  for (let at = party.end; at <= reach && at < text.length; at++) {
    if (BREAKS.has(text[at]!)) return false;
    // 合作社未使用贷款资金, 村委会未经手: a party's use denied.
    if (DENIED_USE.test(text.slice(at, at + 6))) return false;
    // 乙方（种子店）以次充好: what stands in brackets right after the party describes it; reach over it.
    if ((text[at] === '(' || text[at] === '（') && at === party.end) {
      const close = text.slice(at).search(/[)）]/);
      if (close > 0) {
        reach += close + 1;
        at += close;
        while (hits[next] !== undefined && hits[next]!.start <= at) next++;
        inside = at + 1;
        continue;
      }
    }
    // 村两委以"集体发展"名义收走: a pretext between the party and its act is reached over.
    if (at === party.end && text[at] === '以') {
      const pretext = /^以[^，。,;；]{1,10}?名义|^以[^，。,;；]{1,18}?为由/.exec(text.slice(at));
      // 村会计以本户名义办理: a party acting in a household's name takes the loan itself (冒名、借名).
      if (pretext && /户|借款人|我|俺|其/.test(pretext[0])) return true;
      if (pretext) {
        reach += pretext[0].length;
        at += pretext[0].length - 1;
        while (hits[next] !== undefined && hits[next]!.start <= at) next++;
        inside = at + 1;
        continue;
      }
    }
    const hit = hits[next];
    if (hit && hit.start === at) {
      next++;
      inside = hit.end;
      // (由某米业公司代为办理并实际使用: an act of the party's joined by 并 to its using reaches on.)
      // (乡政府组织“统贷统还”: or a word of its arranging, the using after it.)
      if (
        hit.role.neutral &&
        !hit.role.party &&
        (text[hit.end] === '并' || (ARRANGES.test(hit.term) && POOLING_ARRANGED.test(text.slice(hit.end, hit.end + 4))))
      ) {
        reach = hit.end + 1 + USING_WORD_REACH;
        continue;
      }
      if (hit.role.neutral || hit.role.party) return false;
      // (给老刘家用的: a person's family using what is given.)
      if (given && kind === 'person' && at === party.end && /^家(?:用|里用|使)/.test(text.slice(at, at + 4))) return true;
      if (!place && (hit.role.category === 'enterprise_use' || hit.role.category === 'government_financing_platform')) return true;
    } else if (at < inside) continue;
    // 交钱给村委会修晾晒场: building words hand money to a public body only after 给 (镇政府建的服务站 is its own work).
    // After a place alone (县里统一上了种植险, 镇上经营一个小饭店), only a public body's words of using count.
    // (养过蜂, 种过地: a party's own experience, not the household's money.)
    if (text[at + 1] === '过') continue;
    // (对方住院费用: 用 that ends 费用、作用、信用 is part of a noun; 合作社统一订种子: and 种 that begins 种子.)
    if (text[at] === '用' && /[费作信]/.test(text[at - 1] ?? '')) continue;
    if (text[at] === '种' && text[at + 1] === '子') continue;
    // (请农机合作社用挖机平整茶地: nor 用 before a machine, the tool the party works with.)
    if (text[at] === '用' && MACHINE_AFTER.test(text.slice(at + 1, at + 5))) continue;
    // (合作社理事长拿了十几户的贷款去建冷库; 村委会…把几十户的贷款集中起来建冷库: a party that takes many households' loans uses them.)
    if (POOLED_TAKEN.test(text.slice(at, at + 16))) return true;
    // (村里统一收了承包费: a fee collected is a price paid, not the money handed over.)
    // (镇里统一收了俺家土豆, 乡政府统一收了贷款申请材料: nor produce or papers collected.)
    if (text[at + (text.startsWith('统一', at) ? 2 : 0)] === '收' && (FEES.test(firstClause(text.slice(at, at + 9))) || GOODS_COLLECTED.test(text.slice(at))))
      return false;
    // (村支书集中本村贫困户的订单统一采购种羊: not orders gathered, the money staying with each household.)
    // (运至某饲料企业代为加工…运回户主家喂牛，户主付加工费: processing the household's goods for a fee is a service.)
    // (鲜果交合作社代脱皮、烘干，按斤付加工费: any processing so — set 960.)
    if (/^代(?:为)?(?:加工|脱皮|烘干|脱粒|剥壳|碾米|打米|榨油|磨粉|磨面)/.test(text.slice(at, at + 5)) && PROCESSED_RETURNED.test(text)) return false;
    if (place ? PLACE_USING.some((w) => text.startsWith(w, at)) : startsWithAny(text, at, USING)) return !ORDERS_GATHERED.test(firstClause(text.slice(at)));
    // (乡里搞美丽乡村项目用了她家的贷款: a place's project named, then the loan it used.)
    if (place && PLACE_PROJECT_USED.test(text.slice(at, at + 24))) return true;
    // (统一拿去建牛场，村里管，年底给钱: 管 ending its clause, where the text pools the money or pays for it, runs it.)
    // (入了村集体养殖场，村委会管，年底给分红: and a public body that runs it so.)
    // (羊全赶到大户圈里由大户管，年底给额分钱: and any party the stock is left to run so.)
    // (牛实际在大户圈里，大户管，年底给户里三千块: or the party named before, opening its own clause.)
    const namedBefore = /[，,]/.test(text[party.start - 1] ?? '') && text.slice(0, party.start - 1).includes(party.term);
    if ((place || kind === 'government' || text[party.start - 1] === '由' || namedBefore) && /^管[，。,;；]/.test(text.slice(at, at + 2)) && POOLED.test(text))
      return true;
    if (given && ((public_ && startsWithAny(text, at, PUBLIC_USING)) || startsWithAny(text, at, GIVEN_USING))) return true;
  }
  return false;
}

/** The borrower's child, told in the third person (他儿子, 她闺女, or 他 before 幺儿), and 买 right after. */
const CHILD_WORD = /^(?:儿子|儿|闺女|女儿|丫头|幺儿|幺妹|大儿子|小儿子|二儿子|孙子)/;
const childBuys = (text: string, party: Hit) => {
  // (The child may be read as one word, 他儿子, or as 他 then 闺女, or the pronoun alone before a word the lexicon lacks: 他幺儿.)
  const from = /^(?:他|她|其)/.test(party.term) ? party.start : /[他她其]$/.test(text.slice(0, party.start)) ? party.start - 1 : -1;
  if (from < 0) return false;
  const child = CHILD_WORD.exec(text.slice(from + 1, Math.max(party.end, from + 1) + 3));
  return child !== null && from + 1 + child[0].length >= party.end && text[from + 1 + child[0].length] === '买';
};
/** A purchase for the borrower's child, the child's own shop, firm or separate household untold. */
const boughtForChild = (text: string, party: Hit) => childBuys(text, party) && !OWN_AFFAIRS.test(text);

/** A public body's own building, right after the body: 办公室, 会议室, 活动室. */
const PUBLIC_BUILDING_AFTER = /^的?(?:新)?(?:办公室|办公楼|办公用房|会议室|活动室|活动中心|大院|院墙|教学楼|校舍|教室)/;

/**
 * Whether the money goes into the own work of a public body or a place (named from `party` to `last`, with no verb of
 * handing before it): a project heading the text that the household runs nothing of, a project or works the money is
 * used for, a body's own building repaired or built (`body`: a public body, not a place), or a works bill advanced.
 */
function intoPublicWork(scan: Scan, party: Hit, last: Hit, body: boolean): boolean {
  const { text } = scan;
  // (用于县交投公司的道路项目: a county or town named before the body belongs to it.)
  const before = text
    .slice(Math.max(0, party.start - 4), party.start)
    .replace(/了$/, '')
    .replace(/[县乡镇市区]$/, '');
  const after = text.slice(last.end);
  // 县里的扶贫项目，户里不经营，每年给分红.
  // (乡政府扶贫产业园大棚，户里没干: or its park or sheds, said with no 的.)
  if (
    party.start === scan.clauseStart[party.clause] &&
    // (镇政府建移民安置点配套设施，让贫困户每户贷5万垫资: or the works it builds, the households' loans advancing them.)
    (/^的?[^，。,;；]{0,8}(?:项目|产业园|园区)/.test(after) ||
      /(?:产业园|园区|项目)$/.test(last.term) ||
      ((LOAN_ADVANCED.test(after) || DIVIDEND_PAID_BACK.test(after)) && /^(?:统筹|统一)?[建修搞][^，。,;；]{0,10}(?:设施|工程|电站)/.test(after))) &&
    // (乡里搞高标准农田项目，让贷款户用扶贫贷款先垫资: or the households' loans made to advance its funds; 乡里统筹建光伏电站，
    // 每年给户里分红: or a dividend it pays the households back.)
    (NOT_RUN_BY_HOUSEHOLD.test(text) || LOAN_ADVANCED.test(after) || DIVIDEND_PAID_BACK.test(after))
  )
    return true;
  // 用于乡里的小城镇建设项目, 用于村里修机耕路; (用于村部办公室维修: a public body's own building worked on.)
  if (/(?:用于|用在|投入|投到)$/.test(before))
    // (投入镇上食用菌产业园（某公司经营）: not a park the text says a company runs.)
    return (
      (!/^[^，。,;；]{0,12}[（(][^）)]{0,8}(?:公司|企业|合作社)(?:经营|运营|管理)/.test(after) &&
        /^的?[^，。,;；]{0,10}(?:项目|工程|电站|产业园|园区|公路|道路|村道|机耕路|生产路|水泥路|水渠)/.test(after)) ||
      (body && /^的?[^，。,;；]{0,6}(?:维修|修缮|装修|翻修|改造|建设)/.test(after))
    );
  // (修村委会办公室: a verb of building before the body, its own building after.)
  if (body && /[修建盖缮]$/.test(before) && PUBLIC_BUILDING_AFTER.test(after)) return true;
  // 用于垫付乡里修水渠的工程款: its works bill, advanced (乡里高标准农田项目垫资: or its project, said before the advance).
  return (
    (/(?:垫付|垫资)$/.test(before) && /^[^，。,;；]{0,10}(?:项目|工程)/.test(after)) ||
    /^的?[^，。,;；]{0,10}(?:项目|工程)(?:款)?(?:先)?(?:垫资|垫付)/.test(after)
  );
}

/**
 * Whether the body at `hits[first]` is named, after a word of using, as a person's outside the household: 用于女婿的公司,
 * 用到她女婿的运输公司 (not 用于自家的公司: the household's members are no party).
 */
function ownedByPersonNamed(scan: Scan, first: number): boolean {
  const { hits, text } = scan;
  const party = hits[first]!;
  for (let k = first - 1; k >= 0 && hits[k]!.clause === party.clause; k--) {
    const owner = hits[k]!;
    if (owner.role.party === undefined) continue;
    if (owner.role.party !== 'person' || owner.negated) return false;
    // (她女婿: a pronoun right before the person is only a possessive.)
    const start = hits[k - 1]?.role.party === 'person' && hits[k - 1]!.end === owner.start ? hits[k - 1]!.start : owner.start;
    return (
      /^的[^，。,;；]{0,4}$/.test(text.slice(owner.end, party.start)) &&
      /(?:用于|用来|用在|用到)(?:其|他|她)?$/.test(text.slice(scan.clauseStart[party.clause], start))
    );
  }
  return false;
}

/** After a party, words that the money repaid a debt to it: 还的账, 还了债, 还钱. */
const REPAID_TO_AFTER = /^(?:家)?(?:还|偿还|还上)(?:的|了)?(?:账|债|钱|饥荒|欠款|借款)/;
/** Before it, a debt the household told: 欠的饥荒, 借了亲戚的. */
const OWED_BEFORE = /欠|饥荒|借了|外债/;

/** After a place, a person of it named by their work: 村里放羊人, 屯里的羊倌 (not 修人饮水池, drinking water for people). */
const PERSON_AFTER_PLACE = /^的?[^，。,;；的]{1,3}?(?:人|倌|师傅)(?!家|饮)/;
/** Right after a place, a person it describes by their trade: 搞砂石那个老板. */
const TRADER_AFTER_PLACE = /^(?:搞|做|干|开|包|跑)[^，。,;；]{1,6}?(?:那个|那家|这个|的)(?:老板|大户|老[\u4e00-\u9fff]|包工头)/;

/** Right after a seller, goods bought there: 账上买了四十包育肥料. */
const GOODS_BOUGHT_THERE_AFTER = new RegExp(`^(?:的)?(?:账上|账户上?|账户里|那里|那儿)(?:${GOODS_BOUGHT_AFTER.source.slice(1)})`);
/** (Not a body that buys and keeps for the household: 交合作社统一购牛饲养，按年支付收益.) */
const RUN_BY_SELLER = /统一|收益|托管|返还/;
/** Right before 给, a fee paid: 交承包费(给村委会), 付了租金(给). */
const FEE_RIGHT_BEFORE = new RegExp(`(?:交|付|缴|出)(?:了|的)?(?:${FEES.source})(?:[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元))?$`);

/** After a party, its bill: 的大学学费, 的医药费, 的房租. */
const BILL_OF_AFTER = /^的?[^，。,;；的]{0,4}(?:学费|补课费|补习费|医药费|药费|住院费|房租|生活费|罚款|欠款)/;

/** Right after goods, the money named as their price: 饲料钱, 化肥款, 饲料的钱. */
const GOODS_MONEY_AFTER = /^(?:的)?(?:钱|款|货款)/;
const BOUGHT_BEFORE = /(?:购买|购进|采购|买进|买入|购入|买|购)[^，。,;；]{0,8}$/;

/**
 * Whether the body at `hits[first..last]` bears in its name (or the few words before it) goods the text says the loan
 * bought, with no return or keeping told: the money paid it the price (资金流向某饲料厂 after 购买饲料).
 */
function sellsWhatWasBought(scan: Scan, first: number, last: number): boolean {
  const { hits, text } = scan;
  const party = hits[first]!;
  if (!/厂|场|公司|合作社|站|店|养殖户|种植户/.test(hits[last]!.term) || SALE_COVER.test(text) || ENTRUSTED_AFTER.test(text) || RUN_BY_SELLER.test(text))
    return false;
  // (钱打到饲料厂账上买了四十包育肥料: goods bought there at once.)
  if (GOODS_BOUGHT_THERE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 16))) return true;
  const name = text.slice(Math.max(scan.clauseStart[party.clause]!, party.start - 6), hits[last]!.end);
  return GOODS_SOLD.some((goods) => {
    if (!name.includes(goods)) return false;
    for (let at = text.indexOf(goods); at >= 0; at = text.indexOf(goods, at + 1)) {
      // (饲料钱直接转给饲料厂, 买饲料的钱转给饲料厂: goods named as what the money paid for, before the party.)
      if (at < party.start && GOODS_MONEY_AFTER.test(text.slice(at + goods.length, at + goods.length + 3))) return true;
      if (at >= party.start - 6 && at < hits[last]!.end) continue;
      if (BOUGHT_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return true;
      // (转给饲料厂付了自家猪场的饲料款: or paid, right after, as the goods' bill.)
      if (
        at >= hits[last]!.end &&
        /^[^，。,;；]{0,2}(?:付|结|交)/.test(text.slice(hits[last]!.end, at)) &&
        at - hits[last]!.end <= 12 &&
        GOODS_MONEY_AFTER.test(text.slice(at + goods.length, at + goods.length + 3))
      )
        return true;
    }
    return false;
  });
}

/**
 * Whether the party at `hits[last]` is named in an earlier clause as the one the household bought from (跟合作社买的,
 * 向种子公司买) or rents from, a fee named between (把邻居老孙家十五亩地包过来…一亩租金六百，钱给老孙): the same party,
 * or one its name ends with (农机合作社 … 合作社).
 */
function paidBefore(scan: Scan, last: number): boolean {
  const { hits, text } = scan;
  const party = hits[last]!;
  for (let j = 0; j < last; j++) {
    const h = hits[j]!;
    // (从水泥厂拉了…钱直接转到厂里账户: a party named again by its kind and 里 is the same.)
    if (h.clause === party.clause || h.role.party === undefined || !h.term.endsWith(party.term.replace(/(?<=.)[里上子]$/, ''))) continue;
    if (LEAD_MENTION.test(text.slice(scan.clauseStart[h.clause], h.start)) && /^[^，。,;；]{0,3}(?:买|购|订|进|赊|拉了|拉的|拉回)/.test(text.slice(h.end)))
      return true;
    // (旋耕机是在县农机公司买的; 木料是县木材厂送来的: or the seller the goods are said to have come from.)
    if (
      /(?:是在|是从|在)[^，。,;；]{0,3}$/.test(text.slice(scan.clauseStart[h.clause], h.start)) &&
      /^[^，。,;；]{0,4}(?:买的|购的|订的|进的)/.test(text.slice(h.end))
    )
      return true;
    // (水泥是乡里水泥厂拉的, 茶苗是合作社统一代购的: or the works the goods were hauled from, or bought through.)
    if (
      /^[^，。,;；]{1,4}是[^，。,;；是]{0,3}$/.test(text.slice(scan.clauseStart[h.clause], h.start)) &&
      /^(?:那里|那儿|那)?(?:统一)?(?:买的|购的|订的|进的|拉的|运的|代购的|代买的)/.test(text.slice(h.end))
    )
      return true;
    // (茶苗由村合作社统一代购: and the one that bought them for the household.)
    if (/^(?:统一)?代(?:购|买)/.test(text.slice(h.end))) return true;
    // (县水泥厂送来三十吨水泥: and the one that delivered them.)
    if (/^[^，。,;；]{0,2}(?:送来|运来|拉来)/.test(text.slice(h.end))) return true;
    if (RENTED_FROM_AFTER.test(text.slice(h.end, h.end + 14)) && FEES.test(text.slice(h.end, party.start))) return true;
  }
  // 购买青贮玉米300吨…，转账给本屯种植户: a purchase the text opens with, then a payment that ends on the party, pays
  // the seller.
  return (
    party.clause > 0 &&
    // (自家榨油坊更换榨油机一台…流水显示付款给浙江某机械公司: or a first clause that replaces its machine.)
    (PURCHASE_OPENS.test(text.slice(scan.clauseStart[0], scan.clauseStart[0]! + 2)) || /更换|添置|购置/.test(text.slice(0, scan.clauseEnd[0]))) &&
    PAYMENT_TO_BEFORE.test(text.slice(scan.clauseStart[party.clause], party.start)) &&
    /^(?:$|[。；;])/.test(text.slice(party.end, party.end + 1))
  );
}

/** A text that opens by buying: 购买, 采购, 买. */
const PURCHASE_OPENS = /^(?:购|采购|买)/;
/** A clause that only pays the party: 转账给本屯, 付款给, 打给, 流水显示付款给. */
const PAYMENT_TO_BEFORE = /^(?:流水显示|流水上|查流水)?(?:货款|款项|钱款|款)?(?:已|直接|全部|均)?(?:转账|打款|付款|汇款|转款|支付|付|打)给[^，。,;；]{0,6}$/;

/** Right after a party 给 names, wages paid it: 开工钱, 发工资, 结工钱. */
const WAGES_AFTER = /^(?:和[^，。,;；]{1,8}?)?(?:开|发|付|结|算)(?:点|了|个|的)?(?:工钱|工资|工费|人工费|劳务费)/;

/** After a party, land of theirs taken on: 家十五亩地包过来, 的地租过来. */
const RENTED_FROM_AFTER = /^[^，。,;；]{0,8}地(?:包|租|流转|转)(?:过来|了|下)/;

/** Whether a word of the party's running the money follows it in its clause (交给合作社统一养). */
function runsAfter(scan: Scan, last: number): boolean {
  const party = scan.hits[last]!;
  return scan.hits.some((h, k) => k > last && h.clause === party.clause && !h.negated && HANDED.has(h.role.category));
}

/** Around a party, words of borrowing from it: 从(店)老板那借的, 跟表哥借了. */
const LENDER_NAMED_BEFORE = /(?:从|向|跟|找)[^，。,;；从向跟找]{0,2}$/;
const BORROWED_AFTER = /^(?:那|那里|那儿|处)?借/;
/** Whether the party named from `start` to `end` is one the household borrowed from there (跟表哥借了, 从店老板那借的). */
const lenderAt = (text: string, start: number, end: number) =>
  LENDER_NAMED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && BORROWED_AFTER.test(text.slice(end, end + 4));
/** Whether the text anywhere names `term` as a party the household borrowed from. */
function namedAsLender(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) if (lenderAt(text, at, at + term.length)) return true;
  return false;
}
/** Before a company, the lending it does: 网贷公司, 小贷公司, 消费金融公司. */
const LENDER_BEFORE = /(?:网贷|网络借贷|小贷|小额贷款|贷款|借贷|消费金融|金融)$/;
/** A debt repaid: 偿还…欠款, 还网贷. */
const DEBT_REPAID = /偿还|还(?:网贷|欠款|欠的|债|账|饥荒|旧贷)/;

/** After a party, a debt the household owes it: 欠其弟的旧账, 还老张的饥荒, 还欠他的钱. */
const OWED_PRONOUN = /欠(?:他|她|其|对方)|还(?:他|她|对方)的|借(?:他|她|其|对方)的/;
const DEBT_AFTER = /[债账荒]|欠款|借款|的钱|借(?:他|她|其|对方)的/;
/** After a party the household owes, this loan repaying the debt: 这次贷款就是还这笔账的. */
const DEBT_REPAID_LATER = /还(?:这笔|那笔|这个|那个)?(?:账|债|钱|欠款)|还给/;
/** Right after a party, in the next clause, the money repaying the household's own debt: ，用于归还借款人此前所欠的个人借款. */
const REPAYS_DEBT_NEXT =
  /^[^，。,;；]{0,4}[，,](?:用于|用来|系|是|作为)?(?:归还|偿还|还)[^，。,;；]{0,14}(?:所欠|欠下?)的?[^，。,;；]{0,6}(?:借款|欠款|债务|债|账|饥荒)/;

/** Before the party, debts the loan settled (贷款结清了在农资店的欠账…从店老板那借的五千). */
const DEBT_SETTLED_BEFORE = /结清|还清|偿还|还上/;
/** After a party, a debt for goods bought on credit repaid: 还去年赊的化肥账, 还上赊下的饲料钱. */
const CREDIT_REPAID_AFTER = /还(?:了|上|清)?[^，。,;；]{0,6}赊(?:的|下的|欠的)[^，。,;；]{0,6}(?:账|钱|款)/;
/** After a party the household borrowed from, the loan repaying it: 用贷款还他, 还上了这笔账. */
const REPAID_THEM_LATER = /还(?:给)?(?:他|她|人家|对方)|还(?:上|清)了?(?:这笔|那笔)?(?:账|债|钱)/;
/** Whether, in the party's clause or the next, the household pays a debt it owes the party at `hits[last]`. */
function owedTo(scan: Scan, last: number): boolean {
  const { hits, text } = scan;
  const party = hits[last]!;
  const rest = text.slice(party.end, scan.clauseEnd[party.clause + 1] ?? text.length);
  return (
    ((rest.includes(`欠${party.term}`) || rest.includes(`还${party.term}的`) || OWED_PRONOUN.test(rest)) && DEBT_AFTER.test(rest)) ||
    REPAYS_DEBT_NEXT.test(rest) ||
    // (转给债主张某: a party named as the household's creditor; 欠了包工头三万…还这笔账: one the household owes.)
    text.slice(Math.max(0, party.start - 2), party.start) === '债主' ||
    (/欠(?:了|下)?$/.test(text.slice(Math.max(0, party.start - 2), party.start)) && DEBT_REPAID_LATER.test(text.slice(party.end))) ||
    // (钱转给表哥了，前年盖房跟表哥借了两万，这回用贷款还他: a party the household borrowed from, the loan repaying it.)
    (namedAsLender(text, party.term) && (REPAID_THEM_LATER.test(text.slice(party.end)) || DEBT_SETTLED_BEFORE.test(text.slice(0, party.start)))) ||
    // (钱转给农资店老刘了…是还去年赊的化肥账: goods the household had on credit, the debt paid to the seller.)
    CREDIT_REPAID_AFTER.test(text.slice(party.end))
  );
}

/**
 * Whether the money is handed to the party ending at `hits[last]` (starting at `first`): by a verb before it, or a
 * word of using after it. Returns the hand-over verb when one decided (to list it), true, or false.
 */
/** Before a person, that they are a vet or a doctor: 乡里兽医, 村卫生室. */
const HEALER_BEFORE = /(?:兽医|医生|大夫|卫生室|诊所|卫生院|郎中)$/;
/** After a healer, the care given: 给牛打口蹄疫针, 打针输液看病. */
const CARE_AFTER = /^[^。；;]{0,8}?(?:打针|打疫苗|输液|挂水|看病|灌药|治病|接生|配种)|^[^。；;]{0,6}?打[^，。,;；]{0,4}针/;
/** Opening the clause before a party, the price of goods: 买牛的钱, 羊款. */
const PRICE_OF_GOODS_BEFORE = /^(?:买[^，。,;；]{1,4}的(?:钱|款)|(?:牛|羊|猪|苗|种子|饲料|化肥|机子)(?:钱|款))/;
/** After a party, the goods brought home: 牛拉回来, 牵回家. */
const GOODS_BROUGHT_HOME = /(?:拉|牵|赶|运|领|买)回(?:来|家|到家|自家)/;
/** Whether a word right before a party is what the party is named by: a party, works or a trade (养殖场老板, 砖厂老板). */
const ownerOf = (h: Hit) => h.role.party !== undefined || h.role.premises === true || h.role.business === true;

export function handedOver(scan: Scan, first: number, last: number, kind: PartyKind): Hit | boolean {
  const { hits, text } = scan;
  const party = hits[first]!;
  // (给镇上一个搞装修的老李, 县里一家食品公司: a place that only says where a person or firm is hands nothing to it.)
  // (村里张某开饭店: nor one before a person named by surname and 某; 给了村里搞砂石那个老板用: nor one before a person told by
  // their trade — set 961.)
  if (
    PLACE_PARTIES.includes(party.term) &&
    (/^(?:一个|一家|有个|有家)/.test(text.slice(hits[last]!.end, hits[last]!.end + 2)) ||
      /^[\u4e00-\u9fff]某/.test(text.slice(party.end, party.end + 2)) ||
      TRADER_AFTER_PLACE.test(text.slice(party.end, party.end + 12)))
  )
    return false;
  // (买牛的钱转给了邻村的一个养牛场老板，牛拉回来自己养: the price of stock paid to its seller, the stock brought home after,
  // is a purchase.)
  if (PRICE_OF_GOODS_BEFORE.test(text.slice(scan.clauseStart[party.clause], party.start)) && GOODS_BROUGHT_HOME.test(text.slice(hits[last]!.end))) return false;
  // (鲜果交合作社代脱皮、烘干，按斤付加工费: produce handed for processing the household pays for is a service bought — set 960.)
  if (PRODUCE_HANDED_BEFORE.test(text.slice(Math.max(0, party.start - 6), party.start)) && PROCESSED_RETURNED.test(text)) return false;
  // (和蒜厂签了订单，自家种蒜交给厂里: and the household's own crop delivered under an order is sold — set 962.)
  if (OWN_CROP_HANDED_BEFORE.test(text.slice(Math.max(0, party.start - 9), party.start)) && ORDER_OR_PURCHASE.test(text)) return false;
  // (我觉得多了，劝他先养6只: one the writer advises is told what to do, not given money.)
  if (/(?:劝|劝了|叫|提醒)$/.test(text.slice(Math.max(0, party.start - 2), party.start)) && THIRD_PERSON.test(party.term) && text.startsWith('先', party.end))
    return false;
  // (来电人的女婿用这笔贷款炒股: a person said to speculate with the loan puts it into shares — speculation, not their firm.)
  if (kind === 'person' && SPECULATES_WITH_LOAN_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12))) return false;
  // (他侄子在手机上给他弄了个投资平台: one an app or an account is set up for is given no money.)
  if (SET_UP_FOR_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 6))) return false;
  // (请农业公司的技术员来教嫁接，技术费给公司: a fee for a service paid to the one that gave it.)
  if (/(?:技术费|服务费|指导费|培训费|技术服务费)[^，。,;；]{0,2}(?:给|交给|付给|转给)了?$/.test(text.slice(Math.max(0, party.start - 10), party.start)))
    return false;
  // (买虫草送礼给领导和亲戚, 买了两条中华两瓶茅台送给村支书: those goods are given to as a gift run no money — the gift is the
  // spending.)
  if (/送礼给[^，。,;；]{0,6}$/.test(text.slice(Math.max(0, party.start - 10), party.start)) || GOODS_GIVEN_BEFORE.test(text.slice(0, party.start)))
    return false;
  // (牛托给邻居看: stock left with one only to watch while the family is away hands nothing over.)
  if (/托给$|交给$/.test(text.slice(Math.max(0, party.start - 2), party.start)) && WATCHED_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 5)))
    return false;
  // (合作社只是卖给我们，钱给了他们牛就拉回来了: money given to those said to have sold to the household is the price.)
  if (THIRD_PERSON.test(party.term) && SOLD_TO_US.test(text.slice(0, party.start))) return false;
  // (买翻斗车拉砂石给重建工地: goods the household hauls to a party are its own hauling, not money handed over.)
  if (HAULED_TO_BEFORE.test(text.slice(Math.max(0, party.start - 10), party.start))) return false;
  // (收草果回来，在整董交给收购老板: a buyer the household's goods are handed to buys them.)
  // (统一交给来村里收货的老板: or one that comes to the village to buy; 蜂蜜交合作社按市价收购: or one said after to buy them.)
  if (handedToBuyer(text, party.start, hits[last]!.end)) return false;
  // (羊子放在我弟弟家那边山上，弟弟帮我放，我给他工钱，羊是我的: stock kept with another who is paid wages for tending it, the
  // household saying it owns it, is the household's.)
  if (kind === 'person' && OWNED_BY_HOUSEHOLD.test(text) && /给(?:他|她|他们)(?:开)?(?:工钱|工资)/.test(text)) return false;
  // (蜂箱放在亲戚家的林子里，蜂是自己养自己管: or stock only placed on their land, the household keeping and tending it.)
  if (text.slice(0, party.start).endsWith('放在') && /自己养自己管|都是自己管|是自己养的/.test(text)) return false;
  // (贷款给侄儿跑货车: a person the loan itself is given to, for hauling or trade of their own, runs it.)
  if (
    kind === 'person' &&
    (LOAN_GIVEN_BEFORE.test(text.slice(Math.max(0, party.start - 6), party.start)) ||
      // (贷款给早就分了家的二儿子，他在镇上自己跑出租: or with words between that say who they are.)
      LOAN_GIVEN_TO_DESCRIBED.test(text.slice(Math.max(0, party.start - 16), party.start))) &&
    /^[^。；;]{0,12}?(?:跑运输|跑货车|跑货|跑车|跑出租|做生意|做买卖)/.test(text.slice(hits[last]!.end))
  )
    return true;
  // (车给女婿跑货运，收入归女婿: goods the loan bought given to a person to work, the income theirs, are handed over — set 1021.)
  if (
    kind === 'person' &&
    /(?:车|车子|货车|机子|机器)给$/.test(text.slice(Math.max(0, party.start - 3), party.start)) &&
    /^(?:跑|开|拉)/.test(text.slice(hits[last]!.end, hits[last]!.end + 1)) &&
    new RegExp(`(?:收入|挣的钱|赚的钱|收益)(?:都|全)?归${party.term}`).test(text)
  )
    return true;
  // (调解赔偿300元，贷款下来就先把这300给了人家, 转了2000给对方: the one owed damages, paid them, runs no money.)
  if (
    /^(?:人家|对方|邻居|受害人|伤者)$/.test(party.term) &&
    text.slice(0, party.start).includes('赔') &&
    /(?:给了?|转了?[^，。,;；]{0,6}给)$/.test(text.slice(Math.max(0, party.start - 10), party.start))
  )
    return false;
  // (拉砂石给工地，户主自己开，收运费: a party the household hauls for, for a fare, is its customer.)
  if (HAULED_FOR_BEFORE.test(text.slice(Math.max(0, party.start - 7), party.start)) && FARE_TAKEN.test(text)) return false;
  // (走访邻居了解钱系拿去给儿子讨老婆了: one the writer asked is a source.)
  if (ASKED_BEFORE.test(text.slice(Math.max(0, party.start - 2), party.start)) && TOLD_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 2)))
    return false;
  // (糖厂来村里集资扩建: a firm raising money from the village takes what is paid in.)
  if (kind === 'organisation' && /^(?:来|到|在)?(?:村里|屯里|乡里|我们村|寨子里)?集资/.test(text.slice(hits[last]!.end, hits[last]!.end + 8))) return true;
  // (交了点钱请合作社的收割机收麦子: a body whose machine or hand the household hires for a job sells a service.)
  if (
    kind === 'organisation' &&
    /请(?:了)?$/.test(text.slice(Math.max(0, party.start - 2), party.start)) &&
    /^的?(?:收割机|拖拉机|旋耕机|插秧机|播种机|机子|技术员|师傅|飞防队|无人机)/.test(text.slice(hits[last]!.end, hits[last]!.end + 5))
  )
    return false;
  // (钱给了合作社，是合作社统一代购饲料…合作社只收代购费: a body that buys for the household for a fee sells a service.)
  if (kind === 'organisation' && PURCHASE_FEE.test(text) && !RETURN_OR_CARE.test(text)) return false;
  // (委托镇上茶厂代加工自家茶青，付加工费: a works that processes the household's own crop for a fee sells a service.)
  if (kind === 'organisation' && /^代?加工/.test(text.slice(hits[last]!.end, hits[last]!.end + 3)) && text.includes('加工费') && !RETURN_OR_CARE.test(text))
    return false;
  // (镇财政所来收的钱: a public body that came to collect the money has it.)
  if (kind === 'government' && /^来收(?:的)?(?:钱|款|贷款)/.test(text.slice(hits[last]!.end, hits[last]!.end + 5))) return true;
  // (村里修饮水池，每户摊三千，就从这笔贷款里出的: a levy for a body's work, paid from the loan, funds the body's work.)
  if (
    (kind === 'government' || PLACE_PARTIES.includes(party.term)) &&
    /^(?:统一|组织)?(?:修|建|搞|盖|打|铺)/.test(text.slice(hits[last]!.end, hits[last]!.end + 4)) &&
    LEVY_PAID_LATER.test(text.slice(scan.clauseEnd[party.clause]))
  )
    return true;
  // (被告以借款向村委会交纳其所承包的村集体机动地承包费: land rent paid to a body is a price, not money handed over.)
  if (
    /^[^，。,;；]{0,16}(?:承包费|租金|地租|租子|流转费)/.test(text.slice(hits[last]!.end, hits[last]!.end + 24)) &&
    /[交缴付]/.test(text.slice(scan.clauseStart[party.clause], party.start) + text.slice(hits[last]!.end, hits[last]!.end + 4))
  )
    return false;
  // (村委会以被告名义贷款: a public body borrowing in the household's name has the money.)
  if (kind === 'government' && /^以[^，。,;；]{1,6}(?:的)?名义(?:贷款|借款|贷)/.test(text.slice(hits[last]!.end, hits[last]!.end + 12))) return true;
  // (绣好的东西她自己拿去卖: one who takes goods to sell takes no money.)
  if (
    kind === 'person' &&
    /^(?:自己|自个儿?)?(?:拿去|拿到[^，。,;；]{1,6}|拉去|拉到[^，。,;；]{1,6})卖/.test(text.slice(hits[last]!.end, hits[last]!.end + 12))
  )
    return false;
  // (番茄育苗，卖苗给别人种: one the household sells its goods to is its buyer.)
  if (kind === 'person' && /卖[^，。,;；给钱款的]{1,3}给$/.test(text.slice(Math.max(0, party.start - 6), party.start))) return false;
  // (买两部新手机，一部给阿妈一部给妹妹用: nor one given a piece of the goods bought, counted so.)
  if (kind === 'person' && /一(?:部|台|个|辆|件|套|块)给[细小阿老]?$/.test(text.slice(Math.max(0, party.start - 4), party.start))) return false;
  // (买手机给阿妹上网课用: a member given goods to study with is given goods, not money.)
  if (kind === 'person' && /^(?:上网课|上课|学习|写作业|读书)/.test(text.slice(hits[last]!.end, hits[last]!.end + 3))) return false;
  // (有人劝她把钱入股合作社拿分红，她没去: a party another urged the money into, the household refusing, has none.)
  if (
    /(?:劝|拉)(?:他|她|我|俺|户主)[^，。,;；]{0,6}$/.test(text.slice(scan.clauseStart[party.clause], party.start)) &&
    /^[^。；;]{0,12}[，,](?:他|她|我|俺|户主)?(?:没去|没入|没答应|没同意|不干|没干)/.test(text.slice(hits[last]!.end))
  )
    return false;
  // (邻居想借去放贷吃利息，他没借; 表姐夫开砖厂要借去周转…俺没借给他: one who only wished to borrow it, refused, has none.)
  if (
    kind !== 'household' &&
    /^(?:想|要)(?:把(?:这|那)?笔?(?:钱|贷款))?借/.test(text.slice(hits[last]!.end, hits[last]!.end + 6)) &&
    /(?:他|她|我|俺|户主|家里)?(?:没借|不借|没借给|没答应|没同意|不答应)/.test(text.slice(hits[last]!.end))
  )
    return false;
  // (幺爸的养鸡场喊借去用: a person's works that took the money have it.)
  if (kind === 'person' && WORKS_TOOK_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 14))) return true;
  // (客户家亲戚开采石场，把贷款借走了: or one opening a works, who then took the loan — set 987.)
  if (kind === 'person' && OPENS_WORKS_THEN_TOOK.test(text.slice(hits[last]!.end, hits[last]!.end + 30))) return true;
  // (还有一部分给表哥的烘干厂用: or given to the works to use.)
  if (kind === 'person' && text.slice(0, party.start).endsWith('给') && WORKS_USE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 14))) return true;
  // (欠老板的钢筋钱，贷款下来给他还上了: money paid to one the household said it owed repays the debt.)
  if (
    THIRD_PERSON.test(party.term) &&
    text[party.start - 1] === '给' &&
    /^(?:还|结|付)(?:上|清|了|掉)/.test(text.slice(hits[last]!.end, hits[last]!.end + 2)) &&
    /(?:欠|赊)[^。；;]{0,12}(?:钱|账|款|债)/.test(text.slice(0, party.start))
  )
    return false;
  // (算作老三结婚的彩礼，由兄弟三人共同承担还款: a family's children sharing the repayment repay the loan; they do not run it —
  // review 147.)
  if (kind === 'person' && CHILDREN_TOGETHER.test(party.term) && SHARE_REPAID_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12))) return false;
  // (结果钱遭我幺爸拿去打牌输了, 满哥把贷款拿去打牌: one said to have gambled the money away used it on gambling.)
  if (kind === 'person' && GAMBLED_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 14))) return false;
  // (磨面机放在寨子头帮人家磨苦荞面，收加工费: people the household works for, for a fee, are its customers.)
  if (kind === 'person' && WORKED_FOR_BEFORE.test(text.slice(party.start - 1, party.start)) && WORK_FEE_TAKEN.test(text.slice(party.end))) return false;
  // (买打米机放在村里，给村民打米收加工费: a place the household's machine stands, working for others for a fee, is only where — set 1009.)
  if (PLACE_PARTIES.includes(party.term) && text.slice(0, party.start).endsWith('放在') && WORK_FEE_TAKEN.test(text)) return false;
  // (家里出租毡房给办婚礼、办席的人家用: people the household lets its goods out to hire them; they take no money of the loan.)
  if (LET_OUT_TO_BEFORE.test(text.slice(scan.clauseStart[party.clause], party.start))) return false;
  // (村委会垫资修文化活动室，用的他家的贷款: a public body advancing a work's funds with the household's loan has it.)
  if (
    kind === 'government' &&
    /^(?:先)?(?:垫资|垫钱|垫付)/.test(text.slice(hits[last]!.end, hits[last]!.end + 3)) &&
    LOAN_PAID_SAID.test(text.slice(hits[last]!.end))
  )
    return true;
  // (姐夫的运输公司买车，用的是他家的贷款: a person's firm buying, which the text says the loan paid, has the money.)
  if (kind === 'person' && PERSONS_FIRM_BUYS_AFTER.test(text.slice(party.end, party.end + 12)) && LOAN_PAID_SAID.test(text.slice(party.end))) return true;
  // (给乡里兽医老杜，给牛打口蹄疫针; 给村卫生室老周了，给老娘打针输液看病: a vet or a doctor named, the care they gave told
  // after, is paid for a service.)
  if (HEALER_BEFORE.test(text.slice(Math.max(0, party.start - 5), party.start)) && CARE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 16)))
    return false;
  // (茶苗是村委会统一订的…苗领回来栽在自家承包地里: a body's bulk order, its goods handed out to each household to farm
  // itself, is a purchase made through it, not money handed over.)
  if (bulkOrderHandedOut(text)) return false;
  // (户主来村部问能不能用扶贫贷款凑: a body's office visited to ask is a place, not a user.)
  if (/(?:来|到|去)$/.test(text.slice(party.start - 1, party.start)) && /^(?:问|咨询|打听)/.test(text.slice(hits[last]!.end, hits[last]!.end + 2)))
    return false;
  // 交了我侄子的大学学费: a bill of the party's paid, not money handed to it.
  if (
    /[交缴付]了?[我俺他她]?$/.test(text.slice(Math.max(0, party.start - 3), party.start)) &&
    BILL_OF_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 10))
  )
    return false;
  // (用贷款交了村委会三年的承包费: a fee named after the party paid it.)
  if (/[交缴付]了$/.test(text.slice(Math.max(0, party.start - 2), party.start)) && FEE_OF_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12)))
    return false;
  // (县城投公司要用钱，贷了交过去，给利息: a body that needs money, the loan then handed over to it, has the money.)
  if (
    (kind === 'government' || kind === 'organisation') &&
    NEEDS_MONEY_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 6)) &&
    HANDED_OVER_LATER.test(text.slice(hits[last]!.end))
  )
    return true;
  // (给卖牛的老张头了，从他那买了三头牛: a person described as the one selling it is the seller.)
  if (kind === 'person' && /卖[^，。,;；]{1,3}的$/.test(text.slice(Math.max(0, party.start - 5), party.start))) return false;
  // (贷款2万买了她哥那台旧拖拉机，钱直接给她哥了: a person whose thing the household bought sold it.)
  if (kind === 'person' && boughtFrom(text, party, hits[last]!)) return false;
  // (交合作社那边烘干苞米的钱，粮是她自家的: money paid a party for a service it does on the household's own crop is a fee.)
  if (SERVICE_PAID_AFTER.test(text.slice(hits[last]!.end, scan.clauseEnd[party.clause]))) return false;
  // (入了个养鹅合作社，我也不管，年底给钱: a body joined by name, the household running none of it and paid a return, has it.)
  if (
    kind === 'organisation' &&
    // (贷款由合作社统一购买猪仔，农户不参与养殖，每年分3000元: or one the loan is put in the hands of.)
    /(?:入|加入|入股)了?(?:个|一个)?[^，。,;；]{0,4}$|(?:贷款|钱|资金)由$/.test(text.slice(scan.clauseStart[party.clause], party.start)) &&
    NOT_RUN_BY_HOUSEHOLD.test(text) &&
    RETURN_PAID.test(text)
  )
    return true;
  // (流入村集体机动地15亩: land the household rents in from a party flows in from it; no money goes the other way.)
  if (text.endsWith('流入', party.start) && LAND_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 10))) return false;
  // 给别人盖房当小包工头, 做个经纪人: a party the household becomes is its own work, not one the money goes to.
  if (BECOMES_BEFORE.test(text.slice(Math.max(0, party.start - 4), party.start))) return false;
  // (村里用几户的贷款凑钱买了台无人机，归村集体: what the money bought, said in the next clause to belong to a body, is the body's.)
  if (
    (kind === 'government' || kind === 'organisation') &&
    OWNED_BY_BEFORE.test(text.slice(Math.max(0, party.start - 4), party.start)) &&
    text.slice(0, party.start).includes('买')
  )
    return true;
  // 耳标登记的是合作社的, 牛登记在养殖场名下: a body or a 大户 the stock is registered to owns what the money bought.
  // (王某是养殖大户，耳标登记的是他的名字: and a pronoun standing for a 大户 named before it.)
  if (
    (kind === 'organisation' ||
      kind === 'government' ||
      /大户|场/.test(party.term) ||
      (first === last && THIRD_PERSON.test(party.term) && hits.some((h, k) => k < first && h.term.includes('大户')))) &&
    REGISTERED_TO_BEFORE.test(text.slice(Math.max(0, party.start - 6), party.start)) &&
    REGISTERED_TO_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 3)) &&
    // (登记在合作社名下，牛养在自家牛棚，由户主喂养和出售: not stock the text says the household keeps and sells itself.)
    !HOUSEHOLD_KEEPS.test(text.slice(hits[last]!.end))
  )
    return true;
  // (车辆登记在一家物流公司名下，由公司司机驾驶…每月领取固定收入: a body named after other words, where the text also says it
  // runs what was bought or pays a fixed return — a vehicle's licence under a firm alone, 挂靠, is routine.)
  if (
    kind === 'organisation' &&
    ((REGISTERED_TO_NAMED_BEFORE.test(text.slice(Math.max(0, party.start - 12), party.start)) &&
      REGISTERED_TO_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 3))) ||
      // (挂靠某物流公司…由公司承包给外地车主跑长途: and a vehicle run under a firm's licence that the firm lets out.)
      // (某物流公司挂靠车辆的名义车主…由公司雇佣司机驾驶: said after the firm too.)
      /挂(?:靠)?(?:在|到|于)?(?:某|一家)?[^，。,;；]{0,4}$/.test(text.slice(Math.max(0, party.start - 10), party.start)) ||
      text.startsWith('挂靠', hits[last]!.end)) &&
    RUNS_FOR_RETURN.test(text)
  )
    return true;
  // 实地核查发现饲料运至某养殖企业: inputs the loan bought, found delivered to a firm, are the firm's (not sold to it, or
  // kept there for the household: 统一保管, 各户领取).
  if (
    kind === 'organisation' &&
    DELIVERED_TO_BEFORE.test(text.slice(Math.max(0, party.start - 10), party.start)) &&
    INPUTS.test(text.slice(0, party.start)) &&
    // (“出售”给该企业，约定一年后结算货款，至今未付: a sale never paid for is credit to the firm.)
    (!SOLD_OR_KEPT.test(text) || NEVER_PAID.test(text)) &&
    !/自家|本户|自己/.test(firstClause(text.slice(hits[last]!.end)))
  )
    return true;
  // (实际用款人为生猪养殖公司: a party a finding names as the one who used the money.)
  if (USER_NAMED_BEFORE.test(text.slice(Math.max(0, party.start - 12), party.start))) return true;
  if (
    kind !== 'government' &&
    !PLACE_PARTIES.includes(party.term) &&
    HANDLED_BY_BEFORE.test(text.slice(Math.max(0, party.start - 12), party.start)) &&
    USING_AFTER_SOON.test(text.slice(hits[last]!.end, hits[last]!.end + 10))
  )
    return true;
  // (钱打村上账户了: money paid into a place's account, the verb not a word of its own.)
  // (Not money said to come back: 又转回来给我买了牛.)
  if (
    PLACE_PARTIES.includes(party.term) &&
    /(?:打|转|汇)(?:到|进|入)?$/.test(text.slice(Math.max(0, party.start - 2), party.start)) &&
    /^(?:的)?账户/.test(text.slice(hits[last]!.end)) &&
    !/转回|退回|返回|打回/.test(text.slice(hits[last]!.end)) &&
    !SHARED_OUT.test(text.slice(hits[last]!.end))
  )
    return true;
  // (贷款转入村集体账户统一采购母牛，按户分下去，各户自家圈舍饲养: a public body that buys for the households and shares
  // what it bought out to them, each said to keep its own, is their buying agent — unless it runs the stock (统一饲养,
  // 分红). Not only shared out (交给乡扶贫办统一购买牛犊再分到户): the money was still in the body's hands.)
  if (
    (kind === 'government' || PLACE_PARTIES.includes(party.term)) &&
    SHARED_OUT.test(text.slice(hits[last]!.end)) &&
    KEPT_BY_EACH.test(text.slice(hits[last]!.end)) &&
    !RUN_TOGETHER.test(text)
  )
    return false;
  // (由户主弟弟用于其开办的砖厂: a works the person just named runs, the money said to be for it.)
  if (
    kind === 'organisation' &&
    /(?:用于|用在|投入|投到)其(?:开办|开设|经营|开|办)的$/.test(text.slice(Math.max(0, party.start - 8), party.start)) &&
    hits.some((h, k) => k < first && h.role.party === 'person') &&
    // (Not a member said to share the household: 弟弟同户.)
    !/同户|同一户|一个户口/.test(text)
  )
    return true;
  // (购进饲料30吨，当即赊给某牧业公司…按年息8%计息: goods let to a firm on credit at interest lend it the money.)
  if (
    kind === 'organisation' &&
    /赊(?:销)?(?:了)?给(?:某|一家)?[^，。,;；]{0,4}$/.test(text.slice(Math.max(0, party.start - 10), party.start)) &&
    // (Goods the loan bought, not the household's own crop: 收获后赊给饲料厂，秋后结账，逾期按月息1%.)
    /购|买/.test(text.slice(0, party.start)) &&
    CREDIT_TERMS.test(text)
  )
    return true;
  // (名义上买牛，其实牛在合作社圈里: stock found in a body's or a 大户's pen is theirs to run.)
  if (
    (kind === 'organisation' || party.term.includes('大户')) &&
    STOCK_AT_BEFORE.test(text.slice(Math.max(0, party.start - 5), party.start)) &&
    /^(?:统一)?的?[^，。,;；]{0,2}?(?:圈|棚|场|舍)(?:舍)?里/.test(text.slice(hits[last]!.end, hits[last]!.end + 8)) &&
    !HOUSEHOLD_KEEPS.test(text.slice(hits[last]!.end))
  )
    return true;
  // 统一圈养在企业牛场: stock a firm or a 大户 keeps together with others' is theirs to run.
  if ((kind === 'organisation' || party.term.includes('大户')) && KEPT_TOGETHER_BEFORE.test(text.slice(Math.max(0, party.start - 8), party.start))) return true;
  // 贷款用于某生态农业公司的葡萄园建设: money said to be for a firm's own works is the firm's.
  if (
    kind === 'organisation' &&
    !/^(?:自家|自己|本户|本人)/.test(party.term) &&
    FOR_A_FIRM_BEFORE.test(text.slice(Math.max(0, party.start - 9), party.start)) &&
    FIRMS_WORKS_AFTER.test(firstClause(text.slice(hits[last]!.end)))
  )
    return true;
  // (转入他人个人账户…收款人系肉牛贩运户赵某，借款人向其购买育肥牛: a payee the text says the household bought from sold to it.)
  if (kind === 'person' && PAYEE_SOLD.test(text)) return false;
  // 由其弟代为到银行取款: nor a party who only fetches or signs for the household, running nothing of the money.
  if (ERRAND_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 10))) return false;
  // 资金流向已核实至养殖户卖方, 转入某牧业有限公司，该公司系肉牛销售方: a party the money reached as the seller sold to the
  // household, whatever verb sent it.
  if (SELLER_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 20))) return false;
  // (用于购买仔猪和饲料，资金流向某饲料厂; 转至某湖羊养殖场4.6万元，系购买种羊30只: or one whose name says it sells the goods the
  // text says the loan bought.)
  // (钱是买牛的…钱都打给了镇上的肉牛公司，每年拿六千: not where it pays the household a yearly return, as no seller does.)
  if (sellsWhatWasBought(scan, first, last) && !RETURN_OR_CARE.test(text) && !YEARLY_TAKE.test(text)) return false;
  // (还了以前欠的饥荒，给亲戚还的账: money paid to a party to settle a debt the text told repays the debt — a use of its own.)
  // (1.5万元是给亲戚还的账: said as 还的账, the debt is told in the words themselves.)
  const repaid = REPAID_TO_AFTER.exec(text.slice(hits[last]!.end, hits[last]!.end + 6));
  if (repaid !== null && (repaid[0].includes('还的') || OWED_BEFORE.test(text.slice(0, party.start)))) return false;
  // (转给某农资公司，系购买化肥农药…农资公司为销售方: or where the party, named again later, is said to be the seller.)
  const again = text.indexOf(text.slice(party.start, hits[last]!.end), hits[last]!.end);
  if (
    again >= 0 &&
    !ENTRUSTED_AFTER.test(text) &&
    !/入股|参股|股金/.test(text) &&
    SELLER_NAMED_AGAIN.test(text.slice(again + hits[last]!.end - party.start, again + hits[last]!.end - party.start + 8))
  )
    return false;
  // 将自家15亩地托管给本村农机合作社: land put in a provider's care is a service bought, not money handed over.
  if (LAND_IN_CARE_BEFORE.test(text.slice(Math.max(0, party.start - 14), party.start))) return false;
  // 家属：我是他妈…他拿去买牛了: where a relative answers for the borrower, 他 is the borrower.
  if (first === last && THIRD_PERSON.test(party.term) && SPEAKER_IS_KIN.test(text)) return false;
  // 老庚在镇上开砖厂，借去周转: a person told of, whose next clause borrows the money away, took it.
  const nextClause = scan.clauseStart[hits[last]!.clause + 1];
  if (kind === 'person' && nextClause !== undefined && BORROWED_AWAY.test(text.slice(nextClause, nextClause + 10))) return true;
  // 资金用于镇政府牵头的安置点配套商铺建设, 统一用于村里建的大棚园区: money put into a public work a government body leads
  // or built is the body's use.
  if (
    (kind === 'government' || PLACE_PARTIES.includes(text.slice(party.start, hits[last]!.end))) &&
    PUT_INTO_BEFORE.test(text.slice(scan.clauseStart[party.clause], party.start)) &&
    ((LED_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 3)) && LED_WORK.test(firstClause(text.slice(hits[last]!.end)))) ||
      // (被用作镇政府光伏扶贫项目的配套资金: or its project's matching funds.)
      MATCHING_FUNDS_AFTER.test(firstClause(text.slice(hits[last]!.end))))
  )
    return true;
  // (付给合作社种薯钱8000元: a party paid the price of the farm's goods, named right after it, is their seller.)
  const priced = hits[last + 1];
  if (
    PAID_BEFORE.test(text.slice(Math.max(0, party.start - 8), party.start)) &&
    priced?.start === hits[last]!.end &&
    (priced.role.category ?? priced.role.frame?.category) === 'production' &&
    /^(?:的)?(?:钱|款|货款)/.test(text.slice(priced.end, priced.end + 3))
  )
    return false;
  // 核实为从公司买入小尾寒羊: a party the household bought from is its seller (unless it keeps or pays for what it sold).
  if (
    FROM_BEFORE.test(text.slice(Math.max(0, party.start - 5), party.start)) &&
    BOUGHT_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 10)) &&
    !ENTRUSTED_AFTER.test(text.slice(hits[last]!.end))
  )
    return false;
  // 替屯里大户代养牛: stock the household raises for a party (for a fee) is its work for the party, not money handed over.
  if (RAISED_FOR_BEFORE.test(text.slice(Math.max(0, party.start - 6), party.start)) && RAISED_FOR_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 3)))
    return false;
  // 买音响…租给办事的人家用: goods let to customers (their description between) are the household's to hire out.
  const clauseBefore = text.slice(scan.clauseStart[party.clause], party.start);
  if (HIRED_OUT_TO.test(clauseBefore) && !MONEY.test(clauseBefore)) return false;
  // 托管合同…被认定无效，借款人已将牛收回自家饲养: a hand-over undone, the stock taken back to the household's own pens,
  // leaves the household running it.
  if (TAKEN_BACK.test(text)) return false;
  // 水库由县水务局管理: a place the household works in, run by a body, is no money given to it.
  // (买牛的钱是合作社先垫付的: nor a party that advanced the household money, its creditor.)
  // (Not one given money to advance for others: 钱给村里垫付工程款.)
  if (
    MANAGED_PLACE_BEFORE.test(clauseBefore) ||
    ((clauseBefore === '' || /(?:是|系|由)(?:其|他的|她的)?$/.test(clauseBefore)) && ADVANCED_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 8)))
  )
    return false;
  // (进的是表哥超市的货, 钱还在那个中药材公司手里, 钱给谁了？答：县里那个投资公司: phrases around the party that say it has the
  // money, or has none of it.)
  const said = moneySaidWithParty(scan, party, hits[last]!, kind);
  if (said !== undefined) return said;
  // (二叔用他自己名下的贷款买了台收割机: a person said to use a loan of their own is a borrower, not one handed this
  // household's — review 144.)
  if (kind === 'person' && OWN_LOAN_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12))) return false;
  // (实际肥料下在公司的基地，不是自家地: goods put on a party's land, the text saying it is not the household's, are the
  // party's to use — set 954.)
  if (
    kind !== 'person' &&
    PUT_ON_BEFORE.test(text.slice(Math.max(0, party.start - 3), party.start)) &&
    PARTYS_LAND_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 5)) &&
    NOT_OWN_LAND.test(text)
  )
    return true;
  let weak: Hit | undefined;
  let strong: Hit | undefined;
  let denied = false;
  // 转给户主在兰州开饭馆的弟弟: a description ending in 的 before the party stretches the reach.
  // (And over a company's name ending in its legal form: 注入本县某生态农业有限公司.)
  // (Or over a company's own name: 转入国有的县产业扶贫发展公司.)
  // (转给了东乡的一个养殖场老板: or over the works or trade a person is named by, right before them — set 967.)
  const described =
    text[party.start - 1] === '的' ||
    text.endsWith('有限', party.start) ||
    COMPANY.test(party.term) ||
    (first > 0 && ownerOf(hits[first - 1]!) && hits[first - 1]!.end === party.start);
  const endsClause = /^(?:$|[，。,;；])/.test(text.slice(hits[last]!.end, hits[last]!.end + 1));
  for (let j = first - 1; j >= 0 && !strong; j--) {
    const verb = hits[j]!;
    // (投入借款人之子（已分户）经营的汽车修理有限公司: a company described by who runs it reaches further still.)
    const owned = described && RUN_BY_BETWEEN.test(text.slice(verb.end, party.start));
    // (把钱转给了县城西边一个搞肉鸡养殖的姓黄的老板: and the money moved to a described party that ends the clause reaches
    // further too — review 152.)
    const moneyMoved = described && endsClause && /[把将](?:这笔)?(?:钱|贷款|款)$/.test(text.slice(scan.clauseStart[verb.clause], verb.start));
    if (
      verb.clause !== party.clause ||
      party.start - verb.end > HANDOVER_REACH + (described ? DESCRIBED_REACH : 0) + (owned || moneyMoved ? DESCRIBED_REACH * 2 : 0)
    )
      break;
    // 给儿子在镇上买套房: a member of the household after the verb is the one it gives to.
    // (A pronoun such as 俺、我 is only a possessive here: 给俺闺女女婿, 借给我同学.)
    // (Not one said to run the company the money goes into: 投入儿子经营的汽车修理有限公司.)
    if (verb.role.party === 'household' && !verb.negated && !PRONOUNS.has(verb.term) && !(owned && RUN_BY_AFTER.test(text.slice(verb.end, verb.end + 12))))
      break;
    if (verb.role.handover && verb.negated && !weak) denied = true;
    if (!verb.role.handover || verb.negated) continue;
    // 卖给, 付给, 还给, 卖水泥钢筋给寨上修房子的人家: a 给 after a sale or a payment gives goods or a price, not the money.
    // (钱付给了合作社: and so does a 给了 right after a price's verb.)
    if (
      (verb.role.handover === 'weak' || (verb.term.startsWith('给') && /[付卖还结]$/.test(text.slice(0, verb.start)))) &&
      SOLD_OR_PAID_BEFORE.test(text.slice(scan.clauseStart[verb.clause], verb.start))
    )
      continue;
    // (入了合作社 joins it; 另一半入了合作社 puts money in.)
    if (verb.role.handover === 'strong' && /^入[了进]$/.test(verb.term) && !SHARE.test(text.slice(scan.clauseStart[verb.clause], verb.start))) continue;
    if (verb.role.handover === 'strong') strong = verb;
    else weak ??= verb;
  }
  // (贷款给表哥扩建冷库，表哥答应每年给户里分点钱: money given to a person for works of their own, a return promised to the
  // household, is handed over to them.)
  if (
    weak?.term === '给' &&
    !strong &&
    kind === 'person' &&
    weak.end === party.start &&
    MONEY.test(text.slice(scan.clauseStart[party.clause], weak.start)) &&
    RETURN_PAID.test(text)
  )
    return true;
  // 双方为买卖关系，并非将贷款交由合作社经营使用: a finding that the party sold to the household, or was paid a price,
  // says no hand-over (unless it says the sale was a cover: 名为买卖，实为入股).
  if ((strong || weak) && SALE_FOUND.test(text) && !SALE_COVER.test(text)) return false;
  // 通过合作社统一购买化肥，钱交给合作社，化肥拉回自家地里用: a body the household buys through is its buying agent.
  // (在合作社统一买的布料…绣好的东西她自己拿去卖: or the work made of them sold by the household itself.)
  if (
    kind === 'organisation' &&
    (GOODS_HOME.test(text) || /自己拿去卖|自个拿去卖|自己卖/.test(text)) &&
    BOUGHT_THROUGH.test(text) &&
    !RETURN_OR_CARE.test(text)
  )
    return false;
  // 赊给屯里人开春种地: a party the household sells to, on credit or not, farms with what it bought, not with the money.
  // (销售给县内合作社: a place of the buyer's between.)
  if (!strong && !weak && SOLD_TO_BEFORE.test(text.slice(Math.max(0, party.start - 7), party.start))) return false;
  // 钱不给别人用: the nearest verb of handing denied, and no other, denies the hand-over.
  if (denied && !strong && !weak) return false;
  // 他能帮我便宜买到…我把钱转给他: a person who buys for the household is paid to buy, not handed the money to use.
  if (kind === 'person' && AGENT_BUYING.test(text)) return false;
  // 转入某装修公司, 打给家具城: a company named by the goods or work it sells is paid a price, not handed the money to run
  // (but money lent or invested is handed over: 出借给某建材有限公司; and so is money the company is said to use: 由儿子开的装修公司使用.)
  if (
    kind === 'organisation' &&
    !(strong && LENT_OR_INVESTED.test(strong.term)) &&
    !USED_BY_IT.test(text.slice(hits[last]!.end, hits[last]!.end + 6)) &&
    (SELLER_TRADE_BEFORE.test(text.slice(Math.max(0, party.start - 9), party.start).replace(/(?:开发)?(?:有限责任|有限)?$/, '')) ||
      (GENERIC_COMPANY.test(hits[last]!.term) && SELLER_NAMED.test(text)))
  )
    return false;
  const place = PLACE_PARTIES.includes(text.slice(party.start, hits[last]!.end));
  // (钱给村上交了: money handed to the village, with 交 right after it, is the village's.)
  if (place && text[party.start - 1] === '给' && /^(?:交了|交上去|交上了|交过去)/.test(text.slice(hits[last]!.end, hits[last]!.end + 3))) return true;
  // 村里统一建了大棚园区，本户承包两个棚: a household that rents in a village's project is its tenant, not its funder.
  // (Not a body said to use the money itself: 贷款由村支书使用，用于承包鱼塘.)
  if ((place || kind === 'government') && !strong && TENANT.test(text) && !USED_BY_IT.test(text.slice(hits[last]!.end, hits[last]!.end + 6))) return false;
  // 镇上小超市进货用: a place right before a shop only locates the shop.
  // (交给产业园的鑫农公司: a park or base is where the firm named after it with 的 stands, whatever the verb.)
  if (PARK.test(text.slice(party.start, hits[last]!.end)) && FIRM_AFTER_PLACE.test(text.slice(hits[last]!.end, hits[last]!.end + 7))) return false;
  // (给镇上的建材公司送货: and a firm of the place's, named with 的, after a weak verb.)
  if (
    place &&
    !strong &&
    (SHOP_AFTER_PLACE.test(text.slice(hits[last]!.end, hits[last]!.end + 6)) || FIRM_AFTER_PLACE.test(text.slice(hits[last]!.end, hits[last]!.end + 7)))
  )
    return false;
  // (交给村里放羊人统一放牧: nor a place that only says where the person handed to is from.)
  if (place && PERSON_AFTER_PLACE.test(text.slice(hits[last]!.end, hits[last]!.end + 6))) return false;
  // 乡里说把钱集中起来搞项目, 镇里让把钱交上去, 钱是村上喊交的: what a body says or tells the household to do with the money,
  // it does.
  // (Or its officials: 乡里的干部说把钱交上去.)
  if (
    /^(?:的?(?:干部|领导|书记|主任|工作人员))?(?:说|让|叫|要)(?:要)?(?:我们|俺们|大家|各户)?把.{0,6}(?:贷款|钱).{0,4}(?:集中|统一|交|收)|^(?:喊|叫|让|要)(?:我们|俺们|大家|各户)?(?:上)?交|^说(?:贷款|钱|资金)?(?:统一)?(?:用于|用在|投入|投到)[^，。,;；]{0,12}(?:项目|工程)/.test(
      text.slice(hits[last]!.end),
    )
  )
    return true;
  // (村里搞光伏电站，贷款统一交上去; 乡上旅游开发项目，每户贷5万交上去: a body's project told, then the money handed up, goes to the body.)
  // (村里建牛羊交易市场，是政府的项目，每户把贷款交上去; 村委会说要建草果交易市场 每家贷的钱都交过去了: the same with the project
  // named again between, or the body's plan said; 村上修水池、修机耕路，我们的贷款都交上去了: or the households' own loans
  // handed up; 村里修小水库，户户贷款上交, 我们这几户的贷款都交上去了 — set 962, review 145.)
  if (
    (kind === 'government' || place) &&
    /^(?:说要|说|要)?[^，。,;；\s]{0,8}(?:搞|建|修|办|上|项目|工程)[^，。,;；\s]{0,8}(?:[，,][^，。,;；]{0,4}(?:项目|工程)[，,]|[，,\s])(?:让|叫|要求)?(?:[^，。,;；]{0,3}?(?:每户|各户|户户|一户|每家|各家|家家))?(?:都)?(?:把)?(?:(?:我们|俺们|咱们|大家|我家|俺家)(?:这几户|这些户|几户|这几家)?的?)?(?:贷款|贷的钱|贷|钱|资金)?[0-9一二两三四五六七八九十几百千万元块]*(?:都|全|统一|全部)*(?:交上去|收上去|交过去|交进去|交到上面|上交|上缴)/.test(
      text.slice(hits[last]!.end),
    )
  )
    return true;
  // 看别人炒股赚钱: a party watched does what it does with its own money.
  // 玉米地今年全部流转给别人种: land let to a party, with no money named before the verb, is rented out, not money handed.
  const before = text.slice(scan.clauseStart[party.clause], (strong ?? weak)?.start ?? party.start);
  if ((strong || weak || LET_TO_BEFORE.test(text.slice(Math.max(0, party.start - 3), party.start))) && LAND_BEFORE.test(before) && !MONEY.test(before))
    return false;
  // 去镇上赶集: a place gone to is where the household goes, not a body handed the money.
  if (place && GONE_TO_BEFORE.test(text.slice(Math.max(0, party.start - 2), party.start))) return false;
  // 租了村里扶贫产业基地两个大棚种辣椒: a party the household rents from is its landlord, paid a rent.
  if (!strong && RENTED_FROM_BEFORE.test(text.slice(scan.clauseStart[party.clause], party.start))) return false;
  // (跟着县上的食用菌企业种香菇: a party followed, described between, is a guide, and the farming the household's.)
  if (!strong && (WATCHED_BEFORE.has(text[party.start - 1] ?? '') || FOLLOWING_BEFORE.test(text.slice(Math.max(0, party.start - 10), party.start))))
    return false;
  // (秋后交本公司: the harvest delivered under an order is sold, not money handed over; 也给我公司拉种子挣运费: nor is work
  // done for the party for a fee.)
  // (钱按市价给了亲戚: nor money given at the market price, which pays for what the party sold.)
  if (
    HARVEST_DELIVERED_BEFORE.test(text.slice(Math.max(0, party.start - 7), party.start)) ||
    AT_PRICE_BEFORE.test(text.slice(Math.max(0, party.start - 10), party.start)) ||
    (/[给帮替][^，。,;；给]{0,4}$/.test(text.slice(Math.max(0, party.start - 5), party.start)) &&
      WORKED_FOR_FEE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 26)))
  )
    return false;
  // 承包费交给村里, 转给合作社，是买饲料的钱: a fee or a price paid, not money handed over to run.
  // (交承包费给村委会: and a fee right before a bare 给; 种子款2800元直接从贷款里划给本公司: or one opening the clause.)
  if (
    (strong &&
      (FEES.test(text.slice(Math.max(0, strong.start - 8), strong.start)) ||
        FEE_OPENS.test(text.slice(scan.clauseStart[party.clause], strong.start)) ||
        FEES.test(text.slice(strong.end, party.start)) ||
        FEES.test(text.slice(hits[last]!.end, hits[last]!.end + 4)))) ||
    (!strong && weak?.term === '给' && party.start - weak.end <= 1 && FEE_RIGHT_BEFORE.test(text.slice(Math.max(0, weak.start - 14), weak.start)))
  )
    return false;
  // (雇人掰苞米，给人家开工钱: wages paid to the people hired.)
  if (weak && !strong && WAGES_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 14))) return false;
  // 跟合作社买的种薯，钱直接打给合作社了: money sent to the party the household bought from, or rents land from with a fee
  // named (…地包过来…一亩租金六百，钱给老孙), is the price paid;
  // (转给其弟，用于偿还…欠其弟的旧账: and money sent to a party the household owes, to pay that debt, repays a debt.)
  if ((strong || weak) && (paidBefore(scan, last) || owedTo(scan, last)) && !runsAfter(scan, last)) return false;
  // (给儿子交学费从店老板那借的五千: nor a party the household borrowed from, named after a verb of paying something else.)
  if (lenderAt(text, party.start, hits[last]!.end)) return false;
  // (偿还网贷平台欠款…资金转至多家网贷公司: nor money sent to lenders where the text repays what is owed them.)
  if ((strong || weak) && LENDER_BEFORE.test(text.slice(Math.max(0, party.start - 6), party.start)) && DEBT_REPAID.test(text)) return false;
  // 付给农机合作社耕种收的托管费: a fee paid for the party's service, named after it in its clause, is a price.
  // (And 用于支付自家承包地交由农业服务公司全程托管的服务费: the clause pays the fee the hand-over names.)
  if (/付给|支付|交给|交了|[付交]$/.test(text.slice(scan.clauseStart[party.clause], party.start)) && FEES.test(firstClause(text.slice(hits[last]!.end))))
    return false;
  // (转给了农机站卖收割机的老板: a party described as selling goods is paid their price.)
  // (Not one that keeps what it sold and pays the household a share: 机器放他那统一作业，年底给户里分钱.)
  if ((strong || weak) && SELLS_BEFORE.test(text.slice(Math.max(0, party.start - 8), party.start)) && !runsAfter(scan, last) && !RETURN_WORD.test(text))
    return false;
  // (给了他三百块运费: a sum given right after the party and named a fee for its work is the fee.)
  if ((strong || weak) && SUM_FEE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 14))) return false;
  // (钱交给合作社做全程托管…付的是服务费: or a later clause calling what was paid a fee.)
  // (Not a return the party pays the household, whatever it calls it: 合作社每年给的是服务费.)
  if ((strong || weak) && FEE_SAID.test(text.slice(hits[last]!.end)) && !RETURN_PAID.test(text)) return false;
  // 羊改放到亲戚家圈里: stock kept in someone's pen is placed there, not money handed over.
  if (strong && /^放[到在]$/.test(strong.term) && STOCK_PLACED.test(text.slice(hits[last]!.end, hits[last]!.end + 4))) return false;
  // 机耕和收割交给合作社, 委托农机合作社代为收割: farm work handed to a provider, with no money named before it, is a
  // service bought.
  if (
    strong &&
    (FARM_WORK_BEFORE.test(text.slice(scan.clauseStart[party.clause], strong.start)) ||
      FARM_WORK_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 6))) &&
    !MONEY.test(text.slice(scan.clauseStart[party.clause], strong.start))
  )
    return false;
  // (交钱给农机合作社帮俺家地里代收割: money paid for work on the household's own land, no return told, is its fee.)
  if (strong && FARM_WORK_FOR_HOUSEHOLD_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12)) && !RETURN_WORD.test(text)) return false;
  // (钱交到村委会代购，化肥已经拉回家: money handed to a body to buy the household's inputs for it is their price.)
  if (strong && BUYS_FOR_HOUSEHOLD_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 6)) && !RETURN_WORD.test(text)) return false;
  // 收了交给厂里: produce harvested and delivered, with no money named, is no hand-over of the loan.
  if (
    strong &&
    PRODUCE_BEFORE.test(text.slice(scan.clauseStart[party.clause], strong.start)) &&
    // (Not 村里收了交到乡财政所: a body that collected, then handed on, collected the money.)
    !COLLECTED_BY_BODY.test(text.slice(scan.clauseStart[party.clause], strong.start)) &&
    !MONEY.test(text.slice(scan.clauseStart[party.clause], strong.start))
  )
    return false;
  // 编篮子，交外贸公司验货后按件结钱: goods delivered to a buyer who checks and pays for them are sold, not money handed over.
  if (
    strong &&
    GOODS_CHECKED_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 8)) &&
    !MONEY.test(text.slice(scan.clauseStart[party.clause], strong.start))
  )
    return false;
  // 绣品交给合作社统一代销: goods handed over to be sold for the household are its produce, not the loan's money.
  if (strong && SOLD_FOR.test(text.slice(hits[last]!.end)) && !MONEY.test(text.slice(scan.clauseStart[party.clause], strong.start))) return false;
  if (strong && BOUGHT_FROM_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 24))) return false;
  // (转给其舅舅，买舅舅家二手播种机: and the party named again as the seller.)
  const buys = strong ? BUYS_NEXT.exec(text.slice(hits[last]!.end, hits[last]!.end + 24)) : null;
  if (buys !== null && text.startsWith(party.term, hits[last]!.end + buys[0].length)) return false;
  // 转入某包工头账户，用于借款人自有住宅建设: a party paid for the household's own work is paid a price; the use told after decides.
  // (交给包工头，给自家住的老房子换屋顶; 交给包工头，修我们住的房子: so is one paid to build or mend the household's own house or
  // farm building, said in the next clause.)
  if (strong && OWN_USE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 24))) return false;
  // (转给王某的是货款: or said right after the party to be the price.)
  if (strong && (PRICE_AFTER.test(text.slice(hits[last]!.end)) || PRICE_RIGHT_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12)))) return false;
  // (支付给饲料公司、兽药店、种鸡场，均为…进货款: money paid to, and then named the price of goods, whatever the verb.)
  if (weak && GOODS_PRICE_AFTER.test(text.slice(hits[last]!.end))) return false;
  // (钱给他是买牛钱; 转给了…老刘，那是买他三头怀犊母牛的牛钱: or money given, said right after the party to be the price of
  // what the household bought.)
  if ((weak || strong) && PRICE_OF_PURCHASE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 16))) return false;
  // 给邻居代养牛, 给别人代收: the household serves the party, for a fee.
  // (给东头老张家换了电表: or the party's family.)
  // (Not money given to the party: 买牛，钱给合作社代养 hands the cattle's money over — a permit before.)
  // (由农投公司代养: not 由, where the party does the work for the household.)
  if (
    weak &&
    !strong &&
    weak.term !== '由' &&
    (servedAfter(text, hits[last]!) ||
      (kind === 'person' && startsWithAny(text, hits[last]!.end + (text[hits[last]!.end] === '家' ? 1 : 0), PERSON_SERVICE))) &&
    !moneyBefore(scan, party)
  )
    return false;
  // 自家种也给别人种: farming for a person, with no money named before 给, is the household's work for them.
  // (Or for a company that buys the crop on contract: 给县里的龙头企业种订单辣椒.)
  if (
    weak &&
    !strong &&
    (kind === 'person' || (kind === 'organisation' && ON_CONTRACT.test(text))) &&
    /^(?:种|耕|收|打|播)/.test(text.slice(hits[last]!.end)) &&
    !MONEY.test(text.slice(scan.clauseStart[party.clause], weak.start))
  )
    return false;
  // 给我小舅子的粮食收购点用: money given for the party's own business to use.
  // (Not a place's: 给村里的茶厂用 names the business, not the village, as the user.)
  if (weak && !strong && !place && kind !== 'government' && THEIR_BUSINESS_USES.test(text.slice(hits[last]!.end, hits[last]!.end + 16))) return weak;
  // (贷款给姐夫搞超市了: or given to a person who then runs a trade with it, 搞 or 开 before the trade.)
  if (weak?.term === '给' && !strong && kind === 'person' && !THIRD_PERSON.test(hits[last]!.term) && !PEOPLE_SERVED.test(hits[last]!.term)) {
    const trade = hits.find((h) => h.start > hits[last]!.end && h.clause === party.clause && h.role.business === true && !h.negated);
    if (trade !== undefined && TRADE_RUN_BETWEEN.test(text.slice(hits[last]!.end, trade.start))) return weak;
  }
  // 另一半给俺闺女女婿，…: money given to a party named in full that ends its clause (not 给他, a pronoun).
  // (给我哥了, 给小舅子了: 了 after the party ends the giving too; so does 他 beginning what is said of the party.)
  const partyEnd = hits[last]!.end + (text[hits[last]!.end] === '了' ? 1 : 0);
  // (Nor 他/她 — unless it is a child of the family with a business of their own: 闺女…开超市，缺钱，俺贷了给她.)
  const pronoun = THIRD_PERSON.test(hits[last]!.term);
  if (
    weak?.term === '给' &&
    !strong &&
    // (Or one standing for a party named before it: 租给蔬菜经纪人了，贷的钱也给他了.)
    (!pronoun || kinWithOwnAffairs(text, party.start) || namedBefore(scan, first)) &&
    (BREAKS.has(text[partyEnd] ?? '，') || /[他她]/.test(text[partyEnd] ?? ''))
  )
    return weak;
  // 购买城投公司理财产品, 合作社托养: a word of hand-over right after the party (not after a place: 存到镇上银行定期).
  const after = hits[last + 1];
  // Right after it, or after a few characters ending in 的 (城投公司的债券, 县城投发的债券).
  const gap = after === undefined ? '' : text.slice(hits[last]!.end, after.start);
  // (县城投公司发的一款“惠民基金”: or a product it issues, named by its kind or its name.)
  const adjacent = after !== undefined && (gap === '' || (gap.length <= 2 && gap.endsWith('的')) || ISSUED_GAP.test(gap));
  if (!place && adjacent && !after.negated && HANDED.has(after.role.category)) return true;
  // 交合作社统一团购化肥: money paid for a party to buy for the household is a purchase.
  // (Not a government body, which takes the money into its own accounts to buy: 交给县扶贫办统一采购种羊.)
  // (Nor one that then runs what it bought: 交合作社统一购买菌棒、统一管理、统一销售，按月领取固定收益.)
  // 贷款统一交上来，村里建冷库: money handed up in one clause, and a body that builds with it beginning the next.
  if (
    !strong &&
    !weak &&
    (place || kind === 'government') &&
    party.clause > 0 &&
    party.start === scan.clauseStart[party.clause] &&
    HANDED_UP.test(text.slice(scan.clauseStart[party.clause - 1], scan.clauseEnd[party.clause - 1])) &&
    /^(?:统一)?(?:建|修建|修|搞|盖|用)/.test(text.slice(hits[last]!.end))
  )
    return true;
  // 用于合作社购买设备和归还合作社欠款: money said to pay for a body's own buying or debts is the body's to use (not
  // 用于合作社收购的羊, what it sells).
  if (!strong && !weak && !place && kind !== 'person') {
    // (用到她女婿的运输公司买车: or by the person outside the household whose it is — where the clause ends there too.)
    const ofPerson = ownedByPersonNamed(scan, first);
    if (
      // (用于其子开办的运输公司购车: a company described by who runs it.)
      (/(?:用于|用来|用在|用到)(?:该|这家|那家|此|某)?(?:[^，。,;；]{0,8}(?:开办|创办|开|办)的[^，。,;；]{0,4})?$/.test(
        text.slice(scan.clauseStart[party.clause], party.start),
      ) ||
        ofPerson) &&
      (FOR_ITS_OWN.test(text.slice(hits[last]!.end)) || (ofPerson && /^(?:了|里|上)?(?:$|[，。,;；])/.test(text.slice(hits[last]!.end))))
    )
      return true;
  }
  // 村委会组织修水渠，每户贷款交上去垫资: a public body that leads a work in its clause, the money handed up in a later
  // clause with no one else named, has it.
  if (
    !strong &&
    !weak &&
    kind === 'government' &&
    PUBLIC_WORK_LED.test(firstClause(text.slice(hits[last]!.end))) &&
    HANDED_UP_LATER.test(text.slice(scan.clauseEnd[party.clause])) &&
    // (让俺们贷款交上去: the household told to hand it up is no one else.)
    !hits.some((h, k) => k > last && h.role.party !== undefined && h.role.party !== 'government' && h.role.party !== 'household' && !h.negated)
  )
    return true;
  // (村委会说贷了统一交上来买茶苗，茶苗到时候发下来: a body that says the loans are handed up for it to buy with, the goods
  // only promised, has the money.)
  if (
    kind === 'government' &&
    /^(?:说|讲)/.test(text.slice(hits[last]!.end)) &&
    /统一(?:交上来|交上去|收上来|收上去)/.test(text) &&
    /(?:到时候|以后|回头|过段时间)(?:再)?(?:发|分)(?:下来|给)/.test(text)
  )
    return true;
  // 县里的扶贫项目, 用于乡里的小城镇建设项目: money that goes into a public body's or a place's own work is the body's.
  if (!strong && !weak && (place || kind === 'government') && intoPublicWork(scan, party, hits[last]!, kind === 'government' && !place)) return true;
  const buysFor = BUYS_FOR.test(text.slice(hits[last]!.end));
  if (buysFor && kind !== 'government' && !RUNS_IT_AFTER.test(text.slice(hits[last]!.end))) return false;
  // (投到镇里光伏电站: a place's public works the money is put straight into are the place's.)
  if (strong && place && /^了?$/.test(text.slice(strong.end, party.start)) && intoPublicWork(scan, party, hits[last]!, false)) return true;
  // (贷款投入乡政府牵头建的光伏电站: and so is a body's own work the money is put into.)
  if (
    strong &&
    kind === 'government' &&
    /^了?$/.test(text.slice(strong.end, party.start)) &&
    /^(?:牵头|统一|组织)?(?:建|搞|办|修|盖)的[^，。,;；]{0,6}(?:项目|工程|电站|车间|基地|园区|冷库)/.test(text.slice(hits[last]!.end))
  )
    return true;
  // (牛放在村合作社统一建的牛舍里…每天自己去喂，出栏自己找贩子卖: stock placed in a body's shed, which the household keeps and
  // sells itself, is the household's.)
  if (strong?.term === '放在' && /[牛羊猪鸡鸭鹅驴马]$/.test(text.slice(Math.max(0, strong.start - 1), strong.start)) && HOUSEHOLD_KEEPS.test(text))
    return false;
  // 入股村集体合作社（村委会…）: a verb of hand-over right before the party decides, whatever follows.
  // (把钱交给合作社帮着统一养: money named as what is handed decides, whatever word follows the party.)
  if (
    strong &&
    !place &&
    party.start - strong.end <= 1 &&
    (!namedOnlyAfter(scan, last) || buysFor || /[把将](?:钱|贷款|款)/.test(text.slice(scan.clauseStart[party.clause], strong.start)))
  )
    return strong;
  // (给村里修路的工程队开铲车挣钱: a party the household works for, paid, is its customer.)
  if (
    !strong &&
    weak &&
    WORKED_FOR_PAY.test(firstClause(text.slice(hits[last]!.end))) &&
    // (Not money given: 钱给表哥开饭店挣钱.)
    !moneyBefore(scan, party)
  )
    return false;
  // 交给乡里统一建扶贫车间: a place handed the money that goes on to its own project is the recipient, whatever it builds.
  const clauseRest = firstClause(text.slice(hits[last]!.end));
  if (strong && place && party.start - strong.end <= 1 && PUBLIC_WORK.test(clauseRest.slice(0, 4))) return strong;

  if (laterParty(scan, last, kind)) return false;
  // 上交乡里扶贫产业项目, 交给村上搞项目: a place handed the money right after the verb is that place when the clause goes
  // on to its project (not 放给镇上做买卖的人, 存到镇上银行: there the place only locates who gets it).
  // (户主称贷款“交给乡里了”: a quote may close the clause.)
  if (strong && place && party.start - strong.end <= 1 && (/^去?了?["”’」』]?$/.test(clauseRest) || PUBLIC_WORK.test(clauseRest))) return strong;
  // 统一交上来 村里建冷库: a place handed the money that goes on to build is that place's project.
  // (交村里打机电井: a well the place drills is its work too.)
  if ((strong || weak) && place && /^\s*(?:统一)?(?:建|修建|修|搞|盖|打[^，。,;；]{0,2}井)/.test(clauseRest)) return strong ?? weak!;
  // 打到镇上一个账户: money paid into a place's account is that place's.
  if (strong && place && /^\s*(?:的|一个)?(?:专用)?账户/.test(clauseRest)) return strong;
  // 村上把我们的贷款集中起来: a party that takes the money itself.
  if (/^(?:统一)?[把将].{0,8}(?:贷款|钱)/.test(clauseRest)) return true;
  // (把钱给开农家乐的邻居用: money given to a person described by their trade, for them to use, is handed to them — set 1013.)
  if (
    weak?.term === '给' &&
    kind === 'person' &&
    /^(?:用|使用)/.test(text.slice(hits[last]!.end, hits[last]!.end + 2)) &&
    /把(?:这笔)?(?:钱|贷款)$/.test(text.slice(scan.clauseStart[party.clause], weak.start))
  )
    return true;
  // (由其姐夫经营的砖厂使用: not a party said to use the money itself.)
  if (
    !strong &&
    namedOnly(text, party, scan, first) &&
    (!weak || text[party.start - 1] === '的') &&
    !(weak && kind === 'organisation' && USED_BY_IT.test(text.slice(hits[last]!.end, hits[last]!.end + 6)))
  )
    return false;
  if (!strong && first === last && customersServed(scan, party)) return false;
  // 给赵家镇上的门面换了卷闸门: a place before 的 and a shop or premises only says where they stand.
  if (
    place &&
    text[hits[last]!.end] === '的' &&
    hits[last + 1]?.start === hits[last]!.end + 1 &&
    (hits[last + 1]!.role.premises || hits[last + 1]!.role.business)
  )
    return false;
  // 钱交给村里种茶: a place handed the money farms with it for itself.
  if (place && strong && /^[种栽养](?![的过])[^，。,;；场厂户园基]{1,3}?(?:$|[，。,;；”"了])/.test(text.slice(hits[last]!.end, hits[last]!.end + 6)))
    return strong;
  // A place only (放给镇上做买卖的人): the village or town itself only when nothing follows it in the clause.
  if (place && !BREAKS.has(text[hits[last]!.end] ?? '，')) return usingAfter(scan, last, kind, weak?.term === '给', true) ? (strong ?? weak ?? true) : false;
  if (strong) return namedOnlyAfter(scan, last) ? false : strong;
  // 贷款用于姐夫砖厂发工人工资: money said to be for a person's works, named as theirs, goes to the works (not bought
  // there: 用于姐夫砖厂买砖).
  if (
    !weak &&
    first < last &&
    party.role.party === 'person' &&
    kind === 'organisation' &&
    USE_FOR_BEFORE.test(clauseBefore) &&
    !BOUGHT_THERE_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 4))
  )
    return true;
  if (!weak && namedOnly(text, party)) return false;
  // (一半给俺姐夫的饭店装修了: money given for a person's own shop, fitted out or stocked, is handed to them.)
  if (weak?.term === '给' && kind === 'person' && !THIRD_PERSON.test(party.term) && PERSONS_WORKS_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12)))
    return weak;
  // (钱给邻居盖房了: money given for the party's own house, wedding or illness is handed to it.)
  // (Not a pronoun, which may be the family's own: 老两口贷点钱给他办婚事.)
  if (
    weak?.term === '给' &&
    !THIRD_PERSON.test(party.term) &&
    moneyBefore(scan, party) &&
    GIVEN_FOR_OWN_NEED.test(text.slice(hits[last]!.end, hits[last]!.end + 3)) &&
    // (贷款给他闺女买了部手机: bought for the borrower's child, as above.)
    !boughtForChild(text, party)
  )
    return weak;
  // (给我哥办酒席用了: 给 with no money before it and, right after the party, an act the lexicon names as a use is the
  // household paying for that act for the party — the 用 ends the act.)
  if (
    weak?.term === '给' &&
    !moneyBefore(scan, party) &&
    hits.some(
      (h) =>
        h.clause === party.clause &&
        h.start >= hits[last]!.end &&
        h.start <= hits[last]!.end + 1 &&
        h.role.category !== undefined &&
        h.role.category !== 'production' &&
        h.role.party === undefined &&
        !h.negated,
    )
  )
    return false;
  // (用于其儿子在城里开的汽修厂周转: money said to be for a person's own works, ending in its use, is given them as 给 gives.)
  return usingAfter(scan, last, kind, weak?.term === '给' || (!weak && kind === 'person' && USE_FOR_BEFORE.test(clauseBefore))) ? (weak ?? true) : false;
}

/**
 * Whether phrases around a party (from `party` to `last`) say it has the money — stock bought for its own shop, a vehicle
 * it keeps, money said to sit in its hands or be used by it, the answer to whom the money went — or that it has none of
 * it (a group it only set up, public works other funds paid for); undefined where they say neither.
 */
function moneySaidWithParty(scan: Scan, party: Hit, last: Hit, kind: PartyKind): boolean | undefined {
  const { text } = scan;
  // (进的是表哥超市的货，…户里不参与经营: stock the money bought for a person's shop the household does not run is the shop's.)
  if (kind === 'person' && STOCK_OF_SHOP_AFTER.test(text.slice(last.end, last.end + 8)) && (NOT_RUN_BY_HOUSEHOLD.test(text) || SHOP_THEIRS.test(text)))
    return true;
  // (超市是表哥自己开的，贷款帮他进了一批货: stock bought for a person whose own shop the text names is that shop's.)
  // (核实是给表弟进的，他在镇上开了个超市，户主不参与经营: or goods bought for them, the household running none of it.)
  if (
    kind === 'person' &&
    (text.endsWith('帮', party.start) ||
      (text.endsWith('给', party.start) && (NOT_RUN_BY_HOUSEHOLD.test(text) || PERSON_OPENED_SHOP.exec(text)?.[0].includes(party.term) === true))) &&
    text.startsWith('进', last.end) &&
    (SHOP_THEIRS.test(text) || PERSON_OPENED_SHOP.test(text))
  )
    return true;
  // (户主表哥在镇上开饭店，钱拿去装修饭店了，户主不参股也不经营: money gone into the shop a person opened, the household
  // running none of it, is theirs.)
  if (kind === 'person' && PERSON_OPENED_SHOP.test(text.slice(party.start)) && NOT_RUN_BY_HOUSEHOLD.test(text)) return true;
  // (俺大侄子在县城开了个物流公司，拿去买车了: a person who opened a firm, the text going on to say it took the money.)
  if (
    kind === 'person' &&
    PERSON_OPENED_SHOP.test(text.slice(party.start, scan.clauseEnd[party.clause])) &&
    TAKEN_NEXT.test(text.slice(scan.clauseEnd[party.clause]))
  )
    return true;
  // (姐夫包工程，钱拿去给他垫工钱: wages or bills advanced for a person, given to them, are theirs — not their pay.)
  if (kind === 'person' && text.endsWith('给', party.start) && /^垫(?:付|上|了)?(?:工人的?)?(?:工钱|工资|货款|材料钱)/.test(text.slice(last.end, last.end + 8)))
    return true;
  // (车给村里养殖大户拉饲料，车钥匙在他那，他自己开: a vehicle given to a party that keeps and drives it is its.)
  if (/车子?给$/.test(text.slice(Math.max(0, party.start - 3), party.start)) && KEPT_AND_WORKED_BY_THEM.test(text.slice(last.end))) return true;
  // (俺弟就是借去耕了两天地，他没花这钱: a person the text says spent none of the money has none of it.)
  if (kind === 'person' && SPENT_NONE_AFTER.test(text.slice(last.end, last.end + 24))) return false;
  if (kind === 'organisation' && BODY_TOUCHED_NONE_AFTER.test(text.slice(last.end, last.end + 24))) return false;
  // (交出租公司的份子钱（管理费）: a body paid its fee is paid for a service.)
  // (交给合作社的是技术服务费八百块: or its fee said to be what was handed.)
  if (kind !== 'household' && /^的?(?:是)?(?:技术)?(?:份子钱|管理费|挂靠费|服务费|承包费|租金|代办费)/.test(text.slice(last.end, last.end + 8))) return false;
  // (请了县里的技术员来，给了他两千块辛苦钱: a person paid for their work is paid a fee.)
  if (kind === 'person' && PAID_FOR_WORK_AFTER.test(text.slice(last.end, last.end + 12))) return false;
  // (转给镇上农资店老刘了，买化肥和种子; 合作社卖给俺的稻种: a party the household bought from, no return said, is the seller.)
  if (
    kind !== 'household' &&
    (HOUSEHOLD_BOUGHT_AFTER.test(text.slice(last.end, last.end + 30)) ||
      ((SELLER_BY_NAME.test(text.slice(Math.max(0, party.start - 4), last.end)) ||
        // (钱打给邻村养猪大户，买了二十头仔猪，当天拉回自家圈里养: or any party, what was bought taken home.)
        TAKEN_HOME_AFTER.test(text.slice(last.end))) &&
        PURCHASE_OPENS_AFTER.test(text.slice(last.end, last.end + 30)))) &&
    !RETURN_OR_CARE.test(text)
  )
    return false;
  // (饲料厂要现钱，先给人家了，二十吨玉米粒子拉回来喂自家的牛: a party paid, the farm's goods then hauled home, sold them.)
  if (
    kind !== 'household' &&
    TAKEN_HOME_AFTER.test(text.slice(last.end, last.end + 30)) &&
    scan.hits.some((h) => h.start > last.end && !h.negated && h.role.category === 'production') &&
    !RETURN_OR_CARE.test(text)
  )
    return false;
  // (给老张是买他的牛: a person paid for what they sold is the seller.)
  if (kind === 'person' && /^(?:是|就是)?(?:买|付)(?:了)?(?:他|她)(?:家)?的/.test(text.slice(last.end, last.end + 6))) return false;
  // (入了合作社是为了统一买种子便宜，钱没交给合作社: a body the text says the money was not handed to has none of it.)
  if (kind !== 'household' && text.includes(`没交给${party.term}`, last.end)) return false;
  // (投到朋友拉的一个群里，每个月返2个点: a person who only set up the group the money went into is not its user.)
  if (kind === 'person' && GROUP_OF_AFTER.test(text.slice(last.end, last.end + 10))) return false;
  // (村里建光伏电站用的是扶贫专项资金: a public work the text says other funds paid for took none of the loan.)
  if ((kind === 'government' || PLACE_PARTIES.includes(party.term)) && PUBLIC_FUNDS_AFTER.test(text.slice(last.end, last.end + 20))) return false;
  // (牧家乐是亲戚开的公司，钱给他们装修餐厅了，户里没参与经营: money given to those whose company it is, the household running
  // none of it.)
  if (kind !== 'household' && text.endsWith('给', party.start) && NOT_RUN_BY_HOUSEHOLD.test(text) && /开的(?:公司|厂|店|饭店)/.test(text)) return true;
  // (钱是亲戚在外地开饭店用着; 养鸡场老板自己用自己还: a party said to be the one using the money has it.)
  if (
    kind !== 'household' &&
    !PLACE_PARTIES.includes(party.term) &&
    !THIRD_PERSON.test(party.term) &&
    (/(?:钱|贷款)(?:是|都是|全是|其实是)$/.test(text.slice(Math.max(0, party.start - 4), party.start)) || USER_WORD.test(party.term)) &&
    /^[^。；;，,]{0,10}?(?:自己用|在用|用着|用了|拿去用)/.test(text.slice(last.end, last.end + 14))
  )
    return true;
  // (钱还在那个中药材公司手里, 卡在合作社理事长手里: money said to sit in a party's hands is theirs.)
  // (Not the household's own man: 老李家小子…钱在老李手里管着.)
  // (贷款在养猪大户那里买了十头猪崽: nor a party the money bought from there.)
  if (
    (kind !== 'person' || !text.includes(`${party.term}家`)) &&
    IN_HANDS_BEFORE.test(text.slice(Math.max(0, party.start - 14), party.start)) &&
    /^[^，。,;；]{0,6}?(?:手里|手上|那里|那儿)/.test(text.slice(last.end, last.end + 8)) &&
    !/^(?:那里|那儿|那边)(?:买|购|进|订|拉)/.test(text.slice(last.end, last.end + 4))
  )
    return true;
  // (问：钱给谁了？答：县里那个投资公司: a party that opens the answer to whom the money went is the one it went to.)
  // (Not a place a body's name then follows: 钱给谁了？答：入了村里养牛合作社的股.)
  if (
    RECIPIENT_ASKED_BEFORE.test(text.slice(Math.max(0, party.start - 24), party.start)) &&
    !(PLACE_PARTIES.includes(party.term) && /^的?[^，。,;；]{0,4}(?:合作社|公司|企业|大户|厂|场)/.test(text.slice(last.end, last.end + 10)))
  )
    return true;
  // (县里那个城投公司，贷款直接划过去了: a party the next clause says the money was moved over to.)
  if (kind !== 'household' && MOVED_OVER_NEXT.test(text.slice(last.end, last.end + 24))) return true;
  return undefined;
}

/** After a public body, its leading a work: 组织修水渠, 牵头建冷库. */
// (乡里搞的光伏项目，让俺们贷款交上去: or a project of its own, named so.)
const PUBLIC_WORK_LED = /^(?:组织|牵头|统一|号召|要求)[^，。,;；]{0,4}(?:修|建|搞|打|盖)|^(?:搞|办|建|弄)的[^，。,;；]{0,6}(?:项目|工程|电站|车间|基地|园区)/;
/** In a later clause, the households' money handed up: 每户贷款交上去垫资, 钱都收上去了. */
const HANDED_UP_LATER = /(?:贷款|钱|资金)[^，。,;；]{0,4}(?:交上去|收上去|上交|交上来|收上来|集中起来|交到村)/;
/** At the end of a clause, money handed up with no one named: 统一交上来, 收上去了. */
const HANDED_UP = /(?:交上来|交上去|收上来|收上去|交过去|集中起来)了?$/;
/** Right after a body, its own buying or debts paid: 购买设备, 归还欠款 (not followed by 的, which names goods). */
const FOR_ITS_OWN =
  /^(?:购买|购置|购车|买车|归还|偿还|发放|支付)(?![^，。,;；]{0,8}的)|^(?:自身|自己|本身)的|^(?:的)?(?:生产经营|经营|周转|运营|日常经营)(?:$|[，。,;；])/;

/** After a public body handed the money, what it bought shared out to the households: 按户分下去, 分到各户. */
const SHARED_OUT = /按户分|分(?:到|给|下去)[^，。,;；]{0,4}(?:户|各家)/;
/** Words that each household keeps what it was given: 各户自家圈舍饲养, 登记在各户名下. */
const KEPT_BY_EACH = /(?:各户|每户|各家)(?:自家|自己|各自)|自家圈|登记在各户|各户名下|各自饲养|自养/;
/** Words that a body runs what it bought for the households together (统一饲养, 年底分红), or never shared it (没分下来). */
const RUN_TOGETHER = /统一(?:饲养|养殖|经营|管理|出售|销售)|分红|分钱|收益|利息|代养|托养|入股|[没未]分|没有分|一直没/;

/** Stock or money taken back into the household's own keeping: 已将牛收回自家饲养. */
export const TAKEN_BACK =
  /(?:已|已经)(?:将|把)?[^，。,;；]{0,6}(?:收回|领回|要回|拉回|赶回)(?:到)?(?:自家|自己家?|本户|家中|家里)(?:饲养|养殖|经营|喂养|圈舍|圈里)?/;

/** After a party, words that it advanced the household money: 先垫付的, 帮忙垫上. */
const ADVANCED_AFTER = /^(?:先|帮忙|帮着|给我|给俺|替我|替俺)?(?:垫付|垫资|垫的|垫上|垫钱|垫了)/;

/** Before a party, a place the household works in that the party runs: 水库由县水务局管理. */
const MANAGED_PLACE_BEFORE = /(?:水库|河道|湖面|湖区|草原|草场|林场|林区|山场|景区|码头|市场)由$/;

/** Around a party, words that the household bought from it: 从隔壁乡大户那里买的 (money given to it is the price). */
const FROM_BEFORE = /(?:从|向|跟)[^，。,;；]{0,4}$/;
const PAID_BEFORE = /(?:付给|支付给|付)[^，。,;；给]{0,4}$/;
const BOUGHT_AFTER = /^[^，。,;；]{0,6}?(?:那里|那儿|那边|手里|手上|家)?(?:买|购|进)/;
const ENTRUSTED_AFTER = /代养|托养|代管|代为|帮(?:我|俺)?们?养|分红|利息|年底给|每年给/;

/** Whether a person or an organisation is named before the hit at `first` (a pronoun's antecedent), not as a creditor. */
function namedBefore(scan: Scan, first: number): boolean {
  const { text } = scan;
  // (Unless it keeps what it sold for the household: 钱给他了，让他代养.)
  const entrusted = ENTRUSTED_AFTER.test(text.slice(scan.hits[first]!.end));
  // (Not one who tells the story: 邻居说…; nor a seller: 从大户那里买的，钱直接给他了.)
  return scan.hits
    .slice(0, first)
    .some(
      (h) =>
        (h.role.party === 'person' || h.role.party === 'organisation') &&
        !h.negated &&
        !THIRD_PERSON.test(h.term) &&
        !TELLS.test(text.slice(h.end, h.end + 2)) &&
        !(!entrusted && FROM_BEFORE.test(text.slice(Math.max(0, h.start - 5), h.start)) && BOUGHT_AFTER.test(text.slice(h.end, h.end + 10))),
    );
}

/** Words for whoever runs a business: after the business and 的, they are its owner, not its customers (种葡萄的大户). */
const OWNER = /^(?:老板|老总|负责人|法人|经理|场主|厂长|大户|养殖大户|种植大户|养牛大户|养羊大户|养猪大户)$/;

/** The text says a company sold to the household: 那个公司是县里的农机经销商, 公司是卖种羊的. */
const SELLER_NAMED = /(?:公司|企业|那家|这家|厂家|商家)(?:是|系)[^，。,;；]{0,10}(?:经销商|销售方|卖方|供货方|供应商|供应方|卖[^，。,;；]{0,6}的)/;
/** Companies named only as such, which a seller named elsewhere in the text may be. */
const GENERIC_COMPANY = /^(?:公司|企业|厂家|商家)$/;
/** Words of a household renting in a project built by others: 租了一个圈舍, 承包两个棚, 交棚租. */
// (烤房是村里统一建的，我家分了一炉: or allotted one.)
const TENANT =
  /(?:我家|本户|俺家|各户)分(?:了|到)(?:一|两|几)?(?:炉|间|个|座|栋|棚)|租(?:了|用|下)[^，。,;；]{0,3}(?:个|间|栋)|承包了?[^，。,;；]{0,3}(?:个|间|栋)?(?:棚|圈|塘|间)|棚租|圈舍租/;
/** A shop right after a place: 镇上小超市, 村里的小卖部. */
/** A park or base, which holds firms of its own: 产业园, 工业园区, 扶贫基地. */
const PARK = /园|基地/;
const FIRM_AFTER_PLACE = /^的[^，。,;；的]{1,4}(?:公司|厂)(?![^，。,;；]{0,2}(?:借|用|使用|统一))/;
const SHOP_AFTER_PLACE = /^的?[^，。,;；]{0,3}(?:超市|小卖部|商店|店|铺|馆|摊|门市|市场)/;

/** Words that make a person the household's buyer: 帮我便宜买到, 替俺买, 代购. */
const AGENT_BUYING = /(?:帮|替)(?:我|俺)们?[^，。,;；]{0,8}(?:买|购|垫|拉苗|运)|代买|代购/;

/** Verbs that lend or invest the money rather than pay with it. */
const LENT_OR_INVESTED = /借|贷|放|投|股|注/;

/** A son or daughter, grandchild, of the household named: 他/她 after them may be that child. */
export const CHILD_KIN = /儿子|闺女|女儿|孙子|孙女|俺儿|我儿/;

/** Words that give a child of the family affairs of their own: then 他/她 after them is that child, not the household. */
export const OWN_AFFAIRS = /(?<![未没不])(?:分家|分户)|另立户|出嫁的|嫁出去|嫁到|店|馆|公司|厂|生意|经营|周转|做买卖/;

/** Whether a pronoun follows a child of the family who has affairs of their own (闺女嫁出去了，在镇上开超市…给她). */
export function kinWithOwnAffairs(text: string, at: number): boolean {
  return CHILD_KIN.test(text.slice(Math.max(0, at - 24), at)) && OWN_AFFAIRS.test(text.slice(0, at));
}

/** A finding that money went as a price: 那是买他的猪仔 (set 961), 买卖关系, 支付货款, 购羊价款, 附言“购羊款”, 与资金使用无关, 不构成将贷款交由企业使用. */
const SALE_FOUND =
  /(?:那|这)(?:是|就是)买(?:他|她|人家|大户|老板)(?:家)?的|(?:系|为|是)(?:服务提供方|服务方|服务提供者)|买卖关系|属于买卖|(?:仅|只)?(?:为|是|系)(?:卖方|销售方)|正常买卖|支付(?:的)?货款|系(?:支付)?(?:货款|价款)|系向[^，。,;；]{0,4}(?:买|购)[^，。,;；]{0,8}(?:货款|价款|的钱)|购[^，。,;；]{1,3}价款|附言[“"「]?购[^，。,;；]{1,2}款|(?:与|和)资金使用无关|(?:并非|不构成|不属于|不是)(?:将)?(?:贷款|该款|资金)?(?:交由|交给|转给)/;
/** …unless the text says the sale covered a hand-over, or names a return on money handed: 名为买卖，实为入股; 其余入股分红. */
const SALE_COVER = /名为|实为|实际上?(?:是|为|系)(?:入股|投资|借|交由|交给)|入股|分红|固定收益|保底|利息|分钱/;

/** Right after a public body, its gathering the households' money: 统一组织…资金, 统筹…贷款. */
const FOR_A_COMPANY = /入股|企业|合作社|(?<!农投|城投|交投|国投|水投|建投|平台)公司/;
/** After a public body, its collecting the money for its own works: 统一收了，建产业园 (not 统一收了承包费, 收了苞米). */
const COLLECTED_FOR_WORK =
  /^(?:统一|都|全)?(?:收了|收取|收缴|收起来|收上去|收(?=钱|贷款|资金))(?:(?:大伙|大家|各户|各家|贫困户|农户)的)?(?:贷款|钱|资金|这笔钱)?(?:$|[,，。;；]|\s*说|(?:去|走)?(?:建|搞|修|盖|用|说是|干|上项目))/;
/** A body's 收了 followed by produce or papers, not money: 收了俺家的羊, 收了贷款申请材料. */
const GOODS_COLLECTED =
  /^(?:统一)?收(?:了|购了?|走了?)(?!贷款(?!申请)|钱|资金|款|这笔)[^，。,;；\s去买建用搞修养拿投说给交]{0,4}?(?:材料|资料|申请表|身份证|户口本|土豆|洋芋|玉米|苞谷|苞米|核桃|花椒|烟叶|药材|蘑菇|[菜粮米蛋肉鱼果茶羊牛猪鸡鸭鹅薯豆谷麦枣])/;
const GATHERS_MONEY = /^(?:统一)?(?:组织|归集|整合|统筹)[^，。,;；]{0,10}(?:资金|贷款)/;
/** Right before a party, the household's own crop handed to it: 自家种蒜交给. */
const OWN_CROP_HANDED_BEFORE = /(?:自家|自己|我家|俺家)(?:种|养|产)的?[^，。,;；给交钱款贷]{1,3}(?:都|全)?(?:交给?|送到|送给|卖给)$/;
/** Words of a purchase order or buying: 签了订单, 按保护价收购. */
const ORDER_OR_PURCHASE = /订单|收购|保护价|按[^，。,;；]{0,4}价/;
/** Right before a party, produce handed to it: 鲜果交, 咖啡豆送到. */
const PRODUCE_HANDED_BEFORE = /(?:鲜果|果子|鲜豆|咖啡豆|茶叶|鲜叶|茶青|粮食|谷子|稻谷|玉米|苞谷|菜籽|核桃|花椒|奶)(?:都|全)?(?:交给?|送到|拉到|运到|交到)$/;
/** Goods processed for the household returned, or a fee paid for it: 运回, 加工费. */
const PROCESSED_RETURNED = /运回|拉回|返还成品|加工费/;
/** A gathering of orders, not of money: 集中本村贫困户的订单 (not 集中本村贷款). */
const ORDERS_GATHERED = /^集中[^，。,;；]{0,10}(?:订单|需求|意向|报名)(?![^，。,;；]{0,6}(?:贷款|资金|钱))/;
/** After a party, its spending the money for the household: 用该款为借款人, 拿钱替户主. */
const FOR_THE_HOUSEHOLD_AFTER = /^(?:用|拿|以)(?:该款|这笔钱|这钱|此款|贷款|钱|该笔贷款)?(?:为|给|替|帮)(?:借款人|户主|本户|该户|其兄|其姐|我|俺)/;

/** After a party, its business using the money: 的粮食收购点用, 的饭店周转. */
// (给大舅家的农家乐装修用了: or its farmstay or lodging, done up.)
/** Right after a person, a loan of their own: 用他自己名下的贷款, 自己的钱. */
const OWN_LOAN_AFTER = /^(?:用|拿|是用)?(?:他|她)?(?:自己|自个儿?)(?:名下)?的(?:扶贫)?(?:贷款|钱)/;
/** Right before a party, goods put on its land: 下在, 施在, 用在. */
const PUT_ON_BEFORE = /(?:下在|施在|撒在|用在|种在|栽在)$/;
/** Right after a party, its land: 的基地, 的地里. */
const PARTYS_LAND_AFTER = /^的?(?:基地|地|田|园|果园|茶园)/;
/** Words that the land is not the household's: 不是自家地. */
const NOT_OWN_LAND = /不是(?:自家|自己家?|我家|俺家|他家|她家)的?(?:地|田|园)/;
/** Between a person given money and a trade, their running it: 搞, 开了个, 在镇上开. */
const TRADE_RUN_BETWEEN = /^(?:在[^，。,;；]{1,4})?(?:开|搞|弄|整)(?:了|起)?(?:个|一个|一家|家)?$/;
/** People served, not given money: 给人家办坝坝宴, 给屯里人办婚礼. */
const PEOPLE_SERVED = /^(?:人家|别人|他人|旁人|[屯村寨]里人|乡亲|客人|顾客|群众)/;
const THEIR_BUSINESS_USES =
  /^(?:的[^，。,;；]{1,8}?(?:点|站|部|店|厂|场|铺|摊|馆|行|公司|生意|买卖|车队|工地)(?:上|里)?|家?的[^，。,;；]{0,8}?(?:农家乐|民宿|客栈)[^，。,;；]{0,4}?)(?:用|使用|周转|经营)(?![于来在作做])/;

/** Right after a party, words that it uses the money: 公司使用, 公司用, 公司周转. */
const USED_BY_IT = /^(?:使用|用(?![于来在作做])|周转|拿去用|经营|[作当](?:流动资金|周转金|周转资金))/;

/** The trade of a seller named right before a company: 装修公司, 家具城 (its customers buy; they do not hand over). */
const SELLER_TRADE_BEFORE = /(?:销售|经销|装修|装饰|婚庆|家具|家电|电器|建材|汽车|车行|房产|地产|寿险|保险|人寿|证券|银行|基金)$/;

/** Whether goods, not money, are handed to a party that buys them: 交给收购老板, 交合作社按市价收购 (not 钱交给…收购大户周转). */
function handedToBuyer(text: string, start: number, end: number): boolean {
  if (MONEY_HANDED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  return (
    BUYER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    (/(?:交|交给|卖给)$/.test(text.slice(Math.max(0, start - 2), start)) && BUYS_AFTER.test(text.slice(end, end + 8)))
  );
}
/** Before a party, money handed over: 钱交给, 贷款交. */
const MONEY_HANDED_BEFORE = /(?:钱|贷款|资金)[^，。,;；]{0,3}(?:交|交给)[^，。,;；]{0,6}$/;
/** Right before a party, goods handed or sold to a buyer: 交给收购, 卖给收货的. */
const BUYER_BEFORE = /(?:交给|卖给)[^，。,;；]{0,6}(?:收购|收货)的?$/;
/** Right after a party, its buying: 按市价收购. */
const BUYS_AFTER = /^[^，。,;；]{0,4}收购/;
/** After a party, only watching what it is left: 看, 照看, 帮忙看着. */
const WATCHED_AFTER = /^(?:帮忙|帮着)?(?:看|照看|照顾|看管|看着)(?:着|一下)?(?:$|[，。,;；])/;
/** Before a party, that someone sold to the household: 卖给我们, 卖给俺. */
const SOLD_TO_US = /卖给(?:我们|我|俺们|俺|咱们|咱)/;
/** Right before a party, goods hauled to it: 拉砂石给, 运砖送给 (no money between). */
const HAULED_TO_BEFORE = /(?:拉|运|拖|驮)了?[^，。,;；、钱款贷]{1,5}(?:送)?给[^，。,;；、]{0,4}$/;
/** Words that the stock or goods are the household's own: 羊是我的, 牛是我家的. */
const OWNED_BY_HOUSEHOLD = /(?:羊|牛|猪|鸡|鸭|鹅|马|驴|东西|货)(?:子)?(?:还)?是(?:我|我家|俺|俺家|自家|自己)的/;
/** Right before a party, goods bought then given: 买了两条中华两瓶茅台送给. */
const GOODS_GIVEN_BEFORE = /买[^。；;，,]{1,16}送给[^，。,;；]{0,6}$/;
/** After someone, that they hire what the household lets out: 哪家办喜事就租去用. */
const HIRED_AFTER = new RegExp(`^[^，。,;；]{0,6}${HIRED_BY_OTHERS}`);
/** The loan as what 给 gives: 贷款给, 把钱给. */
const LOAN_GIVEN = '(?:贷款|贷的钱|这笔钱|把钱)给';
/** Right before a party, the loan given: 贷款给; or given to someone the words between describe: 贷款给早就分了家的. */
const LOAN_GIVEN_BEFORE = new RegExp(`${LOAN_GIVEN}$`);
const LOAN_GIVEN_TO_DESCRIBED = new RegExp(`${LOAN_GIVEN}[^，。,;；给]{1,10}的$`);

/** Whether a word of service (代养、代收、干活 …) follows the party at once: the household works for it. */
export function servedAfter(text: string, party: Hit): boolean {
  // (贷款给侄儿跑货车: 给 whose object is the loan gives the money; the work after the party is the party's own.)
  if (LOAN_GIVEN_BEFORE.test(text.slice(Math.max(0, party.start - 6), party.start))) return false;
  if (startsWithAny(text, party.end, SERVICE)) return true;
  // (给县城投公司承建的工地拉土方: the party's site named between it and the work.)
  const site = SITE_OF.exec(text.slice(party.end, party.end + 14));
  if (site !== null && startsWithAny(text, party.end + site[0].length, SERVICE)) return true;
  // (给工地、给修路的干活: or another the household works for listed after it, the work after both.)
  const listed = LISTED_PARTY_AFTER.exec(text.slice(party.end, party.end + 10));
  return listed !== null && startsWithAny(text, party.end + listed[0].length, SERVICE);
}

/** After a party, another listed with it that the household serves: 、给修路的 (the work named next). */
// (给灾后重建工地和修地的人接活: or joined by 和, the other named as people.)
const LISTED_PARTY_AFTER = /^(?:、(?:给|为|帮)|和(?:给|为|帮)?)[^，。,;；、]{1,6}?的(?:人家|人)?/;

/** After a party, a site of its that the household works at: 承建的工地, 的养殖基地. */
// (给镇上灾后重建工地接活: or a place's site named straight after it.)
const SITE_OF = /^(?:[^，。,;；]{0,6}?的[^，。,;；]{0,4}?|[^，。,;；]{0,6}?)(?:工地|项目|工程|厂里|场里|基地|园区|地里|棚里|果园)/;

/** A party's category: a person lent money at interest, with no business of theirs named, is 放贷 (理财). */
export function partyCategory(kind: PartyKind, lending: boolean): UsagePurpose {
  if (kind === 'government') return 'government_financing_platform';
  return kind === 'person' && lending ? 'wealth_management' : 'enterprise_use';
}
