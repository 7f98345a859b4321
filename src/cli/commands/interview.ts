import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import {
  CancelledError,
  InputError,
  InterviewCancelled,
  UsageError,
  InternalError,
} from '../../errors.js';
import { t } from '../../i18n/index.js';
import {
  type InterviewState,
  type Storage,
  localDate,
  runInterviewFlow,
  textState,
} from '../../interview/flow.js';
import { inquirerAsk } from '../../interview/inquirer.js';
import { candidateFileNames } from '../../interview/paths.js';
import { schemaComment } from '../../load/paths.js';
import { editorSchemaFile } from '../../load/schema-file.js';
import { progress } from '../../interview/plan.js';
import { commandLine, renderSummary } from '../../interview/summary.js';
import { looksLikePath } from '../../load/index.js';
import { loadAssessment, loadCatalogue } from '../../app/load.js';
import { parseYamlFast } from '../../load/fast-yaml.js';
import { parseYaml } from '../../load/parse.js';
import { noPositions } from '../../model/source.js';
import { readTextFile } from '../../load/read.js';
import { parseCatalogueRef } from '../../model/catalogue.js';
import type { Assessment, Catalogue, Lang } from '../../model/types.js';
import { scoreAssessment } from '../../score/score.js';
import { validateAssessment } from '../../validate/index.js';
import { readFileSync } from 'node:fs';
import { errorCode } from '../../write/atomic.js';
import { explainWriteError, fileExists, writeFileAtomicOrExplainSync } from '../../write/write.js';
import type { Context } from '../context.js';
import { terminalSafe } from '../../render/terminal-safe.js';

import { DEFAULT_CATALOGUE } from '../../model/catalogue.js';

/**
 * `efa-readiness interview`: the guided interview in a terminal. Every answer
 * is saved at once (atomically, and only as a valid assessment); an existing
 * file is continued; Ctrl-C ends with exit 130 and says where the answers are.
 */
export async function runInterview(
  ctx: Context,
  options: Record<string, unknown>,
): Promise<number> {
  const { lang } = ctx;
  if (ctx.stdin.isTTY !== true) throw new UsageError(t(lang, 'interview.noTty'));

  const output = typeof options.output === 'string' ? options.output : undefined;
  const catalogueOption = typeof options.catalogue === 'string' ? options.catalogue : undefined;
  const abs = (file: string): string => (isAbsolute(file) ? file : resolve(ctx.cwd, file));

  // An existing --output file is continued: it names its catalogue.
  let catalogueRef = catalogueOption ?? DEFAULT_CATALOGUE;
  const resuming = output !== undefined && (await fileExists(abs(output)));
  if (output !== undefined && !resuming && !(await fileExists(dirname(abs(output))))) {
    throw new InputError(t(lang, 'interview.noFolder', { file: output, folder: dirname(output) }));
  }
  if (resuming && catalogueOption === undefined) {
    const named = (await resumable(abs(output), output, { lang })).assessment.catalogue;
    catalogueRef = catalogueId(named);
  }
  const { catalogue } = await loadCatalogue(catalogueRef, { lang, cwd: ctx.cwd });
  const state: InterviewState = {};
  if (resuming) {
    const loaded = await resumable(abs(output), output, { lang, catalogue });
    const named = catalogueId(loaded.assessment.catalogue);
    if (named !== catalogue.id) {
      throw new UsageError(
        t(lang, 'interview.otherCatalogue', { file: output, found: named, wanted: catalogue.id }),
      );
    }
    state.file = output;
    state.text = await readTextFile(abs(output), lang);
  } else if (output !== undefined) {
    state.file = output;
  }
  const dimensions = checkDimensions(options.dimension, catalogue, lang);

  // The words that bring a person back to this file: --catalogue only where it is not shipped,
  // and the --lang and --dimension they chose.
  const words: Words = {
    catalogue:
      catalogueOption !== undefined && looksLikePath(catalogueOption)
        ? ['--catalogue', catalogueOption]
        : [],
    lang: typeof options.lang === 'string' ? ['--lang', lang] : [],
    dimension: dimensions !== undefined ? ['--dimension', ...dimensions] : [],
  };
  const ask = inquirerAsk({ stdin: ctx.stdin, stdout: ctx.stdout }, lang, ctx.color);

  const print = (line: string): void => {
    ask.print(line);
  };
  const storage = fileStorage({ cwd: ctx.cwd, catalogue, lang, print });

  try {
    await runInterviewFlow(
      {
        ask,
        storage,
        catalogue,
        lang,
        ...(dimensions !== undefined ? { dimensions } : {}),
        today: localDate(new Date()),
        schemaComment: () => schemaComment(editorSchemaFile(catalogue)),
      },
      state,
    );
  } catch (error) {
    if (!(error instanceof InterviewCancelled)) throw error;
    throw cancelled(state, catalogue, lang, words);
  }

  if (state.text === undefined) return 0;
  printDone(ctx, state.file ?? '', state.text, catalogue, words);
  return 0;
}

