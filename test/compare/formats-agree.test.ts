/**
 * The formats agree (issue 13 item 1): CSV, XLSX (read back with exceljs),
 * Markdown and HTML are serialisers over one CompareView, so for one
 * comparison they give every municipality the same rank, score and band, and
 * every band the same count. Each table is read the way a person's program
 * would read it (a spreadsheet, a Markdown table, the HTML table's cells).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderCompareCsv } from '../../src/compare/csv.js';
import { renderCompareHtml } from '../../src/compare/html.js';
import { renderCompareMarkdown } from '../../src/compare/markdown.js';
import type { Comparison } from '../../src/compare/types.js';
import { renderCompareXlsx } from '../../src/compare/xlsx.js';
import { FIXTURES, compareFolder, readCsv } from './helpers.js';

/** One municipality as a format shows it. */
interface Ranked {
  rank: number | null;
  name: string;
  score: number | null;
  band: string;
}

interface Shown {
  ranking: Ranked[];
  bands: Map<string, number>;
}

/** "84,7", "100,0 %", "–" → 84.7, 100, null (German numbers). */
function germanNumber(text: string): number | null {
  const t = text.replace(/&nbsp;|\s*%$/g, '').trim();
  if (t === '–' || t === '') return null;
  return Number(t.replace(/\./g, '').replace(',', '.').replace('−', '-'));
}

function fromComparison(c: Comparison): Shown {
  return {
    ranking: c.municipalities.map((m) => {
      const row = c.assessments[m.latest];
      const band = c.bands.find((b) => b.id === row?.band)?.label ?? 'ohne Wert';
      return { rank: m.rank, name: m.name, score: row?.score ?? null, band };
    }),
    bands: new Map(c.bands.map((b) => [b.label, b.count])),
  };
}

function fromCsv(csv: string): Ranked[] {
  const [head, ...rows] = readCsv(csv.slice(1), ';');
  const col = (name: string): number => head?.indexOf(name) ?? -1;
  return rows
    .filter((r) => r[col('neueste')] === 'ja')
    .map((r) => ({
      rank: germanNumber(r[col('Rang')] ?? ''),
      // a name a spreadsheet would run as a formula has an apostrophe in front
      name: (r[col('Kommune')] ?? '').replace(/^'(?=[=+\-@])/, ''),
      score: germanNumber(r[col('Gesamtwert')] ?? ''),
      band: r[col('Reifestufe')] ?? '',
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

async function fromXlsx(bytes: Buffer): Promise<Shown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const table = (name: string): Record<string, unknown>[] => {
    const ws = wb.getWorksheet(name);
    if (ws === undefined) throw new Error(`no sheet ${name}`);
    const head = Array.from(ws.getRow(1).values as unknown[], (v) => String(v));
    const out: Record<string, unknown>[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values = row.values as unknown[];
      out.push(Object.fromEntries(head.map((h, i) => [h, values[i] ?? null])));
    });
    return out;
  };
  return {
    ranking: table('Rangfolge').map((r) => ({
      rank: r.Rang as number | null,
      name: r.Kommune as string,
      score: r.Gesamtwert as number | null,
      band: r.Reifestufe as string,
    })),
    bands: new Map(table('Reifestufen').map((r) => [r.Reifestufe as string, r.Anzahl as number])),
  };
}

/** The rows of the Markdown table under a heading, cells unescaped. */
function markdownTable(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('| ')) continue;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.replace(/\\(.)/g, '$1'));
    rows.push(cells);
  }
  return rows.slice(2); // header and alignment row
}

function fromMarkdown(md: string): Shown {
  return {
    ranking: markdownTable(md, 'Rangfolge').map((r) => ({
      rank: germanNumber(r[0] ?? ''),
      name: r[1] ?? '',
      score: germanNumber(r[5] ?? ''),
      band: r[6] ?? '',
    })),
    bands: new Map(
      markdownTable(md, 'Auf einen Blick').map((r) => [r[0] ?? '', germanNumber(r[1] ?? '') ?? 0]),
    ),
  };
}

/** The text of each cell of each body row of the first table after `marker`. */
function htmlTable(html: string, marker: string): string[][] {
  const from = html.indexOf(marker);
  const body = html.slice(html.indexOf('<tbody>', from), html.indexOf('</tbody>', from));
  const text = (cell: string): string =>
    cell
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#61;/g, '=')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => text(c[1] ?? '')),
  );
}

function fromHtml(html: string): Shown {
  return {
    ranking: htmlTable(html, 'id="ranking"').map((r) => ({
      rank: germanNumber(r[1] ?? ''),
      name: r[0] ?? '',
      score: germanNumber(r[5] ?? ''),
      band: r[6] ?? '',
    })),
    bands: new Map(
      htmlTable(html, 'id="bands"').map((r) => [r[0] ?? '', germanNumber(r[1] ?? '') ?? 0]),
    ),
  };
}

/** Scores to the one decimal every format writes. */
function rounded(ranking: Ranked[]): Ranked[] {
  return ranking.map((r) => ({
    ...r,
    score: r.score === null ? null : Math.round(r.score * 10) / 10,
  }));
}

describe('the formats agree', () => {
  it('CSV, XLSX, Markdown and HTML give the same ranks, scores, bands and band counts', async () => {
    const c = await compareFolder('test/compare/fixtures/pilots', {
      catalogue: join(FIXTURES, 'catalogue.yaml'),
      lang: 'de',
    });
    const expected = fromComparison(c);
    expect(expected.ranking.length).toBeGreaterThan(4);
    const xlsx = await fromXlsx(await renderCompareXlsx(c));
    const md = fromMarkdown(renderCompareMarkdown(c));
    const html = fromHtml(renderCompareHtml(c));

    const want = rounded(expected.ranking);
    expect(rounded(fromCsv(renderCompareCsv(c, 'de')))).toEqual(want);
    expect(rounded(xlsx.ranking)).toEqual(want);
    expect(md.ranking).toEqual(want);
    expect(html.ranking).toEqual(want);

    expect(xlsx.bands).toEqual(expected.bands);
    expect(md.bands).toEqual(expected.bands);
    expect(html.bands).toEqual(expected.bands);
  });
});
