import { addMessages, t } from '../i18n/index.js';
import { editor } from '../i18n/messages/editor.js';
import { criterionType, NOT_APPLICABLE, UNKNOWN } from '../model/catalogue.js';
import { resolveText } from '../model/text.js';
import {
  type Catalogue,
  type Criterion,
  type Lang,
  MUNICIPALITY_TYPES,
  STATES,
  type Text,
} from '../model/types.js';

addMessages(editor);

/** A JSON Schema as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * An assessment schema that knows one catalogue, for editors: the general
 * assessment schema (`schemas/assessment.schema.json`, passed in as `base`)
 * with `answers` and `targets` narrowed to the catalogue's criterion ids
 * (`additionalProperties: false`, so a misspelt id is flagged), each answer
 * to the values its criterion allows in short and long form, and hover and
 * completion texts in `lang`. Pure.
 *
 * The dialect stays the base's (draft 2020-12) and only keywords that mean
 * the same in draft-07 are added (`enum`, `anyOf`, `properties`, local
 * `$ref`), plus the editor keywords yaml-language-server reads
 * (`enumDescriptions`, `markdownDescription`, `errorMessage`); so an editor
 * whose server knows only draft-07 completes and checks it just as well.
 */
export function catalogueAssessmentSchema(
  catalogue: Catalogue,
  base: JsonSchema,
  lang: Lang,
): JsonSchema {
  const out = structuredClone(base);
  const m = (key: string, params?: Record<string, string | number>): string => t(lang, key, params);
  const tx = (value: Text | undefined): string =>
    resolveText(value, lang, catalogue.language ?? 'de');
  const { id, version } = catalogue;
  out.$id = `urn:efa-readiness:schema:assessment:${id}@${version}`;
  out.title = m('schema.gen.title', { title: tx(catalogue.title), id, version });
  out.description = m('schema.gen.description', { id, version });

  const properties = (out.properties ?? {}) as Record<string, JsonSchema>;
  properties.catalogue = catalogueProperty(id, version, m);
  describeMunicipality(properties, lang);
  const criteria = catalogue.dimensions.flatMap((d) => d.criteria);
  const { answers, targets } = criterionProperties(catalogue, criteria, lang, tx);
  const unknownCriterion = m('schema.gen.unknownCriterion', { id });
  narrowKeys(
    properties,
    'actions',
    criteria.map((c) => [c.id, tx(c.title)]),
    unknownCriterion,
  );
  narrowKeys(
    properties,
    'services',
    (catalogue.services ?? []).map((service) => [service.id, tx(service.title)]),
    m('schema.gen.unknownService', { id }),
  );
  properties.answers = {
    type: 'object',
    description: m('schema.gen.answers'),
    properties: answers,
    additionalProperties: false,
    errorMessage: unknownCriterion,
  };
  properties.targets = {
    type: 'object',
    description: m('schema.gen.targets'),
    properties: targets,
    additionalProperties: false,
    errorMessage: unknownCriterion,
  };
  return withoutUnusedDefs(out);
}

type Say = (key: string, params?: Record<string, string | number>) => string;

/**
 * The current version is offered for completion; an earlier one (`efa-default@1.0.0`) is what
 * the tool loads with a warning, so the editor must not mark it as an error.
 */
function catalogueProperty(id: string, version: string, m: Say): JsonSchema {
  return {
    type: 'string',
    anyOf: [
      { enum: [id, `${id}@${version}`] },
      { pattern: `^${id}@\\d+\\.\\d+\\.\\d+$` }, // catalogue ids are [a-z0-9-]: nothing to escape
    ],
    description: m('schema.gen.catalogue', { id, version }),
    errorMessage: m('schema.gen.catalogueError', { id }),
  };
}

/** Municipality type and Land offered with their names in the user's language. */
function describeMunicipality(properties: Record<string, JsonSchema>, lang: Lang): void {
  const municipality = (properties.municipality?.properties ?? {}) as Record<string, JsonSchema>;
  if (municipality.type) {
    municipality.type.enumDescriptions = MUNICIPALITY_TYPES.map((v) =>
      t(lang, `municipality.type.${v}`),
    );
    municipality.type.description = t(lang, 'schema.gen.type', {
      values: MUNICIPALITY_TYPES.join(', '),
    });
  }
  if (municipality.state) {
    municipality.state.enumDescriptions = STATES.map((v) => t(lang, `state.${v}`));
    municipality.state.description = t(lang, 'schema.gen.state', { values: STATES.join(', ') });
  }
}

