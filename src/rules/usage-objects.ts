/**
 * Whether an object a purpose names (房子, 媳妇, 牛, 车) is used by a verb of its frame (盖两间房子, 给儿子说个媳妇, 买车),
 * denied (不买车), or only named (房子后面). The frames themselves are data in usage-grammar.ts; the reader
 * (usage-reader.ts) asks this module for each object it meets.
 */

import { NOT_YET_REPAIRED, type ObjectFrame } from './usage-grammar.js';
import { type Hit, type Scan } from './usage-matcher.js';
import { byFirstChar, firstClause, NEGATING } from './usage-text.js';

/** Damage to a dwelling told a few characters after it (老屋一下雨就漏, 屋里返潮, 木楞房老化; not 是危房改造, a programme named). */
const DAMAGE = /年久失修|是危房(?!改造)|漏|塌|垮|裂|倒了|破了|坏了|返潮|透风|不能住|没法住|太旧|烂了|糟了|进水|泡了|老化/;

/** A clause, right after a shed, that ends in 住: 换成彩钢板房，冬天一家老小住. */
export const LIVED_IN_AFTER = /^[^，。,;；！!？?]*[，,][^，。,;；！!？?客]{0,8}住(?:$|[，。,;；！!？?])/;

/** After a building, in its clause or the next, the family saying they live in it: ，一家老小都搬过去住了, 加盖一间房自己住. */
export const FAMILY_LIVED_AFTER =
  /^[^，。,;；！!？?]*[，,]?[^，。,;；！!？?]{0,3}(?:一家|全家|老小|我们|俺们|俺|我|自家|自己|老两口|家里人)[^，。,;；！!？?]{0,6}住(?!宿)/;

/** A building said to be new: 新房, 新屋. */
const NEW_BUILDING = /^新(?:房|屋|厝|房子|盖的房)$/;

/** What happens if an act is not done, told right after its denial: 不修下雨天没法睡, 不盖就没地方住. */
export const CONSEQUENCE = /没法|没地方|不行|就会|会塌|会漏|住不了|不能住|危险|害怕|下雨天/;

/** Words that turn something into the dwelling named after them. */
const INTO_DWELLING = /(?:改造成|改成|改为|改建成|翻盖成)[^，。,;；]{0,4}$/;

/** The clause after a dwelling, telling its damage: 老房子是土坯房，下雨漏. */
const DAMAGE_NEXT = /^[^，。,;；]{0,6}[，,][^，。,;；]{0,6}(?:年久失修|漏|塌|垮|裂|倒了|坏了|太旧|烂了|加固|改造(?!成))/;

/** Words after a dwelling that make it only a place: 房子后面, 房子旁边. */
const PLACE_AFTER = [
  '后面',
  '前面',
  '旁边',
  '旁',
  '边上',
  '东侧',
  '西侧',
  '南侧',
  '北侧',
  '对面',
  '隔壁',
  '后头',
  '前头',
  '里面',
  '里',
  '内',
  '附近',
  '周围',
  '外面',
  '院里',
  '跟前',
  // (住房东山墙外头盖了个牛棚: outside it, or outside a wall of it.)
  '外头',
  '外边',
  '东山墙外',
  '西山墙外',
];

/** Before a dwelling, words that put goods in it: 安装于借款人住宅, 放在自家屋里, 放自家厨房, 铺自家屋里, 置于借款人住宅. */
const INSTALLED_IN = /(?:(?:安装|装)(?:于|在)|[放摆铺](?:于|在|进|到)?|置(?:于|在|放于|放在))[^，。,;；]{0,5}$/;

/** Whether goods are put in the dwelling at `hit` (空调安装于借款人住宅), or fitted in a room right after 装 (空调装房间). */
export function installedIn(text: string, hit: Hit): boolean {
  if (INSTALLED_IN.test(text.slice(Math.max(0, hit.start - 9), hit.start))) return true;
  // (装房间: the room's word may be read from its 间.)
  const room = hit.term === '间' && text[hit.start - 1] === '房' ? hit.start - 1 : hit.start;
  return text[room - 1] === '装' && /^(?:房间|厨房|卧室|客厅|堂屋|灶房)/.test(text.slice(room, room + 2));
}

