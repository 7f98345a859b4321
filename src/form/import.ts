import type { Diagnostic } from '../errors.js';
import { addMessages, t } from '../i18n/index.js';
import { formMessages } from '../i18n/messages/form.js';
import { decodeText, MAX_FILE_BYTES } from '../load/decode.js';
import { parseYaml } from '../load/parse.js';
import type { Assessment, Catalogue, Lang } from '../model/types.js';
import { validateAssessment } from '../validate/index.js';

addMessages(formMessages);

export type ImportResult =
  { assessment: Assessment; text: string; warnings: Diagnostic[] } | { errors: Diagnostic[] };

/**
 * A YAML file a person loads into the page, checked exactly as `efa-readiness
 * validate` checks it (the same decoding, parser and rules, bundled into the
 * page): every problem with its line and column, or the assessment. Pure.
 */
export function readImport(
  bytes: Uint8Array,
  file: string,
  catalogue: Catalogue,
  lang: Lang,
): ImportResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      errors: [
        {
          severity: 'error',
          code: 'too-large',
          file,
          line: 0,
          col: 0,
          message: t(lang, 'form.import.tooLarge'),
        },
      ],
    };
  }
  const decoded = decodeText(bytes, file, lang);
  if ('error' in decoded) return { errors: [decoded.error] };
  const parsed = parseYaml(decoded.text, file, lang);
  if (parsed.diagnostics.length > 0) return { errors: parsed.diagnostics };
  const validation = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  if (!validation.value) return { errors: validation.errors };
  return { assessment: validation.value, text: decoded.text, warnings: validation.warnings };
}
