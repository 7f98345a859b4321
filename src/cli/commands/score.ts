import { BelowThresholdError, UsageError } from '../../errors.js';
import { formatNumber, t } from '../../i18n/index.js';
import { loadAndScore } from '../../app/pipeline.js';
import { renderDiagnostics } from '../../render/diagnostics-text.js';
import { renderScoreText } from '../../render/score-text.js';
import { loadStyle } from '../../render/style.js';
import { write } from '../../write/write.js';
import type { CommonOptions, Context } from '../context.js';

interface ScoreOptions extends CommonOptions {
  format?: string;
  failUnder?: string;
}

/** `efa-readiness score`: load → validate → score → print; exit 1 below `--fail-under`. */
export async function runScore(
  ctx: Context,
  assessment: string,
  options: ScoreOptions,
): Promise<number> {
  const { lang } = ctx;
  const limit = parseFailUnder(options.failUnder, ctx);
  const scored = await loadAndScore(assessment, {
    lang,
    cwd: ctx.cwd,
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
  });
  const { result, catalogue, warnings, hints } = scored;

  if (warnings.length > 0) {
    ctx.stderr.write(`${t(lang, 'score.warnings', { count: warnings.length })}\n`);
    const style = await loadStyle(ctx.color && ctx.stderr.isTTY === true);
    ctx.stderr.write(renderDiagnostics(warnings, { lang, style }));
  }
  const output =
    options.format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : renderScoreText(result, catalogue, {
          lang,
          style: await loadStyle(ctx.color),
          file: assessment,
          ...(ctx.stdout.columns ? { width: ctx.stdout.columns } : {}),
        });
  await write(output, undefined, { lang, stdout: ctx.stdout });
  // For a person at a terminal, after the result, so it is the last thing read; scripts and
  // pipes (a batch over every town of a Land) are not told the same thing each time.
  if (ctx.stderr.isTTY === true) for (const hint of hints) ctx.stderr.write(`${hint}\n`);

  if (limit !== undefined) {
    if (result.score === null)
      throw new BelowThresholdError(t(lang, 'score.failUnderNull', { limit }));
    if (result.score < limit) {
      throw new BelowThresholdError(
        t(lang, 'score.failUnder', {
          score: formatNumber(result.score, lang),
          limit: formatNumber(limit, lang),
        }),
      );
    }
  }
  return 0;
}

function parseFailUnder(value: string | undefined, ctx: Context): number | undefined {
  if (value === undefined) return undefined;
  // Decimal only, comma or dot: `0x40`, `1e2` or `Infinity` are no scores a person means.
  const trimmed = value.trim();
  const number = Number(trimmed.replace(',', '.'));
  if (!/^\d{1,3}([.,]\d+)?$/.test(trimmed) || number > 100) {
    throw new UsageError(t(ctx.lang, 'score.badFailUnder', { value }));
  }
  return number;
}
