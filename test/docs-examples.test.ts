// Every @example in src type-checks as TypeScript, runs, and every `expression // => value` in it holds
// (issue 8: no example rots).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from 'fupin-xindai';
import * as audit from '../src/audit/index.js';
import { tsFiles } from './helpers/source-files.js';

const root = new URL('../src', import.meta.url).pathname;

interface Example {
  readonly where: string;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of tsFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = block[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const start = lines.findIndex((l) => l.startsWith('@example'));
      if (start === -1) continue;
      const end = lines.findIndex((l, i) => i > start && l.startsWith('@'));
      const code = lines
        .slice(start + 1, end === -1 ? undefined : end)
        .join('\n')
        .trim();
      out.push({ where: `${relative(root, file)}: ${code.split('\n')[0]!.slice(0, 60)}`, code });
    }
  }
  return out;
}

/** Turns `expr // => value` lines into checks; other lines run as they are. */
function toProgram(code: string): { program: string; checks: number } {
  let checks = 0;
  const program = code
    .split('\n')
    .map((line) => {
      const at = line.indexOf('// =>');
      if (at === -1) return line;
      checks++;
      const expr = line.slice(0, at).trim().replace(/;$/, '');
      return `__check(${JSON.stringify(line.trim())}, () => (${expr}), () => (${line.slice(at + 5).trim()}));`;
    })
    .join('\n');
  return { program, checks };
}

const all = examples();

describe('@example blocks', () => {
  it('exist for every public function', () => {
    const documented = new Set(all.flatMap((e) => [...e.code.matchAll(/\b([a-z]\w+)\(/g)].map((m) => m[1])));
    for (const [name, value] of Object.entries(lib)) {
      if (typeof value === 'function' && /^[a-z]/.test(name)) expect(documented.has(name), name).toBe(true);
    }
  });

  it('sit in TSDoc that also gives every public function its @param, @returns and @throws', () => {
    const sources = tsFiles(root).map((f) => readFileSync(f, 'utf8'));
    for (const [name, value] of Object.entries(lib)) {
      if (typeof value !== 'function' || !/^[a-z]/.test(name)) continue;
      const doc = sources.map((s) => new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`).exec(s)?.[1]).find(Boolean);
      expect(doc, name).toBeDefined();
      const tags = ['@returns', '@throws', '@example', ...((value as (...a: unknown[]) => unknown).length > 0 ? ['@param'] : [])];
      expect(
        tags.filter((t) => !doc!.includes(t)),
        name,
      ).toEqual([]);
    }
  });

  it('type-check as a user writes them (strict TypeScript, importing from the package)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fupin-examples-'));
    const file = join(dir, 'examples.ts');
    const names = Object.keys(lib).join(', ');
    const blocks = all.map((e, i) => `// ${e.where}\nfunction example${i}() {\n${e.code.replace(/\/\/ =>.*$/gm, '')}\n}\nvoid example${i};`).join('\n');
    const auditNames = Object.keys(audit).join(', ');
    writeFileSync(
      file,
      `import { ${names} } from 'fupin-xindai';\nimport { ${auditNames} } from '${new URL('../src/audit/index.ts', import.meta.url).pathname}';\nvoid [${names}, ${auditNames}];\n${blocks}\n`,
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [new URL('../node_modules/@types', import.meta.url).pathname],
      paths: { 'fupin-xindai': [new URL('../src/index.ts', import.meta.url).pathname] },
      allowImportingTsExtensions: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
    expect(
      errors.map((d) => `${ts.flattenDiagnosticMessageText(d.messageText, '\n')} (line ${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1})`),
    ).toEqual([]);
  });

  for (const { where, code } of all) {
    it(`runs and holds: ${where}`, () => {
      const { program, checks } = toProgram(code);
      expect(checks, 'an example shows at least one result').toBeGreaterThan(0);
      const scope: Record<string, unknown> = { ...lib, ...audit };
      const __check = (text: string, actual: () => unknown, expected: () => unknown) => expect(actual(), text).toEqual(expected());
      const js = ts.transpileModule(program, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
      new Function('__check', ...Object.keys(scope), js)(__check, ...Object.values(scope));
    });
  }
});
