#!/usr/bin/env bash
# Packs the package, installs the tarball into a fresh project outside the repo, and uses it the ways
# consumers do: ESM, CommonJS, TypeScript with moduleResolution node16 and bundler, and the CLI from the
# installed bin. Prints `consumer-check: N passed, N failed`.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
  local name=$1; shift
  if (cd "$work/app" && "$@") >"$work/log" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name"; cat "$work/log"; fi
}

(cd "$repo" && npm pack --silent --pack-destination "$work" >/dev/null) || { echo "npm pack failed"; echo "consumer-check: 0 passed, 1 failed"; exit 1; }
tarball=$(ls "$work"/fupin-xindai-*.tgz)
mkdir -p "$work/app"
cd "$work/app" || exit 1
npm init -y >/dev/null
if ! npm install --no-audit --no-fund --silent "$tarball" "typescript@$(node -p "require('$repo/node_modules/typescript/package.json').version")" @types/node@20 >/dev/null 2>&1; then
  echo "installing the tarball failed"; echo "consumer-check: 0 passed, 1 failed"; exit 1
fi

cat > esm.mjs <<'JS'
import { checkEligibility, RULESET_VERSION } from 'fupin-xindai';
const r = checkEligibility({ id: 'h', povertyStatus: 'registered_poor', onPovertyOfficeList: true });
if (r.eligible !== true || !RULESET_VERSION) process.exit(1);
JS
cat > cjs.cjs <<'JS'
const { computeDeferralDeadline, PolicyInputError } = require('fupin-xindai');
const r = computeDeferralDeadline({ id: 'l', householdId: 'h', kind: 'new', principal: '1', outstanding: '1', contractDate: '2019-01-01', maturityDate: '2020-12-31', covidRepaymentDifficulty: true }, { id: 'h', povertyStatus: 'registered_poor', onPovertyOfficeList: true });
if (r.deadline !== '2021-06-30') process.exit(1);
try { computeDeferralDeadline({}, {}); process.exit(1); } catch (e) { if (!(e instanceof PolicyInputError)) process.exit(1); }
JS
cat > app.ts <<'TS'
import { checkEligibility, type Household, type Finding } from 'fupin-xindai';
const h: Household = { id: 'h', povertyStatus: 'monitored_edge', onPovertyOfficeList: true, hasIndustrialDevelopmentConditions: true, hasLaborCapacity: true };
const findings: Finding[] = checkEligibility(h, { amount: '10000', purpose: '养殖肉牛' }).findings;
export const first: string = findings[0]!.citations[0]!.clauseId;
TS
for resolution in node16 bundler; do
  module=$([ "$resolution" = node16 ] && echo node16 || echo esnext)
  cat > "tsconfig.$resolution.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "$module", "moduleResolution": "$resolution", "target": "es2022", "types": ["node"], "skipLibCheck": false }, "files": ["app.ts"] }
JSON
done
printf 'id,povertyStatus,onPovertyOfficeList\nh,registered_poor,是\n' > h.csv
printf 'id,householdId,kind,principal,outstanding,contractDate,maturityDate,purpose\nl,h,new,10000,10000,2020-01-01,2021-01-01,盖房\n' > l.csv

check "ESM import" node esm.mjs
check "CommonJS require" node cjs.cjs
check "TypeScript, moduleResolution node16" npx tsc -p tsconfig.node16.json
check "TypeScript, moduleResolution bundler" npx tsc -p tsconfig.bundler.json
check "CLI from the installed bin" bash -c 'npx fupin-xindai audit --households h.csv --loans l.csv --as-of 2020-12-31 | node -e "let s=\"\";process.stdin.on(\"data\",d=>s+=d).on(\"end\",()=>{const r=JSON.parse(s);process.exit(r.summary.usageViolations===1&&r.summary.households===1?0:1)})"'
check "CLI from the installed bin with --workers 2 (its worker thread ships beside it)" bash -c 'npx fupin-xindai audit --households h.csv --loans l.csv --as-of 2020-12-31 --workers 2 | node -e "let s=\"\";process.stdin.on(\"data\",d=>s+=d).on(\"end\",()=>{const r=JSON.parse(s);process.exit(r.summary.usageViolations===1&&r.summary.households===1?0:1)})"'
check "the offline audit page is installed with the package, under 2 MB, and loads nothing" bash -c 'f=node_modules/fupin-xindai/dist/web/audit.html; test -s "$f" && [ "$(stat -c %s "$f")" -lt 2097152 ] && grep -q "connect-src '"'"'none'"'"'" "$f" && ! grep -qiE "<(script|link|img|iframe)[^>]* (src|href)=\"?https?:" "$f"'
check "the tarball holds only what a consumer needs" bash -c "tar tzf '$tarball' | grep -vqE '^package/(dist/|docs/[^/]+\.md$|README.md|CHANGELOG.md|LICENSE|package.json)' && exit 1 || exit 0"

echo "consumer-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
