/**
 * A small catalogue, assessment and result as plain objects, covering every
 * criterion type and status, a failed gate that caps the band, services and
 * references. The result's numbers follow SCORING.md by hand, so the report
 * modules can be tested without the scorer. `hostile()` puts attack strings
 * into every place a user or catalogue author can write text.
 */
import type { Assessment, Catalogue, Result } from '../../src/model/types.js';

export function catalogue(): Catalogue {
  return {
    format: 'efa-readiness/catalogue/v1',
    id: 'fixture',
    version: '1.2.0',
    language: 'de',
    title: { de: 'Testkatalog', en: 'Test catalogue' },
    levels: [
      { value: 0, label: { de: 'nicht vorhanden', en: 'absent' } },
      { value: 1, label: { de: 'geplant', en: 'planned' } },
      { value: 2, label: { de: 'teilweise', en: 'partial' } },
      { value: 3, label: { de: 'überwiegend', en: 'mostly' } },
      { value: 4, label: { de: 'vollständig', en: 'complete' } },
    ],
    bands: [
      { id: 'not-ready', min: 0, label: { de: 'nicht bereit', en: 'not ready' } },
      {
        id: 'conditional',
        min: 45,
        label: { de: 'bedingt bereit', en: 'conditionally ready' },
        description: {
          de: 'Nachnutzung mit Vorarbeiten möglich.',
          en: 'Rollout possible after groundwork.',
        },
      },
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
            title: { de: 'Antragsrouting', en: 'Application routing' },
            question: {
              de: 'Werden Anträge automatisch zugestellt?',
              en: 'Are applications delivered automatically?',
            },
            weight: 2,
            levels: { '1': { de: 'Zustellpunkt beantragt', en: 'Delivery point requested' } },
            gate: {
              min: 50,
              cap: 'conditional',
              reason: {
                de: 'Ohne Zustellung kein EfA-Dienst.',
                en: 'No EfA service without delivery.',
              },
            },
            recommendations: [
              {
                below: 50,
                text: { de: 'Zustellpunkt einrichten', en: 'Set up a delivery point' },
                effort: 'medium',
                horizon: 'short',
              },
            ],
            references: [
              { title: 'FIT-Connect', url: 'https://docs.fitko.de/fit-connect/' },
              { title: 'Intranet', url: 'javascript:alert(1)' },
            ],
          },
          {
            id: 'interfaces.payment',
            title: { de: 'Bezahlung', en: 'Payment' },
            question: { de: 'Wie wird online bezahlt?', en: 'How are fees paid online?' },
            type: 'choice',
            options: [
              { id: 'none', label: { de: 'gar nicht', en: 'not at all' }, score: 0 },
              { id: 'invoice', label: { de: 'per Rechnung', en: 'by invoice' }, score: 40 },
              { id: 'epayment', label: { de: 'ePayment', en: 'ePayment' }, score: 100 },
            ],
          },
        ],
      },
      {
        id: 'staff',
        title: { de: 'Personal', en: 'Staff' },
        criteria: [
          {
            id: 'staff.lead',
            title: { de: 'Verantwortliche Stelle', en: 'Accountable unit' },
            question: {
              de: 'Gibt es eine verantwortliche Stelle?',
              en: 'Is there an accountable unit?',
            },
            type: 'boolean',
          },
          {
            id: 'staff.lotsen',
            title: { de: 'Digitallotsen', en: 'Digital pilots' },
            question: {
              de: 'Wie viele Digitallotsen gibt es?',
              en: 'How many digital pilots are there?',
            },
            type: 'number',
            unit: { de: 'Personen', en: 'people' },
            thresholds: [
              { min: 0, score: 0 },
              { min: 2, score: 50 },
              { min: 5, score: 100 },
            ],
          },
          {
            id: 'staff.district-team',
            title: { de: 'Kreisteam', en: 'District team' },
            question: {
              de: 'Hat der Kreis ein Digitalteam?',
              en: 'Does the district have a digital team?',
            },
            applies_when: { type: ['landkreis'] },
          },
          {
            id: 'staff.training',
            title: { de: 'Schulungen', en: 'Training' },
            question: { de: 'Sind die Beschäftigten geschult?', en: 'Are staff trained?' },
            allow_na: true,
          },
        ],
      },
      {
        id: 'security',
        title: { de: 'Informationssicherheit', en: 'Information security' },
        criteria: [
          {
            id: 'security.basics',
            title: { de: 'Grundschutz', en: 'Baseline protection' },
            question: {
              de: 'Welche Maßnahmen sind umgesetzt?',
              en: 'Which measures are in place?',
            },
            type: 'checklist',
            items: [
              { id: 'isb', label: { de: 'ISB benannt', en: 'ISO appointed' } },
              { id: 'wiba', label: { de: 'WiBA-Checklisten', en: 'WiBA checklists' } },
              { id: 'backup', label: { de: 'Datensicherung', en: 'Backups' } },
              { id: 'dsfa', label: { de: 'DSFA', en: 'DPIA' } },
            ],
            recommendations: [
              {
                below: 100,
                text: { de: 'WiBA-Checklisten abarbeiten', en: 'Work through the WiBA checklists' },
                effort: 'low',
                horizon: 'medium',
              },
            ],
          },
          {
            id: 'security.concept',
            title: { de: 'Sicherheitskonzept', en: 'Security concept' },
            question: { de: 'Gibt es ein Sicherheitskonzept?', en: 'Is there a security concept?' },
          },
        ],
      },
    ],
    services: [
      {
        id: 'parking-permit',
        title: { de: 'Bewohnerparkausweis', en: 'Resident parking permit' },
        leika: '99106008012000',
        weights: { staff: 2 },
        requires: [{ criterion: 'interfaces.payment', min: 100 }],
      },
      { id: 'wohngeld', title: { de: 'Wohngeld', en: 'Housing benefit' } },
    ],
  };
}

