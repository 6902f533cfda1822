/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还……不能用于结婚、建房、理财、购置家庭用品等非生产性支出，更不能集中用于
 * 政府融资平台、生产经营企业等。
 *
 * Who speaks in a purpose, and of whom: a record or a chat puts questions the household answers; a complaint quotes
 * what others claimed; a clerk or a grandchild writes for the applicant; a court file names the borrower as the subject
 * of 用贷款. The reader (usage-reader.ts) reads the applicant's own statement of this loan's use; these tell it which
 * words are that statement.
 */
import { FAMILY_USE_WORDS, FAMILY_WORDS, MEASURE_WORDS, PLACE_PARTIES } from './usage-grammar.js';
import {
  answeredKinClaims,
  CHAT_AGENT_LABELS,
  CHAT_LABEL_PATTERN,
  escapePattern,
  KIN_CLAIM_WHOLE,
  kinClaimAnswered,
  LABEL_BREAKS,
  SELLER_NOTE,
  UNRELATED_WORDS,
} from './usage-text.js';
import type { UsagePurpose } from './usage-lexicon.js';
import type { Hit, Scan } from './usage-matcher.js';
import { clauseAt } from './usage-clauses.js';
import { CHILD_KIN, CUSTOMERS, HANDED, namedOnly, OWN_AFFAIRS, THIRD_PERSON } from './usage-parties.js';

/**
 * How a question put to the household is answered: its words count ('yes'), are denied ('no'), or are only asked
 * ('open'); or the question takes a thing as given and asks about it ('given': its things and bodies count, a person it
 * names only as the answer names them).
 */
export type Answer = 'yes' | 'no' | 'open' | 'given';
/** A question put to the household (问：有没有拿去盖房？) and how the words right after it answer it. */
export interface Question {
  readonly start: number;
  readonly end: number;
  readonly answer: Answer;
  /** Where a yes-or-no question's subject ends (冰柜是店里用的吗: 冰柜), which a denial leaves standing. */
  readonly subjectEnd?: number;
  /** In a question offering two choices (是给牛盖还是给人住), the one the answer did not take: its words are denied. */
  readonly rejected?: readonly [number, number];
  /** …and the one it took. */
  readonly chosen?: readonly [number, number];
  /** An agent's turn that asks nothing (主播：扶贫贷款不能用于炒股理财): words said to the applicant, which deny nothing of theirs. */
  readonly agent?: true;
}
/** Sounds and marks an answer may begin with before it says anything: 嗯……, 呃, 那个. */
// (说实话没有: words that only vouch for the answer.)
const FILLERS = '(?:[嗯呃啊哦额唔.,，…]|那个|说实话|实话说|老实说|讲实话|说真的)*';
/** An answer that owns to the use asked about, even after a first denial: 没……呃，也用了点; 还了一点点; 没有全拿去盖, 一部分是 (part of it). */
const OWNED =
  /没有全|没有都|没全|不全是|并非全|没都|不是全|也用了|用了点|用了一点|用了些|用了一些|还了一点|还了点|还了些|还了一些|花了点|花了一点|花了一些|也有|有一点|是的|对的|是用了|一部分是|有一部分|一小部分是|一半是/;
// (跑啥运输: a question's verb asked back with 啥 denies it.)
const DENIED = new RegExp(
  `^${FILLERS}(?:俺家|我家|俺们家|我们家)?(?:没有|没|不是|不能|那不能|哪有|哪能|不|莫得|冇|无|(?:跑|干|做|搞|放|盖|买|卖|存|娶|开)啥|那没有)`,
);
// (问：…您看见没？答：看见了: a witness owning to what was asked.)
// (答：是辆农用三轮: 是 before a measure word names the thing, it does not say yes.)
// (问老孙这钱是不是能放他那吃利息，老孙说能: a question of what may be done, owned to by 能, 行, 可以.)
const AFFIRMED = new RegExp(
  `^(?:[呃啊哦额唔.,，…]|那个)*(?:是(?![${MEASURE_WORDS}])|对|有|用了|嗯|看见了|看到了|见着了|见过|瞅见了|能(?:[，,。.]|$)|行(?:[，,。.]|$)|可以(?:[，,。.]|$))`,
);

/** The end of a question trailing off (……, ...), and an answer's label right after it. */
const TRAILING_OFF = '….';
const ANSWER_NEXT = /^答[:：]/;

/**
 * The questions a record puts to the household (问：…？答：…): each question's words are what was asked, and count only
 * as its answer says — denied by 没有、不是, owned by 是、也用了点, and otherwise only asked.
 */
