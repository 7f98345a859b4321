#!/usr/bin/env node
// Benchmark of `compare` at the scale of all German municipalities.
//
//   node scripts/bench-compare.mjs            (after `npm run build`; `npm run bench` does both)
//
// 1. Writes 50,000 assessments as other tools write them (scripts/bench-data.mjs:
//    notes, evidence, `n/a` without a note, criteria left out, four YAML styles,
//    CRLF, byte order marks, a few invalid files) into bench/.data/realistic/
//    (gitignored), in folders of 1,000, unless they are there for the same
//    catalogue, seed, count and generator.
// 2. The floor: the same files found, read and parsed by js-yaml on as many
//    threads as compare uses (scripts/bench-floor.mjs), nothing else.
// 3. `compare --skip-invalid` on 11,000 of them, `--format json`, `html`, `csv`
//    and `xlsx` (to a temporary file), interleaved with the floor, RUNS
//    times each: the median wall time as a ratio to the floor's median, with
//    the peak resident memory of each run (read by the child itself:
//    process.resourceUsage().maxRSS, which covers its worker threads).
// 4. The scale curve: floor and `compare --format json` on 1,000, 11,000 and
//    50,000 files, per file, so a cost that grows with the count shows.
// 5. Parsing the 11,000 files on one thread with each parser, as before.
// Targets (issue 11): ≤ 2.0× the floor, ≤ 300 MB at 11,000 and ≤ 512 MB at 50,000.
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

const FORMATS = ['json', 'html', 'csv', 'xlsx'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'efa-readiness.js');

// ---- child mode: run the CLI (or the floor) in this process and report its peak memory
if (process.argv[2] === '--child' || process.argv[2] === '--floor') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(
      `\nBENCH-MAXRSS ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`,
    );
  });
  const entry = process.argv[2] === '--child' ? bin : process.argv[3];
  const rest = process.argv.slice(process.argv[2] === '--child' ? 3 : 4);
  process.argv = [process.argv[0], entry, ...rest];
  await import(pathToFileURL(entry).href);
} else {
  await bench();
}

