import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

interface LockEntry {
  dev?: boolean;
  version?: string;
  resolved?: string;
  link?: boolean;
  [key: string]: unknown;
}

/**
 * `npm pack` of the built repository into `dir`; returns the tarball's file
 * name and the paths it holds. Scripts are not run: `npm test` has just built.
 */
export function pack(dir: string): { tarball: string; files: string[] } {
  const out = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  return { tarball: info.filename, files: info.files.map((f) => f.path) };
}

/**
 * An empty project beside the tarball that depends on it, with a lockfile
 * pinning the package's runtime dependencies to the versions of the
 * repository's lockfile (dev dependencies left out). With it,
 * `npm ci --offline` installs from npm's cache alone: a plain
 * `npm install --offline <tarball>` would need the registry's package
 * documents, which the cache does not keep.
 */
export function writeConsumer(dir: string, tarball: string): void {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const spec = `file:${tarball}`;
  const root = {
    name: 'consumer',
    version: '1.0.0',
    private: true,
    dependencies: { 'efa-readiness': spec },
  };
  const runtime = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true)
    .map(([path, entry]): [string, LockEntry] => [path, withResolved(path, entry)]);
  const packages: Record<string, unknown> = {
    '': root,
    'node_modules/efa-readiness': {
      version: pkg.version,
      resolved: spec,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
    },
    ...Object.fromEntries(runtime),
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(root, null, 2));
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ ...root, lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

/**
 * A lockfile written with `omit-lockfile-registry-resolved` has no `resolved` URLs; without one,
 * `npm ci --offline` asks for the package document, which the cache may not keep. The registry's
 * tarball URL is fixed by name and version, and the tarball itself is found by its integrity.
 */
function withResolved(path: string, entry: LockEntry): LockEntry {
  if (entry.resolved !== undefined || entry.version === undefined || entry.link === true)
    return entry;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const base = name.slice(name.lastIndexOf('/') + 1);
  return {
    ...entry,
    resolved: `https://registry.npmjs.org/${name}/-/${base}-${entry.version}.tgz`,
  };
}