export function readQuestions(text: string): Question[] | undefined {
  if (CHAT_LABEL.test(text)) return readTurns(text);
  let questions: Question[] | undefined;
  // (【武都农商银行】您好，请回复您扶贫小额信贷的实际用途…回复：…: a bank's text message is the bank's words, the reply the
  // borrower's.)
  const message = BANK_MESSAGE.exec(text);
  // (…用途为"养殖-肉牛"，回复1确认…客户回复：1: a reply that only confirms owns to what the message says.)
  if (message !== null)
    questions = [
      CONFIRMS.test(text.slice(message[0].length).trim())
        ? { start: 0, end: message[0].length, answer: 'yes' }
        : { start: 0, end: message[0].length, answer: 'open', agent: true },
    ];
  // （柜员：用途？）…（柜员：炒股？）嗯: a teller's words in brackets are the teller's; what they name counts as the
  // applicant's next words answer it.
  for (const m of text.matchAll(TELLER)) {
    const after = m.index + m[0].length;
    (questions ??= []).push({ start: m.index, end: after, answer: answerIn(text.slice(after, after + 14)) });
  }
  // 问：扩建羊舍，是否属于建房？: a category a question asks the use might count as is only asked; the rest of such a
  // question states the use.
  if (QUESTION_LABEL.test(text)) {
    const end = ANSWER_LABEL.exec(text)?.index ?? text.length;
    for (const m of text.slice(0, end).matchAll(CLASSIFYING)) {
      const from = m.index + m[0].length;
      const to = firstBreak(text, from, end);
      if (to > from) (questions ??= []).push({ start: from - 1, end: to, answer: 'open' });
    }
  }
  for (let mark = 0; mark < text.length; mark++) {
    // (问：您家里有人结婚吗，贷款是不是……答：没有没有: a question trailing off before its answer is asked all the same.)
    if (text[mark] !== '?' && text[mark] !== '？' && !(TRAILING_OFF.includes(text[mark]!) && ANSWER_NEXT.test(text.slice(mark + 1, mark + 3)))) continue;
    // (A survey's numbered item asks too: Q7 是否入股合作社？答：没入.)
    let asked = Math.max(text.lastIndexOf('问', mark), text.lastIndexOf('問', mark), lastItem(text, mark));
    // (问：听说你家开了个婚庆店？这贷款是不是给你儿子办事了？答：没有没有: of a turn's questions, the one right before the
    // answer is what the answer answers.)
    if (asked >= 0 && /[?？]/.test(text.slice(asked, mark)) && ANSWER_NEXT.test(text.slice(mark + 1, mark + 3)))
      asked = Math.max(text.lastIndexOf('?', mark - 1), text.lastIndexOf('？', mark - 1)) + 1;
    if (asked < 0 || mark - asked > 40 || /[?？]/.test(text.slice(asked, mark))) continue;
    const reply = text
      .slice(mark + 1)
      .replace(/^答?[:：]?/, '')
      .slice(0, 14);
    const question = text.slice(asked, mark);
    // (客户打热线问：扶贫贷款能不能先拿来给儿子凑彩礼？答复不行: a caller's marked question of what may be done is the caller's
    // wish too, whatever the line answers — review 148.)
    if (MAY_ASKED.test(question) && CALLER_BEFORE.test(text.slice(Math.max(0, asked - 8), asked))) continue;
    // (问：盖房子是给牛盖还是给人住？答：给人住的: an answer taking one of two choices owns to it and denies the other.)
    const choice = choiceTaken(question, reply);
    if (choice !== undefined) {
      const [rejected, chosen] = choice;
      (questions ??= []).push({
        start: asked,
        end: mark,
        answer: 'yes',
        rejected: [asked + rejected[0], asked + rejected[1]],
        chosen: [asked + chosen[0], asked + chosen[1]],
      });
      continue;
    }
    const answer = answerToMarked(question, reply);
    // (问：冰柜是店里用的吗？答：不是，家里放肉: as in a chat, a denial answers what is said of the thing, not that it was bought.)
    const label = /^(?:问|問)(?:题)?[:：]?/.exec(question)?.[0].length ?? 0;
    const subject = answer === 'no' ? askedSubject(question.slice(label) + '？', text.slice(mark + 1, mark + 31)) : undefined;
    // (问：你那台小车是做什么用？答：屋里自己坐的: a question asking what, where or who of a thing takes the thing as given.)
    (questions ??= []).push({
      start: asked,
      end: mark,
      answer: answer === 'open' && givenAsked(question) ? 'given' : answer,
      ...(subject === undefined ? {} : { subjectEnd: asked + label + subject }),
    });
  }
  // 问他是不是还了饥荒，他说饥荒去年卖粮就还完了: a question reported without its mark asks to the end of its clause, and
  // the clause after it, past whoever is said to speak, is its answer.
  for (const m of text.matchAll(REPORTED_QUESTION)) {
    const end = m.index + m[0].length;
    if (text[end] === '?' || text[end] === '？') continue;
    const reply = text
      .slice(end + 1)
      .replace(REPORTED_SPEAKER, '')
      .slice(0, 14);
    const answer = answerIn(reply);
    // (来电人问贷款能不能买个空调，夏天老人热: a caller's question of what may be done, not answered yes or no, is the caller's
    // wish; 还想着问问老孙这钱能不能先给娃交学费 only asks.)
    if (answer === 'open' && MAY_ASKED.test(m[0]) && CALLER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    (questions ??= []).push({ start: m.index, end, answer });
  }
  return questions;
}

/**
 * In a question offering two choices (盖房子是给牛盖还是给人住), where the one the reply does not take and the one it takes
 * lie within the question, when the reply opens with the latter's words (给人住的); undefined when it takes neither or both.
 */
function choiceTaken(question: string, reply: string): readonly [readonly [number, number], readonly [number, number]] | undefined {
  const or = question.lastIndexOf('还是');
  if (or < 0) return undefined;
  const head = Math.max(question.lastIndexOf('是', or - 1), question.search(/[:：，,][^:：，,]*还是/)) + 1;
  const first = question.slice(head, or);
  const second = question.slice(or + 2);
  if (first.length < 2 || first.length > 10 || second.length < 2 || second.length > 10) return undefined;
  const opening = reply.replace(new RegExp(`^${FILLERS}`), '');
  // (自家用 takes 自己家用: the reply's first words share two characters of substance with the option.)
  const said = /^[^，。,;；！!？?]{0,4}/.exec(opening)![0];
  const takes = (option: string) =>
    opening.startsWith(option.slice(0, 3)) ||
    [...option].some((_, k) => k + 2 <= option.length && !/[的了是里个这那]/.test(option.slice(k, k + 2)) && said.includes(option.slice(k, k + 2)));
  if (takes(second) && !takes(first))
    return [
      [head, or],
      [or + 2, question.length],
    ];
  if (takes(first) && !takes(second))
    return [
      [or + 2, question.length],
      [head, or],
    ];
  return undefined;
}

/** Words asking the household to explain something: 怎么回事, 怎么解释, 为什么. */
const EXPLAIN_ASKED = /怎么回事|咋回事|怎么解释|为什么|为啥/;
/** Words asking what, where, who, how much or why (做什么用, 从哪来, 谁在用, 花了多少), and words asking yes or no. */
const WH_ASKED = /什么|啥|哪|谁|多少|怎么|咋|几时|何时|为什么|为啥|干嘛|么子|么时候|么事|呢$|的(?:钱|錢)$/;
const YES_NO_ASKED = /[吗嘛]$|是不是|有没有|是否|有无|了没|没有$|对不对|可不可以|能不能/;
/** In a question, an allegation put to the household (有人举报你贷款盖房子，你怎么解释): what it alleges is not given. */
const ALLEGED_ASKED = /举报|有人说|有人讲|有人反映|听说|据说|怎么解释|怎么回事|哪个是真的|到底|究竟|是(?:什么|啥|么子|哪样)$/;
/** Whether a question asks about a thing it takes as given (你买的空调装在哪里) rather than whether it is so. */
function givenAsked(question: string): boolean {
  return (WH_ASKED.test(question) || THING_NAMED_ASKED.test(question)) && !YES_NO_ASKED.test(question) && !ALLEGED_ASKED.test(question);
}
/** A question that only names a thing, as 呢 would: 问：那台电脑？ */
const THING_NAMED_ASKED = /^(?:问|問)[:：]?(?:你家|你们家|您家|你)?(?:那|这)(?:台|个|辆|部|些|几[头只台个])[^，。,;；？?]{1,6}$/;

/** In a question, words asking what the use counts as (是否属于, 算不算, 会被当成): what follows in the clause is only asked. */
const CLASSIFYING_SOURCE =
  '是否(?:属于|属(?!实)|算作|算|为|构成|认定为|视为|(?=户贷企用|违规|挪用))|算不算|属不属于|会不会被?(?:当成|算成|认定为|视为|算作|算)|被(?:当成|算成|视为|认定为|算作)|能否认定为';
const CLASSIFYING = new RegExp(CLASSIFYING_SOURCE, 'g');
const CLASSIFYING_ONCE = new RegExp(CLASSIFYING_SOURCE);

/** Where the clause that begins at `from` ends: its first break, or `end`. */
function firstBreak(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if ('，。,;；？?！!'.includes(text[k]!)) return k;
  return end;
}

/** At the end of a question, asking whether the use it states is allowed: 行吗, 可以吗, 能贷吗, 符合规定吗. */
// (买点基金放着行不, 能不能先拿贷款顶上, 能动贷款不, 贷款中不: or the whole question asking leave.)
const ALLOWED_ASKED =
  /[，,](?:这样|这个|这)?(?:行吗|行不行|行不|可以吗|可不可以|能贷吗|能不能贷|能否办理|可否|符合规定吗|合规吗|合不合规|合不合法|违不违规|算不算违规)[啊呀吧呢]?$|(?:行不|行不行|中不|中吗|可以不|能不能[^，。,;；？?]{1,12}|能[用动拿从][^，。,;；？?]{0,10}(?:不|吗))[啊呀吧呢]?$/;

/** A question reported in the record's own words: 问他是不是…, 问户主有没有…. */
// (问老孙这钱是不是给儿子娶媳妇花了: the money asked about may be named before the question's words; 问牛棚还盖不盖: or the
// question put as a verb, 不 and the verb again.)
const REPORTED_QUESTION =
  /问(?:及|到|过|问)?(?:他|她|户主|借款人|其|对方|本人|我|俺|支书|书记|村长|主任|会计|信贷员|客户经理|银行|老[\u4e00-\u9fff])?(?:这笔?|那笔?)?(?:贷款|钱|贷的钱)?(?:用来)?(?:(?:是不是|有没有|是否|有无|能不能|可不可以|行不行)[^，。,;；？?]{1,16}|[^，。,;；？?]{1,8}?(?<v>[盖养买修建种开搞弄干])不\k<v>)/g;
/** A neighbour said to be the one who borrowed: 我那邻居贷款, 隔壁老王贷了. */
const NEIGHBOUR_BORROWED = /(?:邻居|隔壁(?:老)?[\u4e00-\u9fff]?)(?:家)?(?:贷款|贷了|借了)/g;
/** A reply that only confirms: 1, 确认, 是, 对. */
const CONFIRMS = /^(?:1|确认|是的?|对)[。.！!]?$/;
/** A bank's text message, up to the borrower's reply: 【某农商银行】…回复：. */
const BANK_MESSAGE = /^【[^】]{1,20}】[^]*?回复[:：]/;
/** A caller to a line, right before what they asked: 来电人, 来电者, 听众. */
// (客户打热线问: how they reached the line may stand between — review 148.)
const CALLER_BEFORE = /(?:来电人|来电者|听众|咨询人|客户)(?:打热线|打电话|来电|致电)?$/;
/** A reported question of what may be done: 能不能, 可不可以, 行不行. */
const MAY_ASKED = /能不能|可不可以|行不行/;
/** Who is said to answer, before the answer: 他说, 户主称. */
const REPORTED_SPEAKER = /^(?:他|她|户主|借款人|本人|对方|我|俺|人家|老[\u4e00-\u9fff])?(?:说|称|讲|答|回答|表示)?[:：]?/;

/** Where the last numbered survey item (q3, q10) before `at` begins, or -1. */
function lastItem(text: string, at: number): number {
  let found = -1;
  for (const m of text.slice(0, at).matchAll(/q\d+/g)) found = m.index;
  return found;
}

/**
 * Whether a reply owns to a question about the loan's money by saying its verb again, done: 有没有用于还信用卡？答：还了
 * (not one about the household's life: 你自己结婚了没？答：结了好多年了).
 */
function echoed(question: string, reply: string): boolean {
  // (羊买回来了吗？答：买回来了: the verb with its complement said again.)
  const said = /^([\u4e00-\u9fff])(?:回来|回|上|起来|好)?了/.exec(reply);
  // (盖了，盖的是羊圈: not a reply that at once says what was done instead.)
  return said !== null && LOAN_ASKED.test(question) && question.includes(said[1]!) && !DENIED.test(reply) && !/^.了[，,][^，。]{1,3}的是/.test(reply);
}
// (Or a work asked whether it is under way: 您家农家乐开起来了吗？答：开了.)
// (羊买回来了吗: or stock asked whether it was bought.)
const LOAN_ASKED = /贷款|钱|用于|用在|拿去|(?:开|办|建|搞|盖|修)起来|[牛羊猪鸡鸭鹅驴马][^，。,;；？?]{0,2}买(?:回来|回|上)?了/;

/** A reply that the loan paid: 都是贷款的钱, 用的贷款. */
/** Words saying the loan paid for something, as a reply or an answer puts them: 都是贷款的钱. */
export const LOAN_PAID_WORDS = '(?:都|全|全部)是(?:用)?(?:的)?贷款';
const LOAN_PAID_REPLY = new RegExp(`${LOAN_PAID_WORDS}|用的(?:是)?贷款`);
/** How a reply answers a question put with a question mark. */
function answerToMarked(question: string, reply: string): Answer {
  // (问：贷款买牛给儿子娶媳妇用，行吗？, 问：买牛和给儿子办婚礼是否属于生产用途？: a question whether a use is allowed, or
  // what it counts as, states the use; its words count — as they do where the reply says the question's verb again.)
  if (ALLOWED_ASKED.test(question) || CLASSIFYING_ONCE.test(question) || echoed(question, reply)) return 'yes';
  // (问：钱到了服装厂是怎么回事？答：是我在服装厂订的布料: 是 opening an explanation asked for owns to nothing.)
  if (EXPLAIN_ASKED.test(question) && reply.startsWith('是')) return 'open';
  // (问：你办婚礼花了多少？答：酒席二十桌一万多，都是贷款的钱: a reply that the loan paid what was asked owns to it.)
  if (LOAN_PAID_REPLY.test(reply)) return 'yes';
  // (问：牛棚还盖不盖？答：盖，砖已经拉来了: a question put as verb 不 verb, answered by the verb.)
  const either = VERB_OR_NOT.exec(question);
  if (either !== null && reply.startsWith(either[1]!)) return 'yes';
  return answerIn(reply);
}
/** A question put as a verb, 不, the verb again: 盖不盖, 买不买. */
const VERB_OR_NOT = /([\u4e00-\u9fff])不\1/;

/** How a reply answers the question before it. */
function answerIn(reply: string): Answer {
  return OWNED.test(reply) ? 'yes' : DENIED.test(reply) ? 'no' : AFFIRMED.test(reply) ? 'yes' : 'open';
}

/** A yes-or-no question about a thing it names first: 冰柜是店里用的吗 (its subject, 冰柜; then what is asked of it). */
const SUBJECT_ASKED =
  /^\s*((?:贷款买的|贷款盖的|贷款修的|贷款建的|你买的|您家买的|你家买的|您买的|买的|盖的|那台|那个|这台|这个|那辆|这辆|[^，。,;；？?是在到从做用、]{1,4}(?:起|盖|修|建)的)?[^，。,;；？?是在到从做用、]{1,5}(?:、[^，。,;；？?是在到从做用、]{1,4})?)[，,]?是(?:不是)?([^，。,;；？?]{1,14}?)(?:吗|嘛)?[？?]?\s*$/;
/** Asked of the thing, whether the loan bought it: 用这笔贷款买的. */
const LOAN_LINK_ASKED = /贷款|这笔钱|这个钱|这钱/;
/** Asked of the thing, a trade: 做买卖用, 做生意的. */
const TRADE_ASKED = /买卖|生意/;
/** In a reply, the family's use of the thing: 就自己用, 给娃上网课用的, 家里坐的. */
const FAMILY_REPLY = new RegExp([...FAMILY_USE_WORDS, ...FAMILY_WORDS].map(escapePattern).join('|'));

/**
 * How long the subject of a yes-or-no question about a thing is (冰柜是店里用的吗: 冰柜), which a denial leaves standing;
 * undefined where it names none, or asks whether the thing serves a trade and the reply tells no use of the family's
 * (手机是做买卖用吗？不是 leaves it to the reply what the phone is).
 */
function askedSubject(said: string, reply: string): number | undefined {
  const subject = SUBJECT_ASKED.exec(said);
  // (您家买的小轿车，是用这笔贷款买的吗？答：不是: a denial that the loan bought the thing leaves nothing standing.)
  // (问：贷款盖的这房子是住人的吗？答：不是住人的: nor a denial that anyone lives in the building, which leaves no dwelling.)
  if (subject === null || LOAN_LINK_ASKED.test(subject[2]!) || subject[2]!.includes('住') || (TRADE_ASKED.test(subject[2]!) && !FAMILY_REPLY.test(reply)))
    return undefined;
  return subject[1]!.length;
}

/** A teller's or officer's words in brackets within an applicant's: （柜员：用途是？）. */
const TELLER = /[（(](?:柜员|工作人员|客户经理|信贷员)[:：][^）)]*[）)]/g;

