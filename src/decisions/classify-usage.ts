import { checks } from '../model/checks.js';
import { Issues } from '../model/issues.js';
import { optionKeys, readOptions } from '../model/read-options.js';
import { readLexicon } from './lexicon.js';
import { classifyPurpose } from '../rules/classify.js';
import type { Context, Finding } from '../rules/rule.js';
import type { CompiledLexicon, UsageMatch } from '../rules/usage-matcher.js';
import type { Lexicon, UsagePurpose } from '../rules/usage-lexicon.js';
import { usageRule } from '../rules/usage.js';
import { contextOf } from './context.js';
import type { CommonOptions } from './types.js';

export interface UsageOptions extends CommonOptions {
  /** The terms to match (default `defaultLexicon`); extend it with `createLexicon`. */
  lexicon?: Lexicon | null;
}

export interface UsageResult {
  category: UsagePurpose | 'unknown';
  /** `true` only for production; `null` when the purpose was not recognised (needs review). */
  permitted: boolean | null;
  /** Every term that decided the category, as normalised; empty for a code. */
  matchedTerms: string[];
  /** Terms a negation cancelled (不用于建房 → 建房), so a reviewer sees why they did not count; empty for a code. */
  negatedTerms: string[];
  /**
   * Terms read as context, not as a use of this loan: a party only named (卖给合作社 → 合作社), background about
   * the past (前年炒股赔了 → 炒股), how the loan is repaid, an object with no verb of using (房子后面); empty for a code.
   */
  contextTerms: string[];
  findings: Finding[];
}

/**
 * Classifies a loan purpose against 28号 五: a code, or the free Chinese text written on an
 * application. Only `production` is permitted. Free text is read as a loan officer reads the form:
 * a prohibited use anywhere wins over production, the most specific prohibited category wins (platform,
 * enterprise, marriage, housing, wealth management, household goods, other non-productive); a party is a
 * use only when the money is handed to it; a dwelling only with a verb of building, buying or repairing;
 * the household's own trade is production even when named after a prohibited word; background, a
 * repayment plan and a negated or denied use are not uses; text that shows no use is `unknown` with
 * `permitted: null` (docs/interpretations.md, "Reading a purpose written in free text").
 *
 * @param purpose - a `UsagePurpose` code or free text (not blank)
 * @param options - `lexicon` (a bank's own terms, via `createLexicon`) and the common `asOf`,
 *   `jurisdiction`, `interpretations`
 * @returns `category`, `permitted`, `matchedTerms`, `negatedTerms`, `contextTerms` and one finding citing 28号 五
 * @throws {PolicyInputError} when `purpose` is not a non-blank string
 * @example
 * classifyUsage('转贷给养殖公司').category // => 'enterprise_use'
 * classifyUsage('修建牛舍，扩大养殖').permitted // => true
 * classifyUsage('不用于建房，用于种植木耳').matchedTerms // => ['种植', '木耳']
 * classifyUsage('不用于建房，用于种植木耳').negatedTerms // => ['建房']
 * classifyUsage('响应乡政府产业扶贫号召，自家养殖肉牛').contextTerms // => ['乡政府']
 */
export function classifyUsage(purpose: string, options?: UsageOptions | null): UsageResult {
  const issues = new Issues();
  const problem = checks.purpose(purpose);
  if (problem) issues.add('purpose', purpose === undefined || purpose === null ? 'required' : problem.code, problem.message);
  const { options: opts, extra } = readOptions(options, issues, USAGE_OPTIONS);
  const lexicon = readLexicon(extra.lexicon, issues);
  issues.throwIfAny();
  return resultOf(classifyPurpose(purpose, lexicon), contextOf(opts));
}

/** classifyUsage on a purpose already checked (the audit reads each row once); also gives the match. */
export function decideUsage(purpose: string, lexicon: CompiledLexicon, ctx: Context): UsageResult & { match: UsageMatch } {
  const match = classifyPurpose(purpose, lexicon);
  return Object.assign(resultOf(match, ctx), { match });
}

/** The result of a purpose read. (Built field by field: classifyUsage runs hundreds of thousands of times a second.) */
function resultOf(match: UsageMatch, ctx: Context): UsageResult {
  const { category, matchedTerms, negatedTerms, contextTerms } = match;
  return {
    category,
    permitted: category === 'unknown' ? null : category === 'production',
    // The reader builds fresh lists for every call, and the match is not handed out: no copy is needed.
    matchedTerms: matchedTerms as string[],
    negatedTerms: negatedTerms as string[],
    contextTerms: contextTerms as string[],
    findings: [usageRule.evaluate(category, matchedTerms, ctx).finding],
  };
}

const USAGE_OPTIONS = optionKeys('lexicon');
