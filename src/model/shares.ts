/**
 * A policy's shares as integers over one power of ten: each share is n / 10^k, so a compensable
 * amount in fen times n divides by 10^k into a whole part and a remainder, with no rounding anywhere.
 * The bank's part is what the others leave; a negative one means the shares exceed 1.
 */
import { Decimal } from './money.js';

export interface ShareParts {
  /** Fund, insurer, guarantor and bank, over `scale`. */
  readonly parts: readonly [bigint, bigint, bigint, bigint];
  readonly scale: bigint;
}

// A region's policy serves every loan in it, and toDecimal shares one Decimal per share text, so
// the parts are worked out once per combination of shares (keyed on those immutable Decimals).
const cache = new WeakMap<Decimal, WeakMap<Decimal, WeakMap<Decimal, ShareParts>>>();

function cached<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

export function shareParts(fund: Decimal, insurer: Decimal, guarantor: Decimal): ShareParts {
  const byGuarantor = cached(
    cached(cache, fund, () => new WeakMap()),
    insurer,
    () => new WeakMap<Decimal, ShareParts>(),
  );
  return cached(byGuarantor, guarantor, () => {
    const k = Math.max(fund.decimalPlaces(), insurer.decimalPlaces(), guarantor.decimalPlaces());
    const scale = 10n ** BigInt(k);
    const unit = new Decimal(10).pow(k);
    const [f, i, g] = [fund, insurer, guarantor].map((r) => BigInt(r.times(unit).toFixed(0))) as [bigint, bigint, bigint];
    return Object.freeze({ parts: Object.freeze([f, i, g, scale - f - i - g] as const), scale });
  });
}