/** A chat's speakers (客户：…／客服：…; the labels live in usage-text.ts): the applicant's words are read, an agent's are not the applicant's. */
const CHAT_LABEL = new RegExp(`(?:${CHAT_LABEL_PATTERN})[:：]`);
/** Every speaker's label a turn may begin with, besides 问 and 答: a chat's, and a follow-up caller's. */
const SPEAKERS = `${CHAT_LABEL_PATTERN}|回访员`;
// (客服：用途？贷户：家具，沙发…: and so is any other short label after a sentence's end, 贷户：, 户主婆姨：, but not
// one that reports speech, 户主讲：, nor words before a known label, 咋弄呀主播：.)
const OTHER_LABEL = `(?<=[${LABEL_BREAKS}])(?![\\u4e00-\\u9fff]{0,4}(?:说|称|讲|问|反映|表示|${SPEAKERS})[:：])[\\u4e00-\\u9fff]{2,5}[:：]`;
const TURN_START = new RegExp(`[/／]?(?:${SPEAKERS}|问|答)[:：]|${OTHER_LABEL}|[/／]`, 'g');
/** A label left at the start of the next turn's words (a second label: /客户：). */
const LABEL_AT_START = new RegExp(`^[/／]?(?:${SPEAKERS}|答)[:：]`);
const AGENT = new RegExp(`^[/／]?(?:${[...CHAT_AGENT_LABELS, '回访员', '话务员', '问'].join('|')})`);
/** A turn that asks: a question mark, or 吗/么 at its end. */
// (网友：扶贫贷款能不能用来买车接送孩子: or asks what may be done, with no mark.)
const ASKS = /[?？]|[吗么][,.!，。！\s]*$|能不能|可不可以|能否/;

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
    const next = k + 1 < starts.length ? text.slice(starts[k + 1]! + labels[k + 1]!.length, starts[k + 2] ?? text.length).replace(LABEL_AT_START, '') : '';
    const asks = ASKS.test(said);
    // (户主：你说贷款？额在集上卖烤馍: an applicant's question back, answered in the same turn, asks only up to its mark.)
    const mark = asks && !AGENT.test(labels[k]!) ? Math.max(said.lastIndexOf('？'), said.lastIndexOf('?')) : -1;
    if (mark >= 0 && mark + 1 < said.length) {
      const from = start + labels[k]!.length;
      (questions ??= []).push({ start, end: from + mark + 1, answer: answerIn(said.slice(mark + 1, mark + 15)) });
    } else if (asks) {
      // (客服：冰柜是店里用的吗 客户：不是，家里放肉的: a denial answers what is said of the goods, not that they were bought.)
      const subject = askedSubject(said, next);
      const from = start + labels[k]!.length;
      (questions ??= []).push({
        start,
        end,
        answer: next === '' ? 'open' : answerIn(next.slice(0, 14)),
        ...(subject === undefined ? {} : { subjectEnd: from + subject }),
      });
    } else if (AGENT.test(labels[k]!)) (questions ??= []).push({ start, end, answer: 'open', agent: true });
  }
  return questions;
}

