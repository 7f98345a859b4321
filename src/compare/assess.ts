import type { Diagnostic } from '../errors.js';
import type { FileRead } from '../load/many.js';
import { noPositions, parseYaml, type SourceMap } from '../load/parse.js';
import { layerOf, parseCatalogueRef } from '../model/catalogue.js';
import { CATALOGUE_FORMAT, type Catalogue, type Lang } from '../model/types.js';
import { scoreAssessment } from '../score/score.js';
import { validateAssessment } from '../validate/index.js';
import {
  type CatalogueIndex,
  type Digest,
  digestKey,
  digestResult,
  indexCatalogue,
} from './aggregate.js';
import { parseYamlFast } from '../load/fast-yaml.js';

/** What became of one assessment file. */
export type Outcome =
  | { kind: 'scored'; file: string; digest: Digest; key: string; catalogueRef: string }
  | { kind: 'invalid'; file: string; diagnostics: Diagnostic[] }
  /** The file names another catalogue than the one compared against. */
  | { kind: 'other-catalogue'; file: string; catalogueRef: string }
  /** The file is a criteria catalogue (often kept in the same folder as the assessments). */
  | { kind: 'catalogue'; file: string };

/**
 * Text of one assessment -> scored, invalid or another catalogue. Pure.
 *
 * Valid files take the fast path: js-yaml with the YAML 1.2 core schema,
 * validation without positions, scoring. A file with any problem (or one
 * the fast parser declines) is parsed again by the exact parser of
 * `src/load`, so every message carries the same line:column as `validate`
 * gives. Both paths yield the same value for a valid file (tested), and the
 * fast path's validation is the same `validateAssessment`, so a file valid
 * here is valid there.
 */
export function assessText(
  text: string,
  file: string,
  catalogue: Catalogue,
  lang: Lang,
  index: CatalogueIndex = indexCatalogue(catalogue),
): Outcome {
  const fast = parseYamlFast(text);
  if (fast !== undefined) {
    const outcome = assessValue(fast.value, noPositions(file), catalogue, lang, index);
    if (outcome.kind !== 'invalid') return outcome;
  }
  return assessTextExactly(text, file, catalogue, lang, index);
}

/** The exact path alone: the `yaml` package with positions, as `validate` reads a file. Pure. */
export function assessTextExactly(
  text: string,
  file: string,
  catalogue: Catalogue,
  lang: Lang,
  index: CatalogueIndex = indexCatalogue(catalogue),
): Outcome {
  const parsed = parseYaml(text, file, lang);
  if (parsed.diagnostics.length > 0)
    return { kind: 'invalid', file, diagnostics: parsed.diagnostics };
  return assessValue(parsed.value, parsed.source, catalogue, lang, index);
}

/** A parsed file -> a catalogue, another catalogue's assessment, invalid, or scored. */
function assessValue(
  value: unknown,
  source: SourceMap,
  catalogue: Catalogue,
  lang: Lang,
  index: CatalogueIndex,
): Outcome {
  const file = source.file;
  if (isCatalogue(value)) return { kind: 'catalogue', file };
  const other = otherCatalogue(value, file, catalogue);
  if (other) return other;
  const validation = validateAssessment(value, source, lang, catalogue);
  if (!validation.value) return { kind: 'invalid', file, diagnostics: validation.errors };
  const digest = digestResult(scoreAssessment(catalogue, validation.value, { lang }), index);
  const key = digestKey(digest);
  return { kind: 'scored', file, digest, key, catalogueRef: validation.value.catalogue };
}

function isCatalogue(value: unknown): boolean {
  return (value as { format?: unknown } | null)?.format === CATALOGUE_FORMAT;
}

function otherCatalogue(value: unknown, file: string, catalogue: Catalogue): Outcome | undefined {
  const named = (value as { catalogue?: unknown } | null)?.catalogue;
  if (typeof named !== 'string') return undefined;
  return layerOf(catalogue, parseCatalogueRef(named).id)
    ? undefined
    : { kind: 'other-catalogue', file, catalogueRef: named };
}

/** What a thread needs to assess files: the catalogue and the language (sent to each worker). */
export interface AssessInput {
  catalogue: Catalogue;
  lang: Lang;
}

/**
 * The task `readMany` runs on each file read: its text assessed, or, where it
 * could not be read, an invalid outcome with the reason. Pure.
 */
export function assessTask(input: AssessInput): (read: FileRead) => Outcome {
  const index = indexCatalogue(input.catalogue);
  return (read) =>
    read.text === undefined
      ? { kind: 'invalid', file: read.file, diagnostics: read.diagnostics }
      : assessText(read.text, read.file, input.catalogue, input.lang, index);
}
