// Type-checks every ```ts snippet in README.md and docs/ against the real source, so the guides
// stay true when the code changes. Each snippet is its own module; `hookbridge` and its subpaths
// resolve to src/ and providers/. Web frameworks the snippets mount into are not dependencies of
// this project: they get loose stand-in declarations, so what is checked is our API's use.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules', '.cache', 'doc-snippets');
const markdown = ['README.md', ...walk(join(root, 'docs'))];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [relative(root, join(dir, entry.name))] : []);
}

// What the project's own tsconfig.json checks.
function projectInclude() {
  return JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).include;
}

// Each subpath of package.json's exports -> its source: `entries/X.ts`, or a provider's folder.
function entrySources() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(exports).filter(([, target]) => typeof target === 'object').map(([subpath, target]) => {
    const name = target.default.replace('./dist/', '').replace(/\.js$/, '');
    const source = existsSync(join(root, 'entries', `${name}.ts`)) ? `entries/${name}.ts` : `providers/${name}/index.ts`;
    return [subpath === '.' ? 'hookbridge' : `hookbridge/${subpath.slice(2)}`, source];
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let count = 0;
for (const file of markdown) {
  const text = readFileSync(join(root, file), 'utf8');
  let n = 0;
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
    n++;
    count++;
    const name = `${file.replace(/[/.]/g, '_')}_${n}.ts`;
    writeFileSync(join(out, name), `// ${file}, snippet ${n}\nexport {};\n${match[1]}`);
  }
}
writeFileSync(join(out, 'frameworks.d.ts'), `
type Handler = (req: import('node:http').IncomingMessage & { body?: unknown }, res: import('node:http').ServerResponse, next?: (e?: unknown) => void) => unknown;
declare module 'express' {
  interface App { post(path: string, ...handlers: Handler[]): void; use(...args: unknown[]): void; listen(port: number, cb?: () => void): void }
  interface Express { (): App; json(): Handler; raw(options?: { type?: string }): Handler }
  const express: Express;
  export default express;
}
declare module 'fastify' {
  interface Reply { code(status: number): Reply; send(body?: unknown): Reply; header(name: string, value: string): Reply; status(status: number): Reply }
  interface Req { body: unknown; headers: Record<string, string | string[] | undefined>; raw: import('node:http').IncomingMessage }
  interface App {
    addContentTypeParser(type: string, options: { parseAs: 'buffer' | 'string' }, parser: (req: unknown, body: Buffer | string, done: (err: Error | null, body?: unknown) => void) => void): void;
    post(path: string, handler: (request: Req, reply: Reply) => unknown): void;
    listen(options: { port: number }): Promise<string>;
  }
  export default function Fastify(options?: unknown): App;
}
declare module 'hono' {
  export class Hono { post(path: string, handler: (c: { req: { raw: Request } }) => Response | Promise<Response>): void; fetch: (request: Request) => Promise<Response> }
}
`);
writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({
  extends: relative(out, join(root, 'tsconfig.json')),
  compilerOptions: {
    noEmit: true,
    // Without baseUrl (deprecated in TypeScript 6), paths are relative to this tsconfig.
    paths: Object.fromEntries(entrySources().map(([name, path]) => [name, [relative(out, join(root, path))]])),
  },
  // The project itself too: one compiler run checks the code and the guides (a second run would
  // check the whole source again for the snippets' sake).
  include: ['*.ts', ...projectInclude().map((path) => relative(out, join(root, path)))],
}, null, 2));
try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', out], { stdio: 'inherit' });
  console.log(`types: the project and ${count} doc snippets type-checked`);
} catch {
  console.error(`types: errors above (snippet files are in ${relative(root, out)}; each names its source)`);
  process.exit(1);
}
