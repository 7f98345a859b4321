/**
 * The Word report read back: unzip the DOCX and check its XML for what a
 * consultant relies on (heading styles, tables with repeating headers, the
 * score as text, the radar with alternative text, German language, A4),
 * and that hostile user text stays text (no field codes, no hyperlinks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/report/docx.js';
import { renderRadarPng, styleRadarSvg } from '../../src/report/png.js';
import { buildReportView } from '../../src/report/view.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import * as fx from './fixture.js';

async function parts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of [
    'word/document.xml',
    'word/styles.xml',
    'word/settings.xml',
    'word/_rels/document.xml.rels',
  ])
    out[name] = (await zip.file(name)?.async('string')) ?? '';
  const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
  const footerTexts: string[] = [];
  for (const f of footers) footerTexts.push((await zip.file(f)?.async('string')) ?? '');
  out.footers = footerTexts.join('\n');
  out.media = Object.keys(zip.files)
    .filter((f) => f.startsWith('word/media/'))
    .join('\n');
  return out;
}

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;
/** The visible text of a document part: every w:t, joined. */
const visibleText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function fixtureDocx(lang: 'de' | 'en', withRadar = true) {
  const view = buildReportView(fx.cappedResult(), fx.catalogue(), fx.assessment(), {
    lang,
    version: '9.9.9',
  });
  const radar = withRadar && view.raw.radarSvg !== null ? renderRadarPng(view.raw.radarSvg) : null;
  return { view, xml: await parts(await renderDocx(view, { radar })) };
}