export function assessment(): Assessment {
  return {
    format: 'efa-readiness/assessment/v1',
    catalogue: 'fixture@1.2.0',
    municipality: {
      name: 'Musterstadt',
      type: 'stadt',
      state: 'HE',
      ags: '06435014',
      population: 23000,
    },
    assessment: { date: '2026-11-20', method: 'workshop', assessors: ['A. Beispiel', 'B. Muster'] },
    answers: {
      'interfaces.routing': {
        value: 1,
        note: 'Zustellpunkt ist beantragt.',
        evidence: ['Ticket 4711'],
      },
      'interfaces.payment': 'invoice',
      'staff.lead': true,
      'staff.lotsen': 3,
      'staff.training': 'n/a',
      'security.basics': ['isb', 'wiba', 'backup'],
      'security.concept': 'unknown',
    },
  };
}

/**
 * Scores by hand: interfaces (2×25 + 1×40)/3 = 30; staff (100 + 50)/2 = 75
 * (district team excluded, training n/a); security (75 + 0)/2 = 37.5;
 * overall (2×30 + 75 + 37.5)/4 = 43.125 → 43.1, band by score not-ready.
 */
export function result(): Result {
  return {
    format: 'efa-readiness/result/v1',
    catalogue: { id: 'fixture', version: '1.2.0' },
    municipality: {
      name: 'Musterstadt',
      type: 'stadt',
      state: 'HE',
      ags: '06435014',
      population: 23000,
    },
    assessment: { date: '2026-11-20', method: 'workshop', assessors: ['A. Beispiel', 'B. Muster'] },
    lang: 'de',
    score: 43.1,
    band: 'not-ready',
    band_by_score: 'not-ready',
    capped_by: [],
    coverage: 87.5,
    assessable: true,
    min_coverage: 0,
    dimensions: [
      {
        id: 'interfaces',
        score: 30,
        weight: 2,
        coverage: 100,
        criteria: [
          {
            id: 'interfaces.routing',
            status: 'answered',
            score: 25,
            weight: 2,
            value: 1,
            note: 'Zustellpunkt ist beantragt.',
            evidence: ['Ticket 4711'],
          },
          { id: 'interfaces.payment', status: 'answered', score: 40, weight: 1, value: 'invoice' },
        ],
      },
      {
        id: 'staff',
        score: 75,
        weight: 1,
        coverage: 100,
        criteria: [
          { id: 'staff.lead', status: 'answered', score: 100, weight: 1, value: true },
          { id: 'staff.lotsen', status: 'answered', score: 50, weight: 1, value: 3 },
          { id: 'staff.district-team', status: 'excluded', score: null, weight: 1 },
          { id: 'staff.training', status: 'not-applicable', score: null, weight: 1, value: 'n/a' },
        ],
      },
      {
        id: 'security',
        score: 37.5,
        weight: 1,
        coverage: 50,
        criteria: [
          {
            id: 'security.basics',
            status: 'answered',
            score: 75,
            weight: 1,
            value: ['isb', 'wiba', 'backup'],
          },
          { id: 'security.concept', status: 'unknown', score: 0, weight: 1, value: 'unknown' },
        ],
      },
    ],
    gates: [
      {
        criterion: 'interfaces.routing',
        dimension: 'interfaces',
        min: 50,
        score: 25,
        passed: false,
        cap: 'conditional',
      },
    ],
    actions: [
      {
        criterion: 'interfaces.routing',
        dimension: 'interfaces',
        score: 25,
        target: 100,
        gain: 25,
        gate: true,
        recommendation: 'Zustellpunkt einrichten',
        effort: 'medium',
        horizon: 'short',
      },
      {
        criterion: 'security.concept',
        dimension: 'security',
        score: 0,
        target: 100,
        gain: 12.5,
        gate: false,
        recommendation: null,
        effort: null,
        horizon: null,
      },
      {
        criterion: 'interfaces.payment',
        dimension: 'interfaces',
        score: 40,
        target: 100,
        gain: 10,
        gate: false,
        recommendation: null,
        effort: null,
        horizon: null,
      },
      {
        criterion: 'staff.lotsen',
        dimension: 'staff',
        score: 50,
        target: 100,
        gain: 6.3,
        gate: false,
        recommendation: null,
        effort: null,
        horizon: null,
      },
      {
        criterion: 'security.basics',
        dimension: 'security',
        score: 75,
        target: 100,
        gain: 3.1,
        gate: false,
        recommendation: 'WiBA-Checklisten abarbeiten',
        effort: 'low',
        horizon: 'medium',
      },
    ],
    services: [
      {
        id: 'parking-permit',
        applicable: true,
        score: 49.2,
        band: 'not-ready',
        band_by_score: 'conditional',
        blocked_by: ['interfaces.routing', 'interfaces.payment'],
      },
      {
        id: 'wohngeld',
        applicable: true,
        score: 43.1,
        band: 'not-ready',
        band_by_score: 'not-ready',
        blocked_by: ['interfaces.routing'],
      },
    ],
  };
}

