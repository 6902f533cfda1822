/**
 * Normalises a purpose text before it is scanned, and the lexicon's terms alike: NFKC folds full-width forms,
 * traditional characters become simplified, white space goes, Latin letters are lower-cased, tick boxes are read as
 * chosen or not, a chat's bare answers end their clause, and voice input's and a clerk's known slips are read as the word
 * meant (结昏 → 结婚). One pass over the characters says which of these steps a text needs; most need none.
 */
import { MEASURE_WORDS, SOUND_ALIKE_CHARS, SOUND_ALIKE_SLIPS, SPELLING_VARIANTS } from './usage-grammar.js';
import { TRADITIONAL_PAIRS } from './traditional-chars.js';
import { CHAT_APPLICANT_LABELS, CHAT_LABEL_PATTERN, escapePattern, LABEL_BREAKS } from './usage-text.js';

const TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const cps = [...TRADITIONAL_PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!);
  return map;
})();
const SPELLING = new RegExp(
  Object.keys(SPELLING_VARIANTS)
    .sort((a, b) => b.length - a.length)
    .map(escapePattern)
    .join('|'),
  'g',
);
// Characters NFKC leaves as they are, or changes only in ways the matcher does not see (，→ , is a break either
// way): plain text of these skips the normalisation, the costliest step on short purposes.
const NFKC_STABLE = /^[\x00-\x7f\u4e00-\u9fff\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09\u201c\u201d\u2018\u2019]*$/;
// The first two characters of every slip, so text with none of them skips the spelling pass.
const pair = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
const SLIP_STARTS = new Set(Object.keys(SPELLING_VARIANTS).map((slip) => pair(slip, 0)));
const SLIP_FIRST = (() => {
  const table = new Uint8Array(0x10000);
  for (const slip of Object.keys(SPELLING_VARIANTS)) table[slip.charCodeAt(0)] = 1;
  return table;
})();
// One pass, one character class of every traditional character: a traditional character becomes simplified,
// white space goes.
const TRADITIONAL_OR_SPACE = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]|\\s+`, 'gu');

// Traditional characters and white space by code, so text with neither is passed over in one loop.
const FOLDED = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of TRADITIONAL.keys()) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
  for (const ch of ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')
    table[ch.charCodeAt(0)] = 1;
  return table;
})();

// White space after a Chinese character and before another, or before a number.
const WORD_GAP = /(?<=[\u4e00-\u9fff])[ \t\u00a0\u3000]+(?=[\u4e00-\u9fff0-9])/g;

// (吊顶、地板砖 付克山县东鹏瓷砖店 住房装修: a gap before a voucher's 付 and its payee begins a phrase of its own.)
const PAYEE_GAP = /(?<=[\u4e00-\u9fff])[ \t\u00a0\u3000]+(?=付(?![了款钱清]))/g;

/** A phrase that begins with a subject of its own. */
// (这回贷款拿去还那笔账了, 修村部: or a time word or a verb of building that opens a clause of its own.)
// (贷款给他侄子的公司用 侄子在大集开汉服厂: or a relative, 侄子, 儿子, 老伴; 乡政府建扶贫产业基地 钱交上去: or the money — set 997.)
const NEW_SUBJECT =
  /^(?:他|她|我|俺|咱|户主|本人|借款人|老板|对方|每家|每户|各家|各户|家家|户户|贷款|钱(?=[交转都全被])|这笔贷款|这回|这次|今年|去年|后来|(?:修|盖|建)(?:村部|学校|路|广场)|(?:侄子|外甥|儿子|闺女|女儿|女婿|儿媳|老伴|媳妇|兄弟|弟弟|哥哥|姐姐|妹妹|姐夫|妹夫|小舅子|大舅哥|亲戚)(?:在|开|是|干|做|搞|说|把|拿|用))/;

/** Whether white space is the text's only separator between phrases (none shorter than three characters), not words. */
function spacedClauses(text: string): boolean {
  // (物流拉来的 沙发、床、衣柜 都是贷款买的: a list's 、 stays within its phrase.)
  const parts = spacedParts(text, /[,，。；;：:!！?？]/);
  if (parts === undefined) return false;
  // (Two phrases, when the second begins with its own subject: 买的饲料给李大户养牛用 他年底给钱.)
  // (村委会说要建草果交易市场 每家贷的钱都交过去了: or with every household as the subject.)
  // (嗯 他说那个老板找他 钱给老板用: a speaker's filler stands as a phrase of its own.)
  // (And a second phrase that only denies something: 贷款5万存银行吃利息 牛没买.)
  return (
    // (养猪 出栏卖猪还贷: or two, the first a verb and its object — set 1006.)
    (parts.length > 2 ||
      (parts.length === 2 &&
        (NEW_SUBJECT.test(parts[1]!) ||
          DENIAL_PHRASE.test(parts[1]!) ||
          (VERB_AND_OBJECT.test(parts[0]!) && parts[1]!.length >= 3 && !/^[还另也]/.test(parts[1]!))))) &&
    // (顾四 贷款3万盖方 拉砂子水泥: a name of two characters may head three phrases or more, as a shop's entry does;
    // 贷款一万买羊 一万还欠的医药费 封家: or a family's name sign them at the end.)
    // (去年结婚分户 单独种猕猴桃 买苗: or a verb and its object, a phrase of two characters — set 997.)
    parts.every(
      (p, k) =>
        p.length >= 3 ||
        standsAlone(p) ||
        (p.length === 2 && (VERB_AND_OBJECT.test(p) || (parts.length > 2 && (k === 0 || (k === parts.length - 1 && SIGNED_BY.test(p)))))),
    )
  );
}

/** A verb and its object in two characters: 买苗, 盖房, 还账. */
const VERB_AND_OBJECT = /^[买盖修养种建还交租雇请购](?![家])[\u4e00-\u9fff]$/;
/** A family's or a person's name that signs an entry: 封家, 老王, 小李. */
const SIGNED_BY = /^(?:[\u4e00-\u9fff]家|老[\u4e00-\u9fff]|小[\u4e00-\u9fff])$/;
/** The parts white space separates in a text with none of `marks` (a label before a colon aside), or undefined. */
function spacedParts(text: string, marks: RegExp): string[] | undefined {
  // (核查笔录：存银行吃利息 牛没买: a label before a colon heads the phrases; it is not punctuation between them.)
  const body = text.replace(LABEL_BEFORE, '');
  return marks.test(body) ? undefined : body.trim().split(/[ \t\u00a0\u3000]+/);
}
/** A short part that stands as a phrase of its own: a filler (嗯, 是, 没养) or only the loan's amount (贷 3万). */
const standsAlone = (part: string): boolean => FILLER.test(part) || AMOUNT_PART.test(part);

/**
 * Whether white space separates items of two characters or more, three of them only two characters, too short to be
 * phrases (马头 老庞 办喜事 车队 酒店 …): a shorthand list, whose items are kept apart as a list's are (、), not run together.
 */
function spacedList(text: string): boolean {
  const parts = spacedParts(text, /[,，。；;：:!！?？、]/);
  return parts !== undefined && parts.filter((p) => p.length === 2 && !AMOUNT_PART.test(p)).length >= 3 && parts.every((p) => p.length >= 2 || standsAlone(p));
}

/**
 * White space that separates phrases (养牛3万 老母亲要做手术) or a shorthand list's items made marks; any other (a payee's
 * gap aside) goes. A chat's last reply is judged on its own (机器人：…具体用在哪方面了？ 客户：钱没动 在卡里放着 存着吃利息呢).
 */
function separateSpaced(text: string): string {
  if (spacedClauses(text)) return text.replace(WORD_GAP, ',');
  if (spacedList(text)) return text.replace(WORD_GAP, '、');
  const reply = LAST_REPLY.exec(text);
  if (reply !== null) {
    const at = reply.index + reply[0].length;
    const tail = text.slice(at).trim();
    if (spacedClauses(tail)) return text.slice(0, at) + tail.replace(WORD_GAP, ',');
  }
  // (王大眼儿给儿子娶媳妇 杀两口 320和290。问他贷款呢 说包了三十亩地种黄豆: or sentences, each judged on its own.)
  const sentences = text.split(SENTENCE_END);
  if (sentences.length > 1 && sentences.some(spacedSentence)) return sentences.map((t) => (spacedSentence(t) ? t.replace(WORD_GAP, ',') : t)).join('');
  return text.replace(PAYEE_GAP, ',');
}
/** After a sentence's end: where a text of several sentences is split to judge each one's spaces. */
const SENTENCE_END = /(?<=[。！!？?])/;
/** Whether a sentence's white space separates phrases, its end mark aside. */
const spacedSentence = (sentence: string) => spacedClauses(sentence.replace(/[。！!？?]$/, ''));
/** The last reply of a chat, after its label: 客户：…. */
const LAST_REPLY = new RegExp(`(?:${CHAT_APPLICANT_LABELS.join('|')})[:：](?=[^:：]*$)`);

/** A short phrase that is only the loan or its amount: 贷 3万 买大拖拉机. */
// (去年结婚分户 贷款 还结婚时借亲戚的账: or the word 贷款 alone — review 150.)
const AMOUNT_PART = /^(?:贷|借|贷了|借了|贷款)?[0-9.]*[万千元块]*$/;

/** A short label and its colon opening a text: 核查笔录：, 备注:. */
const LABEL_BEFORE = /^[^\s,，。；;：:、!！?？]{1,8}[：:]/;
/** A phrase that only denies a thing was done: 牛没买, 房子还没盖. */
const DENIAL_PHRASE = /^[\u4e00-\u9fff]{1,6}(?:没|没有|未|还没|还没有)(?:买|盖|养|种|用|动|花|建|修)[了过]?$/;

/** A speaker's filler, said between phrases: 嗯, 那啥, 完了. */
const FILLER = /^(?:嗯+|啊+|哦+|噢+|呃+|额+|唉|哎|诶|那啥|然后|完了|就是|对+|是的?|反正|没[养买盖种动花用]?)$/;

/** A purpose given as an animal alone (用途：羊, 问：用途？答：羊, 答：羊子): the animal is what the household raises. */
const BARE_STOCK =
  /(用途[:：?？](?:答[:：])?|[？?]答[:：])(牛|羊|猪|鸡|鸭|鹅|驴|马|兔|鱼|蜂|肉牛|肉羊|母牛|母羊|母猪|牛羊|猪羊)(?:子|崽|娃)?(?=$|[。！!；;，,]|\.(?!\.))/;

/** A casebook's lesson drawn from the case: 本案提示：, 案例警示：. */
/** An interviewer's label, and a villager's or borrower's answering it: 记者：, 工作人员：; 村民：, 客户：. */
const ASKERS = ['记者', '工作人员', '信贷员', '客户经理', '委员', '督导组', '检查组', '网格员'];
const INTERVIEW_OPENS = new RegExp(`^(${ASKERS.join('|')})[:：]`);
const SPEAKERS_ANSWERING = ['村民', '受访者', '受访人', '农户', '户主', '群众', '贫困户', '老乡', '客户', '借款人', '客户经理', '信贷员'];
/** For each asker, the other speakers' labels after a question or a sentence: 村民：, 客户经理：. */
const ANSWERERS = new Map(ASKERS.map((asker) => [asker, labelAfterBreak(SPEAKERS_ANSWERING.filter((s) => s !== asker).join('|'))]));
const LESSON = /(?:本案|此案|该案|案例)(?:提示|警示|启示)[:：]/;
/** Any speaker's label opening a text (驻村队员：, 调解员：), and another's after a sentence or a space (户主：). */
const SPEAKER_OPENS = /^([\u4e00-\u9fff]{2,5})[:：]/;
const NEXT_SPEAKER = new RegExp(`(?:(?<=[${LABEL_BREAKS}])|\\s+)([\\u4e00-\\u9fff]{2,5})[:：]`, 'g');
/** A turn that asks: a question mark, or a question word ending it (贷款用哪, 钱干啥了). */
const TURN_ASKS = /[？?]|(?:吗|么|啥|什么|哪|哪儿|咋|多少|几|谁|呢)[了的呀啊]?\s*$/;
/**
 * A chat's labels, which the chat reader reads (客服：是盖房吗？／客户：不是) — all but 坐席, a call-back agent whose text
 * this reader turns into question and answer, so that the notes it adds after the reply (坐席：备注：…所称种苹果不实) are
 * read as a finding.
 */
const CHAT_LABELS = new RegExp(`^(?!坐席$)(?:${CHAT_LABEL_PATTERN})$`);
/** An answer's bare denial and the space after it: 答：没 给…. */
const DENIAL_SPACED = /(答[:：](?:没有|没|不是|冇|不))\s+/g;
/** A label that reports what someone said: 来电人反映, 户主称. */
const REPORTED = /(?:反映|说|称|讲|表示|陈述)$/;

/**
 * An interview's transcript as a record's question and answer (问：…答：…). A known interviewer's label opening the
 * text (记者：, 信贷员：) is answered by any villager's or borrower's label; any other label opening the text asks when its
 * turn asks something, and the first other label after it answers (驻村队员：钱干啥了？户主：买牛了).
 */
function readInterview(text: string): string {
  const known = INTERVIEW_OPENS.exec(text);
  if (known !== null) return asQuestionAndAnswer(text, known[1]!, ANSWERERS.get(known[1]!)!);
  const opener = SPEAKER_OPENS.exec(text);
  // (来电人反映：…难道让我一家老小住露天？诉求：…: a caller's report asks only to be heard.)
  if (opener === null || CHAT_LABELS.test(opener[1]!) || REPORTED.test(opener[1]!)) return text;
  for (const next of text.matchAll(NEXT_SPEAKER)) {
    if (next[1] === opener[1]) continue;
    if (TURN_ASKS.test(text.slice(opener[0].length, next.index))) return asQuestionAndAnswer(text, opener[1]!, labelAfterBreak(next[1]!));
    // (申请人：贷款交土地流转费…面审员：是租合作社的地，还是你入股？申请人：租的: a text that opens with the applicant's
    // statement asks where the other speaker's turn asks, the opener answering.)
    const after = text.slice(next.index + next[0].length);
    const openerAgain = labelAfterBreak(opener[1]!);
    const back = after.search(openerAgain);
    if (back < 0 || !TURN_ASKS.test(after.slice(0, back))) return text;
    return asQuestionAndAnswer(text, next[1]!, openerAgain);
  }
  return text;
}

/** Any of the labels (an alternation) where a turn begins: after a sentence's end or a comma, or after white space. */
function labelAfterBreak(labels: string): RegExp {
  return new RegExp(`(?:(?<=[${LABEL_BREAKS}])|\\s+)(?:${labels})[:：]`, 'g');
}

function asQuestionAndAnswer(text: string, asker: string, answerer: RegExp): string {
  // (网格员：钱 村民：牛: a chat's space before the answer ends the question.)
  return text
    .replaceAll(`${asker}：`, '问：')
    .replaceAll(`${asker}:`, '问：')
    .replace(answerer, (label) => (/^\s/.test(label) ? '？答：' : '答：'));
}

// Tick boxes: □建房 is a box left empty (not chosen), ☑发展生产 one ticked; each box begins a clause. 是否涉及建房：□是 ☑否
// denies what it asks.
const BOX_CHARS = /[□☐☑☒✔■]|\[\]|\(\)|（）|\[[√✓]\]/;
const ASKED_NO = /是否([^:：;；,，。]{1,30})[:：][□☐]是[☑☒✔■√✓]否/g;
const ASKED_YES = /是否([^:：;；,，。]{1,30})[:：][☑☒✔■√✓]是[□☐]否/g;
const EMPTY_BOX = /□|☐|\[\]|\(\)|（）/g;
const TICKED_BOX = /[☑☒✔■]|\[[√✓x✔]\]|\([√✓]\)|（[√✓]）/g;

function readTickBoxes(text: string): string {
  return text.replace(ASKED_NO, '不$1').replace(ASKED_YES, '$1').replace(EMPTY_BOX, ',未勾选').replace(TICKED_BOX, ',勾选');
}

/** The characters of SOUND_ALIKE_CHARS, one by one. */
const SOUND_CHARS = [...SOUND_ALIKE_CHARS.source.replace(/[[\]]/g, '')];
// Each sound-alike slip with the characters of SOUND_CHARS its pattern holds: a pattern runs only on text that holds
// one (流转土地 holds 流, not 样 or 防), so a text pays for the few slips it could have, not all of them.
const SOUND_SLIPS_BY_CHAR = SOUND_ALIKE_SLIPS.map(([slip, meant]) => [slip, meant, SOUND_CHARS.filter((ch) => slip.source.includes(ch))] as const);

// (答：没有理财: after 答, a denial keeps the words it denies — only an assent is cut from what follows it.)
// (答：是辆农用三轮: nor a 是 that names the thing by its measure word.)
const BARE_ANSWER = new RegExp(
  `([?？吗么][/／](?:客户|用户)[:：])(不是|没有|是的|是|对|嗯|唔系|冇)(?![全都])(?=[^,.;:!?，。；：！？]|$)|(答[:：])(是的|是|对|嗯)(?![全都${MEASURE_WORDS}])(?=[^,.;:!?，。；：！？]|$)`,
  'g',
);

// What each character asks of the normalisation, as bits: NFKC, folding (traditional characters, white space),
// lower case, tick boxes, a chat's answers, sound-alike slips, a clerk's slips.
const UNSTABLE = 1;
const FOLD = 2;
const UPPER_CASE = 4;
const BOX = 8;
const ANSWER = 16;
const SOUND = 32;
const SLIP = 64;
const NEEDS = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (c: number, bit: number) => void (table[c] = table[c]! | bit);
  const stable = (c: number) => NFKC_STABLE.test(String.fromCharCode(c));
  for (let c = 0x80; c < 0x10000; c++) if ((c < 0x4e00 || c > 0x9fff) && !stable(c)) mark(c, UNSTABLE);
  for (let c = 0; c < 0x10000; c++) if (FOLDED[c] === 1) mark(c, FOLD);
  // A surrogate half may be part of a traditional character outside the basic plane: fold to be sure.
  for (let c = 0xd800; c <= 0xdfff; c++) mark(c, FOLD | UNSTABLE);
  for (let c = 0x41; c <= 0x5a; c++) mark(c, UPPER_CASE);
  for (const ch of '□☐☑☒✔■[(（') mark(ch.charCodeAt(0), BOX);
  for (const ch of '答客用途') mark(ch.charCodeAt(0), ANSWER);
  for (const ch of SOUND_CHARS) mark(ch.charCodeAt(0), SOUND);
  for (let c = 0; c < 0x10000; c++) if (SLIP_FIRST[c] === 1) mark(c, SLIP);
  return table;
})();

function needsOf(text: string): number {
  let needs = 0;
  for (let i = 0; i < text.length; i++) needs |= NEEDS[text.charCodeAt(i)]!;
  return needs;
}

function hasSlip(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) if (SLIP_FIRST[text.charCodeAt(i)] === 1 && SLIP_STARTS.has(pair(text, i))) return true;
  return false;
}

/** Normalises a purpose text for matching (and lexicon terms alike). */
export function normalizePurpose(text: string): string {
  // One pass over the characters says which of the steps below the text needs (most need none).
  let t = text;
  // 记者：这钱干啥了？村民：买牛了; 委员：…？客户经理：…: an interview's transcript that opens with the interviewer is a
  // record's question and answer (问：…答：…): whoever opens asks, and the other speaker answers.
  t = readInterview(t);
  // (问：贷款买羊了吗？答：没 给小子办婚事了: a bare denial a space ends is cut from what follows it.)
  if (t.includes('答')) t = t.replace(DENIAL_SPACED, '$1，');
  let needs = needsOf(t);
  if (needs & UNSTABLE) needs = needsOf((t = t.normalize('NFKC')));
  // 养牛3万 老母亲要做手术 另外5千交手术费: white space between words, where a clerk left out the commas, ends a clause.
  if (needs & FOLD) needs = needsOf((t = separateSpaced(t).replace(TRADITIONAL_OR_SPACE, (ch) => TRADITIONAL.get(ch) ?? '')));
  if (needs & UPPER_CASE) t = t.toLowerCase();
  if (needs & BOX && BOX_CHARS.test(t)) t = readTickBoxes(t);
  // 客服：是盖房吗？／客户：不是 扩建牛舍: a bare answer to a question ends there (its 不是 denies the question, not the
  // words after it).
  if (needs & ANSWER && (t.includes('答') || t.includes('客户') || t.includes('用户'))) t = t.replace(BARE_ANSWER, '$1$2$3$4,');
  if (needs & ANSWER && (t.includes('用途') || t.includes('答'))) t = t.replace(BARE_STOCK, '$1养$2');
  // …举报不实。本案提示：圈舍建设属于发展生产，不得简单以“建房”认定违规: a casebook's lesson after the case is no part of
  // the loan's use (a text that opens with one, 案例提示：某户用贷款…, is the case itself).
  const lesson = t.includes('示') ? LESSON.exec(t) : null;
  if (lesson !== null && lesson.index > 0) t = t.slice(0, lesson.index);
  if (needs & SOUND) for (const [slip, meant, chars] of SOUND_SLIPS_BY_CHAR) if (chars.some((ch) => t.includes(ch))) t = t.replace(slip, meant);
  return needs & SLIP && hasSlip(t) ? t.replace(SPELLING, (slip) => SPELLING_VARIANTS[slip] ?? slip) : t;
}
