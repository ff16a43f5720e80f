/**
 * The architecture's import graph: no module of src/ imports itself through others (a cycle makes the order in
 * which modules initialise matter, and ties concerns that should be apart). Type-only imports count too: they are
 * erased at run time, but a cycle of them still means two rooms that cannot be understood one without the other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|astro|mjs)$/.test(name) ? [p] : [];
  });
}

/** Relative imports of a module (static `import … from`, `export … from` and `import('…')`), resolved to files. */
export function importsOf(file: string, text: string): string[] {
  const out = new Set<string>();
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;
  for (const m of text.matchAll(re)) out.add(resolve(dirname(file), m[1]!));
  return [...out];
}

/** Every cycle's modules (strongly connected components with more than one module, or a self-import). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
    expect(
      importsOf(
        '/x/a.ts',
        "import { b } from './b.ts';\nimport type { C } from '../c.ts';\nconst m = await import('./m.ts');",
      ),
    ).toEqual(['/x/b.ts', '/c.ts', '/x/m.ts']);
  });

  it('has no cycles', () => {
    const graph = new Map<string, string[]>();
    for (const f of files(SRC)) graph.set(f, importsOf(f, readFileSync(f, 'utf8')));
    const named = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)));
    expect(named).toEqual([]);
  });
});
