import type { Diagnostic } from '../errors.js';
import { addMessages, t } from '../i18n/index.js';
import { editor } from '../i18n/messages/editor.js';
import type { Lang } from '../model/types.js';
import { type Fix, showValue } from './natural-input.js';
import { suggest } from './suggest.js';

addMessages(editor);

const ANSWER_KEYS = ['value', 'note', 'evidence'];

/**
 * What is wrong with the shape of an answer in long form, said for the person
 * filling it in: an unknown key (`notes:` → "did you mean 'note'?", placed at
 * the key) or a missing `value:`. Undefined where the shape is right (then
 * the value itself is what is wrong) or the answer is no mapping.
 */
export function answerShapeProblem(
  data: unknown,
  lang: Lang,
): { key?: string; message: string } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const unknown = Object.keys(data).find((k) => !ANSWER_KEYS.includes(k) && !k.startsWith('x-'));
  if (unknown !== undefined) {
    const hint = suggest(unknown, ANSWER_KEYS);
    return {
      key: unknown,
      message: hint
        ? t(lang, 'answer.unknownKeyHint', { key: unknown, suggestion: hint })
        : t(lang, 'answer.unknownKey', { key: unknown }),
    };
  }
  if (!('value' in data)) return { message: t(lang, 'answer.noValue') };
  return detailProblem(data, lang);
}

/** A note that is no text, evidence that is no list of texts: named at the field. */
function detailProblem(
  data: Record<string, unknown>,
  lang: Lang,
): { key: string; message: string } | undefined {
  const note = data.note;
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return { key: 'note', message: t(lang, 'answer.noteNotText', { found: describe(note, lang) }) };
  }
  const evidence = data.evidence;
  if (evidence === undefined || evidence === null) return undefined;
  if (!Array.isArray(evidence)) {
    if (typeof evidence === 'string' && evidence.trim() !== '') return undefined; // one text is allowed
    return { key: 'evidence', message: t(lang, 'answer.evidenceNotList') };
  }
  const index = evidence.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (index < 0) return undefined;
  const item: unknown = evidence[index];
  return {
    key: 'evidence',
    message:
      typeof item === 'string'
        ? t(lang, 'answer.evidenceEmpty', { number: index + 1 })
        : t(lang, 'answer.evidenceNotText', { number: index + 1, found: describe(item, lang) }),
  };
}

function describe(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return t(lang, 'answer.found.list');
  if (typeof value === 'object' && value !== null) return t(lang, 'answer.found.mapping');
  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : t(lang, 'answer.found.other');
}

/** Each error at a place that has a natural-input fix says the exact replacement. */
export function withFixHints(
  errors: Diagnostic[],
  fixes: readonly Fix[],
  lang: Lang,
): Diagnostic[] {
  if (fixes.length === 0) return errors;
  const byPath = new Map(fixes.map((fix) => [fix.path.join('.'), fix]));
  return errors.map((d) => {
    const fix = d.path === undefined ? undefined : byPath.get(d.path);
    return fix
      ? { ...d, message: `${d.message} ${t(lang, 'fix.hint', { to: showValue(fix.to) })}` }
      : d;
  });
}
