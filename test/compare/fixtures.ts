import type {
  Catalogue,
  CriterionResult,
  MunicipalityType,
  Result,
  State,
} from '../../src/model/types.js';

/** A small catalogue of two dimensions, a gate and a service, as plain data. */
export const catalogue: Catalogue = {
  format: 'efa-readiness/catalogue/v1',
  id: 'mini',
  version: '1.0.0',
  language: 'de',
  title: { de: 'Minikatalog', en: 'Mini catalogue' },
  levels: [
    { value: 0, label: 'nein' },
    { value: 4, label: 'ja' },
  ],
  bands: [
    { id: 'not-ready', min: 0, label: { de: 'nicht bereit', en: 'not ready' } },
    { id: 'conditional', min: 45, label: { de: 'bedingt bereit', en: 'conditionally ready' } },
    { id: 'ready', min: 70, label: { de: 'bereit', en: 'ready' } },
  ],
  dimensions: [
    {
      id: 'interfaces',
      title: { de: 'Schnittstellen', en: 'Interfaces' },
      weight: 2,
      criteria: [
        {
          id: 'interfaces.routing',
          title: { de: 'Antragsrouting', en: 'Routing' },
          question: 'Routing?',
          gate: { min: 50, cap: 'conditional' },
          recommendations: [
            {
              below: 50,
              text: { de: 'Zustellpunkt einrichten', en: 'Set up a delivery point' },
              effort: 'medium',
            },
            { below: 100, text: { de: 'Fachverfahren anbinden', en: 'Connect the Fachverfahren' } },
          ],
        },
        {
          id: 'interfaces.payment',
          title: { de: 'Bezahlung', en: 'Payment' },
          question: 'Payment?',
        },
      ],
    },
    {
      id: 'staff',
      title: { de: 'Personal', en: 'Staff' },
      criteria: [
        {
          id: 'staff.lead',
          title: { de: 'Verantwortliche Stelle', en: 'Lead' },
          question: 'Lead?',
        },
        {
          id: 'staff.district-team',
          title: { de: 'Kreisteam', en: 'District team' },
          question: 'Team?',
          applies_when: { type: ['landkreis'] },
        },
      ],
    },
  ],
  services: [{ id: 'parking', title: { de: 'Bewohnerparkausweis', en: 'Resident parking' } }],
};

export interface Spec {
  name: string;
  type?: MunicipalityType;
  state?: State;
  ags?: string;
  date?: string;
  routing?: number | null;
  payment?: number | null;
  lead?: number | null;
  /** Dimension scores; null = no counting criterion. */
  interfaces?: number | null;
  staff?: number | null;
  score?: number | null;
  band?: string | null;
  coverage?: number | null;
  gaps?: { criterion: string; gain: number }[];
  service?: number | null;
  blocked?: string[];
}

/**
 * A Result as the scorer would build it, from the few numbers a test cares
 * about (the aggregation only reads results, so consistency with the
 * catalogue's weights is not needed here).
 */
export function result(s: Spec): Result {
  const criterion = (id: string, score: number | null | undefined): CriterionResult =>
    score === undefined
      ? { id, status: 'missing', score: 0, weight: 1 }
      : score === null
        ? { id, status: 'not-applicable', score: null, weight: 1 }
        : { id, status: 'answered', score, weight: 1 };
  const type = s.type ?? 'stadt';
  const routing = s.routing === undefined ? 0 : s.routing;
  const gates =
    routing === null
      ? []
      : [
          {
            criterion: 'interfaces.routing',
            dimension: 'interfaces',
            min: 50,
            score: routing,
            passed: routing >= 50,
            cap: 'conditional',
          },
        ];
  return {
    format: 'efa-readiness/result/v1',
    catalogue: { id: 'mini', version: '1.0.0' },
    municipality: { name: s.name, type, state: s.state ?? 'HE', ...(s.ags ? { ags: s.ags } : {}) },
    ...(s.date ? { assessment: { date: s.date } } : {}),
    lang: 'de',
    score: s.score === undefined ? 50 : s.score,
    band: s.band === undefined ? 'conditional' : s.band,
    band_by_score: s.band === undefined ? 'conditional' : s.band,
    capped_by: [],
    coverage: s.coverage === undefined ? 100 : s.coverage,
    assessable: true,
    min_coverage: 0,
    dimensions: [
      {
        id: 'interfaces',
        score: s.interfaces === undefined ? 50 : s.interfaces,
        weight: 2,
        coverage: 100,
        criteria: [
          criterion('interfaces.routing', s.routing),
          criterion('interfaces.payment', s.payment),
        ],
      },
      {
        id: 'staff',
        score: s.staff === undefined ? 50 : s.staff,
        weight: 1,
        coverage: 100,
        criteria: [
          criterion('staff.lead', s.lead),
          type === 'landkreis'
            ? { id: 'staff.district-team', status: 'unknown', score: 0, weight: 1 }
            : { id: 'staff.district-team', status: 'excluded', score: null, weight: 1 },
        ],
      },
    ],
    gates,
    actions: (s.gaps ?? []).map((g) => ({
      criterion: g.criterion,
      dimension: g.criterion.split('.')[0] ?? '',
      score: 0,
      target: 100,
      gain: g.gain,
      gate: false,
      recommendation: null,
      effort: null,
      horizon: null,
    })),
    services: [
      {
        id: 'parking',
        applicable: true,
        score: s.service === undefined ? 40 : s.service,
        band: 'not-ready',
        band_by_score: 'not-ready',
        blocked_by: s.blocked ?? [],
      },
    ],
  };
}
