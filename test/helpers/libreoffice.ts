/**
 * LibreOffice as a second reader of the DOCX and XLSX files: convert a file
 * headless to PDF (`soffice --headless --convert-to pdf`) and count the PDF's
 * pages. Each conversion gets its own LibreOffice profile in a temporary
 * folder, so parallel runs do not share a lock.
 *
 * Without `soffice` the suites skip with the reason in their name and a
 * notice on stderr; under `CI=true` a missing `soffice` is an error
 * (.ci/run installs libreoffice-writer and libreoffice-calc).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/usr/local/bin/soffice',
];

export interface Office {
  soffice: string | null;
  /** " (skipped: …)" for a suite name, or "". */
  skipReason: string;
}

export function findOffice(): Office {
  const soffice = CANDIDATES.find((path) => existsSync(path)) ?? null;
  if (soffice !== null) return { soffice, skipReason: '' };
  const reason = 'soffice not found: apt-get install libreoffice-writer libreoffice-calc';
  if (process.env.CI === 'true') throw new Error(`${reason} (required under CI=true)`);
  process.stderr.write(`NOTICE: LibreOffice conversion tests skipped (${reason})\n`);
  return { soffice: null, skipReason: ` (skipped: ${reason})` };
}

/** Convert `bytes` (named like `name`) to PDF with LibreOffice; the PDF's bytes. */
export function convertToPdf(soffice: string, name: string, bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'efa-office-'));
  try {
    const input = join(dir, name);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const pdf = join(dir, `${basename(name, extname(name))}.pdf`);
    if (!existsSync(pdf))
      throw new Error(`soffice made no PDF (exit ${run.status}): ${run.stderr || run.stdout}`);
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-')) return 0;
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
