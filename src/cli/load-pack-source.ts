// Reads a rule pack in source form from disk: a directory (pack.yaml, places.yaml, rules/*.yaml) or one
// .json/.yaml file. Node-only tooling. Never validates (validate-pack does) and never runs pack text as code.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';

export class PackLoadError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'PackLoadError';
  }
}

/** The pack object plus, for each rule index, the file it came from (for error messages). */
export interface LoadedPackSource {
  pack: Record<string, unknown>;
  ruleFiles: string[];
}

function readStructured(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PackLoadError(file, `cannot read: ${(err as Error).message}`);
  }
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYamlText(text);
  } catch (err) {
    throw new PackLoadError(file, `not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
}

/**
 * YAML with every map's keys unique. The library's own check compares each key with every other (quadratic: two
 * seconds for a wording model's 12,000 weights), so keys are checked here with a set per map instead.
 */
function parseYamlText(text: string): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false, lineCounter: lines });
  if (doc.errors.length > 0) throw doc.errors[0]!;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const at = isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]) : null;
          throw new Error(`Map keys must be unique: "${String(key)}"${at ? ` at line ${at.line}, column ${at.col}` : ''}`);
        }
        seen.add(key);
      }
    },
  });
  return doc.toJS();
}

function asObject(value: unknown, file: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PackLoadError(file, 'expected a mapping (an object) at the top level');
  }
  return value as Record<string, unknown>;
}

function asList(value: unknown, file: string): unknown[] {
  if (!Array.isArray(value)) throw new PackLoadError(file, 'expected a list at the top level');
  return value;
}

export function loadPackSource(path: string): LoadedPackSource {
  if (!existsSync(path)) throw new PackLoadError(path, 'no such file or directory');
  if (!statSync(path).isDirectory()) {
    const pack = asObject(readStructured(path), path);
    const rules = Array.isArray(pack.rules) ? pack.rules : [];
    return { pack, ruleFiles: rules.map(() => path) };
  }
  const headerFile = ['pack.yaml', 'pack.yml', 'pack.json'].map((f) => join(path, f)).find((f) => existsSync(f));
  if (!headerFile) throw new PackLoadError(path, 'a pack directory needs a pack.yaml header');
  const pack = asObject(readStructured(headerFile), headerFile);
  const ruleFiles: string[] = [];
  const rules: unknown[] = Array.isArray(pack.rules) ? [...pack.rules] : [];
  for (let i = 0; i < rules.length; i++) ruleFiles.push(headerFile);

  const placesFile = join(path, 'places.yaml');
  if (existsSync(placesFile)) {
    pack.places = [...(Array.isArray(pack.places) ? pack.places : []), ...asList(readStructured(placesFile), placesFile)];
  }
  const rulesDir = join(path, 'rules');
  if (existsSync(rulesDir)) {
    const files = readdirSync(rulesDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    for (const name of files) {
      const file = join(rulesDir, name);
      for (const rule of asList(readStructured(file), file)) {
        rules.push(rule);
        ruleFiles.push(file);
      }
    }
  }
  pack.rules = rules;
  return { pack, ruleFiles };
}