/** An answer and a target per criterion; v1.1: ids a criterion took over, allowed but not offered. */
function criterionProperties(
  catalogue: Catalogue,
  criteria: readonly Criterion[],
  lang: Lang,
  tx: (value: Text | undefined) => string,
): { answers: Record<string, JsonSchema>; targets: Record<string, JsonSchema> } {
  const answers: Record<string, JsonSchema> = Object.create(null) as Record<string, JsonSchema>;
  const targets: Record<string, JsonSchema> = Object.create(null) as Record<string, JsonSchema>;
  for (const criterion of criteria) {
    const title = tx(criterion.title);
    const question = tx(criterion.question);
    const answer = answerSchema(catalogue, criterion, lang, tx);
    answers[criterion.id] = {
      title,
      description: `${title} – ${question}`,
      markdownDescription: `**${title}**\n\n${question}`,
      ...answer,
    };
    targets[criterion.id] = { type: 'number', minimum: 0, maximum: 100, description: title };
  }
  for (const criterion of criteria) {
    for (const old of criterion.replaces ?? []) {
      if (old in answers) continue;
      const message = t(lang, 'schema.gen.replaced', { old, id: criterion.id });
      answers[old] = {
        ...answerSchema(catalogue, criterion, lang, tx),
        description: message,
        deprecationMessage: message,
        doNotSuggest: true,
      };
    }
  }
  return { answers, targets };
}

/**
 * A map the base schema keys by any id (`services`, `actions`, v1.1) narrowed
 * to the catalogue's ids, each entry the base's schema for one value.
 */
function narrowKeys(
  properties: Record<string, JsonSchema>,
  name: string,
  ids: [string, string][],
  message: string,
): void {
  const general = properties[name];
  if (general === undefined) return;
  const entry = general.additionalProperties as JsonSchema | undefined;
  const named: Record<string, JsonSchema> = Object.create(null) as Record<string, JsonSchema>;
  for (const [id, title] of ids) named[id] = { ...entry, title, description: title };
  properties[name] = {
    ...Object.fromEntries(Object.entries(general).filter(([k]) => k !== 'propertyNames')),
    properties: named,
    additionalProperties: false,
    errorMessage: message,
  };
}

/** The general answer definitions are replaced by the criteria's own; drop those no longer named. */
function withoutUnusedDefs(schema: JsonSchema): JsonSchema {
  const defs = schema.$defs as Record<string, unknown> | undefined;
  if (defs === undefined) return schema;
  const text = JSON.stringify({ ...schema, $defs: undefined });
  const used = Object.entries(defs).filter(([name]) => text.includes(`"#/$defs/${name}"`));
  if (used.length > 0) return { ...schema, $defs: Object.fromEntries(used) };
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$defs'));
}

/** The language of a catalogue's schema texts: the catalogue's own where it is one we speak, else German. */
export function catalogueSchemaLang(catalogue: Catalogue, wanted?: Lang): Lang {
  if (wanted !== undefined) return wanted;
  return catalogue.language === 'en' ? 'en' : 'de';
}

/** The text of a schema file: two-space JSON and a final line break, as every schema in schemas/. */
export function renderSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Short form or long form `{value, note, evidence}` of one criterion's answer. */
function answerSchema(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
  tx: (value: Text | undefined) => string,
): JsonSchema {
  const value = valueSchema(catalogue, criterion, lang, tx);
  return {
    anyOf: [
      value,
      {
        type: 'object',
        required: ['value'],
        additionalProperties: false,
        patternProperties: { '^x-': true },
        description: t(lang, 'schema.gen.longForm'),
        errorMessage: t(lang, 'schema.gen.longForm'),
        properties: {
          value: { description: t(lang, 'schema.gen.longValue'), ...value },
          note: { type: 'string', description: t(lang, 'schema.gen.note') },
          evidence: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: t(lang, 'schema.gen.evidence'),
          },
        },
      },
    ],
  };
}

