import { describe, expect, it } from 'vitest';
import { renderScoreText, wrap } from '../../src/render/score-text.js';
import { loadStyle, PLAIN } from '../../src/render/style.js';
import { scoreAssessment } from '../../src/score/score.js';
import { assessment, catalogue } from '../score/fixtures.js';

describe('renderScoreText', () => {
  const result = scoreAssessment(catalogue(), assessment({ 'a.scale': 1, 'a.bool': true }), {
    lang: 'de',
  });

  it('is plain text without colour and has colour codes with it', async () => {
    expect(renderScoreText(result, catalogue(), { lang: 'de', style: PLAIN })).not.toContain(
      '\u001b[',
    );
    expect(
      renderScoreText(result, catalogue(), { lang: 'de', style: await loadStyle(true) }),
    ).toContain('\u001b[');
  });

  it('names the gate that capped the band with its reason', () => {
    const c = catalogue();
    const text = renderScoreText(
      scoreAssessment(
        c,
        assessment({
          'a.scale': 1,
          'a.bool': true,
          'a.choice': 'all',
          'b.number': 95,
          'b.list': ['x', 'y'],
        }),
        { lang: 'de' },
      ),
      c,
      { lang: 'de', style: PLAIN },
    );
    expect(text).toContain('Reifestufe: mittel');
    expect(text).toContain(
      'begrenzt durch das K.-o.-Kriterium Skala (25,0 < 50): ohne das geht es nicht',
    );
    expect(text).toContain('nach Punkten wäre es „hoch“');
  });

  it('marks dimensions that cannot be scored', () => {
    const c = catalogue();
    const text = renderScoreText(
      scoreAssessment(c, assessment({ 'b.number': 'n/a', 'b.list': 'n/a' }), { lang: 'en' }),
      c,
      {
        lang: 'en',
        style: PLAIN,
      },
    );
    expect(text).toMatch(/B +·+ +not scored/);
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const text =
      'Den Rückkanal für die angeschlossenen Leistungen einrichten und die digitale Bekanntgabe klären.';
    const lines = wrap(text, 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
});
