#!/usr/bin/env node
// Benchmark of `compare` at the scale of all German municipalities.
//
//   node scripts/bench-compare.mjs            (after `npm run build`; `npm run bench` does both)
//
// 1. Generates 11,000 synthetic assessments of the default catalogue into
//    bench/.data/ (gitignored) unless they are there for the same catalogue,
//    seed and count.
// 2. Times `node bin/efa-readiness.js compare bench/.data --format json`,
//    `--format html` and `--format xlsx` (to a temporary file, whose size is
//    printed), median of 3 runs each, with the peak resident memory
//    of each run (read by the child itself: process.resourceUsage().maxRSS,
//    which covers its worker threads, as they share the process).
// 3. Times parsing the same files on one thread with the `yaml` package (the
//    exact parser of src/load, with positions) and with compare's fast
//    parser, and prints how the whole run compares with parsing alone.
// Targets (issue 6): at most 5 s wall and 512 MB peak on a 2-core machine.
// Exits 0 whatever the numbers; it reports, it does not judge.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FORMATS = ['json', 'html', 'xlsx'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'efa-readiness.js');

// ---- child mode: run the CLI in this process and report its peak memory -------
if (process.argv[2] === '--child') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(
      `\nBENCH-MAXRSS ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`,
    );
  });
  process.argv = [process.argv[0], bin, ...process.argv.slice(3)];
  await import(pathToFileURL(bin).href);
} else {
  await bench();
}

