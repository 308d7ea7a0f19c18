import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    dialnexa: 'providers/dialnexa/index.ts',
    sentdm: 'providers/sentdm/index.ts',
    testing: 'src/testing/index.ts',
    verify: 'providers/verify-entry.ts',
  },
  format: ['esm'],
  target: 'node22',
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // Keep `node:http` as written: Deno and edge bundlers recognise the prefix, not bare `http`.
  removeNodeProtocol: false,
});