/** What the reader holds as evidence of a use, as far as these readings need it. */
interface Told {
  readonly category: UsagePurpose;
  readonly term: string;
  readonly clause: number;
  readonly start: number;
}

/** The lender and its staff, as a text names them: 银行, 信贷员, 客户经理. */
const LENDERS = '(?:银行|信贷员|调查员|客户经理|信用社|审查员|行里)';
/** A lender's claim: 银行说, 信贷员认为, 银行主张, 银行称, 银行以“搭建”字样认定, 银行以店名推定. */
const LENDER_CLAIM = new RegExp(`${LENDERS}(?:的人)?(?:以[^，。,;；]{1,10})?(?:说|称|认为|认定|推定|讲|主张)`);
/** Words that report what others said the money was for: 说是借给别人用了, 被说成买家庭用品, 举报他放贷, 列为带资入社, 原告认为. */
const CLAIMED = new RegExp(
  `${LENDER_CLAIM.source}|说是|说成|老大说|老二说|老三说|他哥说|他弟说|大哥说|二哥说|列为|举报|上报|称属于|说我|说他|说她|检查时说|认定为|认为是|定性为|怀疑|主张|反映|原告称|原告认为|原告诉称|原告关于|所称|误将|认定其|原认定|债主说|被申请人认定|被申请人将|传言|有人说|瞎唠说|屯里人说|村里人说|庄上人说|寨子里人说|别人说|邻居说|听说|有人讲|听人说|记载为|记录为|登记为|干部说|村里说|镇里说|乡里说|村主任说|书记说|来的人说|台账上写的是|写的是`,
  'g',
);
/** A sentence's end, and the borrower's answer or a check's finding beginning a clause: 可这是…, 但…, 现场为…. */
const SENTENCE_END = /[。！？!?]/;
const ANSWER_BEGINS = /^(?:可|但|其实|不过|现场|实[为系]|核查|经[查核调我]|我(?:打开|跟到|去|到)|调解员|核实确实|认定)/;
/** Of those, a lender's own: 银行说, 信贷员认为. */
const LENDER = new RegExp(`^${LENDERS}`);
/** Words that dispute such a claim: 不认可, 举报不实, 要求更正, 凭啥…, 冇嘅事, a court's 主张不能成立 or 不予采纳. */
/** A finding that an alleged use is someone else's or never happened: 与贷款户无关, 这笔贷款不沾边, 未对外放贷, 由子女出. */
const NOT_THIS_LOAN = new RegExp(
  `与(?:该户|贷款户|本户|借款户)(?:的)?(?:贷款)?无关|(?:这笔|这个|跟|和|同)(?:扶贫)?贷款${UNRELATED_WORDS}|(?:跟|和|同)(?:旧账|老账|以前的账)${UNRELATED_WORDS}|未对外放贷|(?:钱|费用)?由子女(?:自己)?(?:出|负担|承担)`,
);
const NOT_THIS_LOAN_ALL = new RegExp(NOT_THIS_LOAN.source, 'g');
const DISPUTED = new RegExp(
  `${NOT_THIS_LOAN.source}|查无实据|不认可|不认(?![识得真])|不承认|不实|更正|没有的事|没这回事|结啥婚|娶啥媳妇|盖啥房|没那事|没那回事|没有那事|没有那回事|冇嘅事|不是事实|不属实|凭啥|凭什么|冤枉|重新认定|不服|要求说明|瞎说|胡说|乱说|扯犊子|瞎扯|胡扯|瞎咧咧|胡咧咧|申诉|保证不|保证没|不予采信|不予支持|不予采纳|不能成立|与查明的事实不符|与事实不符|未提交证据|未提供证据|证据不足|未予支持|未予采纳|未予采信|系误解|属误解|是误会|误会了|一场误会|驳回|无事实依据|无任何事实依据|没有事实依据|缺乏事实依据|无证据证明|未提供任何证据|认定错误|应予撤销|予以撤销|误将|错误认定|有误|不是一回事|两码事|用语不规范|表述不规范|不构成挪用`,
);
/** The borrower's answer to a lender's claim (可这是…, 我认为是…, 欢迎去看), or a check's finding against it (核查…认定生产用途, 现场为存粮栈子):
 * what was found stands, the claim's words do not. (经现场查看为养殖圈舍: a check may name how it looked.) */
const ANSWERED =
  /欢迎(?:去|来)?(?:看|查|点)|可以去(?:看|点|查)|问问就知道|我认为是|俺认为是|可这是|可那是|认定(?:为)?(?:用于)?生产|现场(?:查看|察看|核查|检查|核实)?(?:为|系|是)|实(?:为|系)/;
/** Whether the text disputes a claim it reports: DISPUTED, a lender's claim the borrower answers, or a kin's the writer checks. */
export const disputed = (text: string): boolean => DISPUTED.test(text) || (LENDER_CLAIM.test(text) && ANSWERED.test(text)) || kinClaimAnswered(text);

/** A demand that the money be handed over (要求把钱交到村里), and its refusal (没有交, 不愿意). */
/** Of those, a relative's wish or suggestion for the money or goods (孙子想借去买摩托, 不如拿去买房子), refused whole. */
const WISHES = '想买|想要|吵着要|闹着要|想借(?:这笔|那笔)?(?:贷款|钱)?去|想拿(?:这笔|那笔)?(?:贷款|钱)?去|想挪用|不如拿去';
const DEMANDED = new RegExp(`要求|要(?:其|他|她|我|俺)把|逼|强迫|动员|非要|硬要|让|叫|说要|${WISHES}`);
const DEMANDS = new RegExp(DEMANDED.source, 'g');
const WISHED = new RegExp(`^(?:${WISHES})$`);
export const REFUSED =
  /没有交|没交|我没让(?!全)|俺没让(?!全)|没让他|没让她|没入|没有入|没掺和|没参与|不愿意|不肯|拒绝|不同意|没同意|没答应|不答应|要求自主|我不要|不要那个|没要|不借(?!钱)|(?<=[，,])没给(?:他|她)(?=[。，,；;！!]|$)|不听(?=[，。,;；]|$)/;

/** A loan committee's verdict closing its minute (…修水渠。不同意。): the committee's, not a refusal of the demand. */
const VERDICT = /(?:^|[。；;])(?:经研究[，,]?|经审议[，,]?|意见[:：])?(?:不同意|同意)[^。；;，,]{0,12}[。]?$/;
/** After a demand's word, the money itself or a purchase for the household demanded: 让我把钱转给她, 说要给我买. */
const WHOLE_DEMAND = /^[^，。,;；]{0,4}(?:把(?:钱|贷款)|给我买|给你买|拿去买)/;

