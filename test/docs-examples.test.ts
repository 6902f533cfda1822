// Every @example in src runs, and every `expression // => value` in it holds (issue 8: no example rots).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from 'fupin-xindai';
import { readPolicySet } from '../src/audit/policy-set.js';

const root = new URL('../src', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

interface Example {
  readonly where: string;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = block[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const start = lines.findIndex((l) => l.startsWith('@example'));
      if (start === -1) continue;
      const end = lines.findIndex((l, i) => i > start && l.startsWith('@'));
      const code = lines.slice(start + 1, end === -1 ? undefined : end).join('\n').trim();
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

  for (const { where, code } of all) {
    it(`runs and holds: ${where}`, () => {
      const { program, checks } = toProgram(code);
      expect(checks, 'an example shows at least one result').toBeGreaterThan(0);
      const scope: Record<string, unknown> = { ...lib, readPolicySet };
      const __check = (text: string, actual: () => unknown, expected: () => unknown) => expect(actual(), text).toEqual(expected());
      new Function('__check', ...Object.keys(scope), program)(__check, ...Object.values(scope));
    });
  }
});
