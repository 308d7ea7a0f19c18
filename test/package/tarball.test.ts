import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../providers/catalogue/clients';
import config from '../../tsup.config';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; bin: Record<string, string> };

// What `npm publish` would pack, without building (dist/ is checked by exports.test.ts).
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
}

describe('the package tarball', () => {
  it('carries the LICENSE and every document the README links to', () => {
    const files = packedFiles();
    expect(files).toContain('LICENSE');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#\s]+)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(files, link).toContain(link);
  });
});

describe('the catalogue and the package agree', () => {
  const entries = (config as { entry: Record<string, string> }).entry;

  it('every provider in the catalogue has its package subpath and its build entry', () => {
    for (const name of Object.keys(PROVIDERS)) {
      expect(pkg.exports, name).toHaveProperty([`./${name}`]);
      expect(entries[name], name).toBe(`providers/${name}/index.ts`);
    }
  });

  it('every package subpath and bin has a build entry, and every build entry a subpath or a bin', () => {
    const subpaths = Object.keys(pkg.exports).filter((key) => key !== './package.json').map((key) => (key === '.' ? 'index' : key.slice(2)));
    const bins = Object.values(pkg.bin).map((file) => file.replace('./dist/', '').replace(/\.js$/, ''));
    expect([...subpaths, ...bins].sort()).toEqual(Object.keys(entries).sort());
  });
});