/** Moves to context the evidence a disputed claim or a refused demand holds (in the claim's or the demand's clause). */
export function setAsideClaims(text: string, evidence: Told[], context: string[], clauseStart: readonly number[]): void {
  // The whole clause of a disputed claim or a refused demand is the claim: 乡里却把他列为带资入社 and 镇里让把钱交上去 name
  // their party before the marker.
  const aside = (from: number, keep: (e: Told) => boolean) => {
    const c = clauseAt(clauseStart, from);
    for (const e of evidence.filter((x) => x.clause === c && x.category !== 'production' && keep(x))) {
      evidence.splice(evidence.indexOf(e), 1);
      context.push(e.term);
    }
  };
  // (核查：信用卡是其儿子的，与贷款户无关: the thing the finding says is not this loan's, in its clause or the one before it in
  // its sentence.)
  if (NOT_THIS_LOAN.test(text))
    for (const m of text.matchAll(NOT_THIS_LOAN_ALL)) {
      const c = clauseAt(clauseStart, m.index);
      aside(m.index, () => true);
      if (c > 0 && !SENTENCE_END.test(text[clauseStart[c]! - 1] ?? '')) aside(clauseStart[c - 1]!, () => true);
    }
  if (disputed(text))
    for (const m of [...text.matchAll(CLAIMED), ...answeredKinClaims(text)]) {
      aside(m.index, () => true);
      // (银行调查员说俺闺女下个月结婚，钱肯定是办事用的。: a lender's claim runs to the end of its sentence, or to the
      // borrower's answer: 银行说…，可这钱当时是乡政府拿走的.)
      if (LENDER.test(m[0]) || KIN_CLAIM_WHOLE.test(m[0]))
        for (let c = clauseAt(clauseStart, m.index) + 1; c < clauseStart.length; c++) {
          const at = clauseStart[c]!;
          if (SENTENCE_END.test(text[at - 1] ?? '') || ANSWER_BEGINS.test(text.slice(at, at + 2))) break;
          aside(at, () => true);
        }
    }
  // (A demand for the money itself, or for something bought for the household, is refused whole: 想让我把钱转给她…还房贷，我没答应.)
  if (REFUSED.test(text.replace(VERDICT, '')))
    for (const m of text.matchAll(DEMANDS)) {
      // (A wish for goods refused is set aside whole too: 媳妇想买个冰箱，我没同意.)
      const whole = WHOLE_DEMAND.test(text.slice(m.index, m.index + 12)) || WISHED.test(m[0]);
      aside(m.index, (e) => whole || HANDED.has(e.category));
    }
}

/** Right after a pronoun, a shop of theirs: 的冷饮小卖部, 家的小卖部. */
const OWN_SHOP_AFTER = /^家?的[^，。,;；]{0,5}(?:小卖部|小卖店|商店|超市|店|铺|摊|馆|门市)/;
/** A text that reports what an elder or a neighbour said or wants: its 他 and 她 are the applicant (爷爷说…他想…). */
const REPORTED =
  /通过翻译|据翻译|经翻译|翻译说|翻译问|翻译[:：]|(?:替|帮).{0,8}(?:写|填)|(?:代|帮)写|(?:爷爷|奶奶|姥爷|姥姥|外公|外婆|俺爷|俺奶|我爷|我奶|老人)(?:说|的意思|交代|想)/;

/**
 * Whether a pronoun stands for the household: in a text that reports an elder's words (the elder is the applicant), or
 * right after a child of the family is named (等孩子考上高中以后给他买台电脑, 儿子明年结婚…给他买婚房), with no other party
 * between.
 */
export function pronounOfHousehold(scan: Scan, at: number): boolean {
  const { hits, text } = scan;
  const pronoun = hits[at]!;
  const before = text.slice(Math.max(0, pronoun.start - 20), pronoun.start);
  // (Another pronoun before it is no other party: …给他们生活的，贷款是他们包了….)
  const partyBetween =
    at > 0 &&
    hits[at - 1]!.role.party !== undefined &&
    hits[at - 1]!.role.party !== 'household' &&
    !THIRD_PERSON.test(hits[at - 1]!.term) &&
    // (他就是把玉米卖给合作社，钱是他自己种地用的: not a buyer the household sells to.)
    !namedOnly(text, hits[at - 1]!) &&
    pronoun.start - hits[at - 1]!.end < 12;
  // (给他老伴赶集买菜用, 钱都被她男人拿去喝酒: a pronoun before a spouse is the borrower's, the spouse the household.)
  // (民宿他自家经营: and before 自家, their own family.)
  // (给她屋头买个冰箱放灶房装菜: and before 屋头, their own home — review 150.)
  if (/^(?:老伴|老婆|媳妇|爱人|婆姨|婆娘|家属|自家|男人|丈夫|老公|屋头|屋里)/.test(text.slice(pronoun.end, pronoun.end + 2))) return true;
  /** Whether a hit is a party other than the household and its pronouns. */
  const otherParty = (h: Hit) => h.role.party !== undefined && h.role.party !== 'household' && !THIRD_PERSON.test(h.term);
  // (钱给他儿结婚用了…砖又退回俺这了: in a seller's note about a customer, before a child of theirs, the customer's — where
  // no other party is named before it.)
  if (
    SELLER_NOTE.test(text) &&
    /^(?:儿子?|闺女|女儿|娃|小子|孩子)/.test(text.slice(pronoun.end, pronoun.end + 2)) &&
    // (五金店老板说，他没在俺这买东西: the seller who speaks is no other party, nor the customer's 他 before; 在场里买了一头整猪:
    // nor the place the customer bought at.)
    !hits.slice(0, at).some((h) => otherParty(h) && !/^[说讲称]/.test(text.slice(h.end, h.end + 1)) && text[h.start - 1] !== '在')
  )
    return true;
  // (给她的冷饮小卖部买台冰箱，放冰棍和饮料卖: a pronoun opening a text about one household's shop, no one else named, is it — set 998.)
  if (pronoun.start <= 1 && OWN_SHOP_AFTER.test(text.slice(pronoun.end, pronoun.end + 10)) && !hits.some((h, k) => k !== at && otherParty(h))) return true;
  // (他舅, 她哥: a pronoun before a word of kin names that relative, not the applicant.)
  if (/^[舅姨叔伯哥姐弟妹爹妈爸姑]/.test(text.slice(pronoun.end, pronoun.end + 1))) return false;
  if (REPORTED.test(text) || (!partyBetween && /孩子|娃|细人子|细伢|伢子|崽/.test(before))) return true;
  // (儿子网贷欠了一万多…贷款下来给他转过去还了: a child whose debt the text told, the money sent them to repay it.)
  if (CHILD_IN_DEBT.test(text.slice(0, pronoun.start)) && /^[^，。,;；]{0,6}还/.test(text.slice(pronoun.end)) && !hits.slice(0, at).some(otherParty))
    return true;
  // (亲戚撺掇把钱放给别人吃利息他没干: one who refuses the advice is the household.)
  if (/^(?:没干|没听|不干|可不敢|不敢)/.test(text.slice(pronoun.end, pronoun.end + 3))) return true;
  // (他说盖房子的钱就是扶贫贷款: a pronoun that opens the text telling of the loan is the household's.)
  if (pronoun.start === 0 && /^(?:说|讲|称)/.test(text.slice(pronoun.end))) return true;
  // (孙老五贷的钱让他在牌桌上输了一半: right after the loan's money is said to be let or taken, the borrower.)
  if (!partyBetween && LOAN_LET_BEFORE.test(before)) return true;
  // (金家说贷款是开豆腐坊的…干的活是他住的屋子吊顶: a text that opens with a family telling of its loan, no one else named,
  // speaks of that family as 他.)
  if (HOUSEHOLD_TELLS_OPENING.test(text) && !hits.slice(0, at).some(otherParty)) return true;
  // (他妈在家养蚕，贷款给她买了蚕种: 她 right after the household's mother is named, with no one between, is she.)
  if (
    pronoun.term === '她' &&
    !partyBetween &&
    /(?:他|她)(?:妈|娘|老娘|老妈)/.test(before) &&
    hits
      .slice(0, at)
      .filter((h) => h.role.party !== undefined)
      .every((h) => h.role.party === 'household')
  )
    return true;
  // (借款人之女证言：贷款给她买了手机: so is one right after the borrower's child is named, unless said to live apart.)
  if (!partyBetween && /(?:借款人|户主|申请人)之[子女]/.test(before) && !SEPARATE_SAID.test(text)) return true;
  if (standsForBorrower(scan, at)) return true;
  // (我儿子跟我一块过，一个户口本上的，他开三轮…给他换个电三轮: a child the text said before lives in the household.)
  if (!partyBetween && CHILD_AT_HOME.test(text.slice(0, pronoun.start)) && !SEPARATE_SAID.test(text)) return true;
  // (钱给他买了饲料——他是我儿子，和我一个户口: a pronoun the text then says is a member of the household.)
  const said = MEMBER_SAID.exec(text.slice(pronoun.end));
  if (said !== null && !SEPARATE_SAID.test(text.slice(pronoun.end + said.index))) return true;
  // (我们村马某贷款时说养羊…钱全拿去给他儿子…: the one person named, as the borrower, is who 他 stands for.)
  if (!partyBetween && namedBorrowerOnly(text.slice(0, pronoun.start))) return true;
  // (我那邻居贷款说是买牛…钱给他娃办婚事了: and so is the one neighbour the text says took the loan, whose child it names.)
  if (
    !partyBetween &&
    /^(?:家)?(?:娃|儿子|闺女|女儿|孩子|小子|姑娘)/.test(text.slice(pronoun.end, pronoun.end + 3)) &&
    [...text.slice(0, pronoun.start).matchAll(NEIGHBOUR_BORROWED)].length === 1
  )
    return true;
  if (reportedHousehold(scan, at)) return true;
  // (A son or daughter with a household or business of their own — 已分家, 出嫁的闺女, 在城里开店 — is another party.)
  // (A spouse is the household whatever trade they keep: 老婆在家闲着，贷款给她开个小卖部.)
  // (The spouse nearest before it, with no other person named between: not 俺和老伴…俺兄弟…给他.)
  const spouseAt = lastMatch(SPOUSE_ALL, text.slice(0, pronoun.start));
  if (
    spouseAt >= 0 &&
    !hits.some((h, k) => k < at && h.start > spouseAt && h.role.party !== undefined && h.role.party !== 'household' && !PLACE_PARTIES.includes(h.term)) &&
    !/离婚|离了|分居/.test(text)
  )
    return true;
  // (问：钱是你爸在用吗？答：是他用的; 问：你有没有往家里寄钱？答：…贷款是他们自己拿去买羊了: a borrower's child speaking of
  // the parents the question names.)
  if (!partyBetween && PARENTS_ASKED.test(text.slice(0, pronoun.start)) && !OWN_AFFAIRS.test(text.slice(0, pronoun.start))) return true;
  // (问：他说买化肥了？答：…贷款下来他拿去还了赌账: a guarantor or a cadre asked about 他 answers of the borrower asked about.)
  if (!partyBetween && askedAbout(scan, at)) return true;
  // (老赵说贷款是给他养猪场用的: a person the text opens with, saying what the loan is for, is who 他 stands for.)
  if (SPEAKER_FIRST.test(text) && !otherPartyBefore(scan, at, hits[0]!.end)) return true;
  // (说是养猪，我们去看了，猪圈是空的，钱拿去砌他家正房的墙了: those who went to look report on the household as 他.)
  if (!partyBetween && VISITORS_LOOKED.test(text.slice(0, pronoun.start)) && !hits.slice(0, at).some(otherParty)) return true;
  // (贷款是他自己买肥料雇机器用的: the loan said to be 他自己's use is the borrower's.)
  if (/(?:贷款|贷的钱|这钱)(?:是|都是|全是)$/.test(text.slice(Math.max(0, pronoun.start - 4), pronoun.start)) && /^(?:自己|自个)/.test(text.slice(pronoun.end)))
    return true;
  // (我是村主任，他这贷款是养猪的: a pronoun whose loan is named is the borrower.)
  if (/^(?:这|那)(?:笔)?(?:贷款|扶贫贷款)/.test(text.slice(pronoun.end, pronoun.end + 6))) return true;
  return !partyBetween && (CHILD_KIN.test(before) || /我爸|我妈|俺爸|俺妈|我爹|我娘/.test(before)) && !OWN_AFFAIRS.test(text.slice(0, pronoun.start));
}

