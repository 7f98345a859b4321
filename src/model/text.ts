import type { Lang, Text } from './types.js';

/**
 * Resolve a catalogue `Text` to one language: the wanted language, else the
 * catalogue's own language, else the first language the map has.
 */
export function resolveText(text: Text | undefined, lang: Lang, fallback = 'de'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/** The language a plain-string `Text` is in, or the languages of a map. */
export function textLanguages(text: Text, catalogueLanguage: string): string[] {
  return typeof text === 'string' ? [catalogueLanguage] : Object.keys(text);
}
