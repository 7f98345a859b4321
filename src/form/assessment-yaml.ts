import type { Document } from 'yaml';
import {
  documentAnswers,
  newAssessmentDocument,
  setAnswer,
  setInfoField,
  setMunicipalityField,
} from '../interview/document.js';
import { applyEdit, stringifyDocument } from '../load/yaml-edit.js';
import { fromEntry } from '../interview/answer.js';
import type { AnswerEntry, Assessment, Catalogue, Municipality } from '../model/types.js';
import { type FormAnswer, type FormState, MUNICIPALITY_FIELDS } from './state.js';

/**
 * The YAML file the page downloads. Built `--from` a file (or after an
 * import), the answers are spliced into that file's text: only what the
 * person changed is rewritten, so comments, key order, `x-…` keys and every
 * other key (targets, v1.1 blocks) stay byte for byte. Without one, a new
 * document in the order `init` writes. Pure; `assessment` is the form's
 * assessment (see `assessmentFromState`) that was validated before.
 */
export function renderAssessmentYaml(
  assessment: Assessment,
  state: FormState,
  catalogue: Catalogue,
  base: { text: string } | null,
  headComment: string,
): string {
  const edit = (doc: Document): void => {
    applyMunicipality(doc, assessment.municipality);
    applyInfo(doc, assessment);
    applyAnswers(doc, state, catalogue);
    applyServices(doc, assessment);
  };
  if (base) return applyEdit(base.text, edit);
  const doc = newAssessmentDocument(catalogue, assessment.municipality, headComment);
  edit(doc);
  return stringifyDocument(doc);
}

function applyMunicipality(doc: Document, municipality: Municipality): void {
  for (const field of MUNICIPALITY_FIELDS) {
    const wanted = municipality[field];
    if (doc.getIn(['municipality', field]) !== wanted) setMunicipalityField(doc, field, wanted);
  }
}

function applyInfo(doc: Document, assessment: Assessment): void {
  const info = assessment.assessment ?? {};
  for (const field of ['date', 'method', 'assessors'] as const) {
    const wanted = info[field];
    const current = toPlain(doc.getIn(['assessment', field]));
    if (JSON.stringify(current) !== JSON.stringify(wanted)) setInfoField(doc, field, wanted);
  }
}

function toPlain(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'toJSON' in value
    ? (value as { toJSON(): unknown }).toJSON()
    : value;
}

/** Answers in catalogue order: unchanged ones untouched, changed ones set, cleared ones removed. */
function applyAnswers(doc: Document, state: FormState, catalogue: Catalogue): void {
  const current = documentAnswers(doc);
  const ids = catalogue.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
  const known = new Set(ids);
  for (const id of [...state.answers.keys(), ...Object.keys(current)]) {
    if (!known.has(id)) {
      known.add(id);
      ids.push(id);
    }
  }
  for (const id of ids) {
    const answer = state.answers.get(id);
    const had = Object.hasOwn(current, id) ? current[id] : undefined;
    if (sameAnswer(answer, had)) continue;
    if (answer?.value === undefined) {
      if (had !== undefined) doc.deleteIn(['answers', id]);
      continue;
    }
    setAnswer(doc, id, { value: answer.value, note: answer.note, evidence: answer.evidence });
  }
}

/** Whether the form's answer says exactly what the file's entry says (no edit needed). */
function sameAnswer(answer: FormAnswer | undefined, entry: AnswerEntry | undefined): boolean {
  if (entry === undefined || answer?.value === undefined)
    return entry === undefined && answer?.value === undefined;
  const had = fromEntry(entry);
  return (
    JSON.stringify(had.value) === JSON.stringify(answer.value) &&
    (had.note ?? '') === answer.note &&
    JSON.stringify(had.evidence ?? []) === JSON.stringify(answer.evidence)
  );
}

/** v1.1 services: each changed field set where it stands, an entry with nothing left removed. */
function applyServices(doc: Document, assessment: Assessment): void {
  const wanted = assessment.services ?? {};
  const had = toPlain(doc.get('services'));
  const current = (typeof had === 'object' && had !== null ? had : {}) as Record<string, unknown>;
  for (const id of new Set([...Object.keys(current), ...Object.keys(wanted)])) {
    const entry = Object.hasOwn(wanted, id) ? wanted[id] : undefined;
    const old = (Object.hasOwn(current, id) ? current[id] : undefined) as
      Record<string, unknown> | undefined;
    if (JSON.stringify(entry) === JSON.stringify(old)) continue;
    if (entry === undefined) {
      doc.deleteIn(['services', id]);
      continue;
    }
    for (const field of ['responsible', 'stage', 'note'] as const) {
      const value = entry[field];
      if (value === old?.[field]) continue;
      if (value === undefined) doc.deleteIn(['services', id, field]);
      else doc.setIn(['services', id, field], value);
    }
  }
}
