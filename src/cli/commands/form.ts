import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, InternalError } from '../../errors.js';
import { addMessages, formatNumber, t } from '../../i18n/index.js';
import { formMessages } from '../../i18n/messages/form.js';
import { loadCatalogue } from '../../app/load.js';
import { loadAndScore } from '../../app/pipeline.js';
import { readTextFile } from '../../load/read.js';
import { DEFAULT_CATALOGUE } from '../../model/catalogue.js';
import { FORM_SCRIPT, FORM_STYLES } from '../../form/assets.js';
import { type FormPageInput, renderFormPage } from '../../form/page.js';
import { renderDiagnostics } from '../../render/diagnostics-text.js';
import { loadStyle } from '../../render/style.js';
import { fileExists, write } from '../../write/write.js';
import type { CommonOptions, Context } from '../context.js';

addMessages(formMessages);

interface FormOptions extends CommonOptions {
  from?: string;
  output?: string;
  force?: boolean;
}

/**
 * `efa-readiness form`: one self-contained HTML questionnaire for the
 * catalogue (`--catalogue`, else the one `--from` names, else the default),
 * pre-filled `--from` an assessment, written to stdout or atomically to `--output`.
 */
export async function runForm(ctx: Context, options: FormOptions): Promise<number> {
  const { lang } = ctx;
  const output =
    typeof options.output === 'string' && options.output !== '-' ? options.output : undefined;
  const target = output === undefined ? undefined : resolve(ctx.cwd, output);
  const force = options.force === true;
  if (target !== undefined && !force && (await fileExists(target))) {
    throw new InputError(t(lang, 'write.exists', { file: output ?? target }));
  }

  const input = await pageInput(ctx, options);
  const html = renderFormPage(input);
  await write(html, target, { force, lang, stdout: ctx.stdout });
  if (output !== undefined) {
    const size = `${formatNumber(Buffer.byteLength(html) / 1024, lang, 0)} KiB`;
    ctx.stderr.write(`${t(lang, 'form.written', { file: output, size })}\n`);
  }
  return 0;
}

async function pageInput(ctx: Context, options: FormOptions): Promise<FormPageInput> {
  const { lang } = ctx;
  const [script, css] = await readAssets(lang);
  if (typeof options.from === 'string') {
    const loaded = await loadAndScore(options.from, {
      lang,
      cwd: ctx.cwd,
      ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    });
    if (loaded.warnings.length > 0) {
      const style = await loadStyle(ctx.color && ctx.stderr.isTTY === true);
      ctx.stderr.write(renderDiagnostics(loaded.warnings, { lang, style }));
    }
    const text = await readTextFile(options.from, lang, ctx.cwd);
    return {
      catalogue: loaded.catalogue,
      lang,
      from: { file: basename(options.from), text, assessment: loaded.assessment },
      script,
      css,
    };
  }
  const { catalogue, warnings } = await loadCatalogue(options.catalogue ?? DEFAULT_CATALOGUE, {
    lang,
    cwd: ctx.cwd,
  });
  if (warnings.length > 0) {
    const style = await loadStyle(ctx.color && ctx.stderr.isTTY === true);
    ctx.stderr.write(renderDiagnostics(warnings, { lang, style }));
  }
  return { catalogue, lang, script, css };
}

/** The bundled page code and its stylesheet; without the bundle the installation is broken. */
async function readAssets(lang: Context['lang']): Promise<[string, string]> {
  let script: string;
  try {
    script = await readFile(FORM_SCRIPT, 'utf8');
  } catch {
    throw new InternalError(
      t(lang, 'form.error.bundleMissing', { file: fileURLToPath(FORM_SCRIPT) }),
    );
  }
  return [script, await readFile(FORM_STYLES, 'utf8')];
}
