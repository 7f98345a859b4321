import { parseNumberInput, toEntry } from '../interview/answer.js';
import { catalogueRef } from '../interview/document.js';
import { criterionType, isAnswerDetail } from '../model/catalogue.js';
import {
  ASSESSMENT_FORMAT,
  type AnswerEntry,
  type AnswerValue,
  type Assessment,
  type Catalogue,
  type Lang,
  type ServiceEntry,
  type Stage,
} from '../model/types.js';

/**
 * What the questionnaire page holds while a person fills it in, and how it
 * becomes an assessment. Pure: the browser code keeps one `FormState`, the
 * tests build them by hand.
 */

/** One criterion as the form holds it. */
export interface FormAnswer {
  /** The chosen value; undefined while nothing is chosen (the criterion is missing). */
  value?: AnswerValue;
  note: string;
  evidence: string[];
  /** Number criteria: the text as typed (`1.234,5`), kept so a typo stays visible. */
  numberText?: string;
}

export const MUNICIPALITY_FIELDS = ['name', 'type', 'state', 'ags', 'population'] as const;
export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];

/** v1.1: what the municipality says about one EfA service (empty: nothing said). */
export interface FormService {
  responsible?: boolean;
  stage?: Stage;
  note: string;
}

export interface FormState {
  /** The fields as typed; empty strings where nothing is entered. */
  municipality: Record<MunicipalityField, string>;
  info: { date: string; method: string; assessors: string[] };
  /** Criterion id -> answer (a Map: ids are data, `constructor` is an id like any other). */
  answers: Map<string, FormAnswer>;
  /** Service id -> responsibility, stage and note (v1.1). */
  services: Map<string, FormService>;
}

/** A problem the form finds itself, before validation: the field and the message key. */
export interface FieldProblem {
  field: string;
  key: string;
}

export function emptyState(): FormState {
  return {
    municipality: { name: '', type: '', state: '', ags: '', population: '' },
    info: { date: '', method: '', assessors: [] },
    answers: new Map(),
    services: new Map(),
  };
}

/** The state of a validated assessment (the file the page was built from, or an import). */
export function stateFromAssessment(assessment: Assessment): FormState {
  const m = assessment.municipality;
  const info = assessment.assessment ?? {};
  const answers = new Map<string, FormAnswer>();
  for (const [id, entry] of Object.entries(assessment.answers ?? {})) {
    answers.set(id, answerFromEntry(entry));
  }
  const services = new Map<string, FormService>();
  for (const [id, entry] of Object.entries(assessment.services ?? {})) {
    services.set(id, {
      ...(entry.responsible !== undefined ? { responsible: entry.responsible } : {}),
      ...(entry.stage !== undefined ? { stage: entry.stage } : {}),
      note: entry.note ?? '',
    });
  }
  return {
    services,
    municipality: {
      name: m.name,
      type: m.type,
      state: m.state,
      ags: m.ags ?? '',
      population: m.population === undefined ? '' : String(m.population),
    },
    info: {
      date: info.date ?? '',
      method: info.method ?? '',
      assessors: [...(info.assessors ?? [])],
    },
    answers,
  };
}

function answerFromEntry(entry: AnswerEntry): FormAnswer {
  if (isAnswerDetail(entry)) {
    return {
      value: entry.value,
      note: entry.note ?? '',
      evidence: [...(entry.evidence ?? [])],
      ...(typeof entry.value === 'number' ? { numberText: String(entry.value) } : {}),
    };
  }
  return {
    value: entry,
    note: '',
    evidence: [],
    ...(typeof entry === 'number' ? { numberText: String(entry) } : {}),
  };
}

/** The entry an answer is stored as (short form without note and evidence), or undefined. */
export function entryOf(answer: FormAnswer | undefined): AnswerEntry | undefined {
  if (answer?.value === undefined) return undefined;
  return toEntry({ value: answer.value, note: answer.note, evidence: answer.evidence });
}

/**
 * The assessment the form describes, not yet validated: the base document's
 * other keys (`targets`, `x-…`, v1.1 blocks) kept, municipality, `assessment`
 * and `answers` from the form. Fields as typed go in as they are (an empty
 * name, a population `zwölf`), so validation names the field; problems only
 * the form can see (a number that does not parse, a note without an answer)
 * come back apart.
 */
