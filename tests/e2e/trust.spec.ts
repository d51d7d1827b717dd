/**
 * Trusting every edge, in Chromium on the Petro dataset: a relation resting on an
 * allegation is drawn dashed (read from the pixels along it), "Only what a source reports
 * as fact" takes it out of the table, the Sources list's document lens keeps one
 * document's relations and names those resting on it alone, the reader marks every quote
 * of a document, and the evidence search finds the visa relations — in English and Spanish.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { openExplorer, shownRelations, waitForLayout } from './helpers';
import type { Page } from '@playwright/test';

interface Evidence {
  document: string;
  quote: string;
  claim?: string;
}
interface Relation {
  id: string;
  source: string;
  target: string;
  summary: string;
  evidence: Evidence[];
}
interface Actor {
  id: string;
  label: string;
}
interface Document {
  id: string;
  title: string;
  file: string;
}

const relations = JSON.parse(readFileSync('graph-data/relations.json', 'utf8')) as Relation[];
const actors = new Map(
  (JSON.parse(readFileSync('graph-data/actors.json', 'utf8')) as Actor[]).map((a) => [a.id, a.label]),
);
const documents = JSON.parse(readFileSync('graph-data/documents.json', 'utf8')) as Document[];

/** The dataset's relations that rest only on allegations or denied reports. */
const weak = relations.filter((r) => r.evidence.every((e) => e.claim === 'alleged' || e.claim === 'disputed'));

type Bench = {
  sigma(): {
    getNodeDisplayData(node: string): { x: number; y: number } | undefined;
    /** Display data are in the framed graph's coordinates. */
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getCamera(): { getState(): { ratio: number }; setState(state: { x: number; y: number; ratio: number }): void };
  };
};

/** Centres the camera on a relation and zooms until it is about 360 px long, clear of its end labels. */
async function zoomOnto(page: Page, relation: Relation): Promise<void> {
  await page.evaluate(
    ([source, target]) => {
      const sigma = (window as unknown as { __petroBench: Bench }).__petroBench.sigma();
      const [a, b] = [sigma.getNodeDisplayData(source)!, sigma.getNodeDisplayData(target)!];
      const [va, vb] = [sigma.framedGraphToViewport(a), sigma.framedGraphToViewport(b)];
      const length = Math.hypot(vb.x - va.x, vb.y - va.y);
      const camera = sigma.getCamera();
      camera.setState({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: (camera.getState().ratio * length) / 360 });
    },
    [relation.source, relation.target],
  );
  await page.waitForTimeout(300);
}

/** Where the two ends of a relation are on screen, in CSS pixels of the canvas container. */
async function endsOnScreen(page: Page, relation: Relation) {
  return page.evaluate(
    ([source, target]) => {
      const sigma = (window as unknown as { __petroBench: Bench }).__petroBench.sigma();
      return [source, target].map((node) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!));
    },
    [relation.source, relation.target],
  );
}

/**
 * The share of points along a straight relation that show the background: gaps in a dashed
 * line. Points are read across the line (±1 px) so that anti-aliasing never makes a gap.
 */
async function gapShare(page: Page, relation: Relation): Promise<number> {
  const [from, to] = await endsOnScreen(page, relation);
  const png = await page.getByTestId('sigma-container').screenshot();
  return page.evaluate(
    async ({ base64, from, to }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const at = (x: number, y: number) => {
        const i = (Math.round(y) * image.width + Math.round(x)) * 4;
        return [data[i], data[i + 1], data[i + 2]];
      };
      const background = at(2, 2);
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      const [nx, ny] = [-(to.y - from.y) / length, (to.x - from.x) / length];
      let gaps = 0;
      let samples = 0;
      // Away from the dots and the arrow head.
      for (let t = 0.25; t <= 0.65; t += 1 / length) {
        const [x, y] = [from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t];
        const difference = Math.max(
          ...[-1, 0, 1].map((offset) => {
            const [r, g, b] = at(x + nx * offset, y + ny * offset);
            return Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]);
          }),
        );
        samples += 1;
        if (difference < 12) gaps += 1;
      }
      return gaps / samples;
    },
    { base64: png.toString('base64'), from, to },
  );
}

