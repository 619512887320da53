/**
 * The import graph of a source tree, for the layer-rule test (test/unit/architecture.test.ts).
 * Reads every static `import`/`export … from`, `import type`, side-effect import and `import('…')`
 * with a literal specifier (TypeScript's own pre-processor does the lexing, so comments and strings
 * cannot fool it). `.astro` files contribute their front matter and their `<script>` blocks
 * (`<script src>` too). Only relative specifiers are followed; packages and virtual modules
 * (`astro:content`) are not part of the graph. Paths are repository-relative with `/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import ts from 'typescript';

export const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.astro'] as const;

export interface ImportGraph {
  /** Every code file under the root, sorted. */
  files: string[];
  /** file → the code files of the tree it imports (sorted, de-duplicated). */
  edges: Map<string, string[]>;
}

/** The code parts of an `.astro` file: its front matter and the bodies of its script tags. */
export function astroCode(source: string): string {
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (front) parts.push(front[1] ?? '');
  const template = front ? source.slice(front[0].length) : source;
  for (const tag of template.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = tag[1] ?? '';
    const src = /\ssrc\s*=\s*["']([^"']+)["']/.exec(attributes)?.[1];
    if (src) parts.push(`import ${JSON.stringify(src)};`);
    if (!/\bis:inline\b/.test(attributes)) parts.push(tag[2] ?? '');
  }
  return parts.join('\n');
}

/** The module specifiers a source file names (static, type-only, re-exports, literal dynamic imports). */
export function importSpecifiers(source: string, fileName: string): string[] {
  const code = fileName.endsWith('.astro') ? astroCode(source) : source;
  const info = ts.preProcessFile(code, true, true);
  return info.importedFiles.map((file) => file.fileName);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a relative specifier names, as Vite/TypeScript would find it; undefined for packages. */
export function resolveSpecifier(specifier: string, fromFile: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const bare = specifier.replace(/[?#].*$/, '');
  const base = resolve(dirname(fromFile), bare);
  const candidates = [
    base,
    ...CODE_EXTENSIONS.map((extension) => base + extension),
    // TypeScript's `.js` → `.ts` mapping.
    ...(/\.(m?)js$/.test(base) ? [base.replace(/\.(m?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx')] : []),
    ...CODE_EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find(isFile);
}

function walk(directory: string, out: string[]): void {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (CODE_EXTENSIONS.some((extension) => name.endsWith(extension))) out.push(path);
  }
}

const toRelative = (repo: string, path: string): string => relative(repo, path).split(/[\\/]/).join(posix.sep);

/** The import graph of every code file under `root` (e.g. 'src'), with paths relative to `repo`. */
export function importGraph(root: string, repo: string = process.cwd()): ImportGraph {
  const absolute: string[] = [];
  walk(resolve(repo, root), absolute);
  const files = absolute.map((path) => toRelative(repo, path)).sort();
  const inTree = new Set(files);
  const edges = new Map<string, string[]>();
  for (const path of absolute) {
    const targets = new Set<string>();
    for (const specifier of importSpecifiers(readFileSync(path, 'utf8'), path)) {
      const target = resolveSpecifier(specifier, path);
      if (target === undefined) continue;
      const name = toRelative(repo, target);
      if (inTree.has(name)) targets.add(name);
    }
    edges.set(toRelative(repo, path), [...targets].sort());
  }
  return { files, edges };
}

/**
 * Every import cycle: the strongly connected components with more than one file, or one file that
 * imports itself (Tarjan's algorithm). Each cycle's files are sorted; cycles sorted by first file.
 */
export function cycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.edges.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.files) if (!index.has(file)) visit(file);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** Every edge `from -> to` of the graph for which `forbidden(from, to)` holds, as 'from -> to'. */
export function edgesWhere(graph: ImportGraph, forbidden: (from: string, to: string) => boolean): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph.edges) {
    for (const to of targets) if (forbidden(from, to)) out.push(`${from} -> ${to}`);
  }
  return out.sort();
}
