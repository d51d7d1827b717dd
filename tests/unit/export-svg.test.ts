import { describe, expect, it } from 'vitest';
import { toSvg, type NodeAppearances, type SvgOptions } from '../../src/lib/export';
import { edgeShape, fitToBox, parallelOffset } from '../../src/lib/export/svg-geometry';
import { relationTypeInfo } from '../../src/lib/vocabulary';

/** Without drawn colours the SVG takes the vocabulary's, and the text colour for other types. */
const relationColor = (type: string) => relationTypeInfo(type)?.color ?? '#111111';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';

const SVG_NS = 'http://www.w3.org/2000/svg';

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
  return doc;
}

const OPTIONS: SvgOptions = {
  width: 800,
  height: 600,
  title: 'Title with <b>markup</b> & "quotes" 🐱',
  legend: [
    { label: 'Criticized & <more>', color: '#E69F00' },
    { label: 'Allied', color: '#009E73' },
  ],
  background: '#fafafa',
  foreground: '#111111',
};

/** Every actor but "d", which has no position and must be left out. */
const POSITIONS: NodeAppearances = new Map([
  ['a&b', { x: 0, y: 0, size: 8, color: '#ff0000' }],
  ['b', { x: 100, y: 50, size: 5, color: 'red" onload="alert(1)' }],
  ['c<>', { x: 50, y: -100, size: 6, color: '#00ff00' }],
]);

describe('toSvg', () => {
  const file = toSvg(hostileNetwork(), POSITIONS, OPTIONS);
  const doc = parseSvg(file.content);
  const all = (tag: string) => Array.from(doc.getElementsByTagNameNS(SVG_NS, tag));

  it('is a standalone SVG of the requested size, named after the network', () => {
    expect(file.name).toBe('hostile-network-test-bogota.svg');
    expect(file.mimeType).toBe('image/svg+xml');
    const svg = doc.documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual([
      '800',
      '600',
      '0 0 800 600',
    ]);
    expect(all('title')[0].textContent).toBe(OPTIONS.title);
  });

  it('shows data text as text, never as markup', () => {
    expect(all('script')).toHaveLength(0);
    expect(all('b')).toHaveLength(0);
    const texts = all('text').map((t) => t.textContent);
    expect(texts).toContain(OPTIONS.title);
    expect(texts).toContain('Tom & "Jerry" <script>alert(1)</script>');
    expect(texts).toContain('Criticized & <more>');
    expect(all('circle').every((c) => !c.hasAttribute('onload'))).toBe(true);
  });

  it('draws the background, then one circle per positioned actor', () => {
    const background = all('rect')[0];
    expect(background.getAttribute('fill')).toBe('#fafafa');
    expect(all('circle').map((c) => c.getAttribute('fill'))).toEqual(['#ff0000', 'red" onload="alert(1)', '#00ff00']);
    expect(all('text').map((t) => t.textContent)).not.toContain('Isolated');
  });

  it('fits the drawing inside the image with y pointing up as in the graph', () => {
    const circles = all('circle').map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
    }));
    for (const c of circles) {
      expect(c.x - c.r).toBeGreaterThanOrEqual(0);
      expect(c.x + c.r).toBeLessThanOrEqual(800);
      expect(c.y - c.r).toBeGreaterThanOrEqual(0);
      expect(c.y + c.r).toBeLessThanOrEqual(600);
    }
    const [a, b, c] = circles;
    expect(b.y).toBeLessThan(a.y); // graph y 50 above 0
    expect(c.y).toBeGreaterThan(a.y); // graph y -100 below 0
    expect(b.x).toBeGreaterThan(a.x);
  });

  it('draws every relation between positioned actors in its type colour, arrows on directed ones', () => {
    const paths = all('path');
    // r1..r5 all join positioned actors.
    expect(paths.map((p) => p.getAttribute('stroke'))).toEqual(
      ['criticized', 'allied', 'custom-type', 'criticized', 'member-of'].map(relationColor),
    );
    // r1, r4 and r5 are directed; allied and the explicitly undirected r3 are not.
    expect(all('polygon').map((p) => p.getAttribute('fill'))).toEqual(
      ['criticized', 'criticized', 'member-of'].map(relationColor),
    );
    // r1 and r4 share a pair, so they bow apart instead of overlapping.
    expect(paths[0].getAttribute('d')).not.toBe(paths[3].getAttribute('d'));
    expect(paths[0].getAttribute('d')).toContain('Q');
  });

  it('has a legend with a swatch per entry', () => {
    const legend = doc.querySelector('g.legend')!;
    expect(Array.from(legend.querySelectorAll('text')).map((t) => t.textContent)).toEqual([
      'Criticized & <more>',
      'Allied',
    ]);
    expect(
      Array.from(legend.querySelectorAll('rect'))
        .slice(1)
        .map((r) => r.getAttribute('fill')),
    ).toEqual(['#E69F00', '#009E73']);
  });

  it('draws the whole Petro network as valid SVG', () => {
    const petro = petroNetwork();
    const positions: NodeAppearances = new Map(
      petro.actors.map((a, i) => [
        a.id,
        { x: Math.cos(i) * i, y: Math.sin(i) * i, size: 4 + (i % 5), color: '#4477AA' },
      ]),
    );
    const petroDoc = parseSvg(toSvg(petro, positions, { ...OPTIONS, legend: [] }).content);
    expect(petroDoc.getElementsByTagNameNS(SVG_NS, 'circle')).toHaveLength(petro.actors.length);
    expect(petroDoc.getElementsByTagNameNS(SVG_NS, 'path')).toHaveLength(petro.relations.length);
    expect(petroDoc.querySelector('g.legend')).toBeNull();
  });
});