async function bench() {
  const SEED = 2026;
  const TOTAL = 50_000;
  const MAIN = 11_000;
  const RUNS = Number(process.env.BENCH_COMPARE_RUNS ?? 3);
  const data = join(root, 'bench', '.data', 'realistic');
  const stampFile = join(data, '.stamp');
  const hash = (file) =>
    createHash('sha256')
      .update(readFileSync(join(root, file)))
      .digest('hex');
  const stamp = [
    hash('criteria/efa-default.yaml'),
    hash('scripts/generate-assessments.mjs'),
    hash('scripts/bench-data.mjs'),
    `seed ${SEED} count ${TOTAL}`,
  ].join(' ');

  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    console.log('bench-compare: dist/ is missing; run `npm run build` first.');
    return;
  }
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    console.log(`writing ${TOTAL.toLocaleString('en')} assessments into bench/.data/realistic/ …`);
    const { writeBenchData } = await import('./bench-data.mjs');
    const counts = writeBenchData({ count: TOTAL, out: data, seed: SEED, root });
    console.log(`  styles and breakages: ${JSON.stringify(counts)}`);
    writeFileSync(stampFile, stamp);
  }
  const { benchFolders } = await import('./bench-data.mjs');
  const folders = (count) => benchFolders(data, count);
  const files = folders(MAIN).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(dir, f)),
  );
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const threads = (count) =>
    Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(count / 300)));

  console.log('');
  console.log(
    `compare benchmark: ${files.length.toLocaleString('en')} assessments, ${(bytes / 1024 / 1024).toFixed(1)} MB` +
      ` (${(bytes / files.length / 1024).toFixed(1)} KB each), ${threads(MAIN)} threads`,
  );
  console.log(
    `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  if ((loadavg()[0] ?? 0) > availableParallelism() / 2) {
    console.log(
      'note: the machine is busy with other work; wall times are inflated, the ratios less so.',
    );
  }
  console.log('');

  // ---- the formats at 11,000, interleaved with the floor -----------------------
  const samples = { floor: [], ...Object.fromEntries(FORMATS.map((f) => [f, []])) };
  for (let i = 0; i < RUNS; i++) {
    samples.floor.push(await timeFloor(threads(MAIN), folders(MAIN)));
    for (const format of FORMATS) {
      const run = await timeCompare(folders(MAIN), format);
      if (run.code !== 0) {
        console.log(`compare --format ${format}: exit ${run.code}; see the messages above.`);
        return;
      }
      samples[format].push(run);
    }
  }
  const floor = summary(samples.floor);
  console.log(
    `floor: read + js-yaml on ${threads(MAIN)} threads   ${fmtMs(floor.ms)} wall, CPU ${fmtMs(floor.cpu)},` +
      ` peak ${floor.mb} MB  (median of ${RUNS})`,
  );
  for (const format of FORMATS) {
    const row = summary(samples[format]);
    const ratio = row.ms / floor.ms;
    const ok = ratio <= 2 && row.mb <= 300;
    console.log(
      `compare --format ${format.padEnd(4)}  ${fmtMs(row.ms)} wall (${samples[format].map((r) => fmtMs(r.ms)).join(', ')}),` +
        ` CPU ${fmtMs(row.cpu)}, peak ${row.mb} MB` +
        (row.bytes === undefined ? '' : `, file ${(row.bytes / 1024 / 1024).toFixed(1)} MB`) +
        `  ${ratio.toFixed(2)}× floor  ${ok ? 'ok  ' : 'OVER'} target ≤ 2.0×, ≤ 300 MB; floor ${fmtMs(floor.ms)}`,
    );
  }

  // ---- the scale curve -----------------------------------------------------------
  console.log('');
  console.log('scale curve, compare --format json (per file; flat is the goal):');
  for (const count of [1000, MAIN, TOTAL]) {
    const runs = count >= TOTAL ? 1 : RUNS;
    const f = [];
    const c = [];
    for (let i = 0; i < runs; i++) {
      f.push(await timeFloor(threads(count), folders(count)));
      c.push(await timeCompare(folders(count), 'json'));
    }
    const fl = summary(f);
    const co = summary(c);
    const limit = count >= TOTAL ? 512 : 300;
    const ok = co.ms / fl.ms <= 2 && co.mb <= limit;
    console.log(
      `  ${count.toLocaleString('en').padStart(6)} files  compare ${(co.ms / count).toFixed(3)} ms/file` +
        ` (${fmtMs(co.ms)}, peak ${co.mb} MB), floor ${(fl.ms / count).toFixed(3)} ms/file (${fmtMs(fl.ms)})` +
        `  ${(co.ms / fl.ms).toFixed(2)}× floor  ${ok ? 'ok  ' : 'OVER'} target ≤ 2.0×, ≤ ${limit} MB`,
    );
  }

  // ---- parsing alone, one thread ---------------------------------------------
  const texts = files.map((f) => readFileSync(f, 'utf8').replace(/^\ufeff/, ''));
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
  const plainYaml = timeIt((text) => {
    try {
      parse(text);
    } catch {
      // one of the broken files of the set
    }
  });
  const exact = timeIt((text, file) => parseYaml(text, file, 'de'));
  let declined = 0;
  const fast = timeIt((text) => {
    if (parseYamlFast(text) === undefined) declined += 1;
  });
  const jsonText = texts.map((text) => JSON.stringify(parseYamlFast(text)?.value ?? null));
  const start = performance.now();
  for (const text of jsonText) JSON.parse(text);
  const json = performance.now() - start;
  console.log('');
  console.log('parsing the same 11,000 files on one thread (texts in memory):');
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
}

/** Medians of wall and CPU time, the highest peak, the output's size. */
function summary(runs) {
  const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    ms: mid(runs.map((r) => r.ms)),
    cpu: mid(runs.map((r) => r.cpuMs)),
    mb: Math.round(Math.max(...runs.map((r) => r.maxRssKb)) / 1024),
    bytes: runs.find((r) => r.bytes !== undefined)?.bytes,
  };
}

async function timeFloor(threads, folders) {
  let stderr = '';
  const start = performance.now();
  const code = await run(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      '--floor',
      join(root, 'scripts', 'bench-floor.mjs'),
      String(threads),
      ...folders,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], onStderr: (chunk) => (stderr += chunk) },
  );
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`bench-floor exited ${code}: ${stderr}`);
  return { ms, ...usageOf(stderr) };
}

function usageOf(stderr) {
  const match = /BENCH-MAXRSS (\d+) (\d+)/.exec(stderr);
  return {
    maxRssKb: match ? Number(match[1]) : NaN,
    cpuMs: match ? Number(match[2]) / 1000 : NaN,
  };
}

async function timeCompare(folders, format) {
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
      ...folders,
      '--skip-invalid',
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
  // the skipped files are expected (the set has a few broken ones); anything else is shown
  const rest = stderr
    .replace(/\n?BENCH-MAXRSS \d+ \d+\n?/, '')
    .split('\n')
    .filter(
      (line) => line.trim() && !/^(Übersprungen|Skipped|geschrieben|written)\b|^ {2}/.test(line),
    );
  if (rest.length > 0) console.log(rest.slice(0, 10).join('\n'));
  const bytes = out !== null && existsSync(out) ? statSync(out).size : undefined;
  if (out !== null) rmSync(dirname(out), { recursive: true, force: true });
  return { ms, bytes, code, ...usageOf(stderr) };
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
