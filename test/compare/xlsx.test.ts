/**
 * The compare workbook read back with exceljs: every sheet a table with a
 * frozen header and an autofilter, numbers numeric with one decimal, dates
 * as dates, AGS as text with leading zeros, hostile names as text (never a
 * formula), the anonymized workbook without names or AGS on any sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultExamples } from '../helpers/examples.js';
import { aggregateComparison } from '../../src/compare/aggregate.js';
import { columnLetter, renderCompareXlsx } from '../../src/compare/xlsx.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { catalogue, result } from './fixtures.js';

const HOSTILE = ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1', '-1+2', '=1+1'];

const entries = [
  result({
    name: 'Musterstadt',
    ags: '06999001',
    date: '2025-01-05',
    score: 50,
    routing: 25,
    payment: 50,
  }),
  result({
    name: 'Musterstadt',
    ags: '06999001',
    date: '2026-01-05',
    score: 63.44,
    interfaces: 70.25,
    routing: 75,
    payment: null,
    service: 12.5,
  }),
  ...HOSTILE.map((name, i) =>
    result({ name, ags: `0${i}000000`, score: 40 + i, band: 'not-ready', routing: 0 }),
  ),
].map((r, i) => ({ file: `${i}.yaml`, result: r }));
// v1.1: Musterstadt's latest assessment gives a roll-out stage, one municipality is not responsible
const [, latestMusterstadt, notResponsible] = entries;
if (latestMusterstadt?.result.services[0])
  latestMusterstadt.result.services[0].stage = 'configured';
if (notResponsible?.result.services[0])
  Object.assign(notResponsible.result.services[0], { applicable: false, score: null, band: null });

/** exceljs declares `load(buffer: Buffer)` against an older @types/node Buffer. */
type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];
const loadable = (bytes: Uint8Array): LoadInput => bytes as unknown as LoadInput;