describe('svg geometry', () => {
  it('centres a single point and flips y', () => {
    const box = { left: 10, top: 20, width: 100, height: 50 };
    expect(fitToBox([{ x: 7, y: 7 }], box)({ x: 7, y: 7 })).toEqual({ x: 60, y: 45 });
    const place = fitToBox(
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ],
      box,
    );
    expect(place({ x: 0, y: 10 })).toEqual({ x: 35, y: 20 });
    expect(place({ x: 10, y: 0 })).toEqual({ x: 85, y: 70 });
  });

  it('keeps a lone edge straight and fans parallel ones out symmetrically, within bounds', () => {
    expect(parallelOffset(0, 1)).toBe(0);
    expect(parallelOffset(0, 2)).toBeCloseTo(-parallelOffset(1, 2));
    expect(parallelOffset(1, 3)).toBe(0);
    for (let i = 0; i < 20; i++) expect(Math.abs(parallelOffset(i, 20))).toBeLessThanOrEqual(0.45);
  });

  it('ends a directed edge on the target’s rim with an arrow pointing at it', () => {
    const shape = edgeShape(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { bend: 0, flip: false, targetRadius: 10, arrow: true, width: 1 },
    );
    expect(shape.path).toBe('M0,0 L90,0');
    const [tip, left, right] = shape.arrow!.split(' ').map((p) => p.split(',').map(Number));
    expect(tip).toEqual([90, 0]);
    expect(left[0]).toBeLessThan(90);
    expect(left[1]).toBeCloseTo(-right[1]);
  });

  it('bows to opposite sides when flipped, and has no arrow when undirected', () => {
    const a = edgeShape(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { bend: 0.2, flip: false, targetRadius: 0, arrow: false, width: 1 },
    );
    const b = edgeShape(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { bend: 0.2, flip: true, targetRadius: 0, arrow: false, width: 1 },
    );
    expect(a.path).toBe('M0,0 Q50,20 100,0');
    expect(b.path).toBe('M0,0 Q50,-20 100,0');
    expect(a.arrow).toBeUndefined();
  });
});

describe('SVG export with the appearance on screen', () => {
  it('draws each relation in the colour and width it has on screen', () => {
    const edges = new Map([['r1', { color: '#123456', size: 4 }]]);
    const doc = parseSvg(toSvg(hostileNetwork(), POSITIONS, { ...OPTIONS, edges }).content);
    const first = [...doc.getElementsByTagName('path')][0];
    expect(first.getAttribute('stroke')).toBe('#123456');
    expect(first.getAttribute('stroke-width')).toBe('4');
  });
});
