#!/usr/bin/env node
// The whole entry: cache compiled code where Node can (22.1+), then load the CLI.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