/** A result whose band is capped by the gate (score high enough for "ready"). */
export function cappedResult(): Result {
  const r = result();
  return {
    ...r,
    score: 72.4,
    band: 'conditional',
    band_by_score: 'ready',
    capped_by: ['interfaces.routing'],
  };
}

export const ATTACKS = [
  '<script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor "alert(1)"}}',
  "'; alert(1); '",
  '| broken | table |',
  '# not a heading',
  '- not a list',
  '<!-- comment',
  '`code` *em* _em_ [link](javascript:alert(1))',
  '</script><script>alert(2)</script>',
  'line one\nline two\r\n\n| cell',
] as const;

/** Put attack strings into every text a user or catalogue author writes. */
export function hostile(): { catalogue: Catalogue; assessment: Assessment; result: Result } {
  const attack = (i: number): string => ATTACKS[i % ATTACKS.length] ?? '';
  let n = 0;
  const next = (): string => attack(n++);
  const c = catalogue();
  c.title = next();
  for (const band of c.bands) {
    band.label = `${next()} ${band.id}`;
    band.description = next();
  }
  for (const level of c.levels) level.label = next();
  for (const dimension of c.dimensions) {
    dimension.title = `${next()} ${dimension.id}`;
    dimension.description = next();
    for (const criterion of dimension.criteria) {
      criterion.title = `${next()} ${criterion.id}`;
      criterion.question = next();
      if (criterion.gate) criterion.gate.reason = next();
      for (const option of criterion.options ?? []) option.label = next();
      for (const item of criterion.items ?? []) item.label = next();
      if (criterion.unit !== undefined) criterion.unit = next();
      criterion.references = [
        { title: next(), url: 'javascript:alert(document.domain)' },
        { title: next(), url: 'data:text/html,<script>alert(1)</script>' },
        { title: next(), url: 'https://example.org/a b"onmouseover="alert(1)' },
        { title: next(), url: 'https://example.org/x)[y](javascript:alert(1)' },
      ];
    }
  }
  for (const service of c.services ?? []) service.title = next();

  const r = cappedResult();
  r.municipality = { ...r.municipality, name: '<img src=x onerror=alert("name")> Stadt | # {{x}}' };
  r.assessment = { date: '2026-11-20', method: 'self', assessors: [next(), next()] };
  for (const dimension of r.dimensions) {
    for (const criterion of dimension.criteria) {
      criterion.note = next();
      criterion.evidence = [next(), next()];
    }
  }
  for (const action of r.actions) action.recommendation = next();
  const a = assessment();
  a.municipality = r.municipality;
  return { catalogue: c, assessment: a, result: r };
}
