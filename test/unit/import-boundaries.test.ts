// Enforces the architecture's import rules by parsing every import in src/ with the TypeScript parser:
// the engine imports nothing outside itself; no extension context imports another; content, popup and
// options reach the engine through type-only imports (directly or through shared/); extension code never
// imports the Node-only CLI.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const CONTEXTS = ['background', 'content', 'popup', 'options'] as const;
const TYPES_ONLY_CONTEXTS = ['content', 'popup', 'options'];
const EXTENSION_AREAS = [...CONTEXTS, 'shared'];

interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(fileName: string, source: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allNamedAreTypes =
        !!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || allNamedAreTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      found.push({ specifier: arg && ts.isStringLiteralLike(arg) ? arg.text : '<dynamic>', typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Resolves a relative specifier to a src-relative .ts path (posix), or null for a package / builtin. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const joined = posix.normalize(posix.join(posix.dirname(from), specifier));
  return joined.replace(/\.js$/, '.ts');
}

const areaOf = (file: string): string => (file.startsWith('../') ? '<outside src>' : (file.split('/')[0] ?? ''));

/** Every violation of the import rules in a set of files (src-relative posix path → source text). */
function checkImportBoundaries(files: Map<string, string>): string[] {
  const problems: string[] = [];
  const graph = new Map<string, { target: string | null; ref: ImportRef }[]>();
  for (const [file, source] of files) {
    graph.set(file, importsOf(file, source).map((ref) => ({ target: resolveSpecifier(file, ref.specifier), ref })));
  }
  for (const [file, edges] of graph) {
    const area = areaOf(file);
    for (const { target, ref } of edges) {
      const targetArea = target === null ? null : areaOf(target);
      if (area === 'engine' && targetArea !== 'engine') {
        problems.push(`${file}: the engine imports "${ref.specifier}" from outside src/engine`);
      }
      if ((CONTEXTS as readonly string[]).includes(area) && targetArea !== null && targetArea !== area &&
        (CONTEXTS as readonly string[]).includes(targetArea)) {
        problems.push(`${file}: context "${area}" imports context "${targetArea}" ("${ref.specifier}")`);
      }
      if (area === 'shared' && targetArea !== null && (CONTEXTS as readonly string[]).includes(targetArea)) {
        problems.push(`${file}: shared/ imports context "${targetArea}" ("${ref.specifier}")`);
      }
      if (EXTENSION_AREAS.includes(area) && targetArea === 'cli') {
        problems.push(`${file}: extension code imports the Node-only CLI ("${ref.specifier}")`);
      }
    }
  }
  // content, popup and options: no value import may reach the engine, directly or through other modules.
  for (const file of graph.keys()) {
    if (!TYPES_ONLY_CONTEXTS.includes(areaOf(file))) continue;
    const seen = new Set<string>([file]);
    const queue: string[][] = [[file]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      for (const { target, ref } of graph.get(chain.at(-1)!) ?? []) {
        if (ref.typeOnly || target === null || seen.has(target)) continue;
        seen.add(target);
        if (areaOf(target) === 'engine') {
          problems.push(`${file}: imports engine code, not only types (${[...chain, target].join(' → ')}); use \`import type\``);
        } else {
          queue.push([...chain, target]);
        }
      }
    }
  }
  return problems;
}

function sourcesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|tsx|mts)$/.test(name) || name.endsWith('.d.ts')) continue;
    const full = join(dir, name);
    files.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

describe('import boundaries of src/', () => {
  it('src/ follows every import rule of the architecture', () => {
    const files = sourcesUnder(SRC);
    expect(files.size).toBeGreaterThan(0);
    expect(checkImportBoundaries(files)).toEqual([]);
  });

  const check = (entries: Record<string, string>) => checkImportBoundaries(new Map(Object.entries(entries)));

  it('reports an engine module that imports a package or another area', () => {
    const problems = check({
      'engine/a.ts': "import { parse } from 'yaml';\nimport { x } from '../shared/x.js';\nimport { y } from './y.js';",
      'engine/y.ts': 'export const y = 1;',
      'shared/x.ts': 'export const x = 1;',
    });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/"yaml"/);
    expect(problems.join('\n')).toMatch(/"\.\.\/shared\/x\.js"/);
  });

  it('reports a context that imports another context, even type-only or dynamically', () => {
    const problems = check({
      'popup/a.ts': "import type { T } from '../background/t.js';",
      'content/b.ts': "const m = await import('../options/o.js');",
      'background/t.ts': 'export type T = 1;',
      'options/o.ts': 'export {};',
    });
    expect(problems).toEqual([
      expect.stringMatching(/popup\/a\.ts: context "popup" imports context "background"/),
      expect.stringMatching(/content\/b\.ts: context "content" imports context "options"/),
    ]);
  });

  it('reports engine values reaching popup, content or options, also through shared/', () => {
    const problems = check({
      'popup/ok.ts': "import type { Verdict } from '../engine/types.js';\nimport { type Level } from '../engine/types.js';",
      'popup/direct.ts': "import { scoreText } from '../engine/index.js';",
      'content/indirect.ts': "import { helper } from '../shared/helper.js';",
      'shared/helper.ts': "import { normalizeText } from '../engine/index.js';\nexport const helper = normalizeText;",
      'background/fine.ts': "import { scoreText } from '../engine/index.js';",
      'engine/index.ts': 'export const scoreText = 1;',
      'engine/types.ts': 'export type Verdict = 1;',
    });
    expect(problems).toEqual([
      expect.stringMatching(/popup\/direct\.ts: imports engine code/),
      expect.stringMatching(/content\/indirect\.ts: .*content\/indirect\.ts → shared\/helper\.ts → engine\/index\.ts/),
    ]);
  });

  it('reports shared/ importing a context and extension code importing the CLI', () => {
    const problems = check({
      'shared/s.ts': "import { r } from '../background/r.js';",
      'background/r.ts': "export { loadPackSource as r } from '../cli/load-pack-source.js';",
      'cli/load-pack-source.ts': 'export const loadPackSource = 1;',
    });
    expect(problems).toEqual([
      expect.stringMatching(/shared\/s\.ts: shared\/ imports context "background"/),
      expect.stringMatching(/background\/r\.ts: extension code imports the Node-only CLI/),
    ]);
  });
});
