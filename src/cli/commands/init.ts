import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  CancelledError,
  InputError,
  InternalError,
  InterviewCancelled,
  UsageError,
} from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Ask } from '../../interview/ask.js';
import { localDate } from '../../interview/flow.js';
import { schemaComment, schemaCopyName } from '../../load/paths.js';
import { applicableItems } from '../../interview/plan.js';
import { renderInitTemplate } from '../../interview/template.js';
import { loadCatalogue } from '../../app/load.js';
import { parseYaml } from '../../load/parse.js';
import { catalogueSchemaText, editorSchemaFile } from '../../load/schema-file.js';
import { DEFAULT_CATALOGUE } from '../../model/catalogue.js';
import {
  type Catalogue,
  type Lang,
  MUNICIPALITY_TYPES,
  type Municipality,
  type MunicipalityType,
  STATES,
  type State,
} from '../../model/types.js';
import { validateAssessment } from '../../validate/index.js';
import { write } from '../../write/write.js';
import type { Context } from '../context.js';
import {
  hasControlCharacters,
  terminalSafe,
  terminalSafeLine,
} from '../../render/terminal-safe.js';

/**
 * `efa-readiness init`: an assessment to fill in with an editor, every
 * criterion set to `unknown` and explained in comments. The municipality's
 * name, type and Land come from `--name`, `--type`, `--state` or, in a
 * terminal, from three questions; nothing is made up. An existing file is
 * kept unless `--force`.
 */
export async function runInit(ctx: Context, options: Record<string, unknown>): Promise<number> {
  const { lang } = ctx;
  const output = typeof options.output === 'string' ? options.output : undefined;
  const catalogueRef =
    typeof options.catalogue === 'string' ? options.catalogue : DEFAULT_CATALOGUE;
  const { catalogue } = await loadCatalogue(catalogueRef, { lang, cwd: ctx.cwd });

  const municipality = await municipalityFrom(options, ctx);
  const target =
    output === undefined || output === '-'
      ? undefined
      : isAbsolute(output)
        ? output
        : resolve(ctx.cwd, output);
  const copy =
    options.schemaCopy === true
      ? await writeSchemaCopy(catalogue, target, ctx, options)
      : undefined;
  const text = renderInitTemplate(catalogue, municipality, {
    lang,
    schemaComment: schemaComment(copy ?? editorSchemaFile(catalogue)),
    file: target === undefined ? t(lang, 'init.fileWord') : (output ?? ''),
    today: localDate(new Date()),
  });

  // The template must validate as it is; a failure is a bug here, not in the input.
  const parsed = parseYaml(text, output ?? '-', lang);
  const checked = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  if (parsed.diagnostics.length > 0 || checked.value === undefined) {
    const problems = [...parsed.diagnostics, ...checked.errors].map(
      (d) => `${d.line}:${d.col} ${d.message}`,
    );
    throw new InternalError(`init: the template does not validate:\n${problems.join('\n')}`);
  }

  await write(text, target, { lang, force: options.force === true, stdout: ctx.stdout });
  if (target !== undefined && output !== undefined) {
    const count = applicableItems(catalogue, municipality).length;
    ctx.stderr.write(
      `${terminalSafe(t(lang, 'init.written', { file: output, count, command: `efa-readiness validate ${output}` }))}\n`,
    );
  }
  return 0;
}

/**
 * `--schema-copy`: the catalogue's schema written beside the assessment, named
 * relatively (`./efa-default.assessment.schema.json`), so the two can be moved
 * or mailed together. An existing copy with other content is kept unless `--force`.
 */
async function writeSchemaCopy(
  catalogue: Catalogue,
  target: string | undefined,
  ctx: Context,
  options: Record<string, unknown>,
): Promise<string> {
  const { lang } = ctx;
  if (target === undefined) throw new UsageError(t(lang, 'init.schemaCopyNeedsOutput'));
  const name = schemaCopyName(catalogue.id);
  const file = join(dirname(target), name);
  const text = catalogueSchemaText(catalogue);
  const same = await readFile(file, 'utf8').then(
    (old) => old === text,
    () => false,
  );
  if (!same) await write(text, file, { lang, force: options.force === true });
  ctx.stderr.write(`${t(lang, 'schema.written', { catalogue: catalogue.id, file })}\n`);
  return `./${name}`;
}

async function municipalityFrom(
  options: Record<string, unknown>,
  ctx: Context,
): Promise<Pick<Municipality, 'name' | 'type' | 'state'>> {
  const { lang } = ctx;
  let name = typeof options.name === 'string' ? options.name.trim() : undefined;
  if (name === '') throw new UsageError(t(lang, 'init.badName'));
  if (name !== undefined && hasControlCharacters(name)) {
    throw new UsageError(t(lang, 'init.controlInName', { name: terminalSafeLine(name) }));
  }
  let type = MUNICIPALITY_TYPES.find((v) => v === options.type);
  let state = STATES.find((v) => v === options.state);
  const missing = [
    ...(name === undefined ? ['--name'] : []),
    ...(type === undefined ? ['--type'] : []),
    ...(state === undefined ? ['--state'] : []),
  ];
  if (missing.length === 0 && name !== undefined && type !== undefined && state !== undefined) {
    return { name, type, state };
  }
  if (ctx.stdin.isTTY !== true)
    throw new UsageError(t(lang, 'init.missingFlags', { flags: missing.join(', ') }));

  // Only now, with questions to ask: the prompts (and their encoding helpers) are a large load.
  const { inquirerAsk } = await import('../../interview/inquirer.js');
  const ask = inquirerAsk({ stdin: ctx.stdin, stdout: ctx.stderr }, lang, ctx.color);
  try {
    name ??= await askName(ask, lang);
    type ??= await ask.select<MunicipalityType>({
      key: 'municipality.type',
      message: t(lang, 'interview.municipality.type'),
      choices: MUNICIPALITY_TYPES.map((value) => ({
        value,
        name: t(lang, `interview.type.${value}`),
      })),
    });
    state ??= await ask.select<State>({
      key: 'municipality.state',
      message: t(lang, 'interview.municipality.state'),
      choices: STATES.map((value) => ({
        value,
        name: `${value} – ${t(lang, `interview.state.${value}`)}`,
      })),
    });
  } catch (error) {
    if (error instanceof InterviewCancelled)
      throw new CancelledError(t(lang, 'interview.cancelledNothing'));
    throw error;
  }
  return { name, type, state };
}

async function askName(ask: Ask, lang: Lang): Promise<string> {
  const name = await ask.input({
    key: 'municipality.name',
    message: t(lang, 'interview.municipality.name'),
    validate: (value) =>
      value.trim() === ''
        ? t(lang, 'interview.required')
        : hasControlCharacters(value)
          ? t(lang, 'interview.nameOneLine')
          : true,
  });
  if (name.trim() === '') throw new InputError(t(lang, 'init.badName'));
  return name.trim();
}
