import { describe, expect, it } from 'vitest';
import { renderRadarSvg, wrap } from '../../src/report/radar.js';

const options = { id: 'r', title: 'Netz', description: 'Beschreibung' };
const axes = [
  { label: 'Schnittstellen', value: 30, display: '30,0' },
  { label: 'Personal', value: 75, display: '75,0' },
  { label: 'Informationssicherheit', value: null, display: '–' },
];

describe('renderRadarSvg', () => {
  it('needs three axes to enclose an area', () => {
    expect(renderRadarSvg(axes.slice(0, 2), options)).toBeNull();
  });

  it('is an accessible image named by its title and description with the values', () => {
    const svg = renderRadarSvg(axes, options) ?? '';
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="r-title r-desc"/);
    expect(svg).toContain('<title id="r-title">Netz</title>');
    expect(svg).toContain('Schnittstellen: 30,0; Personal: 75,0; Informationssicherheit: –');
  });

  it('places the points by value: the top axis at 30 % of the radius, null at the centre', () => {
    const svg = renderRadarSvg(axes, options) ?? '';
    const points = [
      ...svg.matchAll(/<circle class="radar-point" cx="([\d.]+)" cy="([\d.]+)"/g),
    ].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points[0]).toEqual([280, 280 - 0.3 * 170]);
    expect(points[2]).toEqual([280, 280]);
  });

  it('is deterministic and escapes labels', () => {
    const hostile = axes.map((a) => ({ ...a, label: `<script>alert(1)</script>${a.label}` }));
    const svg = renderRadarSvg(hostile, options) ?? '';
    expect(svg).toBe(renderRadarSvg(hostile, options));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('wrap', () => {
  it('breaks long labels at spaces and hyphens into at most three lines', () => {
    expect(wrap('Organisation und Steuerung der Nachnutzung')).toEqual([
      'Organisation und',
      'Steuerung der',
      'Nachnutzung',
    ]);
    expect(wrap('kurz')).toEqual(['kurz']);
    expect(wrap('a '.repeat(60)).length).toBe(3);
  });
});