/**
 * A person the text opens with, by surname or pet name, telling the loan's use: 老赵说贷款, 老邱在俺这说; or a relative the
 * writer tells of, opening the text so (侄儿说贷款买牛…他是拿去还了…).
 */
const SPEAKER_FIRST =
  /(?:^|[。；;])(?:(?:老|小)[\u4e00-\u9fff](?:家)?|侄儿|侄子|外甥|表弟|表哥|堂弟|堂哥|幺舅子|舅子|姐夫|妹夫|连襟|老表)(?:在[^，。,;；]{0,4})?(?:说|讲|称)(?:贷款|这钱|钱)/;

/** Officers telling their own visit: 我们去看了, 俺们上门核实了. */
// (说是修牛圈，我克看了: or one who went, after the borrower's claim — set 990.)
const VISITORS_LOOKED = /(?:我们|俺们|咱们|(?<=(?:说是|说|讲|称)[^。；;]{1,12}[，,])(?:我|俺))(?:去|克|上门|入户|实地)(?:看了|看过|查看了?|核实了?|瞅了)/;

/** In a question, the borrower it asks about: 他, 她, 贷款人 (not 他舅, a relative). */
const BORROWER_ASKED = /[他她](?![舅姨叔伯哥姐弟妹爹妈爸姑表堂])|贷款人|借款人|户主/;

/** Whether the pronoun at `hits[at]` stands in the answer to a question asking about the borrower, no other party in the answer before it. */
function askedAbout(scan: Scan, at: number): boolean {
  const { hits, text } = scan;
  const pronoun = hits[at]!;
  if (!QUESTION_LABEL.test(text)) return false;
  const label = ANSWER_LABEL.exec(text);
  // (问：答：他拿去耍钱了: a question left blank asks about no one else.)
  if (label === null || label.index > pronoun.start) return false;
  const question = text.slice(0, label.index);
  if (!BORROWER_ASKED.test(question) && !/^(?:问|問)[:：]?\s*$/.test(question)) return false;
  return !otherPartyBefore(scan, at, label.index + 1);
}

/**
 * Whether a party outside the household stands before `hits[at]`, from `from` on: not a pronoun (他 again), nor one only
 * named (卖给合作社, a buyer).
 */
function otherPartyBefore(scan: Scan, at: number, from: number): boolean {
  return scan.hits.some(
    (h, k) => k < at && h.start >= from && h.role.party !== undefined && h.role.party !== 'household' && !THIRD_PERSON.test(h.term) && !namedOnly(scan.text, h),
  );
}

/** In a question to a borrower's child, the parents: 你爸, 你妈, 你父母, 往家里寄钱. */
export const PARENTS_ASKED = /(?:问|問)[:：][^？?]{0,12}(?:你爸|你妈|你父亲|你母亲|你父母|你爸妈|你爹|你娘|(?:往|给)家里(?:寄|打)|寄钱回家|打钱回家)/;

/** Words by which an officer's report names the household it tells of: 这户, 该户, 户主, 借款人. */
const HOUSEHOLD_NAMED = /这户|这个户|这家|该户|本户|户主|借款人|申请人|贫困户|脱贫户|监测户/;

/**
 * Whether the word at `hits[at]` (他, 她, or 人家 before 自己) is the household an officer's report tells of: the household
 * named before it (这个户 高某 … 他是想扩大养牛; 这户想开婚庆店…人家自己经营), no other party and no hand-over before it.
 */
export function reportedHousehold(scan: Scan, at: number): boolean {
  // (No hand-over before it either: 让他…, 给他… hand the money to whoever 他 is.)
  return householdBeforeKin(scan, at) && !scan.hits.some((h, k) => k < at && h.role.handover);
}

/**
 * Whether the text names the household (户主, 借款人, 这户) before the pronoun at `hits[at]`, no other party named between:
 * then the pronoun may stand for it — as before a member of the household it names (户主说贷款让他儿子拿去炒股).
 */
export function householdBeforeKin(scan: Scan, at: number): boolean {
  const { hits, text } = scan;
  if (!HOUSEHOLD_NAMED.test(text.slice(0, hits[at]!.start))) return false;
  return !hits.some((h, k) => k < at && h.role.party !== undefined && h.role.party !== 'household');
}

/** The applicant's spouse, named before a pronoun. */
const SPOUSE = /堂客|老婆|媳妇|老伴|妻子|爱人|婆娘|婆姨|丈夫|老公|男人|孩子他爸|孩子他妈/;

const SPOUSE_ALL = new RegExp(SPOUSE.source, 'g');

