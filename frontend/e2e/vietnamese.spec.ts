import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, signIn } from './support';

// "Vietnamese through and through": the main pages, as Vietnamese users see them, show no English leftover,
// no raw status code and no ISO date. Only the visible text counts (document.body.innerText), after the page's
// data has loaded. Read-only: the journey changes no data.

/** English words that leaked into the Vietnamese UI before (case-sensitive, whole words). */
const ENGLISH = ['Draft', 'Submitted', 'Open', 'Error', 'Loading', 'Select date', 'Please', 'undefined', 'null', 'NaN', 'Invalid'];
/** Status codes as the API sends them: a Vietnamese reader must see their names. */
const CODES = ['DRAFT', 'SUBMITTED', 'LAUNCHED', 'IN_PROGRESS', 'FINAL_REVIEW', 'PUBLIC_COMMENT', 'ON_AGENDA', 'COUNCIL_VOTED',
  'APPRAISING', 'RETURNED', 'APPROVED', 'REJECTED', 'DECIDED', 'REVOKED', 'TALLIED', 'PUBLISHED', 'VERIFIED', 'CERTIFIED', 'LOCKED'];
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

// Many pages per journey: more time than one journey's default.
test.describe.configure({ timeout: 300_000 });

/** Every leftover in the visible text of the page as it is now, with a little context to find it. */
async function leftovers(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  const context = (at: number, length: number) => text.slice(Math.max(0, at - 30), at + length + 30).replace(/\s+/g, ' ');
  for (const word of [...ENGLISH, ...CODES]) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${word.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_])`, 'gu');
    for (const m of text.matchAll(pattern)) found.push(`"${m[0]}" in …${context(m.index, m[0].length)}…`);
  }
  for (const m of text.matchAll(ISO_DATE)) found.push(`ISO date ${m[0]} in …${context(m.index, m[0].length)}…`);
  return found;
}

/** Waits until the page has its heading and its data (no spinner, no request under way). */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.locator('.ant-skeleton-active')).toHaveCount(0);
  // The frame and the home page draw their own (plain HTML) spinner and skeleton.
  await expect(page.locator('.app-spinner, .app-skeleton')).toHaveCount(0);
}

async function expectVietnamese(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
  expect(await leftovers(page), `English, codes or ISO dates on ${path}`).toEqual([]);
}

/** Opens the first link of the page's main table (a detail page), when there is one, and checks it too. */
async function expectFirstDetailVietnamese(page: Page, listPath: string, linkPrefix: string, tab?: string) {
  await page.goto(listPath);
  await settled(page);
  const link = page.locator(`main a[href^="${linkPrefix}"]`).first();
  if ((await link.count()) === 0) return;
  const href = (await link.getAttribute('href'))!;
  const path = tab ? `${href}?tab=${tab}` : href;
  await expectVietnamese(page, path);
}

test('the secretariat reads every main page in Vietnamese, dates dd/MM/yyyy', async ({ browser, baseURL }) => {
  const page = await signIn(browser, baseURL, 'secretariat');
  for (const path of ['/', '/dashboard', '/campaigns', '/covenants', '/scoring', '/scoring/templates', '/voting', '/nominations',
    '/nominations/queue', '/decisions', '/awards', '/reports', '/units', '/people', '/clusters', '/award-types', '/rule-parameters']) {
    await expectVietnamese(page, path);
  }
  await expectFirstDetailVietnamese(page, '/campaigns', '/campaigns/', 'info');
  await expectFirstDetailVietnamese(page, '/campaigns', '/campaigns/', 'history');
  await expectFirstDetailVietnamese(page, '/voting', '/voting/');
  await expectFirstDetailVietnamese(page, '/decisions', '/decisions/');
  await page.context().close();
});

test('the unit officer reads the score sheet and the dossier in Vietnamese', async ({ browser, baseURL }) => {
  const page = await signIn(browser, baseURL, 'unit-officer');
  for (const path of ['/', '/campaigns', '/scoring', '/nominations', '/awards', '/reports']) {
    await expectVietnamese(page, path);
  }
  await expectVietnamese(page, '/scoring/sheets/00000000-0000-4000-8000-000000200105');
  await expectVietnamese(page, '/nominations/00000000-0000-4000-8000-000000420001');
  await page.context().close();
});

test('on a phone the score sheet is in Vietnamese and no wider than the screen', async ({ browser, baseURL }) => {
  const page = await signIn(browser, baseURL, 'unit-officer', { phone: true });
  await expectVietnamese(page, '/scoring/sheets/00000000-0000-4000-8000-000000200105');
  await expect(page.getByTestId('criteria-cards').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectVietnamese(page, '/');
  await page.context().close();
});