/** Whether a building is named, right after 挨着 or 靠着, as what another stands against (挨着住房后墙, 挨着牛棚盖了两间住房). */
export const standsAgainst = (text: string, start: number): boolean => /(?:挨着|靠着|紧挨|贴着)$/.test(text.slice(Math.max(0, start - 3), start));

/** Whether a word of place follows a dwelling at once: 房子后面, 房子旁边盖鸭棚. */
export function placedAfter(text: string, hit: Hit): boolean {
  return PLACE_AFTER.some((w) => text.startsWith(w, hit.end) && !RETAINING_WALL_AFTER.test(text.slice(hit.end + w.length, hit.end + w.length + 4)));
}

/** A workshop's name: 作坊, 染坊, 豆腐坊, 加工厂. */
export const WORKSHOP = '(?:作坊|[染油磨粉酒茶]坊|豆腐坊|加工厂)';
/** Right before a building, a workshop that owns it: 染坊的, 作坊的. */
const WORKSHOP_OWNS_BEFORE = new RegExp(`${WORKSHOP}的$`);

/** After a word of place, the wall that holds the building's slope up (住房后面的挡墙砌起来): the building's own, not a new one. */
const RETAINING_WALL_AFTER = /^的?(?:挡墙|挡土墙|堡坎)/;

/** Right after an object, an adverb of addition or of doing again before its verb: 正房也抹了墙, 老屋顺便翻一下, 老房子重新抹了墙. */
const ALSO_AFTER = /^(?:也|都|又|顺便|顺带|一并|一起|跟着|重新(?!起))/;

/**
 * Right after an object, the loan named as what paid for it, before the verb: 房子是贷款盖的, 那五头牛就是这钱买的,
 * 牛是用贷款买的, 砖房是扶贫贷款加打工钱盖起来的 (group 1: a denial, 房子不是贷款盖的).
 */
const PAID_BY_LOAN_AFTER =
  /^(?:就|也|都|全|正)?(不|没|并不|并非|也不)?(?:是|系)(?:用|拿|使用)?(?:这笔|这个|这|那笔|该笔|本笔)?(?:扶贫)?(?:贷款|贷的钱|借款|钱)(?:(?:加|加上|和|跟)[^，。,;；贷]{1,4}?钱)?(?=[买盖修建购翻置添装])/;

/** After a person, where something is kept: 那, 手里. */
const KEPT_WITH_AFTER = /^(?:那|手里|手上|手中)/;

/** Before an object, an officer's finding of what it is: 核查为, 实为, 经查是. */
const FOUND_TO_BE = /(?:(?:核查|核实|查看|查明|经查|发现|实际)(?:为|是|系)|实为|实系)[^，。,;；]{0,4}$/;

/** Before a dwelling, moving into it: 搬到镇上楼房, 住进安置房. */
const MOVED_INTO = /(?:搬到|搬进|搬上|搬入|住进|住上|住到)[^，。,;；]{0,4}$/;

/** Rooms of a dwelling, which goods are put in: 厨房, 卧室. */
const ROOM_ONLY = /^(?:厨房|自家厨房|卫生间|厕所|堂屋|里屋|东屋|西屋)$/;
/** Right after an animal, a count of head: 200只, 十头 (not 一头没有, none). */
const COUNT_AFTER = /^[0-9一二两三四五六七八九十百千几]+(?:只|头|口|匹|羽|箱|群)(?!(?:都|也)?(?:没|不|无|未))/;

/** Right before 说, a speaker: 他说, 户主说. */
const SPEECH_REPORTED = /(?:他|她|户主|本人|我|俺|人家)$/;
/** Right after a person, a verb of their doing: 老婆接孙子, 媳妇天天用. */
const OBJECT_ACTS_AFTER = /^(?:接|送|坐|骑|开|用|在|去|要|也|不|没|天天|每天|平时|管|喂)/;