/** Where the last match of a global pattern starts in a text; -1 when none. */
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/** After a party, words that make it the loan's subject: 用贷款, 用扶贫贷款, 贷款(自己养), 贷了. */
// (郭大嫂用5万元小额信贷开了…: a sum and the loan's own name may stand between.)
const BORROWER_AFTER = /^(?:用|拿|使用)(?:了)?(?:[0-9.一二两三四五六七八九十]+万?元?(?:的)?)?(?:扶贫)?(?:小额)?(?:贷款|代款|贷的钱|信贷)|^(?:贷款|代款|贷了)/;
/** Right after a party, a name of its own: 种植户杨振宇 (the party's word describes the person named). */
// (Not the loan itself: 老刘贷款拿去养牛了.)
const NAME_AFTER = /^(?!贷款|代款|贷了)[\u4e00-\u9fff]{2,3}(?=用|拿|使用|贷款)/;

/** After a pronoun, the text saying who it is: 他是我儿子, 她系借款人之女. */
const MEMBER_SAID = /[他她](?:是|系|为)(?:我|俺|本人|借款人|户主)(?:的|之)?(?:儿子|女儿|闺女|[子女]|老伴|爱人|丈夫|妻子|老婆|媳妇|孙子|孙女|父亲|母亲)/;
/** A child said to live in the household: 儿子跟我一块过, 闺女没出门子，跟家住. */
const CHILD_AT_HOME =
  /(?:儿子|女儿|闺女|姑娘|小子)[^。；;]{0,10}(?:一个户口|同一个户口|一块过|一起过|跟(?:我们?|俺们?)(?:一块|一起)?(?:过|住)|跟家住|在家住|没出门子|没出嫁|没分家)/;
/** Words that a member said so keeps a household of its own: 已分户, 不是一户, 不跟我们一个户. */
const SEPARATE_SAID = /分户|(?<![没未])分家|另立|单过|另过|(?<![没未])出嫁|嫁出去|不是一户|不在一个户|不跟我们?一个户|不同户|不在一起/;

/** A child named with a debt of theirs: 儿子网贷欠了, 儿子在网上借的钱还不上. */
const CHILD_IN_DEBT = /(?:儿子|闺女|女儿)[^。；;]{0,12}(?:欠|网贷|借的钱|借哩钱|债)/;
/** Right before a pronoun, the loan's money let or taken: 贷的钱让, 贷款被. */
const LOAN_LET_BEFORE = /(?:贷款|贷的钱|的贷款)(?:借出来|贷出来|下来)?(?:都|全)?(?:让|被|叫)$/;
/** A text opening with a family, by its surname, telling of its loan: 金家说贷款, 吴家讲贷款. */
const HOUSEHOLD_TELLS_OPENING = /^[\u4e00-\u9fff]{1,2}家(?:说|讲|称)(?:贷款|这笔贷款|那笔贷款|钱)/;
/** A speaker who says 我: the borrower, or someone beside it whose 他 may be another. */
const FIRST_PERSON = /[我俺咱]/;
/** Right after a pronoun, words that it took the money away: 拿去, 拿走, 借去. */
const TAKEN_AWAY = /^(?:把钱)?(?:拿去|拿走|借去|借走|要去|要走|弄去|弄走|拿了)/;
/** A label naming the one who speaks as someone beside the borrower (保证人：, 借款人妻子：, 共借人：): their 我 is
 * themselves, and the 他 they speak of is the borrower. */
const OTHER_SPEAKER_LABEL =
  /^(?:借款人的?)?(?:保证人|担保人|共借人|共同借款人|妻子|丈夫|老伴|爱人|儿子|女儿|闺女|儿媳|女婿|父亲|母亲|邻居|证人)(?:[（(][^）)]{0,16}[）)])?[:：]/;
/** Of those labels, speakers outside the household, and words that the money went to the speaker. */
const OUTSIDE_SPEAKER = /^(?:借款人的?)?(?:保证人|担保人|邻居|证人)|^(?:共借人|共同借款人)[（(][^）)]{0,12}(?:另立户|分户|不同户|单过|另过|不在一个户)/;
const GIVEN_TO_SPEAKER = /[给交借转][了过]?(?:我|俺)|(?:我|俺)(?:拿去|拿走|借去|借走|用了)/;
/** The money said to be given to the speaker: 他把钱给我了, 贷款到账后他转给了我. */
const MONEY_TO_SPEAKER = /(?:钱|贷款|元|款)[^，。,;；]{0,8}?([给交借转](?:给|到|进|入)?[了过]?(?:我|俺))(?!们)/;
/** …or said to be taken by the speaker: 钱我先拿去还了自己的欠款, 钱是我在用. */
const MONEY_TAKEN_BY_SPEAKER = /(?:钱|贷款|款)(?:[^，。,;；不没未]){0,2}?((?:我|俺)(?:先|就|都|自己)?(?:拿去|拿走|借去|用了|花了|在用))/;
/** …or said to be with the speaker: 那笔钱在我这儿, 贷款在俺手里. */
const MONEY_WITH_SPEAKER = /(?:钱|贷款|款)(?:[^，。,;；不没未]){0,4}?(在(?:我|俺)(?:这儿|这里|这|手里|手上|那儿|那里|家))/;
/** A speaker outside the household named where they begin to speak: 回访时保证人陈某说, 保证人张某陈述：. */
const OUTSIDE_SPEAKER_SAYS = /(?:保证人|担保人|邻居|证人)[\u4e00-\u9fff]{0,3}?(?:在[\u4e00-\u9fff]{1,4}?中)?(?:陈述|证言|证称|说|称|讲)[:：，,]?[“"]?/;
/** Words that the money was the price of what the speaker sold: （购牛款）, 卖给他. */
const SOLD_TO_BORROWER = /[（(](?:购[^）)，。]{1,4}款|货款|价款)[）)]|卖给(?:他|她|户主|借款人)/;
/** Words that the speaker only did an errand for the borrower with the money: 他托我…帮他交了首付. */
const ERRAND_FOR_BORROWER = /托我|让我帮|叫我帮|帮他(?:交|买|付|办|还)|替他(?:交|买|付|办|还)/;

/**
 * Where a speaker its label puts outside the household (保证人：, 共借人（借款人表哥，另立户）：), or one named as they begin to
 * speak (回访时保证人陈某说), says the money was given to them, the words that say so: they, not the household, had the
 * money (户贷他用). Undefined otherwise.
 */
export function handedToSpeaker(text: string): { readonly term: string; readonly start: number } | undefined {
  // (Most texts never say 我 or 俺, without which no money came to a speaker.)
  if (!/[我俺]/.test(text)) return undefined;
  let from = 0;
  if (!OUTSIDE_SPEAKER.test(text) || !OTHER_SPEAKER_LABEL.test(text)) {
    const says = OUTSIDE_SPEAKER_SAYS.exec(text);
    if (says === null) return undefined;
    from = says.index + says[0].length;
  }
  // (保证人：钱转给我了，他托我在县城帮他交了楼房首付: not an errand done for the borrower with it.)
  // (户主把贷款转给我了（购牛款），我卖给他两头基础母牛: nor the price of what the speaker sold the household.)
  if (ERRAND_FOR_BORROWER.test(text) || SOLD_TO_BORROWER.test(text)) return undefined;
  const rest = text.slice(from);
  const m = MONEY_TO_SPEAKER.exec(rest) ?? MONEY_WITH_SPEAKER.exec(rest) ?? MONEY_TAKEN_BY_SPEAKER.exec(rest);
  return m === null ? undefined : { term: m[1]!, start: from + m.index + m[0].length - m[1]!.length };
}
/** Before a party, words that the household rents from it: 承包了村里的, 租种邻居的. */
const RENTED_FROM = /(?:租|租种|租了|承包了?|流转了?|包种)$/;
/** After a party, the money paid to it said to be a fee: 那是承包费, 是租金. */
const FEE_TO_PARTY = /^[^，。,;；]{0,3}(?:是|系|算)(?:承包费|租金|地租|租子|管理费|服务费)/;
/** Someone the text names as telling it, whose 他 may be another: 来电人, 举报人. */
const TELLS_OF_OTHER = /来电人|举报人|反映人|投诉人|信访人|申诉人|来访人/;

