// The explore map (/map/), what issue 19 point 8 asked of it: its date slider names the month it shows everything
// up to ("January 2026", in the site's formatting locale, whatever the browser's language), and its list of every
// feature is light: no buttons until the live map is there, few elements an entry, laid out as it nears the screen.
import { expect, test } from '@playwright/test';
import { loadSiteConfig } from '../../src/config/site.ts';

const { locale } = loadSiteConfig();
/** What the slider should say for a month: the month and the year, as the site's locale writes them. */
const monthWords = (y: number, m: number) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));

test.describe('explore map', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the date slider names the month, in the site locale, in an en-US browser too', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('map/');
    const explore = page.locator('map-explore');
    await expect(explore).toHaveAttribute('data-live', 'true', { timeout: 60_000 });
    const months = JSON.parse((await explore.getAttribute('data-months'))!) as number[];
    const slider = page.getByRole('slider', { name: 'Show what had happened by' });
    const output = page.locator('[data-until-label]');
    const last = months.at(-1)!;
    await expect(slider).toHaveAttribute('aria-valuetext', monthWords(Math.floor(last / 100), last % 100));
    await slider.focus();
    await page.keyboard.press('Home');
    const first = months[0]!;
    const want = monthWords(Math.floor(first / 100), first % 100);
    await expect(slider).toHaveAttribute('aria-valuetext', want);
    await expect(output).toHaveText(want);
    // No day in it: the map shows the whole month.
    expect(want).not.toMatch(/\b1\b/);
    await context.close();
  });

  test('the list is light: no buttons before the live map, few elements an entry, laid out near the screen', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('map/');
    const list = page.locator('.map-explore__list');
    const entries = await list.locator('li[data-feature]').count();
    expect(entries).toBeGreaterThan(10);
    await expect(list.locator('button')).toHaveCount(0);
    const elements = await list.evaluate((el) => el.querySelectorAll('*').length);
    expect(elements / entries, 'elements an entry').toBeLessThan(10.5);
    const cv = await list
      .locator('li[data-feature]')
      .first()
      .evaluate((el) => getComputedStyle(el).contentVisibility);
    expect(cv).toBe('auto');
    await context.close();
  });
});