const FRAME_VERBS = new Map<ObjectFrame, ReadonlyMap<string, readonly string[]>>();

/** A frame's verbs before its object, by first character (built once per frame). */
function verbsByFirstChar(frame: ObjectFrame): ReadonlyMap<string, readonly string[]> {
  let verbs = FRAME_VERBS.get(frame);
  if (verbs === undefined) FRAME_VERBS.set(frame, (verbs = byFirstChar(frame.verbsBefore)));
  return verbs;
}

const FRAME_VERBS_AFTER = new Map<ObjectFrame, ReadonlyMap<string, readonly (readonly [string, number])[]>>();

/** A frame's verbs after its object by first character, each with its place in the frame's list (the first listed wins). */
function verbsAfterByFirstChar(frame: ObjectFrame): ReadonlyMap<string, readonly (readonly [string, number])[]> {
  let verbs = FRAME_VERBS_AFTER.get(frame);
  if (verbs === undefined) {
    const map = new Map<string, (readonly [string, number])[]>();
    frame.verbsAfter.forEach((v, order) => map.set(v[0]!, [...(map.get(v[0]!) ?? []), [v, order] as const]));
    FRAME_VERBS_AFTER.set(frame, (verbs = map));
  }
  return verbs;
}

/** Before an object, 的是 and what describes the object: 盖(的是给儿子一家住的两间). */
const WHAT_WAS_BEFORE = /的(?:是|为|系)[^，。,;；的]{0,8}(?:的[^，。,;；的]{0,4})?$/;

/** Right after a dwelling, the wages or price of building it: 新房工钱, 房子的工程款. */
export const BUILDING_PAID_AFTER = /^的?(?:工钱|工程款|人工费|人工钱|材料款|建材款|工费|装修款)/;

/** How much further an object's verb reaches over an owner described before it with 的. */
const DESCRIBED_OBJECT_REACH = 8;
/** Between two objects, the word that lists the second with the first: 和, 及, 、. */
const LISTED_AFTER = /^(?:和|及|与|、)$/;
/** Right before an object, the 的 that ends its description, and the household owning it after: 的, 的自家. */
const DESCRIBED_OWNED_BEFORE = /的(?:自家|自己家|自己的|我家|俺家|咱家)?$/;

/** Before an object, the opening of a quoted name it ends: "安家装饰材料 in 开设"安家装饰材料店". */
const QUOTED_NAME_BEFORE = /["“「『][^"“”「」『』，。,;；]{1,10}$/;

/** Before stock, its count and the breed or colour words between: 15只南江 (in 15只南江黄羊), 五十只大白. */
const COUNTED_BREED_BEFORE = /[0-9一二三四五六七八九十百千两几]+(?:只|头|匹|口|羽|尾|箱)([^，。,;；0-9]{1,3})$/;

/** After a dwelling, words that the loan worked on it (是我贷款修的) or that the household lives in it (是给俺们两口子住的). */
const SAID_OF_DWELLING_AFTER =
  /^是(?:我|俺|他|她|我们|俺们|咱)?(?:用)?(?:贷款|这笔钱|贷的钱|这钱)(?:修|盖|建|翻|买|装修|翻修)的|^是给(?:我|俺|咱)(?:们|家)?[^，。,;；]{0,4}住的/;

/**
 * Whether an object (房子、媳妇、牛) has a verb of its frame near it in its clause: 'used', 'negated' when that verb
 * is denied (不买车), or 'unused'.
 */
/** After a room put before its work by 把, the work: 地面铺了, 重新抹了, 墙刷了, 接了一层. */
const WORKED_ON_AFTER =
  /^(?:的)?(?:地面|地坪|地|墙面|墙|屋顶|房顶|顶棚|顶)?(?:也|都|全)?(?:重新|新)?(?:(?:铺|贴|抹|刷|粉刷|吊顶|吊了顶|装修|翻修|修|换|硬化)(?:了|上|好)|(?:又)?(?:起|接|加|盖)了?(?:一|两)层)/;
