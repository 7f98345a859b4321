import { formatDecimal, t } from '../i18n/index.js';
import type { Context } from './context.js';

/** The formats a person opens in a browser after writing them. */
const BROWSER = new Set(['html']);
/** The formats a person opens in the program their system has for them. */
const DOCUMENT = new Set(['pdf', 'docx', 'xlsx']);

/**
 * The closing line after a file was written: where it is, what it is, how
 * big, and what to do with it ("geschrieben: bericht.html (HTML, 104 KB) –
 * im Browser öffnen"). On stderr, so that stdout stays the data.
 */
export function announceWritten(
  ctx: Pick<Context, 'lang' | 'stderr'>,
  file: string,
  format: string,
  bytes: number,
): void {
  const { lang } = ctx;
  const size =
    bytes < 1024 * 1024
      ? t(lang, 'cli.written.kb', {
          size: formatDecimal(Math.max(1, Math.round(bytes / 1024)), lang, 0, 0),
        })
      : t(lang, 'cli.written.mb', { size: formatDecimal(bytes / (1024 * 1024), lang, 1, 1) });
  const hint = BROWSER.has(format)
    ? t(lang, 'cli.written.openBrowser')
    : DOCUMENT.has(format)
      ? t(lang, 'cli.written.open')
      : '';
  const line = t(lang, 'cli.written', { file, format: format.toUpperCase(), size });
  ctx.stderr.write(`${hint === '' ? line : `${line} – ${hint}`}\n`);
}

/** On a terminal, say that the PDF takes a moment: Chromium needs seconds. */
export function announcePdf(ctx: Pick<Context, 'lang' | 'stderr'>): void {
  if (ctx.stderr.isTTY === true) ctx.stderr.write(`${t(ctx.lang, 'cli.written.pdfProgress')}\n`);
}
