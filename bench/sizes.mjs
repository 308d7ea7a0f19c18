// Row 10: what an application ships, min+gz: esbuild bundles a one-line entry (stdin) that
// re-exports the thing compared, minified, ESM, platform neutral (no Node-only shortcuts), then
// gzip -9. Fair because both sides go through the same build with tree shaking, every module
// that can load is counted (without splitting esbuild inlines dynamic imports: the honest
// total), and Node built-ins (node:*) are left out on both sides, as the platform provides them.
// When a build has lazily loaded parts, the initial load (splitting on: the entry chunk and
// what it imports statically) is printed beside it, for information.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { goal, kilobytes } from './report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

function options(contents, extra) {
  return {
    stdin: { contents, resolveDir: ROOT, sourcefile: 'entry.js', loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
    external: ['node:*'], write: false, logLevel: 'silent', ...extra,
  };
}

// The whole bundle, and the initial load when splitting leaves some chunks to load lazily.
async function sizeOf(contents) {
  const whole = await build(options(contents, {}));
  const total = gz(whole.outputFiles[0].contents);
  const outdir = mkdtempSync(join(tmpdir(), 'hookbridge-sizes-'));
  try {
    const split = await build(options(contents, { splitting: true, outdir, metafile: true }));
    const files = new Map(split.outputFiles.map((file) => [basename(file.path), file.contents]));
    const outputs = split.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
    const initial = new Set();
    const visit = (path) => {
      if (initial.has(path)) return;
      initial.add(path);
      for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    };
    visit(entry);
    const lazy = Object.keys(outputs).some((path) => path.endsWith('.js') && !initial.has(path));
    const initialBytes = [...initial].reduce((sum, path) => sum + gz(files.get(basename(path))), 0);
    return { total, initial: lazy ? initialBytes : undefined };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const shown = ({ total, initial }) => (initial === undefined ? kilobytes(total) : `${kilobytes(total)} (initial ${kilobytes(initial)})`);

/** Row 10 (two goals) and the info sizes. */
export async function measure({ record }) {
  const sizes = {};
  const entries = {
    verifyWebhook: "export { verifyWebhook } from 'hookbridge/verify';",
    standardwebhooks: "export { Webhook } from 'standardwebhooks';",
    verifySentDmWebhook: "export { verifySentDmWebhook } from 'hookbridge/sentdm';",
    sentdm: "export { sentdm } from 'hookbridge/sentdm';",
    sdk: "export { default } from '@sentdm/sentdm';",
    'hookbridge/verify': "export * from 'hookbridge/verify';",
    'hookbridge/dialnexa': "export * from 'hookbridge/dialnexa';",
    'hookbridge/github': "export * from 'hookbridge/github';",
    hookbridge: "export * from 'hookbridge';",
    ky: "export { default } from 'ky';",
  };
  for (const [name, contents] of Object.entries(entries)) sizes[name] = await sizeOf(contents);
  const exact = (ours, theirs) => ({ median: ours / theirs, p25: ours / theirs, p75: ours / theirs, min: ours / theirs, max: ours / theirs, n: 1 });
  const vs = (id, figure, ours, theirs, peerName, goalOf) => record({
    id, figure, value: undefined, hookbridge: shown(sizes[ours]), peer: shown(sizes[theirs]), peerName,
    ratio: exact(sizes[ours].total, sizes[theirs].total), goal: goalOf,
  });
  vs('10a', "min+gz: { verifyWebhook } from 'hookbridge/verify'", 'verifyWebhook', 'standardwebhooks', "{ Webhook } from 'standardwebhooks'", goal('ratio', '<=', 1.0, '≤ 1.0x'));
  // Like for like: standardwebhooks verifies one scheme; verifyWebhook carries all three providers'.
  vs('10a-one', "min+gz: { verifySentDmWebhook } from 'hookbridge/sentdm' (one scheme)", 'verifySentDmWebhook', 'standardwebhooks', "{ Webhook } from 'standardwebhooks'", null);
  vs('10b', "min+gz: { sentdm } from 'hookbridge/sentdm'", 'sentdm', 'sdk', "default from '@sentdm/sentdm'", goal('ratio', '<=', 2.0, '≤ 2.0x'));
  for (const [id, name] of [['10c', 'hookbridge/verify'], ['10d', 'hookbridge/dialnexa'], ['10e', 'hookbridge/github'], ['10f', 'hookbridge']]) {
    vs(id, `min+gz: everything in '${name}'`, name, 'sdk', "default from '@sentdm/sentdm'", null);
  }
  record({ id: '10g', figure: "min+gz: ky alone (default from 'ky')", hookbridge: '—', peer: shown(sizes.ky), peerName: 'ky', ratio: null, goal: null });
}
