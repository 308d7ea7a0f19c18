import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Every package entry, read from the folders so a new provider needs no line here: `entries/X.ts`
// is `hookbridge/X` (`index` is the root), and `providers/X/index.ts` is `hookbridge/X`.
// package.json's exports list the same subpaths by hand; a package test checks the two agree.
const entry: Record<string, string> = {};
for (const file of readdirSync('entries')) if (file.endsWith('.ts')) entry[file.slice(0, -3)] = `entries/${file}`;
for (const name of readdirSync('providers')) {
  if (existsSync(`providers/${name}/index.ts`)) entry[name] = `providers/${name}/index.ts`;
}

export default defineConfig({
  entry,
  format: ['esm'],
  target: 'node22',
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  // Rollup's pass drops what esbuild keeps; our modules have no side effects, so an import kept only
  // for its side effects (a bare `import './chunk.js'`) is dead weight and goes too.
  treeshake: { moduleSideEffects: false },
  // Keep `node:http` as written: Deno and edge bundlers recognise the prefix, not bare `http`.
  removeNodeProtocol: false,
});
