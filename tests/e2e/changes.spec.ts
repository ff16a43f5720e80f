// The changes page (/changes/): every data version's figures from what to what, with the chapters that show them,
// made at build time from data/releases/*.json and readable without JavaScript.
import { expect, test } from '@playwright/test';

test.describe('what changed, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists a known correction with its value before and after, and the chapters that show the row', async ({
    page,
  }) => {
    await page.goto('changes/');
    await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
    // Data 1.1.1 wrote the CCTV broadcast of Kokang confessions to the month it is known to (it was 2025-11-09).
    const version = page.getByRole('region', { name: /Version 1\.1\.1/ });
    await expect(version).toBeVisible();
    await expect(version.getByText('Compared with version 1.1.0')).toBeVisible();
    const change = version.locator('[data-row="events:ev-2025-11-cctv-kokang-confessions"]');
    await expect(change).toHaveCount(1);
    await expect(change.getByRole('listitem')).toHaveText('date: from 9 November 2025 to November 2025');
    await expect(change.locator('.change__before')).toHaveText('9 November 2025');
    await expect(change.locator('.change__after')).toHaveText('November 2025');
    // The row links to its event on the timeline, and each chapter named shows the row.
    await expect(change.getByRole('link').first()).toHaveAttribute(
      'href',
      /\/timeline\/#ev-ev-2025-11-cctv-kokang-confessions$/,
    );
    const chapters = change.locator('.change__shown a');
    expect(await chapters.count()).toBeGreaterThan(0);
    const href = await chapters.first().getAttribute('href');
    expect(href).toMatch(/\/chapters\/[a-z0-9-]+\/$/);
    await page.goto(href!);
    await expect(page.locator('[data-fact="events:ev-2025-11-cctv-kokang-confessions"]').first()).toBeAttached();
  });

  test('each version links to its reasons, and the first version says it is the first', async ({ page }) => {
    await page.goto('changes/');
    const first = page.getByRole('region', { name: /Version 1\.0\.0/ });
    await expect(first.getByText('The first published version.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Why: the corrections for version 1.2.1' })).toHaveAttribute(
      'href',
      /\/corrections\/#v-1\.2\.1$/,
    );
    // The reasons' target exists on the corrections page.
    await page.goto('corrections/');
    await expect(page.locator('[id="v-1.2.1"]')).toHaveCount(1);
  });

  test('is linked from the footer and from the corrections page', async ({ page }) => {
    await page.goto('corrections/');
    await expect(page.getByRole('main').getByRole('link', { name: 'what changed' })).toHaveAttribute(
      'href',
      /\/changes\/$/,
    );
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'What changed' })).toHaveAttribute(
      'href',
      /\/changes\/$/,
    );
  });
});