describe('report as DOCX', () => {
  it('uses Word heading styles, in the HTML report order, with a TOC field', async () => {
    const { view, xml } = await fixtureDocx('de');
    const doc = xml['word/document.xml'] ?? '';
    const h1 = [...doc.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) =>
      visibleText(m[0]),
    );
    const { labels } = view;
    expect(h1).toEqual([
      labels.summary,
      labels.profile,
      labels.blockers,
      labels.strengths,
      labels.plan,
      labels.services,
      labels.criteria,
      labels.appendix,
    ]);
    expect(count(doc, /<w:pStyle w:val="Heading2"\/>/g)).toBeGreaterThan(3);
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;</);
    expect(xml['word/settings.xml']).toContain('w:updateFields');
    // the heading styles carry outline levels: Word's navigation pane lists them
    expect(xml['word/styles.xml']).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
  });

  it('has Word tables with repeating header rows, and score and band as text', async () => {
    const { view, xml } = await fixtureDocx('de');
    const doc = xml['word/document.xml'] ?? '';
    // cover, KPIs, profile, blockers, plan (per horizon), services, criteria (per dimension), bands, levels, gates
    const expected =
      3 +
      (view.blockers.length > 0 ? 1 : 0) +
      view.plan.top.length +
      view.plan.rest.length +
      (view.services.length > 0 ? 1 : 0) +
      view.criteria.length +
      2 +
      (view.appendix.gates.length > 0 ? 1 : 0);
    expect(count(doc, /<w:tbl>/g)).toBe(expected);
    expect(count(doc, /<w:tblHeader\/>/g)).toBe(expected - 1);
    const text = visibleText(doc);
    expect(text).toContain(`${view.summary.score ?? 'x'} von 100`);
    expect(text).toContain(view.summary.band?.label ?? 'x');
  });

  it('embeds the radar as PNG with alternative text naming each dimension', async () => {
    const { view, xml } = await fixtureDocx('en');
    const doc = xml['word/document.xml'] ?? '';
    expect(xml.media).toMatch(/\.png$/m);
    const descr = /<wp:docPr [^>]*descr="([^"]*)"/.exec(doc)?.[1] ?? '';
    for (const d of view.profile.dimensions) expect(descr).toContain(d.title);
    expect(descr).toContain(view.labels.radarDesc);
  });

  it('leaves the image out, and keeps the table, without a PNG', async () => {
    const { xml } = await fixtureDocx('de', false);
    expect(xml['word/document.xml']).not.toContain('<w:drawing>');
    expect(xml.media).toBe('');
  });

  it('is A4 with print margins, German language, page numbers and municipality in the footer', async () => {
    const { view, xml } = await fixtureDocx('de');
    const doc = xml['word/document.xml'] ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1418" w:right="1418"/);
    expect(xml['word/styles.xml']).toContain('<w:lang w:val="de-DE"/>');
    expect(xml['word/settings.xml']).toContain('w:autoHyphenation');
    expect(xml.footers).toContain('PAGE');
    expect(xml.footers).toContain('NUMPAGES');
    expect(visibleText(xml.footers ?? '')).toContain(view.cover.municipality);
    const en = await fixtureDocx('en');
    expect(en.xml['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });

  it('keeps hostile text as text: no field codes or hyperlinks from user input', async () => {
    const h = fx.hostile();
    const result = h.result;
    result.municipality.name = '{ HYPERLINK "http://evil.example" } =SUM(1) <w:fldSimple/>';
    result.dimensions[0]!.criteria[0]!.note = '{ INCLUDETEXT "C:\\\\x" } ]]><w:p>';
    const view = buildReportView(result, h.catalogue, h.assessment, { lang: 'de', version: '1' });
    const xml = await parts(await renderDocx(view, { radar: null }));
    const doc = xml['word/document.xml'] ?? '';
    expect(visibleText(doc)).toContain(result.municipality.name);
    expect(doc).not.toContain('<w:fldSimple/>');
    expect(doc).not.toContain('INCLUDETEXT "C');
    expect(doc).not.toMatch(/<w:instrText[^>]*>[^<]*(HYPERLINK|INCLUDETEXT)/);
    // links only for the catalogue's http(s) references, never javascript: or data:
    const links = view.criteria
      .flatMap((d) => d.criteria)
      .flatMap((c) => c.references)
      .filter((r) => r.url !== null);
    expect(links.length).toBeGreaterThan(0);
    expect(count(doc, /<w:hyperlink [^>]*r:id=/g)).toBe(links.length);
    const targets = [
      ...(xml['word/_rels/document.xml.rels'] ?? '').matchAll(
        /Target="([^"]*)" TargetMode="External"/g,
      ),
    ].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toMatch(/^https?:\/\//);
    // the only fields are the table of contents and its page references
    expect(count(doc, /<w:instrText[^>]*>/g)).toBe(
      count(doc, /<w:instrText[^>]*>(TOC \\h \\o &quot;1-3&quot;|PAGEREF _Toc\d+ \\h)</g),
    );
  });

  it('links http(s) references of the catalogue', async () => {
    const { xml } = await fixtureDocx('de');
    expect(xml['word/document.xml']).toMatch(/<w:hyperlink [^>]*r:id=/);
  });

  it('styles the radar SVG for a renderer without the report stylesheet', () => {
    const styled = styleRadarSvg('<svg a="1"><g/></svg>');
    expect(styled).toMatch(/^<svg a="1"><style>.*\.radar-area \{[^}]*fill: #1d4f91/s);
    expect(styled.endsWith('<g/></svg>')).toBe(true);
  });
});

describe('efa-readiness report --format docx', () => {
  const example = join(ROOT, 'examples', 'musterstadt.yaml');

  it('writes a DOCX file and refuses stdout', async () => {
    const dir = tempDir();
    const refused = runCli(['report', example, '--format', 'docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output');
    const run = runCli(['report', example, '--format', 'docx', '--output', 'bericht.docx'], {
      cwd: dir,
    });
    expect(run.stderr).toMatch(
      /^geschrieben: bericht\.docx \(DOCX, \d+ KB\) – zum Öffnen bereit\n$/,
    );
    expect(run.code).toBe(0);
    const file = join(dir, 'bericht.docx');
    expect(existsSync(file)).toBe(true);
    const xml = await parts(readFileSync(file));
    expect(visibleText(xml['word/document.xml'] ?? '')).toContain('Musterstadt');
    expect(xml.media).toMatch(/\.png$/m);
  });

  it('refuses --template, which only the Handlebars formats have', () => {
    const run = runCli(
      ['report', example, '--format', 'docx', '-o', 'x.docx', '--template', 'a.hbs'],
      {
        cwd: tempDir(),
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--template');
  });
});
