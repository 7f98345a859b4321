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
  return undefined;
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
