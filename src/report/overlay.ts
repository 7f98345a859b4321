import { addMessages, t } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { CatalogueLayer, Lang, Result, Text } from '../model/types.js';

addMessages(reportMessages);

/**
 * The method appendix's account of a catalogue that extends another (FORMAT.md,
 * Overlay): the chain of catalogues with versions and fingerprints, and what
 * the overlays did to the criteria — added, changed (which fields) and removed
 * (with the overlay's reason). Read from the result alone (`catalogue.extends`,
 * `catalogue.removed`, each criterion's `provenance`), so the appendix says
 * what the numbers above it were computed from.
 */
export interface OverlayView {
  intro: string;
  /** Base first, the catalogue the assessment was scored on last. */
  chain: { id: string; version: string; fingerprint: string; role: string }[];
  added: { criterion: string; title: string; dimensionTitle: string; by: string }[];
  changed: {
    criterion: string;
    title: string;
    dimensionTitle: string;
    by: string;
    /** The fields in the reader's words, e.g. "Gewicht, Quellen". */
    fields: string;
    fieldIds: string[];
  }[];
  removed: { criterion: string; by: string; reason: string }[];
  /** "Die Erweiterung ändert kein Kriterium." where all three lists are empty, else null. */
  none: string | null;
}

/** The criterion fields an overlay may set, in the words of the report (others by their key). */
const FIELDS = [
  'title',
  'question',
  'help',
  'weight',
  'gate',
  'target',
  'levels',
  'recommendations',
  'applies_when',
  'references',
  'options',
  'items',
  'thresholds',
  'depends_on',
  'type',
  'unit',
] as const;

export function buildOverlayView(
  result: Result,
  lang: Lang,
  text: (value: Text | undefined) => string,
  titles: { criterion: (id: string) => string; dimension: (id: string) => string },
): OverlayView | null {
  const below = result.catalogue.extends;
  if (below === undefined || below.length === 0) return null;
  const top: CatalogueLayer = {
    id: result.catalogue.id,
    version: result.catalogue.version,
    fingerprint: result.catalogue.fingerprint ?? '',
  };
  const layers = [...below, top];
  const base = layers[0] ?? top;
  const chain = layers.map((layer, i) => ({
    ...layer,
    role:
      i === 0
        ? t(lang, 'report.overlay.base')
        : t(lang, 'report.overlay.extends', { base: label(layers[i - 1] ?? base) }),
  }));

  const added: OverlayView['added'] = [];
  const changed: OverlayView['changed'] = [];
  for (const dimension of result.dimensions) {
    for (const c of dimension.criteria) {
      const p = c.provenance;
      if (p === undefined) continue;
      const place = {
        criterion: c.id,
        title: titles.criterion(c.id),
        dimensionTitle: titles.dimension(dimension.id),
      };
      if (p.origin !== base.id) added.push({ ...place, by: p.origin });
      for (const change of p.changes) {
        changed.push({
          ...place,
          by: change.by,
          fields: change.fields.map((f) => fieldName(f, lang)).join(', '),
          fieldIds: change.fields,
        });
      }
    }
  }
  const removed = (result.catalogue.removed ?? []).map((r) => ({
    criterion: r.id,
    by: r.by,
    reason: text(r.reason),
  }));
  const empty = added.length === 0 && changed.length === 0 && removed.length === 0;
  return {
    intro: t(lang, 'report.overlay.intro', { catalogue: label(top), base: label(base) }),
    chain,
    added,
    changed,
    removed,
    none: empty ? t(lang, 'report.overlay.none') : null,
  };
}

function label(layer: CatalogueLayer): string {
  return `${layer.id} ${layer.version}`;
}

function fieldName(field: string, lang: Lang): string {
  return (FIELDS as readonly string[]).includes(field) ? t(lang, `report.field.${field}`) : field;
}
