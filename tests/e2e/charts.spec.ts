// Charts on the /charts/ gallery page (the same component the chapters place): the table
// alternative is reachable, the CSV download holds exactly the plotted rows, and tooltips work
// from the keyboard.
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../src/data/csv.ts';
import { CHART_IDS } from '../../src/story/steps.ts';

for (const id of CHART_IDS) {
  test(`chart ${id}: table alternative and CSV match the marks`, { tag: '@phone' }, async ({ page, request }) => {
    await page.goto('charts/');
    const chart = page.locator(`story-chart[data-chart="${id}"]`);
    // On the gallery each chart's title is an h2 under the page's h1 (inside a chapter it is an h3).
    await expect(chart.getByRole('heading', { level: 2 })).toBeVisible();

    // The table sits behind a "Show table" toggle that works without scripts.
    const toggle = chart.getByText('Show table', { exact: false });
    await toggle.click();
    const table = chart.getByRole('table');
    await expect(table).toBeVisible();
    const tableRows = await table.locator('tbody tr').count();
    expect(tableRows).toBeGreaterThan(0);

    // The CSV link downloads exactly the rows the visible SVG plots.
    const href = await chart.getByRole('link', { name: 'Download data (CSV)' }).getAttribute('href');
    const res = await request.get(new URL(href!, page.url()).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const csv = parseCsv(await res.text());
    const csvIds = new Set(csv.records.map((r) => r.cells.id));
    const svg = chart.locator('.chart__svg:visible svg');
    await expect(svg).toHaveCount(1);
    const markIds = await svg.evaluate((el) =>
      [...el.querySelectorAll('[data-ids]')].flatMap((m) => (m.getAttribute('data-ids') ?? '').split(' ')),
    );
    expect(new Set(markIds)).toEqual(csvIds);
  });
}

test('keyboard reaches the marks and shows their tooltips', async ({ page }) => {
  await page.goto('charts/');
  const chart = page.locator('story-chart[data-chart="crackdown"]');
  const marks = chart.locator('.chart__svg:visible [data-tip]');
  await expect(marks.first()).toHaveAttribute('tabindex', '0');
  await marks.first().focus();
  const tip = chart.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText((await marks.first().getAttribute('data-tip'))!);
  await expect(marks.first()).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  await expect(tip).toHaveText((await marks.nth(1).getAttribute('data-tip'))!);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('a tap or hover shows a tooltip', { tag: '@phone' }, async ({ page }) => {
  await page.goto('charts/');
  const mark = page.locator('story-chart[data-chart="held"] .chart__svg:visible [data-tip]').first();
  // The chart's behaviour arrives after the first paint; once it has (its marks take focus), tap the dot itself,
  // as a reader would.
  await expect(mark).toHaveAttribute('tabindex', '0');
  await mark.locator('circle.c-dot').click();
  await expect(page.locator('story-chart[data-chart="held"]').getByRole('tooltip')).toHaveText(
    (await mark.getAttribute('data-tip'))!,
  );
});

test('setting data-highlight dims the other years', async ({ page }) => {
  await page.goto('charts/');
  const chart = page.locator('story-chart[data-chart="crackdown"]');
  await chart.evaluate((el) => ((el as HTMLElement).dataset.highlight = '2024'));
  const svg = chart.locator('.chart__svg:visible svg');
  await expect(svg.locator('.c-band.is-on')).toHaveAttribute('data-key', '2024');
  expect(await svg.locator('.c-mark[data-key="2024"].is-dim').count()).toBe(0);
  expect(await svg.locator('.c-mark[data-key="2025"].is-dim').count()).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart draws and its table opens', async ({ page }) => {
    await page.goto('charts/');
    for (const id of CHART_IDS) {
      const chart = page.locator(`story-chart[data-chart="${id}"]`);
      await expect(chart.locator('.chart__svg:visible svg')).toBeVisible();
      await chart.getByText('Show table').click();
      await expect(chart.getByRole('table')).toBeVisible();
    }
  });
});