test.describe('trusting every edge', () => {
  test('a relation resting on an allegation is drawn dashed, and “Only what a source reports as fact” removes it', async ({
    page,
  }) => {
    const alleged = weak.find((r) => r.target === 'colombian-paramilitaries');
    expect(alleged, 'the dataset codes an allegation against the paramilitaries').toBeDefined();
    const reported = relations.find(
      (r) => r.target === 'colombian-paramilitaries' && r.evidence.some((e) => e.claim === 'reported'),
    )!;
    // The paramilitaries' neighbourhood alone: each of its relations is a straight line.
    await openExplorer(page, '?bench=1&actor=colombian-paramilitaries&focus=1');
    await waitForLayout(page);
    await zoomOnto(page, alleged!);
    const dashed = await gapShare(page, alleged!);
    await zoomOnto(page, reported);
    const solid = await gapShare(page, reported);
    expect(dashed, 'gaps along the alleged relation').toBeGreaterThan(0.2);
    expect(solid, 'gaps along the reported relation').toBeLessThan(0.08);

    const table = page.getByRole('table', { name: 'Relations' });
    // Sorted by source, "Álvaro Uribe" comes first, inside the rows the table renders.
    await table.getByRole('button', { name: 'Source' }).click();
    const allegedRow = table
      .getByRole('row')
      .filter({ hasText: actors.get(alleged!.source)! })
      .filter({ hasText: actors.get(alleged!.target)! });
    await expect(allegedRow).toHaveCount(1);
    const before = await shownRelations(page);
    await page.getByRole('checkbox', { name: 'Only what a source reports as fact' }).check();
    await expect(allegedRow).toHaveCount(0);
    // Its end may leave the neighbourhood with it, taking that actor's other relations along.
    expect(await shownRelations(page)).toBeLessThan(before);
    await expect(page).toHaveURL(/[?&]fact=only/);
  });

  test('choosing a document in Sources leaves only its relations and names those resting on it alone', async ({
    page,
  }) => {
    const document = documents.find((d) => d.id === 'latinoamerica21-celac-2025')!;
    const supported = relations.filter((r) => r.evidence.some((e) => e.document === document.id));
    const alone = supported.filter((r) => r.evidence.every((e) => e.document === document.id));
    expect(alone.length).toBeGreaterThan(0);

    await openExplorer(page, '?list=sources');
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('listitem').filter({ hasText: document.title })).toContainText(
      `supports ${supported.length} relations`,
    );
    await sources.getByRole('button', { name: `Show only the relations of “${document.title}”` }).click();
    await expect(page).toHaveURL(/[?&]document=latinoamerica21-celac-2025/);
    const fall = sources.getByRole('heading', { name: /^Would fall if this source were withdrawn/ });
    await expect(fall).toHaveText(`Would fall if this source were withdrawn: ${alone.length} relations`);
    await expect(sources.getByRole('list', { name: /^Would fall/ }).getByRole('listitem')).toHaveCount(alone.length);

    await page.getByRole('tab', { name: 'Relations' }).click();
    await expect.poll(() => shownRelations(page)).toBe(supported.length);
    // The filters say which document the lens shows, and give the whole network back.
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Show all sources' }).click();
    await expect.poll(() => shownRelations(page)).toBe(relations.length);
  });

  test('en español: la lente de un documento y lo que caería sin él', async ({ page }) => {
    const document = documents.find((d) => d.id === 'americas-quarterly-total-peace-2022')!;
    const alone = relations.filter((r) => r.evidence.every((e) => e.document === document.id));
    await openExplorer(page, `?lang=es&list=sources&document=${document.id}`);
    const sources = page.getByRole('region', { name: 'Fuentes' });
    await expect(sources.getByRole('heading', { name: /^Caer/ })).toContainText(String(alone.length));
    await expect(page.getByRole('status').filter({ hasText: 'Solo se muestran las relaciones de' })).toBeVisible();
  });

  test('the reader marks every quote the dataset takes from the document', async ({ page }) => {
    const read = documents.find((d) => d.id === 'icwa-colombia-us-2025')!;
    const quotes = [
      ...new Set(relations.flatMap((r) => r.evidence.filter((e) => e.document === read.id).map((e) => e.quote))),
    ];
    await openExplorer(page, '?list=sources');
    await page.getByRole('button', { name: `Read “${read.title}”` }).click();
    const reader = page.getByRole('dialog', { name: read.title });
    await expect(reader).toBeVisible();
    // The text as shown, and which of its characters are inside a mark.
    const { text, marked } = await reader.getByRole('region', { name: 'Document text' }).evaluate((region) => {
      let text = '';
      const marked: boolean[] = [];
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const inMark = Boolean(node.parentElement?.closest('mark'));
        text += node.textContent ?? '';
        for (let i = 0; i < (node.textContent ?? '').length; i++) marked.push(inMark);
      }
      return { text, marked };
    });
    const unmarked = quotes.filter((quote) => {
      const start = text.indexOf(quote);
      return start < 0 || marked.slice(start, start + quote.length).some((inMark) => !inMark);
    });
    expect(unmarked).toEqual([]);
    await expect(reader.getByText(/of \d+ paragraphs cited/)).toBeVisible();
  });

  test('searching the evidence for “visa” lists the visa relations, in both languages', async ({ page }) => {
    const visa = relations.filter((r) => r.evidence.some((e) => /\bvisas?\b/i.test(e.quote)));
    expect(visa.length).toBeGreaterThan(0);
    const label = (r: Relation) => new RegExp(`${actors.get(r.source)}.*${actors.get(r.target)}`);
    for (const [lang, tab, name, listName] of [
      ['en', 'Evidence', 'Search evidence', 'Relations with matching evidence'],
      ['es', 'Evidencia', 'Buscar en la evidencia', 'Relaciones con evidencia que coincide'],
    ] as const) {
      await openExplorer(page, lang === 'es' ? '?lang=es' : '');
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('searchbox', { name }).fill('visa');
      const results = page.getByRole('list', { name: listName });
      for (const relation of visa) await expect(results.getByText(label(relation)).first()).toBeVisible();
      await expect(results.locator('mark').first()).toHaveText(/^visas?$/i);
    }
  });
});