export function assessmentFromState(
  state: FormState,
  catalogue: Catalogue,
  lang: Lang,
  base?: Readonly<Record<string, unknown>>,
): { assessment: Assessment; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const out: Record<string, unknown> = base
    ? { ...base }
    : { format: ASSESSMENT_FORMAT, catalogue: catalogueRef(catalogue) };
  out.municipality = municipalityOf(state, base?.municipality, lang);
  const info = infoOf(state, base?.assessment);
  if (info === undefined) delete out.assessment;
  else out.assessment = info;

  const answers: Record<string, AnswerEntry> = Object.create(null) as Record<string, AnswerEntry>;
  const types = new Map(
    catalogue.dimensions.flatMap((d) => d.criteria.map((c) => [c.id, criterionType(c)] as const)),
  );
  for (const [id, answer] of state.answers) {
    const entry = entryOf(answer);
    if (entry !== undefined) answers[id] = entry;
    else if (answer.note.trim() !== '' || answer.evidence.length > 0)
      problems.push({ field: `answers.${id}`, key: 'form.error.noteWithoutValue' });
    if (
      types.get(id) === 'number' &&
      answer.value === undefined &&
      (answer.numberText ?? '') !== ''
    )
      problems.push({ field: `answers.${id}`, key: 'form.error.number' });
  }
  if (Object.keys(answers).length > 0 || base?.answers !== undefined) out.answers = { ...answers };
  else delete out.answers;
  const services = servicesOf(state, base?.services);
  if (services === undefined) delete out.services;
  else out.services = services;
  return { assessment: out as unknown as Assessment, problems };
}

/** The service entries the form holds, each over the base entry's own (`x-…`) keys. */
function servicesOf(state: FormState, base: unknown): Record<string, ServiceEntry> | undefined {
  const own = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : {};
  const out: Record<string, ServiceEntry> = Object.create(null) as Record<string, ServiceEntry>;
  for (const [id, service] of state.services) {
    const entry = serviceEntry(service, own[id]);
    if (entry !== undefined) out[id] = entry;
  }
  return Object.keys(out).length > 0 || base !== undefined ? { ...out } : undefined;
}

/** One service's entry, or undefined where nothing is said and the base had none. */
export function serviceEntry(service: FormService, base?: unknown): ServiceEntry | undefined {
  const entry: Record<string, unknown> =
    typeof base === 'object' && base !== null ? { ...(base as Record<string, unknown>) } : {};
  delete entry.responsible;
  delete entry.stage;
  delete entry.note;
  if (service.responsible !== undefined) entry.responsible = service.responsible;
  if (service.stage !== undefined) entry.stage = service.stage;
  if (service.note.trim() !== '') entry.note = service.note;
  return Object.keys(entry).length > 0 ? entry : undefined;
}

function municipalityOf(state: FormState, base: unknown, lang: Lang): Record<string, unknown> {
  const m = state.municipality;
  const own = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {
    ...own,
    name: m.name.trim(),
    type: m.type,
    state: m.state,
  };
  if (m.ags.trim() === '') delete out.ags;
  else out.ags = m.ags.trim();
  if (m.population.trim() === '') delete out.population;
  else out.population = populationOf(m.population, lang);
  return out;
}

/** A whole number in the reader's convention (`23.400`), else the text, for validation to name. */
function populationOf(text: string, lang: Lang): number | string {
  const parsed = parseNumberInput(text, lang);
  return parsed.kind === 'number' && Number.isInteger(parsed.value) ? parsed.value : text.trim();
}

function infoOf(state: FormState, base: unknown): Record<string, unknown> | undefined {
  const own = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...own };
  const { date, method, assessors } = state.info;
  const set = (key: 'date' | 'method' | 'assessors', value: unknown, empty: boolean): void => {
    if (!empty) out[key] = value;
    else if (key === 'date') delete out.date;
    else if (key === 'method') delete out.method;
    else delete out.assessors;
  };
  set('date', date.trim(), date.trim() === '');
  set('method', method, method === '');
  const names = assessors.map((a) => a.trim()).filter((a) => a !== '');
  set('assessors', names, names.length === 0);
  return Object.keys(out).length === 0 && base === undefined ? undefined : out;
}

/** The value of a number criterion's text, or undefined where it does not parse. */
export function numberValue(text: string, lang: Lang): number | undefined {
  const parsed = parseNumberInput(text, lang);
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/** How the state is kept in localStorage: plain JSON (the Map as a list of pairs). */
export interface StoredState {
  version: 1;
  savedAt: string;
  state: Omit<FormState, 'answers' | 'services'> & {
    answers: [string, FormAnswer][];
    services?: [string, FormService][];
  };
  /** The YAML text the answers build on (the `--from` file or an import), if any. */
  base: { file: string; text: string } | null;
}

export function storedState(
  state: FormState,
  base: StoredState['base'],
  savedAt: Date,
): StoredState {
  return {
    version: 1,
    savedAt: savedAt.toISOString(),
    state: { ...state, answers: [...state.answers], services: [...state.services] },
    base,
  };
}

/** The state read back from storage, or undefined where the text is not one this page wrote. */
export function parseStoredState(text: string | null): StoredState | undefined {
  if (text === null) return undefined;
  try {
    const data = JSON.parse(text) as Partial<StoredState> | null;
    if (data?.version !== 1 || !Array.isArray(data.state?.answers)) return undefined;
    return data as StoredState;
  } catch {
    return undefined;
  }
}

export function stateFromStored(stored: StoredState): FormState {
  const s = stored.state;
  return {
    municipality: { ...emptyState().municipality, ...s.municipality },
    info: { ...emptyState().info, ...s.info },
    answers: new Map(s.answers),
    services: new Map(s.services ?? []),
  };
}