/** The words that bring a person back to this file (--catalogue, --lang, --dimension). */
interface Words {
  catalogue: string[];
  lang: string[];
  dimension: string[];
}

/** Ctrl-C: where the answers are, how far they go, and the command to continue. */
function cancelled(
  state: InterviewState,
  catalogue: Catalogue,
  lang: Lang,
  words: Words,
): CancelledError {
  if (state.file === undefined || state.text === undefined) {
    return new CancelledError(t(lang, 'interview.cancelledNothing'));
  }
  const now = textState(state.text);
  const counts = progress(catalogue, now.municipality, now.answers);
  return new CancelledError(
    t(lang, 'interview.cancelled', {
      file: state.file,
      ...counts,
      command: commandLine([
        'interview',
        '--output',
        state.file,
        ...words.catalogue,
        ...words.lang,
        ...words.dimension,
      ]),
    }),
  );
}

/** The end: how much is answered, the summary, and the command for the report. */
function printDone(
  ctx: Context,
  file: string,
  text: string,
  catalogue: Catalogue,
  words: Words,
): void {
  const { lang } = ctx;
  const assessment = checkValid(text, file, catalogue, lang);
  const counts = progress(catalogue, assessment.municipality, assessment.answers);
  const result = scoreAssessment(catalogue, assessment, { lang });
  const html = file.replace(/\.ya?ml$/i, '') + '.html';
  ctx.stdout.write(`\n${terminalSafe(t(lang, 'interview.done', { ...counts, file }))}\n`);
  const report = commandLine([
    'report',
    file,
    ...words.catalogue,
    ...words.lang,
    '--format',
    'html',
    '--output',
    html,
  ]);
  ctx.stdout.write(`${terminalSafe(renderSummary(result, catalogue, lang, { report }))}\n`);
}

/** An existing --output file, loaded to be continued; where it cannot be, every problem and why it matters. */
async function resumable(
  file: string,
  shown: string,
  options: { lang: Lang; catalogue?: Catalogue },
): Promise<Awaited<ReturnType<typeof loadAssessment>>> {
  try {
    return await loadAssessment(file, options);
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(
        t(options.lang, 'interview.cannotResume', { file: shown }),
        error.diagnostics,
      );
    }
    throw error;
  }
}

/**
 * The interview's files on disk: a new one is claimed under a free name, every save is
 * checked to be a valid assessment and written atomically. Exported for the bench's
 * interview harness (scripts/bench-interview.mjs), which drives the real saves.
 */
