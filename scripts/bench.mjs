// `npm run bench`: start-up and command speed as ratios to a bare Node start
// measured in the same run (shared machines are noisy; ratios travel, ms don't).
// Runs are interleaved, so drift in machine load hits every command alike.
// BENCH_RUNS sets the number of runs (default 21); BENCH_COMPARE=0 skips the
// compare benchmark on 11,000 assessments (about a minute). Each row prints its
// ratio, its target and the floor it is a ratio to; then the interview harness.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = 'bin/efa-readiness.js';
const example = 'examples/musterstadt.yaml';
const runs = Number(process.env.BENCH_RUNS ?? 21);

const examples = readdirSync(`${root}examples`)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => `examples/${name}`);

// Targets of issue 11 (item 2), as ratios to `node -e 0` measured in the same run.
const commands = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'] },
  { name: 'efa-readiness --version', args: [bin, '--version'], target: 1.3 },
  { name: `efa-readiness score ${example}`, args: [bin, 'score', example], target: 1.5 },
  {
    name: `efa-readiness report ${example} --format html`,
    args: [bin, 'report', example, '--format', 'html'],
    target: 2,
  },
  { name: `efa-readiness validate ${example}`, args: [bin, 'validate', example], target: 2 },
  {
    name: `efa-readiness validate criteria/efa-default.yaml + ${examples.length} examples`,
    args: [bin, 'validate', 'criteria/efa-default.yaml', ...examples],
    target: 2.5,
  },
];

/** Which Node ran, and whether the bin's `module.enableCompileCache()` does anything on it. */
function nodeLine() {
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import m from 'node:module'; const on = m.enableCompileCache?.(); " +
        'console.log(on === undefined ? "not available (no module.enableCompileCache)" : ' +
        '`active (status ${on.status}, ${on.directory ?? "no directory"})`)',
    ],
    { encoding: 'utf8' },
  );
  return `Node ${process.version} on ${process.platform}/${process.arch}; compile cache: ${probe.stdout.trim()}`;
}

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

for (const c of commands) for (let i = 0; i < 2; i++) time(c.args); // warm caches (and the compile cache)
const samples = commands.map(() => []);
for (let i = 0; i < runs; i++) commands.forEach((c, j) => samples[j].push(time(c.args)));

const base = median(samples[0]);
console.log(nodeLine());
console.log(
  `start-up (median of ${runs} interleaved runs; floor node -e 0 = ${base.toFixed(1)} ms)`,
);
let missed = 0;
commands.forEach((c, j) => {
  const m = median(samples[j]);
  const ratio = m / base;
  const verdict =
    c.target === undefined
      ? ''
      : `  ${ratio <= c.target ? 'ok  ' : 'OVER'} target ≤ ${c.target}×, floor ${base.toFixed(1)} ms`;
  if (c.target !== undefined && ratio > c.target) missed++;
  console.log(
    `  ${c.name.padEnd(62)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${verdict}`,
  );
});

console.log('');
const interview = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('bench-interview.mjs', import.meta.url))],
  { cwd: root, stdio: 'inherit' },
);
if (interview.status === 3) missed++;
else if (interview.status !== 0) process.exitCode = interview.status ?? 1;

const compare = new URL('bench-compare.mjs', import.meta.url);
if (existsSync(compare) && process.env.BENCH_COMPARE !== '0') {
  console.log('');
  const result = spawnSync(process.execPath, [fileURLToPath(compare)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
if (missed > 0) console.log(`\n${missed} target(s) missed.`);
