import { Document, isMap, isScalar, isSeq, type Node, YAMLMap } from 'yaml';
import {
  ASSESSMENT_FORMAT,
  type AnswerEntry,
  type AssessmentInfo,
  type Catalogue,
  type Municipality,
  type ServiceEntry,
} from '../model/types.js';
import { type Answer, toEntry } from './answer.js';

/**
 * The assessment file as a `yaml` Document, edited in place: a change sets
 * one key and leaves the person's comments, key order, formatting and any
 * keys this program does not know (`x-…`) as they were. Pure: the caller
 * reads and writes the text.
 */

/** The `catalogue` value of an assessment for this catalogue: `id@version`. */
export function catalogueRef(catalogue: Catalogue): string {
  return `${catalogue.id}@${catalogue.version}`;
}

/** A new assessment: the schema line, format, catalogue and the municipality block. */
export function newAssessmentDocument(
  catalogue: Catalogue,
  municipality: Municipality,
  schemaComment: string,
): Document {
  const doc = new Document({
    format: ASSESSMENT_FORMAT,
    catalogue: catalogueRef(catalogue),
    municipality: { name: municipality.name, type: municipality.type, state: municipality.state },
  });
  doc.commentBefore = schemaComment;
  if (municipality.ags !== undefined) setMunicipalityField(doc, 'ags', municipality.ags);
  if (municipality.population !== undefined) {
    setMunicipalityField(doc, 'population', municipality.population);
  }
  return doc;
}

type MunicipalityField = keyof Municipality;
type InfoField = keyof AssessmentInfo;

/** Set (or, with `undefined`, remove) one field of the municipality block. */
export function setMunicipalityField(
  doc: Document,
  field: MunicipalityField,
  value: string | number | undefined,
): void {
  setOrDelete(doc, ['municipality', field], value);
}

/** Set (or, with `undefined` or an empty list, remove) one field of the `assessment` block. */
export function setInfoField(
  doc: Document,
  field: InfoField,
  value: string | string[] | undefined,
): void {
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty) {
    if (doc.hasIn(['assessment', field])) doc.deleteIn(['assessment', field]);
    const block = doc.get('assessment', true);
    if (isMap(block) && block.items.length === 0) doc.delete('assessment');
    return;
  }
  ensureMap(doc, 'assessment');
  setOrDelete(doc, ['assessment', field], value);
}

/**
 * Store one answer under `answers`. A new criterion is appended; an existing
 * entry is changed where it stands: a scalar keeps its comments, a long-form
 * entry keeps its other keys, and the short form becomes the long form only
 * when a note or evidence is added.
 */
export function setAnswer(doc: Document, criterionId: string, answer: Answer): void {
  const answers = ensureMap(doc, 'answers');
  const existing = answers.get(criterionId, true) as Node | undefined;
  const entry = toEntry(answer);

  if (isMap(existing)) {
    setNode(doc, existing, 'value', answer.value);
    for (const key of ['note', 'evidence'] as const) {
      const wanted = typeof entry === 'object' && !Array.isArray(entry) ? entry[key] : undefined;
      if (wanted === undefined) existing.delete(key);
      else setNode(doc, existing, key, wanted);
    }
    return;
  }
  setNode(doc, answers, criterionId, entry);
}

/** The answers the document holds now (as plain values), for planning. */
export function documentAnswers(doc: Document): Record<string, AnswerEntry> {
  const answers: unknown = doc.get('answers');
  if (!isMap(answers)) return {};
  const json: unknown = answers.toJSON();
  return (json ?? {}) as Record<string, AnswerEntry>;
}

/** What the document says about the services now (plain values), for planning and defaults. */
export function documentServices(doc: Document): Record<string, ServiceEntry> {
  const services: unknown = doc.get('services');
  if (!isMap(services)) return {};
  const json: unknown = services.toJSON();
  return (json ?? {}) as Record<string, ServiceEntry>;
}

const SERVICE_KEYS = ['responsible', 'stage', 'note'] as const;

/**
 * Store what the municipality said about one service under `services`
 * (FORMAT.md v1.1): the keys of `entry` set, the others of the three removed;
 * the entry's own keys (`x-…`) and comments stay. An entry left empty goes,
 * and so does a `services` block left empty, so a service nobody said
 * anything about is absent from the file.
 */
export function setService(doc: Document, serviceId: string, entry: ServiceEntry): void {
  const services = doc.get('services', true);
  const existing = isMap(services)
    ? (services.get(serviceId, true) as Node | undefined)
    : undefined;
  if (isMap(services) && isMap(existing)) {
    for (const key of SERVICE_KEYS) {
      const wanted = entry[key];
      if (wanted === undefined) existing.delete(key);
      else setNode(doc, existing, key, wanted);
    }
    if (existing.items.length === 0) services.delete(serviceId);
  } else {
    const wanted = Object.fromEntries(
      SERVICE_KEYS.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]),
    );
    if (Object.keys(wanted).length > 0) {
      const map = ensureMap(doc, 'services');
      const node = doc.createNode(wanted);
      node.flow = true; // `wohngeld: {responsible: true, stage: live}`, as the spec writes it
      setNode(doc, map, serviceId, node);
    } else if (isMap(services)) {
      services.delete(serviceId);
    }
  }
  const block = doc.get('services', true);
  if (isMap(block) && block.items.length === 0) doc.delete('services');
}

function setOrDelete(
  doc: Document,
  path: string[],
  value: string | number | string[] | undefined,
): void {
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] ?? '';
  const parent = doc.getIn(parentPath, true);
  if (isMap(parent)) setNode(doc, parent, key, value);
  else doc.setIn(path, createValueNode(doc, value));
}

/** The map under a top-level key, created (appended) where it is absent or empty. */
function ensureMap(doc: Document, key: string): YAMLMap {
  const node = doc.get(key, true);
  if (isMap(node)) return node;
  const map = new YAMLMap();
  doc.set(key, map);
  return map;
}

/**
 * Set `key` in `map` to `value`. A scalar replacing a scalar is written into
 * the existing node, so a comment on the same line survives; other nodes are
 * replaced, carrying the old node's comments over.
 */
function setNode(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const old = map.get(key, true) as Node | undefined;
  const isScalarValue = value === null || typeof value !== 'object';
  if (isScalar(old) && isScalarValue) {
    if (old.value !== value) {
      old.value = value;
      if (typeof value !== 'string') delete old.type; // a quoted string turned into a number is written plain
      delete old.format;
    }
    return;
  }
  const node = createValueNode(doc, value);
  if (old !== undefined && (isScalar(old) || isMap(old) || isSeq(old))) {
    if (isMap(node) && !isMap(old)) {
      // `key: 1 # why` becoming a block map: the comment moves to the head of the map.
      const head = [old.commentBefore, old.comment].filter((c) => c !== undefined && c !== null);
      if (head.length > 0) node.commentBefore = head.join('\n');
    } else {
      if (old.comment !== undefined) node.comment = old.comment;
      if (old.commentBefore !== undefined) node.commentBefore = old.commentBefore;
    }
  }
  map.set(key, node);
}

function createValueNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value);
  // Checklists and evidence read best on one line: `[fit-connect, xta]`.
  if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
  return node;
}
