// The layers of src, one way only (docs/architecture.md draws them and says why):
//
//   core (model/errors, dates, money, shares) → sources → model → rules → decisions → index.ts
//   audit: decisions and rule metadata;  app (what the CLI and the page share): index.ts and audit;
//   cli and web (the offline page): index.ts, audit and app.
//
// Each rule below forbids what a layer must not import. A rule's comment is printed with every
// violation, so it says why the line exists, not only what it forbids.
//
// Violations that existed when the rules were written are listed in
// .dependency-cruiser-known-violations.json (npm run depcruise:baseline) and ignored by
// `npm run depcruise`; anything new fails. Re-run the baseline only to shrink it.

/** Pure helpers every layer may use: they import nothing from src but each other. */
const CORE = '^src/model/(errors|dates|money|shares)[.]ts$';
/** The validator: turns untrusted input into records. Only decisions (the door) call it. */
const VALIDATOR = '^src/model/(parse|issues|plain-objects|schema-check|read-[a-z-]+)[.]ts$';
/** What the audit may know of the rules: their shape and the registry, not their insides. */
const RULE_METADATA = ['^src/rules/(rule|index)[.]ts$', '^src/sources/types[.]ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-core-only',
      severity: 'error',
      comment:
        'Core (errors, dates, money, shares) sits below everything, sources included: anything it imported ' +
        'from src would be imported by every layer, and could import core back.',
      from: { path: CORE },
      to: { path: '^src/', pathNot: CORE },
    },
    {
      name: 'sources-import-core-only',
      severity: 'error',
      comment:
        'The policy texts, clause registry and parameters are the ground the rules cite; they must not ' +
        'depend on how input is read or how rules decide, or a citation could change with the code.',
      from: { path: '^src/sources/' },
      to: { path: '^src/', pathNot: [CORE, '^src/sources/'] },
    },
    {
      name: 'model-not-above-itself',
      severity: 'error',
      comment:
        'Schemas, records and validation describe input; they must not know the rules, decisions, audit ' +
        'or CLI that read it, or every rule change would ripple into validation.',
      from: { path: '^src/model/', pathNot: CORE },
      to: { path: ['^src/(rules|decisions|audit|app|web|cli)/', '^src/index[.]ts$'] },
    },
    {
      name: 'rules-not-to-validator',
      severity: 'error',
      comment:
        'A rule judges records that are already valid: it must not reach the validator, not even for ' +
        'types (record types belong in their own model module), so rules stay testable on plain records.',
      from: { path: '^src/rules/' },
      to: { path: VALIDATOR },
    },
    {
      name: 'rules-import-model-types-only',
      severity: 'error',
      comment:
        'Rules may use record and schema TYPES from model (import type), never its values: runtime ' +
        'code in model is validation, which belongs to the decisions. Core helpers are exempt.',
      from: { path: '^src/rules/' },
      to: { path: '^src/model/', pathNot: CORE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rules-not-above-themselves',
      severity: 'error',
      comment: 'One rule a module, called by decisions; a rule that imported a decision would be a cycle waiting to happen.',
      from: { path: '^src/rules/' },
      to: { path: ['^src/(decisions|audit|app|web|cli)/', '^src/index[.]ts$'] },
    },
    {
      name: 'decisions-not-above-themselves',
      severity: 'error',
      comment: 'Decisions are the public functions; the audit and the CLI are built on them, and index.ts only ' + 're-exports them.',
      from: { path: '^src/decisions/' },
      to: { path: ['^src/(audit|app|web|cli)/', '^src/index[.]ts$'] },
    },
    {
      name: 'index-not-to-audit-or-cli',
      severity: 'error',
      comment: 'The public surface is the library; the audit and CLI sit beside and above it, so that the ' + 'package entry stays free of batch and I/O code.',
      from: { path: '^src/index[.]ts$' },
      to: { path: '^src/(audit|app|web|cli)/' },
    },
    {
      name: 'audit-decisions-and-rule-metadata-only',
      severity: 'error',
      comment:
        'The audit runs the same decisions a caller would, so its findings cannot drift from theirs: it ' +
        'may import decisions, rule metadata (rule.ts, the rule registry, citation types) and core, not ' +
        'individual rules, the validator or schemas.',
      from: { path: '^src/audit/' },
      to: { path: '^src/', pathNot: ['^src/audit/', '^src/decisions/', CORE, ...RULE_METADATA] },
    },
    {
      name: 'app-public-surface-and-audit-only',
      severity: 'error',
      comment:
        'The audit application (reading inputs, running the audit, writing reports) is shared by the CLI and ' +
        'the offline page: it is a client of what index.ts exports and of the audit, never of their insides, ' +
        'and knows neither of the programs that run it.',
      from: { path: '^src/app/' },
      to: { path: '^src/', pathNot: ['^src/app/', '^src/audit/', '^src/index[.]ts$'] },
    },
    {
      name: 'cli-and-web-public-surface-audit-and-app-only',
      severity: 'error',
      comment:
        'The CLI and the offline page are clients: they use what index.ts exports, the audit and the app they ' +
        'share, so anything they need is public or shared, and neither can drift from the other.',
      from: { path: '^src/(cli|web)/' },
      to: { path: '^src/', pathNot: ['^src/(cli|web)/', '^src/app/', '^src/audit/', '^src/index[.]ts$'] },
    },
    {
      name: 'cli-and-web-apart',
      severity: 'error',
      comment: 'What the CLI and the page share lives in src/app; one importing the other would bundle Node into the page or the page into the CLI.',
      from: { path: '^src/cli/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-not-to-cli',
      severity: 'error',
      comment: 'The page runs in a browser: the CLI is Node.',
      from: { path: '^src/web/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'library-no-node-builtins',
      severity: 'error',
      comment:
        'The library, the audit application and the page run in browsers, workers and Node alike; only ' + 'the CLI may touch files, streams or processes.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Layers go one way; a cycle (even through types) means two modules are one and the order of ' + 'their initialisation decides what works.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'library-no-dev-dependencies',
      severity: 'error',
      comment: 'What src imports at run time ships to users; a devDependency would be missing from their install.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: 'node_modules/@types/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'A package not in package.json works by accident (hoisting) and breaks for users.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    // Type-only imports count: the layering is about what a module knows, not only what it runs.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      archi: { collapsePattern: '^src/[^/]+' },
    },
  },
};