/** The values one criterion allows, each with its meaning; `n/a` only where it is allowed. */
export function valueSchema(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
  tx: (value: Text | undefined) => string,
): JsonSchema {
  const special = specialValues(criterion, lang);
  switch (criterionType(criterion)) {
    case 'scale':
      return scaleSchema(catalogue, criterion, special, lang, tx);
    case 'boolean':
      return enumOf(
        special,
        [true, false],
        [t(lang, 'schema.gen.true'), t(lang, 'schema.gen.false')],
        t(lang, 'schema.gen.allowedBoolean', { special: special.words }),
      );
    case 'choice': {
      const options = criterion.options ?? [];
      return enumOf(
        special,
        options.map((o) => o.id),
        options.map((o) => `${o.id} – ${tx(o.label)}`),
        t(lang, 'schema.gen.allowedChoice', {
          options: options.map((o) => o.id).join(', '),
          special: special.words,
        }),
      );
    }
    case 'number': {
      const unit = tx(criterion.unit);
      const message = t(lang, 'schema.gen.allowedNumber', {
        unit: unit === '' ? '' : t(lang, 'schema.gen.unit', { unit }),
        special: special.words,
      });
      return {
        anyOf: [{ type: 'number' }, { enum: special.values, enumDescriptions: special.texts }],
        errorMessage: message,
      };
    }
    case 'checklist':
      return checklistSchema(criterion, special, lang, tx);
  }
}

/** `unknown`, and `n/a` where the criterion allows it: their values, descriptions and words. */
interface Special {
  values: unknown[];
  texts: string[];
  words: string;
}

function specialValues(criterion: Criterion, lang: Lang): Special {
  const both = criterion.allow_na === true;
  return {
    values: both ? [UNKNOWN, NOT_APPLICABLE] : [UNKNOWN],
    texts: both
      ? [t(lang, 'schema.gen.unknown'), t(lang, 'schema.gen.na')]
      : [t(lang, 'schema.gen.unknown')],
    words: t(lang, both ? 'schema.gen.specialBoth' : 'schema.gen.specialUnknown'),
  };
}

function enumOf(special: Special, values: unknown[], texts: string[], message: string): JsonSchema {
  return {
    enum: [...values, ...special.values],
    enumDescriptions: [...texts, ...special.texts],
    errorMessage: message,
  };
}

/** The catalogue's levels, each with what it means for this criterion. */
function scaleSchema(
  catalogue: Catalogue,
  criterion: Criterion,
  special: Special,
  lang: Lang,
  tx: (value: Text | undefined) => string,
): JsonSchema {
  const values = catalogue.levels.map((level) => level.value);
  const texts = catalogue.levels.map((level) => {
    const meaning = tx(criterion.levels?.[String(level.value)]);
    return `${level.value} – ${tx(level.label)}${meaning === '' ? '' : `: ${meaning}`}`;
  });
  const message = t(lang, 'schema.gen.allowedScale', {
    min: Math.min(...values),
    max: Math.max(...values),
    special: special.words,
  });
  return enumOf(special, values, texts, message);
}

/** A list of the criterion's item ids without repeats, or `unknown`/`n/a`. */
function checklistSchema(
  criterion: Criterion,
  special: Special,
  lang: Lang,
  tx: (value: Text | undefined) => string,
): JsonSchema {
  const items = criterion.items ?? [];
  const ids = items.map((item) => item.id);
  const message = t(lang, 'schema.gen.allowedChecklist', {
    items: ids.join(', '),
    special: special.words,
  });
  return {
    anyOf: [
      {
        type: 'array',
        uniqueItems: true,
        items: {
          enum: ids,
          enumDescriptions: items.map((item) => `${item.id} – ${tx(item.label)}`),
          errorMessage: t(lang, 'schema.gen.item', { items: ids.join(', ') }),
        },
      },
      { enum: special.values, enumDescriptions: special.texts },
    ],
    errorMessage: message,
  };
}
