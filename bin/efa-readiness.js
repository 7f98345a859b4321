#!/usr/bin/env node
// The whole entry: cache compiled code where Node can (22.1+), then load the CLI.
// `--version` alone is answered here, without loading the CLI at all.
import module from 'node:module';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  module.enableCompileCache?.();
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(args);
}
