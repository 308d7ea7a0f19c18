// Guard: the stack (vitest 5, nock 15, ky 2, p-retry 9) needs Node >= 22. npm scripts put the
// pinned `node` devDependency (Node 24) first on PATH; without it (for example after
// `npm ci --ignore-scripts`) scripts silently fall back to the machine's Node, so fail loudly here.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `hookbridge needs Node >= 22, but this script runs on Node ${process.versions.node}.\n` +
      'Run `npm ci` (without --ignore-scripts) so the pinned Node 24 in devDependencies is installed, ' +
      'or install Node 22+ yourself.',
  );
  process.exit(1);
}
