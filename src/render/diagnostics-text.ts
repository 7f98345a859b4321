import { type Diagnostic, formatDiagnostic } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';
import type { Style } from './style.js';
import { terminalSafe } from './terminal-safe.js';

/** Diagnostics as lines `file:line:col  criterion: message`, marked as error or warning. */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: { lang: Lang; style: Style },
): string {
  const c = options.style;
  return diagnostics
    .map((d) => {
      const label =
        d.severity === 'error'
          ? c.red(t(options.lang, 'validate.error'))
          : c.yellow(t(options.lang, 'validate.warning'));
      return `  ${label}  ${terminalSafe(formatDiagnostic(d))}\n`;
    })
    .join('');
}
