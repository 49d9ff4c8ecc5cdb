import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { keep, signIn } from './support';

// Read-only journeys: each role lands on the home inbox and follows an item or opens a report. They change
// no data, and assert nothing that other journeys' changes could move (any item the inbox lists will do).

/** The inbox is there; its first item, if any, opens its page in one click. */
async function followFirstItem(page: Page, testInfo: TestInfo, role: string) {
  await expect(page.getByText('Việc cần làm', { exact: true })).toBeVisible();
  const items = page.getByTestId('inbox-item');
  await expect(items.first().or(page.getByText(/Không có việc nào đang chờ bạn/))).toBeVisible();
  await keep(page, testInfo, `home-${role}`, 'home');
  if ((await items.count()) === 0) return;
  const link = items.first().getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/(campaigns|scoring|voting|nominations)\//);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await keep(page, testInfo, `item-${role}`);
}

for (const role of ['unit-officer', 'unit-head', 'cluster-lead']) {
  test(`${role} lands on the inbox and opens an item`, async ({ browser, baseURL }, testInfo) => {
    const page = await signIn(browser, baseURL, role);
    await followFirstItem(page, testInfo, role);
    await page.context().close();
  });
}

test('the unit officer reads the own unit history, predecessors included', async ({ browser, baseURL }, testInfo) => {
  const page = await signIn(browser, baseURL, 'unit-officer');
  await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('tab', { name: 'Lịch sử đơn vị' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Khen thưởng và độ bao phủ' })).toHaveCount(0);
  await expect(page.getByText(/Gồm cả đơn vị tiền thân: .*Cục Trợ giúp pháp lý/)).toBeVisible();
  await keep(page, testInfo, 'unit-history');
  await page.context().close();
});

test('the secretariat sees its queues and exports the awards report to Excel', async ({ browser, baseURL }, testInfo) => {
  const page = await signIn(browser, baseURL, 'secretariat');
  await followFirstItem(page, testInfo, 'secretariat');
  await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByText('Theo cấp của người, đơn vị được khen')).toBeVisible();
  await expect(page.getByText('Cấp xã', { exact: true }).first()).toBeVisible();
  await keep(page, testInfo, 'report-awards');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Xuất Excel/ }).first().click();
  expect((await download).suggestedFilename()).toBe('bao-cao-khen-thuong.xlsx');
  await page.context().close();
});

test('the viewer has nothing to do and reads campaign participation', async ({ browser, baseURL }, testInfo) => {
  const page = await signIn(browser, baseURL, 'viewer');
  await expect(page.getByText(/Không có việc nào đang chờ bạn\. Xem tình hình chung ở mục Báo cáo\./)).toBeVisible();
  await keep(page, testInfo, 'home-viewer');
  await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
  await page.getByRole('tab', { name: 'Phong trào thi đua' }).click();
  await expect(page.getByRole('tabpanel').locator('.ant-table-tbody tr').first()).toContainText(/\d/);
  await page.getByRole('tab', { name: 'Chấm điểm theo cụm' }).click();
  await expect(page.getByRole('link', { name: /Cụm/ }).first()).toBeVisible();
  await keep(page, testInfo, 'report-scoring');
  await page.context().close();
});

test('the secretariat opens the year dashboard and sees where the clusters stand', async ({ browser, baseURL }, testInfo) => {
  const page = await signIn(browser, baseURL, 'secretariat');
  // Time to content of the home page, for frontend/README.md: from navigation start to the greeting, HTTP cache warm.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const homeMs = await page.evaluate(() => Math.round(performance.now()));
  testInfo.annotations.push({ type: 'home-time-to-content-ms', description: String(homeMs) });
  console.log(`home time to content: ${homeMs} ms`);

  await page.getByRole('navigation').getByRole('link', { name: 'Bảng điều hành' }).click();
  await expect(page.getByRole('heading', { name: /Bảng điều hành năm thi đua \d{4}/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tiến độ các cụm, khối thi đua' })).toBeVisible();
  // The chart library arrives in its own chunk and draws the clusters' bars.
  const chart = page.getByRole('img', { name: 'Biểu đồ tiến độ chấm điểm theo cụm' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await keep(page, testInfo, 'year-dashboard', 'dashboard');
  await page.context().close();
});
