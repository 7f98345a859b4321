import type { Assessment, Catalogue } from '../../src/model/types.js';

/** A small catalogue with every criterion type, a gate, a service and a structural criterion. */
export function catalogue(): Catalogue {
  return {
    format: 'efa-readiness/catalogue/v1',
    id: 'unit',
    version: '1.0.0',
    language: 'de',
    title: { de: 'Testkatalog', en: 'Test catalogue' },
    levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Stufe ${value}` })),
    bands: [
      { id: 'low', min: 0, label: 'niedrig' },
      { id: 'mid', min: 40, label: 'mittel' },
      { id: 'high', min: 75, label: 'hoch' },
    ],
    dimensions: [
      {
        id: 'a',
        title: 'A',
        weight: 2,
        criteria: [
          {
            id: 'a.scale',
            title: 'Skala',
            question: 'Wie weit?',
            weight: 2,
            gate: { min: 50, cap: 'mid', reason: 'ohne das geht es nicht' },
            recommendations: [
              { below: 50, text: { de: 'anfangen', en: 'start' }, effort: 'high', horizon: 'long' },
              {
                below: 100,
                text: { de: 'vollenden', en: 'finish' },
                effort: 'low',
                horizon: 'short',
              },
            ],
          },
          { id: 'a.bool', title: 'Ja/Nein', question: 'Ja?', type: 'boolean' },
          {
            id: 'a.choice',
            title: 'Wahl',
            question: 'Welche?',
            type: 'choice',
            options: [
              { id: 'none', label: 'keine', score: 0 },
              { id: 'some', label: 'einige', score: 60 },
              { id: 'all', label: 'alle', score: 100 },
            ],
          },
        ],
      },
      {
        id: 'b',
        title: 'B',
        criteria: [
          {
            id: 'b.number',
            title: 'Anteil',
            question: 'Wie viel Prozent?',
            type: 'number',
            thresholds: [
              { min: 10, score: 25 },
              { min: 50, score: 75 },
              { min: 90, score: 100 },
            ],
          },
          {
            id: 'b.list',
            title: 'Liste',
            question: 'Was ist da?',
            type: 'checklist',
            items: [
              { id: 'x', label: 'X', weight: 3 },
              { id: 'y', label: 'Y' },
            ],
            allow_na: true,
          },
          {
            id: 'b.district',
            title: 'Kreis',
            question: 'Kreis?',
            type: 'boolean',
            applies_when: { type: ['landkreis'] },
          },
        ],
      },
    ],
    services: [
      {
        id: 'svc',
        title: 'Dienst',
        weights: { b: 3 },
        requires: [{ criterion: 'b.district', min: 100, cap: 'mid' }],
      },
    ],
  };
}

export function assessment(
  answers: Assessment['answers'] = {},
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    format: 'efa-readiness/assessment/v1',
    catalogue: 'unit@1.0.0',
    municipality: { name: 'Teststadt', type: 'stadt', state: 'HE' },
    answers,
    ...extra,
  };
}
