/**
 * Accessibility audit with axe-core: each main state of the explorer, in light and dark,
 * in English and Spanish, has no serious or critical violation of WCAG 2.1 A/AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

const RELATION = 'us-sanctioned-petro-2025-10';

/** Each state, and what must be on screen before the audit so that it audits that state. */
const STATES: { name: string; query: string; phone?: boolean; open?: RegExp; shown?: (page: Page) => Locator }[] = [
  { name: 'main view', query: '' },
  {
    name: 'actor selected',
    query: 'actor=gustavo-petro',
    shown: (page) => page.getByRole('region', { name: 'Actor' }),
  },
  {
    name: 'relation selected',
    query: `relation=${RELATION}`,
    shown: (page) => page.getByRole('region', { name: /^(Evidence|Evidencia)$/ }),
  },
  {
    name: 'source reader open',
    query: `relation=${RELATION}&source=latin-american-post-trump-storm-2026&quote=${RELATION}:0`,
    shown: (page) => page.getByRole('region', { name: /^(Document text|Texto del documento)$/ }),
  },
  { name: 'phone layout', query: '', phone: true },
  {
    name: 'phone, details sheet open',
    query: `relation=${RELATION}`,
    phone: true,
    open: /^(Details|Detalles)$/,
    shown: (page) => page.getByRole('dialog', { name: /^(Details|Detalles)$/ }),
  },
  {
    name: 'connection found',
    query: 'from=china&to=eln&tool=connection',
    shown: (page) => page.getByRole('list', { name: /^(Connections found|Conexiones encontradas)$/ }),
  },
  {
    name: 'periods compared, actors list',
    query: 'compare=2024..2024-12%2C2025..2025-12&list=actors',
    shown: (page) => page.getByRole('table', { name: /^(Actors|Actores)$/ }),
  },
  { name: 'blocs list', query: 'list=blocs', shown: (page) => page.getByRole('table', { name: /^(Blocs|Bloques)$/ }) },
  {
    name: 'sources list, a document chosen, trust filters on',
    query: 'list=sources&document=al-jazeera-petro-trump-2026&fact=only&docs=2',
    shown: (page) => page.getByRole('region', { name: /^(Sources|Fuentes)$/ }),
  },
  {
    name: 'evidence search',
    query: 'list=evidence',
    shown: (page) => page.getByRole('searchbox', { name: /^(Search evidence|Buscar en la evidencia)$/ }),
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'es'] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ colorScheme });
      for (const state of STATES) {
        test(`${state.name}: no serious or critical axe violation`, async ({ page }) => {
          if (state.phone) await page.setViewportSize({ width: 390, height: 844 });
          const query = [lang === 'es' ? 'lang=es' : '', state.query].filter(Boolean).join('&');
          await openExplorer(page, query ? `?${query}` : '');
          if (state.open) await page.getByRole('button', { name: state.open }).click();
          if (state.shown) await expect(state.shown(page)).toBeVisible();
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          const severe = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .flatMap((v) =>
              v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}\n  ${n.failureSummary}`),
            );
          expect(severe, severe.join('\n')).toEqual([]);
        });
      }
    });
  }
}