async function workbook(lang: 'de' | 'en', anonymize = false): Promise<ExcelJS.Workbook> {
  const c = aggregateComparison(catalogue, entries, { lang, anonymize, details: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(loadable(await renderCompareXlsx(c)));
  return wb;
}

/** Every cell value of a sheet below the header, with its column header. */
function cells(ws: ExcelJS.Worksheet): { header: string; cell: ExcelJS.Cell }[] {
  const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const out: { header: string; cell: ExcelJS.Cell }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell, col) => out.push({ header: headers[col] ?? '', cell }));
  });
  return out;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('compare workbook (XLSX)', () => {
  it('has the sheets by language, each with a frozen header and an autofilter over its table', async () => {
    const de = await workbook('de');
    expect(de.worksheets.map((ws) => ws.name)).toEqual([
      'Übersicht',
      'Reifestufen',
      'Rangfolge',
      'Heatmap',
      'Kriterien',
      'K.-o.-Kriterien',
      'Leistungen',
      'Maßnahmen',
      'Entwicklung',
    ]);
    for (const ws of de.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      const last = columnLetter(ws.getRow(1).cellCount);
      expect(ws.autoFilter, ws.name).toBe(`A1:${last}${Math.max(1, ws.rowCount)}`);
      expect(ws.getRow(1).getCell(1).font.bold, ws.name).toBe(true);
      for (let col = 1; col <= ws.getRow(1).cellCount; col++)
        expect(ws.getColumn(col).width, `${ws.name} ${col}`).toBeGreaterThan(5);
    }
    const en = await workbook('en');
    expect(en.worksheets.map((ws) => ws.name)).toContain('Knock-out criteria');
    expect(sheet(en, 'Ranking').getRow(1).getCell(2).value).toBe('Municipality');
  });

  it('writes numbers as numbers with one decimal, dates as dates, AGS as text', async () => {
    const wb = await workbook('de');
    const ranking = sheet(wb, 'Rangfolge');
    const head = (ranking.getRow(1).values as unknown[]).map(String);
    const col = (name: string): number => head.indexOf(name);
    const row = ranking.getRow(2);
    expect(row.getCell(col('Kommune')).value).toBe('Musterstadt');
    expect(row.getCell(col('Gesamtwert')).value).toBe(63.44);
    expect(row.getCell(col('Gesamtwert')).numFmt).toBe('0.0');
    expect(row.getCell(col('Schnittstellen')).value).toBe(70.25);
    expect(row.getCell(col('AGS')).value).toBe('06999001');
    expect(row.getCell(col('AGS')).type).toBe(ExcelJS.ValueType.String);
    const date = row.getCell(col('Datum'));
    expect(date.value).toEqual(new Date('2026-01-05T00:00:00Z'));
    expect(date.numFmt).toBe('dd.mm.yyyy');
    for (const { header, cell } of cells(ranking)) {
      if (header === 'AGS') expect(cell.value).toMatch(/^0\d{7}$/);
    }
    const trends = sheet(wb, 'Entwicklung');
    expect(trends.getRow(2).getCell(7).value).toBe(13.4);
  });

  it('keeps hostile names as text on every sheet: no formula cell anywhere', async () => {
    const wb = await workbook('de');
    let seen = 0;
    for (const ws of wb.worksheets) {
      for (const { cell } of cells(ws)) {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
        if (typeof cell.value === 'string' && HOSTILE.includes(cell.value)) seen += 1;
      }
    }
    // each hostile name on Rangfolge, Heatmap, Kriterien and Leistungen
    expect(seen).toBe(HOSTILE.length * 4);
  });

  it('colours the heatmap with a scale over the cells that hold the values', async () => {
    const c = aggregateComparison(catalogue, entries, { lang: 'de', details: true });
    const bytes = await renderCompareXlsx(c);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml: string[] = [];
    for (const f of names) xml.push((await zip.file(f)?.async('string')) ?? '');
    const heatmap = xml.find((x) => x.includes('<colorScale>')) ?? '';
    expect(heatmap).toMatch(/<conditionalFormatting sqref="C2:C7">/);
    const ws = sheet(
      await (async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(loadable(bytes));
        return wb;
      })(),
      'Heatmap',
    );
    expect(typeof ws.getRow(2).getCell(3).value).toBe('number');
  });

  it('puts criterion scores, or the status in words, on the criteria sheet', async () => {
    const wb = await workbook('de');
    const ws = sheet(wb, 'Kriterien');
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const row = ws.getRow(2);
    expect(row.getCell(head.indexOf('interfaces.routing')).value).toBe(75);
    expect(row.getCell(head.indexOf('interfaces.payment')).value).toBe('trifft nicht zu');
  });

  it('gives each service its readiness, whether it applies and the roll-out stage', async () => {
    const wb = await workbook('de');
    const ws = sheet(wb, 'Leistungen');
    const head = (ws.getRow(1).values as unknown[]).map(String);
    expect(head.slice(-4)).toEqual(['Punkte', 'Reifestufe', 'zuständig', 'Stand der Anbindung']);
    const rows = new Map<string, unknown[]>();
    ws.eachRow((row, n) => {
      if (n > 1) rows.set(row.getCell(1).text, row.values as unknown[]);
    });
    expect(rows.get('Musterstadt')?.slice(-4)).toEqual([
      12.5,
      'nicht bereit',
      'ja',
      'eingerichtet',
    ]);
    // not responsible: no points, no band, no stage; only the "no"
    const other = rows.get(HOSTILE[0] ?? '') ?? [];
    expect([1, 2, 3, 4].map((k) => other[head.length - k] ?? null)).toEqual([
      null,
      'nein',
      null,
      null,
    ]);
  });

  it('anonymizes every sheet: pseudonyms, no AGS', async () => {
    const wb = await workbook('de', true);
    for (const ws of wb.worksheets) {
      expect((ws.getRow(1).values as unknown[]).map(String), ws.name).not.toContain('AGS');
      for (const { cell } of cells(ws)) {
        expect(cell.text, `${ws.name}!${cell.address}`).not.toMatch(
          /Musterstadt|HYPERLINK|^0\d{7}$/,
        );
      }
    }
  });

  it('numbers columns as Excel letters', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('efa-readiness compare --format xlsx', () => {
  it('writes the workbook to a file and refuses stdout', async () => {
    const refused = runCli(['compare', ...defaultExamples(), '--format', 'xlsx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output');
    const dir = tempDir();
    const run = runCli(['compare', ...defaultExamples(), '--format', 'xlsx', '-o', 'b.xlsx'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(loadable(readFileSync(join(dir, 'b.xlsx'))));
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(8);
  });
});

describe('CSV ids for spreadsheets', () => {
  it('always quotes the AGS, so an import told to keep quoted fields as text keeps its zeros', async () => {
    const { renderCompareCsv } = await import('../../src/compare/csv.js');
    const c = aggregateComparison(catalogue, entries, { lang: 'de' });
    const csv = renderCompareCsv(c, 'de');
    expect(csv).toContain(';"06999001";');
    // a hostile AGS-like text is still no formula
    expect(csv).not.toMatch(/;=|;"=/);
    const en = renderCompareCsv(c, 'en');
    expect(en).toContain(',"00000000",');
  });
});
