import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  type IRunOptions,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BandView, ReportView } from './view.js';

/**
 * The Standortbestimmung as a Word document (DOCX) that a consultant edits:
 * the same sections in the same order as the HTML report, built from the
 * same view model. Headings use Word's heading styles (Heading 1–3, so the
 * navigation pane and the table of contents field work), tables are Word
 * tables with repeating header rows, the radar is a PNG with alternative
 * text and its numbers in the table below it. A4 with print margins, the
 * document language set for hyphenation.
 *
 * User text only ever becomes the text of a run: docx writes it as XML text
 * (escaped), so no field code, hyperlink or markup can come from it; the
 * only hyperlinks are the catalogue's references, which the view restricts
 * to http(s).
 */

export interface DocxOptions {
  /** The radar chart as PNG with its pixel size, or null (fewer than three dimensions). */
  radar: { png: Buffer; width: number; height: number } | null;
}

type Block = Paragraph | Table | TableOfContents;

/** A4 in twentieths of a point, margins 2.5 cm (2 cm at the foot for the footer). */
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1418, right: 1418, bottom: 1134, left: 1418, footer: 567 } as const;
/** Width of the image on the page, in pixels at 96 dpi (about 15 cm). */
const IMAGE_WIDTH = 560;
const BRAND = '1D4F91';
const BRAND_DARK = '123563';
const MUTED = '545454';
const HEADER_FILL = 'E8EEF6';
/** Table text in half-points (10 pt), a little smaller than the body's 11 pt. */
const CELL_SIZE = 20;

/** The document's bytes (pure: no IO). */
export async function renderDocx(view: ReportView, options: DocxOptions): Promise<Buffer> {
  const document = new Document({
    creator: `${view.generator.name} ${view.generator.version}`,
    title: view.title,
    description: view.labels.subtitle ?? '',
    features: { updateFields: true },
    styles: documentStyles(view.lang === 'de' ? 'de-DE' : 'en-GB'),
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
          titlePage: true,
        },
        footers: { default: footer(view), first: new Footer({ children: [] }) },
        children: [
          ...titlePage(view),
          ...summary(view),
          ...profile(view, options.radar),
          ...blockers(view),
          ...strengths(view),
          ...plan(view),
          ...services(view),
          ...criteria(view),
          ...appendix(view),
          para(`${view.labels.generatedBy ?? ''}. ${view.labels.dataStaysLocal ?? ''}`, {
            muted: true,
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function documentStyles(
  language: string,
): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { size, bold: true, color: BRAND_DARK, font: 'Calibri' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: 'Calibri', size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { size: 52, bold: true, color: BRAND_DARK, font: 'Calibri' } },
      heading1: heading(32, 360, 0),
      heading2: heading(26, 240, 1),
      heading3: heading(23, 200, 2),
    },
  };
}

// ---- building blocks --------------------------------------------------------------------------

interface TextOptions {
  bold?: boolean;
  color?: string;
  muted?: boolean;
  size?: number;
}

/** Runs of one text, its line breaks kept as Word line breaks. */
function runs(text: string, options: TextOptions = {}): TextRun[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => {
    const run: IRunOptions = {
      text: line,
      ...(i > 0 ? { break: 1 } : {}),
      ...(options.bold === true ? { bold: true } : {}),
      ...(options.color !== undefined ? { color: options.color } : {}),
      ...(options.muted === true ? { color: MUTED } : {}),
      ...(options.size !== undefined ? { size: options.size } : {}),
    };
    return new TextRun(run);
  });
}

function para(text: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({ children: runs(text, options) });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  return new Paragraph({ heading: levels[level], children: runs(text) });
}

function bullets(items: readonly (Paragraph | string)[]): Paragraph[] {
  return items.map((item) =>
    typeof item === 'string' ? new Paragraph({ bullet: { level: 0 }, children: runs(item) }) : item,
  );
}

/** A cell's content: one text, or several paragraphs. */
type Cell = string | Paragraph[];

interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Share of the table's width, in per cent. */
  width: number;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B8BEC6' } as const;
const BORDERS = {
  top: CELL_BORDER,
  bottom: CELL_BORDER,
  left: CELL_BORDER,
  right: CELL_BORDER,
  insideHorizontal: CELL_BORDER,
  insideVertical: CELL_BORDER,
} as const;

/** A Word table over the page's width, its header row repeated on every page. */
function table(
  columns: readonly Column[],
  rows: readonly Cell[][],
  options: { header?: boolean } = {},
): Table {
  const cell = (content: Cell, column: Column, header: boolean): TableCell =>
    new TableCell({
      width: { size: column.width, type: WidthType.PERCENTAGE },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
      children:
        typeof content === 'string'
          ? [
              new Paragraph({
                spacing: { after: 0 },
                ...(column.numeric === true ? { alignment: AlignmentType.RIGHT } : {}),
                children: runs(content, { bold: header, size: CELL_SIZE }),
              }),
            ]
          : content,
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      ...(options.header === false
        ? []
        : [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: columns.map((c) => cell(c.label, c, true)),
            }),
          ]),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((content, i) => cell(content, columns[i] as Column, false)),
          }),
      ),
    ],
  });
}