async function bench() {
  const COUNT = 11_000;
  const SEED = '2026';
  const RUNS = 3;
  const data = join(root, 'bench', '.data');
  const catalogueFile = join(root, 'criteria', 'efa-default.yaml');
  const stampFile = join(data, '.stamp');
  const stamp = `${createHash('sha256').update(readFileSync(catalogueFile)).digest('hex')} seed ${SEED} count ${COUNT}`;

  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    console.log('bench-compare: dist/ is missing; run `npm run build` first.');
    return;
  }
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    console.log(`generating ${COUNT.toLocaleString('en')} assessments into bench/.data/ …`);
    // a stale set (other catalogue, seed or count) is replaced as a whole
    const { rm } = await import('node:fs/promises');
    await rm(data, { recursive: true, force: true });
    const code = await run(
      process.execPath,
      [
        join(root, 'scripts', 'generate-assessments.mjs'),
        '--count',
        String(COUNT),
        '--seed',
        SEED,
        '--out',
        data,
        '--catalogue',
        catalogueFile,
      ],
      { stdio: 'inherit' },
    );
    if (code !== 0) {
      console.log(`bench-compare: the generator failed (exit ${code}); nothing to measure.`);
      return;
    }
    writeFileSync(stampFile, stamp);
  }
  const files = readdirSync(data)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(data, f));
  const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);

  console.log('');
  console.log(
    `compare benchmark: ${files.length.toLocaleString('en')} assessments, ${(bytes / 1024 / 1024).toFixed(1)} MB` +
      ` (${(bytes / files.length / 1024).toFixed(1)} KB each)`,
  );
  console.log(
    `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  if ((loadavg()[0] ?? 0) > availableParallelism()) {
    console.log(
      'note: the machine is busy with other work; wall times are inflated, CPU times less so.',
    );
  }
  console.log('');

  const results = {};
  const sizes = {};
  for (const format of FORMATS) {
    const times = [];
    const peaks = [];
    const cpu = [];
    for (let i = 0; i < RUNS; i++) {
      const { ms, maxRssKb, cpuMs, code, bytes } = await timeCompare(data, format);
      if (code !== 0) {
        console.log(`compare --format ${format}: exit ${code}; see the messages above.`);
        return;
      }
      times.push(ms);
      if (bytes !== undefined) sizes[format] = bytes;
      peaks.push(maxRssKb);
      cpu.push(cpuMs);
    }
    const cpuMedian = [...cpu].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const peak = Math.max(...peaks);
    results[format] = median;
    const verdict =
      median <= 5000 && peak / 1024 <= 512 ? 'within target' : 'OVER TARGET (5 s, 512 MB)';
    console.log(
      `compare --format ${format.padEnd(4)}  median ${fmtMs(median)} of ${RUNS} (${times.map(fmtMs).join(', ')}),` +
        ` CPU ${fmtMs(cpuMedian)}, peak ${(peak / 1024).toFixed(0)} MB` +
        (sizes[format] === undefined
          ? ''
          : `, file ${(sizes[format] / 1024 / 1024).toFixed(1)} MB`) +
        `  ${verdict}`,
    );
  }

  // ---- parsing alone, one thread ---------------------------------------------
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const { parseYaml } = await import(pathToFileURL(join(root, 'dist', 'load', 'parse.js')).href);
  const { parseYamlFast } = await import(
    pathToFileURL(join(root, 'dist', 'load', 'fast-yaml.js')).href
  );
  const { parse } = await import('yaml');
  const timeIt = (fn) => {
    const start = performance.now();
    for (let i = 0; i < texts.length; i++) fn(texts[i], files[i]);
    return performance.now() - start;
  };
  const plainYaml = timeIt((text) => parse(text));
  const exact = timeIt((text, file) => parseYaml(text, file, 'de'));
  let declined = 0;
  const fast = timeIt((text) => {
    if (parseYamlFast(text) === undefined) declined += 1;
  });
  const jsonText = texts.map((text) => JSON.stringify(parse(text)));
  const start = performance.now();
  for (const text of jsonText) JSON.parse(text);
  const json = performance.now() - start;
  console.log('');
  console.log('parsing the same files on one thread:');
  console.log(
    `  yaml package, parse()                       ${fmtMs(plainYaml)}  (${(plainYaml / files.length).toFixed(3)} ms/file)`,
  );
  console.log(
    `  yaml package with positions (src/load)      ${fmtMs(exact)}  (${(exact / files.length).toFixed(3)} ms/file)`,
  );
  console.log(
    `  fast path (js-yaml, YAML 1.2 core schema)   ${fmtMs(fast)}  (${(fast / files.length).toFixed(3)} ms/file, ${declined} declined)`,
  );
  console.log(
    `  JSON.parse of the same data                 ${fmtMs(json)}  (${(json / files.length).toFixed(3)} ms/file)`,
  );
  console.log('');
  for (const format of FORMATS) {
    console.log(
      `whole compare --format ${format} / parsing alone: ` +
        `${(results[format] / exact).toFixed(2)}× the exact parser, ${(results[format] / fast).toFixed(2)}× the fast parser`,
    );
  }
}

async function timeCompare(data, format) {
  // A workbook is written only to a file: a fresh one in the temporary folder.
  const out = format === 'xlsx' ? join(mkdtempSync(join(tmpdir(), 'efa-bench-')), 'b.xlsx') : null;
  let stderr = '';
  const start = performance.now();
  const code = await run(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      '--child',
      'compare',
      data,
      '--format',
      format,
      ...(out === null ? [] : ['--output', out]),
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      onStderr: (chunk) => {
        stderr += chunk;
      },
    },
  );
  const ms = performance.now() - start;
  const match = /BENCH-MAXRSS (\d+) (\d+)/.exec(stderr);
  const rest = stderr.replace(/\n?BENCH-MAXRSS \d+ \d+\n?/, '').trim();
  if (rest) console.log(rest.split('\n').slice(0, 10).join('\n'));
  const bytes = out !== null && existsSync(out) ? statSync(out).size : undefined;
  if (out !== null) rmSync(dirname(out), { recursive: true, force: true });
  return {
    ms,
    bytes,
    maxRssKb: match ? Number(match[1]) : NaN,
    cpuMs: match ? Number(match[2]) / 1000 : NaN,
    code,
  };
}

function run(command, args, { stdio, onStderr }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio, cwd: root });
    if (onStderr) child.stderr.on('data', (chunk) => onStderr(String(chunk)));
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