export function objectUsed(scan: Scan, i: number, clauseStart: number): 'used' | 'negated' | 'unused' {
  const { text, hits } = scan;
  const hit = hits[i]!;
  const frame = hit.role.frame!;
  // 开设"安家装饰材料店": a name in quotes that ends in the object is the object; its verb is reached over the name.
  const quoted = QUOTED_NAME_BEFORE.exec(text.slice(Math.max(clauseStart, hit.start - 12), hit.start));
  // (购买本村村民花某某的宅院: an owner described before the object with 的 stretches the reach, as for parties.)
  // (重新修建…冲垮了半边墙的自家老屋: and so does one described, then owned, 的自家.)
  // (修缮被山洪冲毁的自家猪圈和正房: an object listed by 和 after a farm building is reached as that building is.)
  const head = hits[i - 1]?.role.premises === true && LISTED_AFTER.test(text.slice(hits[i - 1]!.end, hit.start)) ? hits[i - 1]! : hit;
  const owned = DESCRIBED_OWNED_BEFORE.exec(text.slice(Math.max(clauseStart, head.start - 4), head.start));
  const described = owned ? DESCRIBED_OBJECT_REACH + owned[0].length - 1 + (hit.start - head.start) : hit.start - head.start;
  // (买了15只南江黄羊, 买了五十只大白鹅: a count of stock, a breed or colour after it, stretches the reach by those words.)
  const breed = frame.category === 'production' ? COUNTED_BREED_BEFORE.exec(text.slice(Math.max(clauseStart, hit.start - 10), hit.start)) : null;
  // (实际盖的是给儿子一家住的两间厢房: a verb before 的是 reaches over all it says was done.)
  const whatWas = WHAT_WAS_BEFORE.exec(text.slice(Math.max(clauseStart, hit.start - 16), hit.start));
  const from = Math.max(
    clauseStart,
    Math.min(
      hit.start - frame.before - (quoted?.[0].length ?? 0) - described - (breed?.[1]!.length ?? 0),
      whatWas ? hit.start - whatWas[0].length - 3 : Infinity,
    ),
  );
  // A verb inside another word is that word's (盖羊圈两间: 盖 builds the pen) — unless the object is listed with that
  // word (翻建牛舍和住房) or the word is itself a building verb (翻修住房, 装修自住房).
  const listed = /^[和及、]/.test(text.slice(hits[i - 1]?.end ?? hit.start, hit.start));
  const inWord = (at: number) =>
    // (A neutral word holds its characters too: 安置小区's 置 buys nothing.)
    !listed &&
    hits.some(
      (h, k) => k !== i && (h.role.category !== undefined || h.role.neutral === true) && h.role.category !== frame.category && h.start <= at && at < h.end,
    );
  // The nearest verb before the object, each verb at its last place only (a verb whose last place lies inside another
  // word is that word's, wherever else it stands).
  // 把闲置的猪舍改造成自己住的屋子: a building turned into a dwelling is housing.
  if (frame.category === 'housing' && INTO_DWELLING.test(text.slice(from, hit.start))) return 'used';
  // (把堂屋地面铺了瓷砖, 把自家住的平房接了一层: a dwelling or its room put before its work by 把 is worked on.)
  if (
    frame.category === 'housing' &&
    /把[^，。,;；把]{0,8}$/.test(text.slice(Math.max(0, hit.start - 9), hit.start)) &&
    WORKED_ON_AFTER.test(text.slice(hit.end, hit.end + 9))
  )
    return 'used';
  // 实地核查为两层住宅: what an officer found the thing built to be is what was built.
  if (frame.category === 'housing' && FOUND_TO_BE.test(text.slice(from, hit.start))) return 'used';
  // 整体搬到镇上楼房了: a dwelling moved into is where the household lives, not what the loan does.
  if (frame.category === 'housing' && MOVED_INTO.test(text.slice(from, hit.start))) return 'unused';
  // 空调安装于借款人住宅: goods put in a dwelling do not work on it.
  if (frame.category === 'housing' && installedIn(text, hit)) return 'unused';
  // 钱在媳妇那: a person the money is kept with is where it is, not the one married.
  if (frame.category === 'marriage' && KEPT_WITH_AFTER.test(text.slice(hit.end, hit.end + 2))) return 'unused';
  // (家里厨房换的: a room where goods were changed or put in, nothing more said, is only their place.)
  if (
    frame.category === 'housing' &&
    ROOM_ONLY.test(hit.term) &&
    /^(?:换|装|安)的/.test(text.slice(hit.end, hit.end + 2)) &&
    (/^(?:$|[，。,;；])/.test(text.slice(hit.end + 2, hit.end + 3)) ||
      hits.some((o) => o.start === hit.end + 2 && o.role.category === 'household_goods') ||
      // (冰柜在自家厨房装的冻肉饺子: or a room after 在, where what is stored there is told.)
      text[hit.start - 1] === '在')
  )
    return 'unused';
  // (东屋房顶漏雨，还没来得及修: a dwelling whose fault the next clause says is not yet repaired is only named.)
  if (frame.category === 'housing' && NOT_YET_REPAIRED.test(nextClause(scan, hit))) return 'unused';
  // (问：那辆车呢？答：家里用的: a vehicle a question takes as the household's is had, whatever its verb.)
  if (scan.held?.has(hit.start) === true) return 'used';
  // (那房子是我贷款修的, 楼是给俺们两口子住的: a dwelling said after it to be the loan's work, or the household's home.)
  if (frame.category === 'housing' && SAID_OF_DWELLING_AFTER.test(text.slice(hit.end, hit.end + 14))) return 'used';
  // 羊鹅200只: an animal with its count after it, no verb, is the household's stock.
  if (frame.category === 'production' && COUNT_AFTER.test(text.slice(hit.end, hit.end + 6))) return 'used';
  let verbAt = -1;
  let spent: string[] | undefined;
  const verbs = verbsByFirstChar(frame);
  for (let at = hit.start - 1; at >= from && verbAt < 0; at--) {
    for (const v of verbs.get(text[at]!) ?? []) {
      if (at + v.length > hit.start || !text.startsWith(v, at) || spent?.includes(v)) continue;
      if (!inWord(at)) {
        verbAt = at;
        break;
      }
      (spent ??= []).push(v);
    }
  }
  // (他说老婆接孙子上学: 说 after its speaker, the object doing something, reports speech; it courts no one.)
  if (
    verbAt >= 0 &&
    text[verbAt] === '说' &&
    SPEECH_REPORTED.test(text.slice(Math.max(0, verbAt - 2), verbAt)) &&
    // (户主说钱给媳妇治病了: or the money given to the object between — set 1019.)
    (OBJECT_ACTS_AFTER.test(text.slice(hit.end, hit.end + 3)) || /[钱给]/.test(text.slice(verbAt + 1, hit.start)))
  )
    return 'unused';
  // 不买车 denies the verb; 不得不修房子 affirms it; 不翻盖老屋: a verb inside a word the text denies is denied with it.
  if (verbAt >= 0 && hits.some((h) => h.negated && h.start <= verbAt && verbAt < h.end)) return 'negated';
  // (不砌房子就危险了: a denial with its consequence after it says the act is needed.)
  if (verbAt >= 0)
    return NEGATING.has(text[verbAt - 1] ?? '') &&
      !/不得|不能|非$/.test(text.slice(Math.max(0, verbAt - 3), verbAt - 1)) &&
      !CONSEQUENCE.test(text.slice(hit.end, hit.end + 8))
      ? 'negated'
      : 'used';
  // After the object: its verb right after it or after 重新/再 (住的房子重新装修), or damage told a little later (老屋一下雨就漏).
  // (把住的正房也抹了墙: an adverb of addition may stand between.)
  const paid = PAID_BY_LOAN_AFTER.exec(text.slice(hit.end, hit.end + 12));
  const adverb = paid?.[0].length ?? ALSO_AFTER.exec(text.slice(hit.end, hit.end + 3))?.[0].length ?? 0;
  const after = firstClause(text.slice(hit.end + adverb, hit.end + adverb + 6));
  // 核查发现新房里有炕有灶，一家人已经搬进去住了: a new building the family is said to have moved into is a dwelling built.
  if (frame.category === 'housing' && NEW_BUILDING.test(hit.term) && FAMILY_LIVED_AFTER.test(text.slice(hit.end, hit.end + 16))) return 'used';
  // 在自家房子旁边盖鸭棚: after a word of place the verb is what is built there.
  // (舍子挨着住房后墙: and one another building stands against.)
  if (placedAfter(text, hit) || standsAgainst(text, hit.start)) return 'unused';
  // (染坊的房子漏雨: a building named as a workshop's is the trade's, not a dwelling.)
  if (frame.category === 'housing' && WORKSHOP_OWNS_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) return 'unused';
  // The frame's first verb (in its list's order) that stands within two characters after the object, at its first place.
  // (那间铺面: a verb that begins a longer word of trade is that word.)
  const verbsAfter = verbsAfterByFirstChar(frame);
  let first = -1;
  let at = -1;
  let verb = '';
  for (let k = 0; k < 3 && k < after.length; k++)
    for (const [v, order] of verbsAfter.get(after[k]!) ?? []) {
      if ((first >= 0 && order >= first) || !after.startsWith(v, k)) continue;
      // (房子的修理: after 的 the word names the work done on the object.)
      if (after[k - 1] !== '的' && hits.some((o) => o.start === hit.end + k && o.term.length > v.length && o.role.business)) continue;
      // (房子是危改政府给盖的: nor a verb inside a word that began before it.)
      const where = hit.end + adverb + k;
      if (hits.some((o) => o.start < where && where < o.end && (o.role.neutral === true || o.role.category !== undefined))) continue;
      first = order;
      at = k;
      verb = v;
    }
  // 厨房换燃气灶、抽油烟机: a verb whose object, right after it, is goods works on the goods, not on the room.
  const verbEnd = hit.end + adverb + at + verb.length;
  if (
    at >= 0 &&
    frame.category === 'housing' &&
    hits.some((o) => o.start >= verbEnd && o.start <= verbEnd + 2 && (o.role.category === 'household_goods' || o.role.dualUse === true))
  )
    return 'unused';
  // (燃气灶、抽油烟机，家里厨房换的: or goods named before, the verb ending in 的 telling where they were changed.)
  if (
    at >= 0 &&
    frame.category === 'housing' &&
    text[verbEnd] === '的' &&
    hits.some((o) => o.end <= hit.start && o.role.category === 'household_goods' && !o.negated)
  )
    return 'unused';
  // 自家房子不装修, 厨房不用换: the verb after the object denied.
  // (房子不翻盖: a negation anywhere before the verb, which may end a longer verb.)
  // (向建筑队支付自家新房工钱: the wages or the price of building named right after a dwelling pay for building it.)
  if (at < 0 && frame.category === 'housing' && BUILDING_PAID_AFTER.test(text.slice(hit.end, hit.end + 4))) return 'used';
  if (at >= 0)
    return paid?.[1] !== undefined || [...after.slice(0, at)].some((c) => NEGATING.has(c)) || after.slice(Math.max(0, at - 2), at).startsWith('不用')
      ? 'negated'
      : 'used';
  // 换成彩钢板房，冬天一家老小住: a shed is lived in when its next clause ends in 住 (not 住在…, 住宿).
  if (frame.verbsBefore.length === 0 && LIVED_IN_AFTER.test(text.slice(hit.end, hit.end + 12))) return 'used';
  if (frame.category === 'housing' && DAMAGE.test(after)) return 'used';
  // 老房子是土坯房，下雨漏: a dwelling told as the topic, its damage in the clause right after.
  return frame.category === 'housing' && DAMAGE_NEXT.test(text.slice(hit.end, hit.end + 16)) ? 'used' : 'unused';
}

/** The clause after the hit's, from its break. */
function nextClause(scan: Scan, hit: Hit): string {
  const start = scan.clauseStart[hit.clause + 1];
  return start === undefined ? '' : scan.text.slice(start - 1, scan.clauseEnd[hit.clause + 1]);
}