/**
 * Whether the pronoun at `at` (他承包了一条沟养林蛙, 他自个种) is the borrower a text told by someone else is about: no one
 * says 我 in it (or only one its label names as beside the borrower), and no party outside the household is named before
 * the pronoun for it to stand for.
 * (Not 我贷的钱，他拿去用了; nor 村干部借我名字贷的款，钱他拿去了.)
 */
export function standsForBorrower(scan: Scan, at: number): boolean {
  const { hits, text } = scan;
  const pronoun = hits[at]!;
  // (回访时保证人李某说：他把3万块钱给我，托我…帮他捎回饲料: a speaker named where they begin to speak is labelled too.)
  const says = OTHER_SPEAKER_LABEL.test(text) ? null : OUTSIDE_SPEAKER_SAYS.exec(text);
  const label = OTHER_SPEAKER_LABEL.exec(text)?.[0].length ?? (says ? says.index + says[0].length : 0);
  const outside = OUTSIDE_SPEAKER.test(text) || says !== null;
  return (
    (!FIRST_PERSON.test(text) ||
      // (保证人：他把钱给我了，我拿去养牛: but a speaker outside the household the money was given to is who used it — not one
      // who did an errand with it for the borrower.)
      (label > 0 && !(outside && GIVEN_TO_SPEAKER.test(text) && !ERRAND_FOR_BORROWER.test(text)))) &&
    !TELLS_OF_OTHER.test(text) &&
    // (他拿去买猪崽了: one who takes the money away is another, told of; 借款人把钱给了他，他拿去养牛了: and so is one the
    // money was handed to before.)
    !TAKEN_AWAY.test(text.slice(pronoun.end, pronoun.end + 3)) &&
    !/[给交借让][了过]?[他她]/.test(text.slice(0, pronoun.start)) &&
    // (Not one given or handed to: 钱给他周转, 贷款给他儿子开饭店 — the one told of before may be another.)
    // (But 给他自己换了个新手机: one given to himself is the one told of.)
    (!/[给交让由把帮替被借]$/.test(text.slice(0, pronoun.start)) || /^(?:自己|自个)/.test(text.slice(pronoun.end, pronoun.end + 2))) &&
    // (带着个装修队给人家装屋…都是他自己队上用: not people the household's trade serves.)
    !hits.some(
      (h, k) =>
        k < at &&
        h.start >= label &&
        h.role.party !== undefined &&
        h.role.party !== 'household' &&
        !h.negated &&
        !THIRD_PERSON.test(h.term) &&
        !(text[h.start - 1] === '给' && CUSTOMERS.test(h.term)) &&
        // (承包了村里的泡子养鱼…交村委会那是承包费，鱼是他自个养: nor a body the household rents from or pays a fee.)
        !RENTED_FROM.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
        // (儿媳在镇上开婚庆租赁店，店是她自己经营的: nor a place that only says where.)
        !(PLACE_PARTIES.includes(h.term) && text[h.start - 1] === '在') &&
        !FEE_TO_PARTY.test(text.slice(h.end, h.end + 8)),
    )
  );
}

/** Whether the text before names one person only (马某, 李某某), as the one who borrowed: 马某贷款时说…. */
export function namedBorrowerOnly(before: string): boolean {
  const names = [...before.matchAll(/[\u4e00-\u9fff]某某?/g)];
  return (
    (names.length === 1 && /^[^，。,;；]{0,4}?(?:贷款|借款|申请|贷了|借了|办了)/.test(before.slice(names[0]!.index + names[0]![0].length))) ||
    // (入户走访记录：老陈说贷款都拿去装修他儿子结婚的新房了: or the one a visit record opens with, telling of the loan.)
    VISITED_SAYS.test(before)
  );
}

/** A visit record opening with 老 and a surname who tells of the loan: 入户走访记录：老陈说贷款. */
const VISITED_SAYS = /^(?:[^，。,;；：:]{0,10}[：:])?老[\u4e00-\u9fff](?:说|讲)[^，。,;；]{0,3}(?:贷款|钱)/;

/**
 * Whether a party is the borrower: the subject of 用贷款 or 贷款, with no verb of giving right before it (给他贷款 is
 * another matter), or the one a bank lends to (银行…给他妻子放贷).
 */
export function borrowerNamed(text: string, start: number, end: number, person = false): boolean {
  const before = text[start - 1] ?? '';
  // (A person's word only: 县政府融资平台违规使用… names no one between.)
  const named = person ? (NAME_AFTER.exec(text.slice(end, end + 4))?.[0].length ?? 0) : 0;
  if (BORROWER_AFTER.test(text.slice(end + named, end + named + 14))) return !/[给交借让由把帮替]/.test(before);
  return before === '给' && /^(?:放贷|放款)/.test(text.slice(end, end + 2)) && text.includes('银行');
}

/** A question and its answer as a column prints them: 问：…答：… (the answer's own label after the question). */
// (问：答：…: after a question left blank too.)
const ANSWER_LABEL = /(?:^|[。？?！!；;\s：:])(?:答|答复|解答|回复)[:：]/;
const QUESTION_LABEL = /^(?:问|問|问题|提问)[:：]|(?:问|問)[，,：:]/;
/** In a question, asking whether the use counts as a prohibited one: 是否属于建房, 算不算结婚用途, 担心会被当成建房. */
const WHETHER_IT_COUNTS =
  /是否|算不算|算[^，。,;；？?]{0,4}还是|算啥|算什么|属不属于|是不是|会不会|担心|能否|可否|行不行|能不能|可不可以|行不|行吗|可以吗|能贷吗|如何认定|怎么认定/;
/** In an answer, a ruling against the use asked about: 不符合, 不予支持, 按结婚用途认定, 应收回. */
const RULED_AGAINST =
  /不符合|不合规|不得|不予|不能|不可|不行|不允许|不准|禁止用途|违规|挪用|(?<!不属|不属于|不是|不算|并非|非)户贷企用|(?<!不是|并非)(?:给|交给|交由|归)(?:企业|公司|合作社|平台)(?:使用|用|经营)|应(?:当)?(?:收回|整改|纠正|追回)|收回贷款|按(?!生产|发展)[^，。,;；]{1,10}认定|(?<![不非])(?:属|属于|系|是)(?:结婚|婚姻|建房|住房|购房|非生产|户贷企用|理财|消费|家庭用品|政府融资)/;
/** In an answer, a ruling that says the use is production: 属生产用途, 是发展生产, 养殖设施 (not a bare 可以 or 符合). */
const RULED_PRODUCTION =
  /(?<![不非并])(?:属|属于|系|是|为|算)(?:发展|典型的)?(?:生产|经营|养殖|种植)(?!经营企业|经营主体|企业|主体|单位|公司|性企业|大户|户)|(?<![不非属于是系为])(?:生产|养殖|种植|经营)(?:投入|用途|设施|用房|经营用途)/;

/**
 * Where the answer begins, in a question put as a column prints it (问：…是否属于建房？答：…), when the question asks what
 * the use counts as or whether it is allowed and the answer rules it production (属生产用途, 生产设施) with nothing against
 * it; -1 otherwise.
 */
export function productionRuling(text: string): number {
  if (!QUESTION_LABEL.test(text)) return -1;
  const label = ANSWER_LABEL.exec(text);
  if (label === null || !WHETHER_IT_COUNTS.test(text.slice(0, label.index))) return -1;
  const answer = label.index + label[0].length;
  return RULED_PRODUCTION.test(text.slice(answer)) && !RULED_AGAINST.test(text.slice(answer)) ? answer : -1;
}

/** Characters without which a text asks nothing and records no chat. */
export const ASKING = new RegExp(`问|${CHAT_LABEL_PATTERN}|柜员|回复|吗|q\\d`);

/** The answer to the question a word stands in, if it stands in one. */
export function answerTo(questions: readonly Question[], h: Hit): Answer | undefined {
  return questionAt(questions, h)?.answer;
}
/** The question a hit stands in, if any. */
export function questionAt(questions: readonly Question[], h: Hit): Question | undefined {
  // (问：贷款买车了？家用的？: a question whose first word is the hit holds it.)
  return questions.find((q) => q.start <= h.start && h.start < q.end);
}
