// The interview harness of `npm run bench`: one whole new interview on the shipped catalogue,
// driven by a fake answerer through the real flow and the real file storage (every answer
// checked and saved atomically in a temporary folder), timing what a person waits for: from
// giving an answer to seeing the next question. Prints median and p90 against the target.
// Reads the built modules in dist/ (`npm run build` first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const TARGET_MS = Number(process.env.BENCH_INTERVIEW_TARGET ?? 15);
// BENCH_DIST: another build to measure (a before/after comparison runs both, interleaved).
const dist = process.env.BENCH_DIST
  ? new URL(`file://${process.env.BENCH_DIST.replace(/\/?$/, '/')}`)
  : new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);

const { loadCatalogue } = await load('app/load.js');
const { runInterviewFlow } = await load('interview/flow.js');
const { schemaComment } = await load('load/paths.js');
const { editorSchemaFile } = await load('load/schema-file.js');
const { fileStorage } = await load('cli/commands/interview.js');
const writer = await load('write/write.js');
// The interview saves in its thread (one write-fsync-rename); older builds had only the async writer.
const saveOnce = writer.writeFileAtomicOrExplainSync ?? writer.writeFileAtomicOrExplain;

/** A fake answerer: a plausible answer to every question, and the time each one took to come. */
function timedAsk() {
  const waits = [];
  let answered;
  let count = 0;
  const asked = (q) => {
    if (process.env.BENCH_DEBUG) console.error(q?.key);
    if (++count > 5000)
      throw new Error(`interview harness: no end after 5000 questions (last: ${q?.key})`);
    if (answered !== undefined) waits.push(performance.now() - answered);
  };
  const answer = (value) => {
    answered = performance.now();
    return Promise.resolve(value);
  };
  const plain = (choices) => choices.filter((c) => !c.exclusive);
  const inputs = {
    'municipality.name': 'Benchstadt',
    'municipality.population': '48000',
    'assessment.date': '2026-12-03',
  };
  return {
    waits,
    ask: {
      select: (q) => (asked(q), answer(q.default ?? q.choices[0].value)),
      checkbox: (q) => (asked(q), answer([])),
      selectValue: (q) => {
        asked(q);
        // A level in the middle of the scale, as a person who knows the answer would give.
        return answer({ kind: 'value', value: q.choices[Math.min(2, q.choices.length - 1)].value });
      },
      checkboxValue: (q) => {
        asked(q);
        return answer({ kind: 'value', value: [plain(q.choices)[0]?.value ?? q.choices[0].value] });
      },
      input: (q) => {
        asked(q);
        // A number where the question takes one (a share, a count), else the default or nothing.
        const candidates = [inputs[q.key], q.default, '', '50'].filter((v) => v !== undefined);
        return answer(candidates.find((v) => !q.validate || q.validate(v) === true) ?? '');
      },
      search: (q) => (asked(q), answer(q.source('')[0].value)),
      print: () => undefined,
    },
  };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

const cwd = mkdtempSync(join(tmpdir(), 'efa-bench-interview-'));
try {
  const { catalogue } = await loadCatalogue('efa-default', { lang: 'de', cwd });
  const { waits, ask } = timedAsk();
  const storage = fileStorage({ cwd, catalogue, lang: 'de', print: () => undefined });
  let last = '';
  const save = storage.save;
  storage.save = (file, text, merged) => ((last = text), save(file, text, merged));
  await runInterviewFlow(
    {
      ask,
      storage,
      catalogue,
      lang: 'de',
      today: '2026-12-03',
      schemaComment: () => schemaComment(editorSchemaFile(catalogue)),
    },
    {},
  );
  // The floor: the same text saved atomically, nothing else (no edit, no check).
  const floor = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    await saveOnce(join(cwd, 'floor.yaml'), last, 'de');
    floor.push(performance.now() - start);
  }
  const median = quantile(waits, 0.5);
  const p90 = quantile(waits, 0.9);
  const verdict = median <= TARGET_MS ? 'ok' : 'OVER';
  console.log(
    `interview (${waits.length} answers, one new assessment of ${catalogue.id})\n` +
      `  answer → next question   median ${median.toFixed(1)} ms  p90 ${p90.toFixed(1)} ms  ` +
      `${verdict} (target ≤ ${TARGET_MS} ms; floor: one atomic save ${quantile(floor, 0.5).toFixed(1)} ms)`,
  );
  if (median > TARGET_MS) process.exitCode = 3;
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
