import type { Diagnostic } from '../errors.js';
import { formatDecimal, t } from '../i18n/index.js';
import type { SourceMap } from '../model/source.js';
import { answerValue, indexCriteria, underCurrentIds } from '../model/catalogue.js';
import { criterionScore, criterionStatus } from '../model/criterion-score.js';
import type {
  AnswerEntry,
  Assessment,
  Catalogue,
  Lang,
  Municipality,
  Stage,
} from '../model/types.js';

/**
 * Plausibility warnings: answers that contradict each other, so that one of
 * them is probably wrong ("62 % of the services connected, but no receiving
 * route in operation"). They never change a score; they ask the person who
 * filled in the file to look again. The rules name criteria of efa-default
 * (and of every overlay that extends it); a catalogue without those ids gets
 * none of them.
 */

/** The receiving route (NL2): below this score nothing is in operation. */
const ROUTE = 'interfaces.delivery-point';
const ROUTE_IN_OPERATION = 50;
/** Share of offered EfA services connected (number criterion). */
const CONNECTED = 'reuse.adopted-share';
/** The legal basis of reuse: option `none` means there is none. */
const LEGAL = 'reuse.legal-route';
const NO_LEGAL_BASIS = 'none';
/** Stages at which applications reach the municipality (or are about to). */
const RUNNING: ReadonlySet<Stage> = new Set<Stage>(['tested', 'live']);

interface Facts {
  /** Score of an answered criterion; undefined when unanswered, unknown or n/a. */
  score(id: string): number | undefined;
  value(id: string): unknown;
  /** Services the assessment says are tested or live. */
  running: string[];
}

export function plausibilityWarnings(
  assessment: Assessment,
  catalogue: Catalogue,
  municipality: Municipality,
  source: SourceMap,
  lang: Lang,
): Diagnostic[] {
  const facts = factsOf(assessment, catalogue, municipality);
  const warn = (path: string[], key: string, params: Record<string, string | number>) => ({
    severity: 'warning' as const,
    code: 'implausible',
    file: source.file,
    ...source.locate(path, 'key'),
    criterion: path[1] ?? '',
    path: path.join('.'),
    message: t(lang, key, params),
  });
  const out: Diagnostic[] = [];
  const route = facts.score(ROUTE);
  if (route !== undefined && route < ROUTE_IN_OPERATION) {
    const connected = facts.value(CONNECTED);
    if (typeof connected === 'number' && connected > 0) {
      out.push(
        warn(['answers', ROUTE], 'plausibility.connectedWithoutRoute', {
          share: formatDecimal(connected, lang, 0, 1),
          level: String(facts.value(ROUTE)),
        }),
      );
    }
    if (facts.running.length > 0) {
      out.push(
        warn(['answers', ROUTE], 'plausibility.runningWithoutRoute', {
          services: facts.running.join(', '),
          level: String(facts.value(ROUTE)),
        }),
      );
    }
  }
  if (facts.value(LEGAL) === NO_LEGAL_BASIS) {
    const connected = facts.value(CONNECTED);
    if ((typeof connected === 'number' && connected > 0) || facts.running.length > 0) {
      out.push(warn(['answers', LEGAL], 'plausibility.runningWithoutLegalBasis', {}));
    }
  }
  return out;
}

function factsOf(assessment: Assessment, catalogue: Catalogue, municipality: Municipality): Facts {
  const index = indexCriteria(catalogue);
  const answers: Record<string, AnswerEntry> = underCurrentIds(
    isRecord(assessment.answers) ? assessment.answers : {},
    catalogue,
  );
  const value = (id: string): unknown => {
    const entry = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!index.has(id) || entry === undefined) return undefined;
    return answerValue(entry);
  };
  const score = (id: string): number | undefined => {
    const found = index.get(id);
    const entry = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!found || entry === undefined) return undefined;
    const status = criterionStatus(found.criterion, municipality, entry);
    if (status !== 'answered') return undefined;
    return criterionScore(found.criterion, status, entry, catalogue) ?? undefined;
  };
  const known = new Set((catalogue.services ?? []).map((service) => service.id));
  const services = isRecord(assessment.services) ? assessment.services : {};
  const running = Object.entries(services)
    .filter(
      ([id, entry]) =>
        known.has(id) &&
        isRecord(entry) &&
        entry.responsible !== false &&
        typeof entry.stage === 'string' &&
        RUNNING.has(entry.stage as Stage),
    )
    .map(([id]) => id);
  return { score, value, running };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
