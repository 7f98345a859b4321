import { criterionType } from '../model/catalogue.js';
import { resolveText } from '../model/text.js';
import type { Catalogue, Criterion, Text } from '../model/types.js';
import { valueScore } from '../model/criterion-score.js';

/**
 * What a reviewer of a catalogue would flag beyond validity: each finding
 * names the criterion (or part) and a rule code. Pure.
 */
export interface LintFinding {
  code:
    | 'no-recommendation'
    | 'gate-without-reason'
    | 'reference-without-url'
    | 'duplicate-question'
    | 'missing-translation';
  /** Dotted place in the catalogue: a criterion id, `bands.ready`, `services.wohngeld`. */
  where: string;
  /** Parameters for the message (the level, the language, the other criterion). */
  detail?: string;
  /** The criterion the finding is in, where it is in one. */
  criterion?: string;
}

export function lintCatalogue(catalogue: Catalogue): LintFinding[] {
  const findings: LintFinding[] = [];
  const questions = new Map<string, string>();
  const languages = catalogueLanguages(catalogue);
  const own = catalogue.language ?? 'de';
  const textIn = (text: Text | undefined, where: string, criterion?: string): void => {
    for (const lang of missingLanguages(text, languages, own)) {
      findings.push({
        code: 'missing-translation',
        where,
        detail: lang,
        ...(criterion ? { criterion } : {}),
      });
    }
  };
  textIn(catalogue.title, 'title');
  for (const band of catalogue.bands) textIn(band.label, `bands.${band.id}`);
  for (const dimension of catalogue.dimensions) {
    textIn(dimension.title, dimension.id);
    for (const criterion of dimension.criteria) {
      findings.push(...recommendationGaps(criterion, catalogue));
      if (criterion.gate && criterion.gate.reason === undefined) {
        findings.push({
          code: 'gate-without-reason',
          where: criterion.id,
          criterion: criterion.id,
        });
      }
      for (const reference of criterion.references ?? []) {
        if (!reference.url) {
          const title = resolveText(reference.title, 'de', catalogue.language ?? 'de');
          findings.push({
            code: 'reference-without-url',
            where: criterion.id,
            detail: title,
            criterion: criterion.id,
          });
        }
      }
      const question = resolveText(criterion.question, 'de', catalogue.language ?? 'de')
        .trim()
        .toLowerCase();
      const first = questions.get(question);
      if (first) {
        findings.push({
          code: 'duplicate-question',
          where: criterion.id,
          detail: first,
          criterion: criterion.id,
        });
      } else questions.set(question, criterion.id);
      for (const [field, text] of textsOf(criterion))
        textIn(text, `${criterion.id}.${field}`, criterion.id);
    }
  }
  for (const service of catalogue.services ?? []) textIn(service.title, `services.${service.id}`);
  return findings;
}

/**
 * Every answer that scores below the target should get advice: for each level
 * (or option) below target there must be a recommendation whose `below` exceeds
 * its score (SCORING.md §5 picks the smallest such).
 */
function recommendationGaps(criterion: Criterion, catalogue: Catalogue): LintFinding[] {
  const target = criterion.target ?? 100;
  const belows = (criterion.recommendations ?? []).map((r) => r.below);
  const uncovered = answerScores(criterion, catalogue).filter(
    ({ score }) => score < target && !belows.some((below) => below > score),
  );
  return uncovered.map(({ label }) => ({
    code: 'no-recommendation' as const,
    where: criterion.id,
    detail: label,
    criterion: criterion.id,
  }));
}

/** The scores an answer to this criterion can have, each with how a reader names that answer. */
function answerScores(
  criterion: Criterion,
  catalogue: Catalogue,
): { label: string; score: number }[] {
  switch (criterionType(criterion)) {
    case 'scale':
      return catalogue.levels.map((level) => ({
        label: String(level.value),
        score: valueScore(criterion, level.value, catalogue),
      }));
    case 'boolean':
      return [{ label: 'false', score: 0 }];
    case 'choice':
      return (criterion.options ?? []).map((o) => ({ label: o.id, score: o.score }));
    case 'number':
      return [
        { label: '< min', score: 0 },
        ...(criterion.thresholds ?? []).map((th) => ({ label: `≥ ${th.min}`, score: th.score })),
      ];
    case 'checklist':
      return [{ label: '[]', score: 0 }];
  }
}

/** The languages the catalogue writes in: its own, plus every one a Text map uses. */
function catalogueLanguages(catalogue: Catalogue): string[] {
  const found = new Set<string>([catalogue.language ?? 'de']);
  const visit = (text: Text | undefined): void => {
    if (text && typeof text === 'object') for (const lang of Object.keys(text)) found.add(lang);
  };
  visit(catalogue.title);
  for (const d of catalogue.dimensions) {
    visit(d.title);
    for (const c of d.criteria) for (const [, text] of textsOf(c)) visit(text);
  }
  return [...found].sort();
}

function missingLanguages(
  text: Text | undefined,
  languages: readonly string[],
  own: string,
): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return languages.filter((lang) => lang !== own);
  return languages.filter((lang) => !(text as Record<string, string | undefined>)[lang]);
}

function textsOf(criterion: Criterion): [string, Text | undefined][] {
  const out: [string, Text | undefined][] = [
    ['title', criterion.title],
    ['question', criterion.question],
    ['help', criterion.help],
  ];
  criterion.recommendations?.forEach((r, i) => out.push([`recommendations.${i}`, r.text]));
  criterion.options?.forEach((o) => out.push([`options.${o.id}`, o.label]));
  criterion.items?.forEach((item) => out.push([`items.${item.id}`, item.label]));
  if (criterion.gate?.reason !== undefined) out.push(['gate.reason', criterion.gate.reason]);
  return out;
}

/**
 * For an overlay, the findings that are its own: those in criteria it added or changed, and
 * in its title. The rest belongs to the base, which is linted on its own.
 */
export function ownFindings(
  findings: readonly LintFinding[],
  catalogue: Catalogue,
): { own: LintFinding[]; inBase: number } {
  const provenance = catalogue.provenance;
  if (!provenance) return { own: [...findings], inBase: 0 };
  const mine = (id: string | undefined): boolean => {
    const p = id === undefined ? undefined : provenance.criteria[id];
    return (
      p !== undefined && (p.origin === catalogue.id || p.changes.some((c) => c.by === catalogue.id))
    );
  };
  const own = findings.filter((f) => f.where === 'title' || mine(f.criterion));
  return { own, inBase: findings.length - own.length };
}
