import { expect, test } from '@playwright/test';
import { signIn } from './support';

// Demo data (db/demo/V20__scoring.sql): Cụm III 2026; the sheet of Cục PBGDPL&TGPL (unit-officer's and
// unit-head's unit) is a draft with A.4 (manual) and B.1 (days late) left; 78,75 points so far.
const SHEET = '/scoring/sheets/00000000-0000-4000-8000-000000200105';
const RANKING = '/scoring/clusters/00000000-0000-4000-8000-000000008026/ranking';
const UNIT = 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý';

test('an officer scores, the head submits, the cluster lead cuts one criterion with a reason, the ranking updates', async ({ browser, baseURL }) => {
  // The officer finds the unit's draft through the menu and finishes it; the server computes the points.
  const officer = await signIn(browser, baseURL, 'unit-officer');
  await officer.getByRole('navigation').getByRole('link', { name: 'Chấm điểm thi đua' }).click();
  await officer.getByRole('link', { name: UNIT }).click();
  await expect(officer.getByTestId('self-total')).toHaveText('78,75');
  await officer.getByRole('spinbutton', { name: 'Số liệu tự đánh giá A.4' }).fill('9');
  await officer.getByRole('spinbutton', { name: 'Số liệu tự đánh giá B.1' }).fill('0');
  await expect(officer.getByTestId('self-total')).toHaveText('95,75');
  await expect(officer.getByTestId('self-points-B.1')).toHaveText('8');
  await expect(officer.getByText('Đã lưu tự động')).toBeVisible();
  await expect(officer.getByRole('button', { name: 'Nộp bảng chấm điểm' })).toHaveCount(0); // only the head submits
  await officer.context().close();

  // The head submits.
  const head = await signIn(browser, baseURL, 'unit-head');
  await head.goto(SHEET);
  await head.getByRole('button', { name: 'Nộp bảng chấm điểm' }).click();
  await expect(head.getByText('Đã nộp', { exact: true }).first()).toBeVisible();
  await head.context().close();

  // The cluster lead (head unit of Cụm III) verifies: A.4 down from 9 to 7, with the reason.
  const lead = await signIn(browser, baseURL, 'cluster-lead');
  await lead.goto(SHEET);
  const verifiedA4 = lead.getByRole('spinbutton', { name: 'Số liệu thẩm định A.4' });
  await verifiedA4.fill('7');
  await lead.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await expect(lead.getByRole('alert')).toContainText('cần ghi lý do'); // a cut without a reason is refused
  await lead.getByRole('textbox', { name: 'Lý do chênh lệch A.4' }).fill('Một nhiệm vụ đột xuất hoàn thành chậm');
  await lead.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await expect(lead.getByTestId('verified-total')).toHaveText('93,75');
  await expect(lead.getByTestId('verified-points-A.4')).toHaveText('7');
  await lead.getByRole('button', { name: 'Hoàn thành thẩm định' }).click();
  await expect(lead.getByText('Đã thẩm định', { exact: true }).first()).toBeVisible();

  // The ranking now places the unit second with its verified total.
  await lead.goto(RANKING);
  const row = lead.locator('.ant-table-tbody tr', { hasText: UNIT }).first();
  await expect(row).toContainText('93,75');
  await expect(row.locator('td').first()).toHaveText('2');
  await expect(lead.getByText('Dự thảo — chưa khóa hết bảng điểm')).toBeVisible();
  await lead.context().close();
});