/** Paragraphs for inside a table cell (no space after each). */
function cellParas(lines: readonly string[], options: TextOptions = {}): Paragraph[] {
  return lines.map(
    (line) =>
      new Paragraph({
        spacing: { after: 0 },
        children: runs(line, { size: CELL_SIZE, ...options }),
      }),
  );
}

function bandText(band: BandView | null): string {
  return band === null ? '–' : band.label;
}

function dash(value: string | null): string {
  return value === null || value === '' ? '–' : value;
}

// ---- sections -----------------------------------------------------------------------------------

function footer(view: ReportView): Footer {
  const { labels, cover } = view;
  const left = [cover.municipality, cover.date].filter((x): x is string => x !== null).join(' · ');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'B8BEC6', space: 4 } },
        children: [
          new TextRun({ text: `${left} · ${labels.page ?? ''} `, color: MUTED, size: 18 }),
          new TextRun({ children: [PageNumber.CURRENT], color: MUTED, size: 18 }),
          new TextRun({ text: ` ${labels.of ?? ''} `, color: MUTED, size: 18 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], color: MUTED, size: 18 }),
        ],
      }),
    ],
  });
}

function titlePage(view: ReportView): Block[] {
  const { labels, cover } = view;
  const notGiven = labels.notGiven ?? '–';
  const facts: [string, string][] = [
    [labels.type ?? '', cover.type],
    [labels.state ?? '', cover.state],
    ...(cover.ags === null ? [] : [[labels.ags ?? '', cover.ags] as [string, string]]),
    ...(cover.population === null
      ? []
      : [[labels.population ?? '', cover.population] as [string, string]]),
    [labels.date ?? '', cover.date ?? notGiven],
    [labels.method ?? '', cover.method ?? notGiven],
    [labels.assessors ?? '', cover.assessors.length > 0 ? cover.assessors.join(', ') : notGiven],
    [
      labels.catalogue ?? '',
      `${cover.catalogue.title} (${cover.catalogue.id} ${cover.catalogue.version})`,
    ],
  ];
  return [
    new Paragraph({
      spacing: { before: 2400, after: 120 },
      children: runs(labels.documentTitle ?? '', { color: BRAND, size: 28, bold: true }),
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(cover.municipality) }),
    para(labels.subtitle ?? '', { muted: true, size: 26 }),
    new Paragraph({ spacing: { before: 480 }, children: runs(labels.cover ?? '', { bold: true }) }),
    table(
      [
        { label: labels.cover ?? '', width: 40 },
        { label: labels.cover ?? '', width: 60 },
      ],
      facts,
      { header: false },
    ),
    new Paragraph({ children: [new PageBreak()] }),
    // Not a heading style: the table of contents does not list itself.
    new Paragraph({
      spacing: { after: 240 },
      children: runs(labels.contents ?? '', { bold: true, size: 32, color: BRAND_DARK }),
    }),
    new TableOfContents(labels.contents ?? '', { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function summary(view: ReportView): Block[] {
  const { labels, summary: s } = view;
  const notScored = labels.notScored ?? '–';
  const out: Block[] = [
    heading(labels.summary ?? '', 1),
    table(
      [
        { label: labels.score ?? '', width: 34 },
        { label: labels.band ?? '', width: 33 },
        { label: labels.coverage ?? '', width: 33 },
      ],
      [
        [
          s.score === null ? notScored : `${s.score} ${labels.outOf100 ?? ''}`,
          s.band === null ? notScored : s.band.label,
          dash(s.coverage),
        ],
      ],
    ),
    para(''),
  ];
  if (s.scale !== null) {
    const bands = s.scale.legend.map(
      (l) => `${l.band.label} ${l.threshold}${l.note === null ? '' : ` (${l.note})`}`,
    );
    out.push(labelled(labels.bandScale ?? '', bands.join(' · ')));
  }
  if (s.notAssessable !== null) out.push(para(labels.notAssessable ?? '', { bold: true }));
  out.push(para(s.sentences.join(' ')));
  if (s.missingShown.length > 0) {
    const more = s.missingMore > 0 ? ` (+${s.missingMore})` : '';
    out.push(
      labelled(labels.missingAnswers ?? '', s.missingShown.map((m) => m.title).join(', ') + more),
    );
  }
  if (s.cappedBy.length > 0) {
    out.push(heading(labels.cappedBy ?? '', 2));
    out.push(...bullets(s.cappedBy.map((g) => `${g.title} (${g.score} / ${g.min}): ${g.reason}`)));
  }
  if (s.otherFailedGatesText !== null)
    out.push(labelled(labels.otherFailedGates ?? '', s.otherFailedGatesText));
  if (s.nextBand !== null) out.push(labelled(labels.nextBand ?? '', s.nextBand.sentence));
  if (s.band?.description) out.push(para(s.band.description, { muted: true }));
  out.push(heading(labels.topActions ?? '', 2));
  if (s.topActions.length === 0) out.push(para(labels.noActions ?? ''));
  s.topActions.forEach((a) => {
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${a.position}. ` }),
          ...runs(a.title, { bold: true }),
          new TextRun({ text: ` +${a.gain} ${labels.pointsUnit ?? ''}`, color: BRAND }),
        ],
      }),
      para(a.recommendation ?? labels.noRecommendation ?? ''),
    );
  });
  if (s.toClarifyText !== null) out.push(labelled(labels.toClarify ?? '', s.toClarifyText));
  return out;
}

/** A paragraph that starts with a bold label: "**Weg zur nächsten Stufe:** …". */
function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [...runs(`${label}: `, { bold: true }), ...runs(text)] });
}

function profile(view: ReportView, radar: DocxOptions['radar']): Block[] {
  const { labels } = view;
  const out: Block[] = [heading(labels.profile ?? '', 1)];
  if (radar !== null) {
    const height = Math.round((IMAGE_WIDTH * radar.height) / radar.width);
    const description = `${labels.radarDesc ?? ''} ${view.profile.dimensions
      .map((d) => `${d.title}: ${d.score ?? labels.notScored ?? ''}`)
      .join('; ')}`;
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: radar.png,
            transformation: { width: IMAGE_WIDTH, height },
            altText: {
              name: labels.radarTitle ?? 'radar',
              title: labels.radarTitle ?? '',
              description,
            },
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: runs(labels.radarDesc ?? '', { muted: true, size: 18 }),
      }),
    );
  }
  out.push(
    table(
      [
        { label: labels.dimension ?? '', width: 36 },
        { label: labels.points ?? '', numeric: true, width: 12 },
        { label: labels.band ?? '', width: 22 },
        { label: labels.coverage ?? '', numeric: true, width: 16 },
        { label: labels.weight ?? '', numeric: true, width: 14 },
      ],
      view.profile.dimensions.map((d) => [
        d.title,
        dash(d.score),
        bandText(d.band),
        dash(d.coverage),
        d.weight,
      ]),
    ),
  );
  return out;
}

function blockers(view: ReportView): Block[] {
  const { labels } = view;
  const out: Block[] = [heading(labels.blockers ?? '', 1)];
  if (view.blockers.length === 0) return [...out, para(labels.noBlockers ?? '')];
  out.push(
    table(
      [
        { label: labels.criterion ?? '', width: 28 },
        { label: labels.points ?? '', numeric: true, width: 11 },
        { label: labels.minimum ?? '', numeric: true, width: 15 },
        { label: labels.capsAt ?? '', width: 16 },
        { label: labels.why ?? '', width: 30 },
      ],
      view.blockers.map((g) => [
        [
          ...cellParas([g.title], { bold: true }),
          ...cellParas([g.dimensionTitle], { muted: true }),
        ],
        g.score,
        g.min,
        bandText(g.cap),
        g.reason,
      ]),
    ),
  );
  return out;
}

function strengths(view: ReportView): Block[] {
  const { labels } = view;
  const out: Block[] = [heading(labels.strengths ?? '', 1)];
  if (view.strengths.length === 0) return [...out, para(labels.noStrengths ?? '')];
  out.push(para(labels.strengthsIntro ?? ''));
  for (const s of view.strengths) {
    out.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          ...runs(s.title, { bold: true }),
          ...runs(` (${s.dimensionTitle}, ${s.score}): `, { muted: true }),
          ...runs(s.answer),
        ],
      }),
    );
  }
  return out;
}

function plan(view: ReportView): Block[] {
  const { labels } = view;
  const out: Block[] = [heading(labels.plan ?? '', 1)];
  if (view.plan.actions.length === 0) return [...out, para(labels.noActions ?? '')];
  out.push(para(labels.planIntro ?? ''));
  for (const horizon of view.plan.top)
    out.push(heading(horizon.label, 2), planTable(view, horizon));
  if (view.plan.restSummary !== null) {
    out.push(heading(view.plan.restSummary, 2));
    for (const horizon of view.plan.rest)
      out.push(heading(horizon.label, 3), planTable(view, horizon));
  }
  return out;
}

function planTable(view: ReportView, horizon: ReportView['plan']['top'][number]): Table {
  const { labels } = view;
  return table(
    [
      { label: labels.rank ?? '', numeric: true, width: 6 },
      { label: labels.criterion ?? '', width: 22 },
      { label: labels.recommendation ?? '', width: 34 },
      { label: labels.effort ?? '', width: 12 },
      { label: labels.current ?? '', numeric: true, width: 8 },
      { label: labels.target ?? '', numeric: true, width: 8 },
      { label: labels.gain ?? '', numeric: true, width: 10 },
    ],
    horizon.actions.map((a) => [
      String(a.rank),
      [
        ...cellParas([a.title], { bold: true }),
        ...(a.gate ? cellParas([labels.gateAction ?? ''], { muted: true }) : []),
      ],
      a.recommendation ?? labels.noRecommendation ?? '',
      a.effort,
      a.score,
      a.target,
      `+${a.gain}`,
    ]),
  );
}

function services(view: ReportView): Block[] {
  const { labels } = view;
  const out: Block[] = [heading(labels.services ?? '', 1)];
  if (view.services.length === 0) return [...out, para(labels.noServices ?? '')];
  out.push(
    table(
      [
        { label: labels.service ?? '', width: 30 },
        { label: labels.leika ?? '', width: 18 },
        { label: labels.points ?? '', numeric: true, width: 11 },
        { label: labels.band ?? '', width: 17 },
        { label: labels.blockedBy ?? '', width: 24 },
      ],
      view.services.map((s) => [
        s.title,
        dash(s.leika),
        dash(s.score),
        bandText(s.band),
        s.blocked ? cellParas(s.blockedBy.map((b) => b.title)) : (labels.nothingBlocks ?? ''),
      ]),
    ),
  );
  return out;
}

function criteria(view: ReportView): Block[] {
  const { labels } = view;
  const out: Block[] = [heading(labels.criteria ?? '', 1)];
  for (const dimension of view.criteria) {
    out.push(
      heading(
        dimension.score === null ? dimension.title : `${dimension.title} (${dimension.score})`,
        2,
      ),
      table(
        [
          { label: labels.criterion ?? '', width: 27 },
          { label: labels.answer ?? '', width: 25 },
          { label: labels.points ?? '', numeric: true, width: 11 },
          { label: labels.weight ?? '', numeric: true, width: 11 },
          { label: labels.details ?? '', width: 26 },
        ],
        dimension.criteria.map((c) => [
          [
            ...cellParas([c.title], { bold: true }),
            ...cellParas([c.id], { muted: true, size: 18 }),
          ],
          c.answer,
          dash(c.score),
          c.weight,
          details(view, c),
        ]),
      ),
    );
  }
  return out;
}

function details(
  view: ReportView,
  c: ReportView['criteria'][number]['criteria'][number],
): Paragraph[] {
  const { labels } = view;
  const out: Paragraph[] = [];
  if (c.note !== null) out.push(...cellParas([c.note]));
  if (c.evidence.length > 0) {
    out.push(...cellParas([`${labels.evidence ?? ''}:`], { bold: true }));
    out.push(...cellParas(c.evidence.map((e) => `• ${e}`)));
  }
  if (c.references.length > 0) {
    out.push(...cellParas([`${labels.references ?? ''}:`], { bold: true }));
    for (const r of c.references) {
      const children =
        r.url === null
          ? runs(r.urlText === null ? r.title : `${r.title} (${r.urlText})`)
          : [
              new ExternalHyperlink({
                link: r.url,
                children: [new TextRun({ text: r.title, style: 'Hyperlink', size: CELL_SIZE })],
              }),
            ];
      out.push(
        new Paragraph({
          spacing: { after: 0 },
          children: [new TextRun({ text: '• ', size: CELL_SIZE }), ...children],
        }),
      );
    }
  }
  return out.length > 0 ? out : cellParas(['–']);
}

function appendix(view: ReportView): Block[] {
  const { labels, appendix: a } = view;
  const out: Block[] = [heading(labels.appendix ?? '', 1), ...a.paragraphs.map((p) => para(p))];
  out.push(
    heading(labels.bands ?? '', 2),
    table(
      [
        { label: labels.band ?? '', width: 25 },
        { label: labels.from ?? '', numeric: true, width: 10 },
        { label: labels.meaning ?? '', width: 65 },
      ],
      a.bands.map((b) => [b.label, b.min, dash(b.description)]),
    ),
    heading(labels.levels ?? '', 2),
    table(
      [
        { label: labels.level ?? '', numeric: true, width: 12 },
        { label: labels.answer ?? '', width: 88 },
      ],
      a.levels.map((l) => [
        String(l.value),
        l.description === null ? l.label : `${l.label}: ${l.description}`,
      ]),
    ),
  );
  if (a.gates.length > 0) {
    out.push(
      heading(labels.gates ?? '', 2),
      table(
        [
          { label: labels.criterion ?? '', width: 34 },
          { label: labels.points ?? '', numeric: true, width: 12 },
          { label: labels.minimum ?? '', numeric: true, width: 16 },
          { label: labels.capsAt ?? '', width: 20 },
          { label: labels.status ?? '', width: 18 },
        ],
        a.gates.map((g) => [
          g.title,
          g.score,
          g.min,
          bandText(g.cap),
          g.passed ? (labels.passed ?? '') : (labels.failed ?? ''),
        ]),
      ),
    );
  }
  if (a.overlay !== null) out.push(...overlay(view, a.overlay));
  out.push(heading(labels.computation ?? '', 2));
  const lines = a.dimensionComputations.map((d) => `${d.title}: ${d.computation}`);
  if (a.overallComputation !== null) lines.push(`${labels.score ?? ''}: ${a.overallComputation}`);
  out.push(...bullets(lines));
  return out;
}

/** v1.1 Overlay: the catalogue chain and the overlay's changes to the criteria. */
function overlay(view: ReportView, o: NonNullable<ReportView['appendix']['overlay']>): Block[] {
  const { labels } = view;
  const criterion = (title: string, id: string): Paragraph[] => [
    ...cellParas([title], { bold: true }),
    ...cellParas([id], { muted: true, size: 18 }),
  ];
  const out: Block[] = [
    heading(labels.overlay ?? '', 2),
    para(o.intro),
    table(
      [
        { label: labels.catalogue ?? '', width: 25 },
        { label: labels.version ?? '', width: 15 },
        { label: labels.fingerprint ?? '', width: 25 },
        { label: labels.role ?? '', width: 35 },
      ],
      o.chain.map((l) => [l.id, l.version, l.fingerprint, l.role]),
    ),
  ];
  if (o.none !== null) out.push(para(o.none));
  const section = (title: string, second: string, rows: Cell[][]): void => {
    if (rows.length === 0) return;
    out.push(
      heading(title, 3),
      table(
        [
          { label: labels.criterion ?? '', width: 40 },
          { label: second, width: 45 },
          { label: labels.byCatalogue ?? '', width: 15 },
        ],
        rows,
      ),
    );
  };
  section(
    labels.overlayAdded ?? '',
    labels.dimension ?? '',
    o.added.map((c) => [criterion(c.title, c.criterion), c.dimensionTitle, c.by]),
  );
  section(
    labels.overlayChanged ?? '',
    labels.overlayFields ?? '',
    o.changed.map((c) => [criterion(c.title, c.criterion), c.fields, c.by]),
  );
  section(
    labels.overlayRemoved ?? '',
    labels.why ?? '',
    o.removed.map((r) => [r.criterion, r.reason, r.by]),
  );
  return out;
}
