import type { Lang } from '../model/types.js';
import { core } from './messages/core.js';
import { InternalError } from '../errors.js';

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
  if (!message) throw new InternalError(`i18n: no message "${key}"`);
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
 * `1,234.5` in English, with exactly `digits` decimals (see formatDecimal).
 */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return formatDecimal(value, lang, digits, digits);
}

/**
 * The one number formatter of the program. Numbers as the reader's language
 * writes them — German `1.234,5`, English `1,234.5` — with between `minDigits`
 * and `maxDigits` decimals: the text Intl.NumberFormat gives, without Intl,
 * whose first formatter loads locale data that costs more than a whole `score`
 * or `report` run should. Rounding is half away from zero on the value's
 * shortest decimal form, as Intl does. One difference on purpose: a value that
 * rounds to zero carries no minus sign (`0,0`, where Intl writes `-0,0`), since
 * no reader of a report means anything by a negative nothing.
 */
export function formatDecimal(
  value: number,
  lang: Lang,
  minDigits: number,
  maxDigits: number,
): string {
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const rounded = roundShortest(Math.abs(value), maxDigits);
  let [whole = '0', fraction = ''] = rounded.split('.');
  while (fraction.length > minDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const zero = /^[0.]*$/.test(rounded);
  const sign = !zero && value < 0 ? '-' : '';
  return `${sign}${whole}${fraction === '' ? '' : decimal + fraction}`;
}
/**
 * Round a non-negative number to `digits` decimals, half up, on its shortest
 * decimal form (so 1.45 gives 1.5, as people and Intl expect, not 1.4 as
 * the binary value 1.4499… would); the result has exactly `digits` decimals.
 */
function roundShortest(value: number, digits: number): string {
  const text = String(value);
  if (/e/i.test(text)) return value.toFixed(digits);
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= digits)
    return digits === 0 ? whole : `${whole}.${fraction.padEnd(digits, '0')}`;
  const kept = `${whole}${fraction.slice(0, digits)}`;
  const up = Number(fraction[digits]) >= 5;
  const digitsOut = up ? incrementDigits(kept) : kept;
  const cut = digitsOut.length - digits;
  return digits === 0 ? digitsOut : `${digitsOut.slice(0, cut)}.${digitsOut.slice(cut)}`;
}

function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar date in words, without any clock or time zone involved. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'de')
    return `${day}.${String(month).padStart(2, '0')}.${year}`.replace(/^(\d)\./, '0$1.');
  return `${day} ${MONTHS_EN[month - 1] ?? String(month)} ${year}`;
}
