import type { Lang } from '../model/types.js';
import { core } from './messages/core.js';

/**
 * Every text a person reads exists in German and English. Messages live in
 * one table per area (`messages/*.ts`), each entry `{de, en}`; `{name}`
 * placeholders are filled from `params`.
 */
export interface Message {
  de: string;
  en: string;
}
export type MessageTable = Readonly<Record<string, Message>>;

const tables: MessageTable[] = [core];

/** Register an area's table (done by the area's module when it is imported). */
export function addMessages(table: MessageTable): void {
  if (!tables.includes(table)) tables.push(table);
}

export type Params = Readonly<Record<string, string | number>>;

export function t(lang: Lang, key: string, params: Params = {}): string {
  let message: Message | undefined;
  for (const table of tables) {
    message = table[key];
    if (message) break;
  }
  if (!message) throw new Error(`i18n: no message "${key}"`);
  return fill(message[lang], params);
}

export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The language for people: `--lang`, else `LC_ALL`, else `LANG` (a value
 * starting with `en` gives English), else German.
 */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'de' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/**
 * Format a number the way the reader's language does: `1.234,5` in German,
 * `1,234.5` in English. Written out rather than with Intl.NumberFormat,
 * whose first use loads locale data and costs more than the whole `score`
 * run should (see `npm run bench`).
 */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');
  const sign = value < 0 && Number(whole + (fraction ?? '')) !== 0 ? '-' : '';
  return sign + grouped + (fraction === undefined ? '' : (lang === 'de' ? ',' : '.') + fraction);
}