export function fileStorage(options: {
  cwd: string;
  catalogue: Catalogue;
  lang: Lang;
  print: (line: string) => void;
}): Storage {
  const { cwd, catalogue, lang, print } = options;
  const abs = (file: string): string => (isAbsolute(file) ? file : resolve(cwd, file));
  return {
    claim: async (name: string): Promise<{ file: string; resume?: string }> => {
      const stem = t(lang, 'interview.fileStem');
      for (const candidate of candidateFileNames(cwd, stem, name)) {
        const shown = relative(cwd, candidate);
        if (!(await fileExists(candidate))) return { file: shown };
        const found = await readOwnAssessment(candidate, name, catalogue, lang);
        if (found !== undefined) return { file: shown, resume: found };
        print(t(lang, 'interview.fileTaken', { file: shown }));
      }
      throw new InputError(t(lang, 'interview.noFreeName', { folder: cwd, name }));
    },
    // Save and the read before it run in this thread: the next question waits for them, and
    // a trip to the thread pool per step (ten per save) cost more than the write itself.
    save: (file: string, text: string, merged: boolean): Promise<void> =>
      inThread(() => {
        checkValid(text, file, catalogue, lang, merged);
        writeFileAtomicOrExplainSync(abs(file), text, lang);
      }),
    read: (file: string): Promise<string | undefined> =>
      inThread(() => {
        try {
          return readFileSync(abs(file), 'utf8');
        } catch (error) {
          if (errorCode(error) === 'ENOENT') return undefined;
          throw explainWriteError(error, file, 'kept', lang);
        }
      }),
  };
}

/** A synchronous piece of work as the promise `Storage` speaks in (a throw becomes the rejection). */
function inThread<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => {
    resolve(work());
  });
}

/** `efa-default@1.0.0` → `efa-default`. */
function catalogueId(ref: string): string {
  return parseCatalogueRef(ref).id;
}

/**
 * The invariant of the autosave: what is written is a valid assessment for
 * this catalogue. A failure here is a bug in the interview, not in the input.
 */
function checkValid(
  text: string,
  file: string,
  catalogue: Catalogue,
  lang: Lang,
  merged = false,
): Assessment {
  // Every save is checked: fast (js-yaml, no positions) where it is valid, as nearly always;
  // the exact parse only to place what is wrong.
  const fast = parseYamlFast(text);
  if (fast) {
    const quick = validateAssessment(fast.value, noPositions(file), lang, catalogue);
    if (quick.value !== undefined) return quick.value;
  }
  const parsed = parseYaml(text, file, lang);
  const checked = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  if (parsed.diagnostics.length > 0 || checked.value === undefined) {
    if (merged) {
      // Someone else's edit made the file invalid: theirs to fix, with every place listed.
      const problems = [...parsed.diagnostics, ...checked.errors];
      throw new InputError(t(lang, 'interview.changedInvalid', { file }), problems);
    }
    const problems = [...parsed.diagnostics, ...checked.errors].map(
      (d) => `${d.line}:${d.col} ${d.message}`,
    );
    throw new InternalError(
      `interview: refusing to save an invalid assessment to ${file}:\n${problems.join('\n')}`,
    );
  }
  return checked.value;
}

/** The text of an existing file where it is a valid assessment of this municipality against this catalogue. */
async function readOwnAssessment(
  file: string,
  name: string,
  catalogue: Catalogue,
  lang: Lang,
): Promise<string | undefined> {
  try {
    const loaded = await loadAssessment(file, { lang, catalogue });
    const same = (a: string): string => a.trim().toLocaleLowerCase('de');
    if (same(loaded.assessment.municipality.name) !== same(name)) return undefined;
    if (catalogueId(loaded.assessment.catalogue) !== catalogue.id) return undefined;
    return await readTextFile(file, lang);
  } catch (error) {
    if (error instanceof InputError) return undefined; // not an assessment (or not a valid one): leave it alone
    throw error;
  }
}

function checkDimensions(value: unknown, catalogue: Catalogue, lang: Lang): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ids = catalogue.dimensions.map((d) => d.id);
  const wanted = value.map(String);
  for (const id of wanted) {
    if (ids.includes(id)) continue;
    const near = closest(id, ids);
    const suggestion = distance(id, near) <= 3 ? t(lang, 'interview.didYouMean', { id: near }) : '';
    throw new UsageError(
      t(lang, 'interview.unknownDimension', {
        id,
        catalogue: catalogue.id,
        suggestion,
        ids: ids.join(', '),
      }),
    );
  }
  return wanted;
}
