/**
 * The coding desk in Chromium, on the bundled dataset: paste an article and give its
 * metadata, see the known actors' mentions marked and relations suggested, accept one and
 * find it on the canvas and in the relations table with its quote, code a passage by
 * selecting it, reload and find the workspace as it was, export the workspace and open the
 * bundle — whose quotes are exact substrings of its documents. In English and Spanish.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { openExplorer, shownRelations } from './helpers';
import type { Page } from '@playwright/test';

const ARTICLE = [
  'Rubio and Petro clash again',
  '',
  'Marco Rubio criticized Gustavo Petro on January 17, 2026, in a speech in Miami.',
  'Days later Donald Trump met Gustavo Petro at the White House, where both leaders spoke about drugs.',
  'The ELN attacked the Colombian armed forces in Catatumbo.',
  'Nicolás stayed silent.',
].join('\n');

/** Serious or critical WCAG 2.1 A/AA violations on the page as it is now. */
async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.html} ${n.failureSummary ?? ''}`));
}

type Bench = { sigma(): { getGraph(): { size: number; order: number } } };

async function graphOrder(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __petroBench: Bench }).__petroBench.sigma().getGraph().order);
}

async function graphSize(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __petroBench: Bench }).__petroBench.sigma().getGraph().size);
}

async function pasteArticle(page: Page): Promise<void> {
  await page.getByLabel('Paste the article’s text').fill(ARTICLE);
  await page.getByLabel('Title', { exact: true }).fill('Rubio and Petro clash again');
  await page.getByLabel('Publisher', { exact: true }).fill('Test Wire');
  await page.getByLabel('Author', { exact: true }).fill('Ana Gómez');
  await page.getByLabel('Published', { exact: true }).fill('2026-02-10');
  await page.getByLabel('URL', { exact: true }).fill('https://example.org/rubio-petro');
  await page.getByRole('button', { name: 'Find relations' }).click();
}

/** Selects `passage` inside the article's text, as a mouse drag would. */
async function selectPassage(page: Page, passage: string): Promise<void> {
  await page.getByRole('region', { name: 'Article text' }).evaluate((region, wanted) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent ?? '';
    }
    const from = text.indexOf(wanted);
    const to = from + wanted.length;
    const at = (offset: number) => {
      const hit = nodes.findLast((n) => n.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...at(from));
    range.setEnd(...at(to));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, passage);
}

test.describe('the coding desk', () => {
  test('an article pasted, its relations suggested, accepted, coded by hand, kept over a reload and exported', async ({
    page,
  }) => {
    await openExplorer(page, '?bench=1');
    const before = await graphSize(page);
    const order = await graphOrder(page);
    await page.getByRole('button', { name: 'Code an article' }).click();
    const desk = page.getByRole('region', { name: 'Coding desk' });
    await expect(desk).toBeVisible();
    await expect(page).toHaveURL(/[?&]desk=open/);
    await pasteArticle(page);

    // Mentions of known actors are marked in the text.
    const text = desk.getByRole('region', { name: 'Article text' });
    await expect(text.locator('mark.mention', { hasText: 'Marco Rubio' })).toBeVisible();
    await expect(text.locator('mark.mention', { hasText: 'Gustavo Petro' }).first()).toBeVisible();

    // Suggestions, with the columns the analyst reviews.
    const table = desk.getByRole('table', { name: /Suggestions/ });
    for (const column of ['Source', 'Relation', 'Target', 'Date', 'Claim', 'Sentence']) {
      await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
    }
    const criticized = table.getByRole('row').filter({ hasText: 'Marco Rubio' }).filter({ hasText: 'Criticized' });
    await expect(criticized).toHaveCount(1);
    await expect(criticized).toContainText('January 17, 2026');
    expect(await severeViolations(page)).toEqual([]);
    await criticized.getByRole('button', { name: /^Accept / }).click();
    await expect(criticized).toContainText('Accepted');
    expect(await graphSize(page)).toBe(before + 1);

    // A name that matches no actor is offered as a new one, with a kind the analyst can change.
    const kind = desk.getByRole('combobox', { name: 'Kind of actor for “White House”' });
    await expect(kind).toBeVisible({ timeout: 20_000 });
    await kind.selectOption('institution');
    await desk.getByRole('button', { name: 'Add “White House” as a new actor' }).click();
    await expect(desk.getByRole('status').first()).toHaveText('Added “White House” as a new actor.');
    await expect.poll(() => graphOrder(page)).toBe(order + 1);

    // An ambiguous name is the analyst's to decide; the decision stays.
    const who = desk.getByRole('combobox', { name: 'Who is “Nicolás” here?' });
    // The words around it tell one mention from another of the same name.
    await expect(who).toHaveAccessibleDescription('Nicolás stayed silent.');
    await expect(text.locator('mark.mention.ambiguous', { hasText: 'Nicolás' })).toBeVisible();
    await who.selectOption('nicolas-maduro');
    await expect(text.locator('mark.mention', { hasText: 'Nicolás' })).not.toHaveClass(/ambiguous/);
    await expect(who).toHaveValue('nicolas-maduro');

    // A passage coded by selecting it: the quote is exactly the selection.
    const passage = 'The ELN attacked the Colombian armed forces in Catatumbo.';
    await selectPassage(page, passage);
    await desk.getByRole('button', { name: 'Code this passage' }).click();
    const form = desk.getByRole('form', { name: 'Code a relation' });
    await expect(form.locator('blockquote')).toHaveText(passage);
    await form.getByRole('combobox', { name: /^Relation/ }).selectOption('attacked');
    await form.getByRole('combobox', { name: /^Source/ }).selectOption('eln');
    await form.getByRole('combobox', { name: /^Target/ }).selectOption('colombian-armed-forces');
    await form.getByRole('button', { name: 'Save relation' }).click();
    await expect(form).toHaveCount(0);
    expect(await graphSize(page)).toBe(before + 2);

    // Back on the network: the accepted relation is drawn and listed with its quote.
    await page.getByRole('button', { name: 'Back to the network' }).click();
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    expect(await shownRelations(page)).toBeGreaterThanOrEqual(before + 2);
    // In the relations table (newest first), with its date; its row opens the quote.
    const row = page
      .getByRole('table', { name: 'Relations' })
      .getByRole('row')
      .filter({ hasText: 'Marco Rubio' })
      .filter({ hasText: 'January 17, 2026' });
    await expect(row).toHaveCount(1);
    await row.click();
    await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(
      'Marco Rubio criticized Gustavo Petro on January 17, 2026, in a speech in Miami.',
    );
    await page.getByRole('tab', { name: 'Evidence' }).click();
    await page.getByRole('searchbox', { name: 'Search evidence' }).fill('Miami');
    await page.getByRole('list', { name: 'Relations with matching evidence' }).getByRole('button').first().click();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await expect(evidence).toContainText(
      'Marco Rubio criticized Gustavo Petro on January 17, 2026, in a speech in Miami.',
    );
    await expect(evidence).toContainText('Rubio and Petro clash again');

    // A reload brings the workspace back exactly, decisions included.
    await page.goto('./?desk=open&bench=1');
    await expect(page.getByRole('region', { name: 'Coding desk' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: /Suggestions/ })
        .getByRole('row')
        .filter({ hasText: 'Accepted' }),
    ).toHaveCount(1);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Rubio and Petro clash again');
    await expect(page.getByRole('combobox', { name: 'Who is “Nicolás” here?' })).toHaveValue('nicolas-maduro');
    await expect.poll(() => graphSize(page)).toBe(before + 2);

    // The workspace exported as this project's bundle: every quote is in its document.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workspace' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      relations: { evidence: { document: string; quote: string }[] }[];
      sources: Record<string, string>;
      review?: { decisions: Record<string, string>; mentionChoices?: Record<string, Record<string, string>> };
    };
    expect(bundle.format).toBe('petro-network-bundle');
    const quotes = bundle.relations.flatMap((r) => r.evidence);
    expect(quotes).toHaveLength(2);
    for (const { document, quote } of quotes) expect(bundle.sources[document]).toContain(quote);
    // The review travels with it: the decision taken and who "Nicolás" is.
    expect(Object.values(bundle.review?.decisions ?? {})).toEqual(['accepted']);
    expect(Object.values(bundle.review?.mentionChoices ?? {}).flatMap(Object.values)).toEqual(['nicolas-maduro']);

    // And the bundle opens as a network of its own.
    await page.getByRole('button', { name: 'Back to the network' }).click();
    await page.locator('input[type="file"]').first().setInputFiles(file);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => shownRelations(page)).toBe(2);
  });

  test('on a phone the desk takes the screen, and the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Opened straight on the desk: the network loads behind it, hidden.
    await page.goto('./?desk=open');
    const desk = page.getByRole('region', { name: 'Coding desk' });
    await expect(desk).toBeVisible({ timeout: 30_000 });
    await pasteArticle(page);
    await expect(desk.getByRole('table', { name: /Suggestions/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Network' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Panels' })).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test.describe('en español, en oscuro', () => {
    test.use({ colorScheme: 'dark' });
    test('en español: la mesa de codificación sugiere relaciones', async ({ page }) => {
      await openExplorer(page, '?lang=es');
      await page.getByRole('button', { name: 'Codificar un artículo' }).click();
      const desk = page.getByRole('region', { name: 'Mesa de codificación' });
      await expect(desk).toBeVisible();
      await page.getByLabel('Pegue el texto del artículo').fill(ARTICLE);
      await page.getByLabel('Título', { exact: true }).fill('Rubio y Petro');
      await page.getByLabel('Medio', { exact: true }).fill('Agencia');
      await page.getByLabel('Publicado', { exact: true }).fill('2026-02');
      await page.getByRole('button', { name: 'Buscar relaciones' }).click();
      const table = desk.getByRole('table', { name: /Sugerencias/ });
      await expect(table.getByRole('columnheader', { name: 'Afirmación' })).toBeVisible();
      await expect(table.getByRole('row').filter({ hasText: 'Marco Rubio' }).first()).toContainText('Criticó');
      expect(await severeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Volver a la red' }).click();
      await expect(page.getByRole('region', { name: 'Red' })).toBeVisible();
    });
  });
});
