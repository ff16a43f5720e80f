// The pages around the story: timeline (filtering, no-JS reading, URL state, keyboard),
// sources (anchors and the chapters citing them) and corrections (the version).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from '../../scripts/serve.mjs';
import { parseCsv } from '../../src/data/csv.ts';
import { languageName } from '../../src/lib/lang.ts';

const dataFile = (name: string) => readFileSync(path.join(distDir(), 'data', name), 'utf8');
const eventRows = () => parseCsv(dataFile('events.csv')).records;

const events = (page: Page) => page.locator('#timeline-events li[data-kind]');
const visibleEvents = (page: Page) => page.locator('#timeline-events li[data-kind]:visible');
const status = (page: Page) => page.getByRole('status');

/** Parses "N of M events" from the status line. */
async function statusCounts(page: Page): Promise<[number, number]> {
  const text = (await status(page).textContent()) ?? '';
  const m = /^(\d+) of (\d+) events?$/.exec(text.trim());
  expect(m, `status reads "${text}"`).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

test.describe('timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every event in events.csv, grouped by year, and hides the filter', async ({ page }) => {
    const rows = eventRows();
    await page.goto('timeline/');
    await expect(events(page)).toHaveCount(rows.length);
    await expect(visibleEvents(page)).toHaveCount(rows.length);
    await expect(page.getByRole('form', { name: 'Filter the events' })).toBeHidden();
    const years = [...new Set(rows.map((r) => r.cells.date!.slice(0, 4)))].sort();
    await expect(page.locator('main h2:visible')).toHaveText(years);
    // Every event can be linked to by id.
    const first = rows[0]!.cells.id!;
    await expect(page.locator(`[id="ev-${first}"]`)).toHaveCount(1);
  });
});

