import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { schemaCopyName } from '../../load/paths.js';
import { loadCatalogue } from '../../app/load.js';
import { DEFAULT_CATALOGUE } from '../../model/catalogue.js';
import { catalogueSchemaText, editorSchemaFile } from '../../load/schema-file.js';
import { catalogueSchemaLang } from '../../schema/catalogue-schema.js';
import { mergeYamlSchemas, SCHEMA_GLOBS } from '../../schema/vscode-settings.js';
import { isLang } from '../../i18n/index.js';
import { fileExists, write, writeFileAtomicOrExplain } from '../../write/write.js';
import type { Context } from '../context.js';

/**
 * `efa-readiness schema`: the assessment schema that knows one catalogue's
 * criteria, to stdout or `--output`; with `--install-vscode [folder]` also
 * recorded in the folder's `.vscode/settings.json` (`yaml.schemas`), so that
 * assessments in it complete and check even without a `$schema` line (a file
 * that was mailed in).
 */
export async function runSchema(ctx: Context, options: Record<string, unknown>): Promise<number> {
  const { lang } = ctx;
  const ref = typeof options.catalogue === 'string' ? options.catalogue : DEFAULT_CATALOGUE;
  const { catalogue } = await loadCatalogue(ref, { lang, cwd: ctx.cwd });
  // The schema's texts are in the catalogue's language unless --lang asks otherwise.
  const schemaLang = catalogueSchemaLang(
    catalogue,
    isLang(options.lang) ? options.lang : undefined,
  );
  const text = catalogueSchemaText(catalogue, schemaLang);
  const output = typeof options.output === 'string' ? options.output : undefined;
  const target = output === undefined || output === '-' ? undefined : resolve(ctx.cwd, output);
  const install = options.installVscode;

  if (install === undefined) {
    await write(text, target, { lang, force: options.force === true, stdout: ctx.stdout });
    if (target !== undefined)
      ctx.stderr.write(
        `${t(lang, 'schema.written', { catalogue: catalogue.id, file: output ?? '' })}\n`,
      );
    return 0;
  }

  const folder = resolve(ctx.cwd, typeof install === 'string' ? install : '.');
  let schemaFile: string;
  if (target !== undefined) {
    await write(text, target, { lang, force: options.force === true });
    schemaFile = target;
  } else if (schemaLang === catalogueSchemaLang(catalogue) && isShippedSchema(catalogue)) {
    schemaFile = editorSchemaFile(catalogue);
  } else {
    // A catalogue of one's own: its schema goes into the folder's .vscode/, beside the settings.
    schemaFile = join(folder, '.vscode', schemaCopyName(catalogue.id));
    const same = await readFile(schemaFile, 'utf8').then(
      (old) => old === text,
      () => false,
    );
    if (!same) {
      await mkdir(dirname(schemaFile), { recursive: true });
      await write(text, schemaFile, { lang, force: options.force === true });
    }
  }
  await installVscode(folder, schemaFile, ctx);
  return 0;
}

function isShippedSchema(catalogue: Parameters<typeof editorSchemaFile>[0]): boolean {
  return !editorSchemaFile(catalogue).endsWith(`${sep}assessment.schema.json`);
}

/** Merge the mapping into `<folder>/.vscode/settings.json`, keeping every other setting. */
async function installVscode(folder: string, schemaFile: string, ctx: Context): Promise<void> {
  const { lang } = ctx;
  const settingsFile = join(folder, '.vscode', 'settings.json');
  const shown = relative(ctx.cwd, settingsFile) || settingsFile;
  // Inside the folder the schema is named relatively (it moves with the folder), else absolutely.
  const inside = relative(folder, schemaFile);
  const key =
    inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
      ? `./${inside.split(sep).join('/')}`
      : schemaFile;
  const old = (await fileExists(settingsFile)) ? await readFile(settingsFile, 'utf8') : undefined;
  const merged = mergeYamlSchemas(old, key);
  if ('error' in merged) {
    throw new InputError(
      t(lang, merged.error === 'json' ? 'schema.vscodeBadSettings' : 'schema.vscodeNotObject', {
        file: shown,
        reason: merged.reason,
        key: merged.reason,
      }),
    );
  }
  if (merged.text === old) {
    ctx.stderr.write(`${t(lang, 'schema.vscodeUnchanged', { file: shown })}\n`);
    return;
  }
  await mkdir(join(folder, '.vscode'), { recursive: true });
  await writeFileAtomicOrExplain(settingsFile, merged.text, lang);
  ctx.stderr.write(
    `${t(lang, 'schema.vscodeWritten', { file: shown, glob: SCHEMA_GLOBS.join(', '), schema: key })}\n`,
  );
}
