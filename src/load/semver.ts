import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Semver = typeof import('semver');
let semver: Semver | undefined;

/** semver is needed only for catalogues that extend another: loaded then, not at start-up. */
export function semverLib(): Semver {
  semver ??= require('semver') as Semver;
  return semver;
}