test.describe('timeline filter', () => {
  test('a country chosen before the filter script arrives is applied when it does', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/timeline-filter\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('timeline/');
    await page.getByLabel('Country').selectOption('TH');
    await expect(status(page)).toHaveText(`${eventRows().length} of ${eventRows().length} events`);
    release();
    const inThailand = eventRows().filter((r) => r.cells.countries!.split(';').includes('TH')).length;
    await expect(status(page)).toHaveText(`${inThailand} of ${eventRows().length} events`);
    await expect(page).toHaveURL(/\?country=TH$/);
  });

  test('filtering by a country reduces the list, says "N of M" and survives a reload', async ({ page }) => {
    const rows = eventRows();
    const inThailand = rows.filter((r) => r.cells.countries!.split(';').includes('TH')).length;
    await page.goto('timeline/');
    await expect(status(page)).toHaveText(`${rows.length} of ${rows.length} events`);

    await page.getByLabel('Country').selectOption('TH');
    await expect(status(page)).toHaveText(`${inThailand} of ${rows.length} events`);
    await expect(visibleEvents(page)).toHaveCount(inThailand);
    expect(inThailand).toBeLessThan(rows.length);
    for (const countries of await visibleEvents(page).evaluateAll((els) => els.map((el) => el.textContent ?? '')))
      expect(countries).toContain('Thailand');
    await expect(page).toHaveURL(/\?country=TH$/);

    // Years without a matching event disappear.
    const yearsTH = new Set(
      rows.filter((r) => r.cells.countries!.split(';').includes('TH')).map((r) => r.cells.date!.slice(0, 4)),
    );
    await expect(page.locator('main section h2:visible')).toHaveCount(yearsTH.size);

    await page.reload();
    await expect(page.getByLabel('Country')).toHaveValue('TH');
    await expect(status(page)).toHaveText(`${inThailand} of ${rows.length} events`);
    await expect(visibleEvents(page)).toHaveCount(inThailand);
  });

  test('a link with country and kind opens filtered', async ({ page }) => {
    const rows = eventRows();
    const n = rows.filter((r) => r.cells.countries!.split(';').includes('MM') && r.cells.kind === 'raid').length;
    await page.goto('timeline/?country=MM&kind=raid');
    await expect(page.getByLabel('Kind')).toHaveValue('raid');
    await expect(status(page)).toHaveText(`${n} of ${rows.length} events`);
    await expect(visibleEvents(page)).toHaveCount(n);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('timeline/');
    const country = page.getByLabel('Country');
    for (let i = 0; i < 40 && !(await country.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(country).toBeFocused();
    const [, total] = await statusCounts(page);

    await page.keyboard.press('ArrowDown'); // the first country after "All countries"
    await expect(country).not.toHaveValue('');
    const [shown] = await statusCounts(page);
    expect(shown).toBeLessThan(total);
    await expect(visibleEvents(page)).toHaveCount(shown);

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Kind')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show all' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(country).toHaveValue('');
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    await expect(page).toHaveURL(/\/timeline\/$/);
  });
});

test.describe('sources', () => {
  test('a note in a chapter leads to its source, which lists that chapter', async ({ page }) => {
    await page.goto('');
    const chapterLink = page.locator('main nav ol a').first();
    const chapterTitle = (await chapterLink.textContent())!.trim();
    await chapterLink.click();
    const chapterPath = new URL(page.url()).pathname;

    const sourceLink = page.locator('#notes-heading ~ ol a[href*="sources/#src-"]').first();
    const href = (await sourceLink.getAttribute('href'))!;
    const anchor = href.split('#')[1]!;
    await sourceLink.click();
    await expect(page).toHaveURL(new RegExp(`/sources/#${anchor}$`));

    const item = page.locator(`[id="${anchor}"]`);
    await expect(item).toHaveCount(1);
    await expect(item).toBeInViewport();
    const cited = item.getByRole('link', { name: chapterTitle, exact: true });
    await expect(cited).toBeVisible();
    await expect(cited).toHaveAttribute('href', chapterPath);
  });

  test('every source in sources.csv has an anchor, with a link to its page', async ({ page }) => {
    const sources = parseCsv(dataFile('sources.csv')).records;
    await page.goto('sources/');
    await expect(page.locator('main li[id^="src-"]')).toHaveCount(sources.length);
    const s = sources[0]!.cells;
    await expect(page.locator(`[id="src-${s.id}"] a[href="${s.url}"]`)).toHaveText(s.title!);
  });
});

test.describe('sources in other languages', () => {
  test('the sources page gives a foreign title as published, marked with its language, then its English; notes give the English', async ({
    page,
  }) => {
    const foreign = new Map(
      parseCsv(dataFile('sources.csv'))
        .records.map((r) => r.cells)
        .filter((s) => s.title_lang)
        .map((s) => [s.id!, s]),
    );
    expect(foreign.size).toBeGreaterThan(0);
    /** Every source link in `scope`: its source, its parts marked with a language, and its whole text. */
    const links = (scope: string) =>
      page.locator(scope).evaluateAll((as) =>
        as.map((a) => ({
          // On the sources page the entry's own id; in the notes, the link's target.
          id: a.closest('li[id^="src-"]')?.id.slice(4) ?? (a as HTMLAnchorElement).hash.replace(/^#src-/, ''),
          parts: [...a.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent]),
          text: a.textContent!.replace(/\s+/g, ' ').trim(),
        })),
      );

    await page.goto('sources/');
    const listed = (await links('main li[id^="src-"] > a')).filter((l) => foreign.has(l.id));
    expect(listed).toHaveLength(foreign.size);
    for (const l of listed) {
      const s = foreign.get(l.id)!;
      expect(l.parts, l.id).toEqual([[s.title_lang, s.title]]);
      expect(l.text, l.id).toBe(`${s.title} [${s.title_en}]`);
    }

    await page.goto('');
    const chapters = await page
      .locator('main nav ol a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    let inNotes = 0;
    for (const href of chapters) {
      await page.goto(href);
      for (const l of await links('#notes-heading ~ ol a[href*="sources/#src-"]')) {
        const s = foreign.get(l.id);
        expect(l.parts, `${l.id}: nothing in the notes is in another language`).toEqual([]);
        if (!s) continue;
        inNotes++;
        expect(l.text, l.id).toBe(`${s.title_en} (in ${languageName(s.title_lang!)})`);
      }
    }
    expect(inNotes, 'the notes cite sources in other languages').toBeGreaterThan(0);
  });
});

test.describe('corrections', () => {
  test('lists the version shown in the footer, with its changes', async ({ page }) => {
    const newest = /^##\s+(\S+)\s+[-–—]\s+(\S+)/m.exec(dataFile('CHANGELOG.md'))!;
    await page.goto('corrections/');
    const footerVersion = page.locator('footer .data-version a');
    await expect(footerVersion).toHaveText(newest[1]!);
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^Version ${newest[1]!.replace(/\./g, '\\.')}\\b`) }),
    ).toBeVisible();
    await expect(page.locator('main .version__body li').first()).toBeVisible();
  });
});
