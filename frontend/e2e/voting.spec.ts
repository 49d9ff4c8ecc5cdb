import { expect, test } from '@playwright/test';
import { castBallot, receiptOf, signIn, tickPresent } from './support';

// Demo data (db/demo/V84): the DRAFT Cờ Chính phủ suy tôn of Cụm III 2026 (encrypted, no counting board; the
// Cờ ngành draft 120003 has a board: counting-board.spec.ts) (6 members, 2/3, 1 seat), run by
// the cluster lead (Cục ĐKGDBĐ&BTNN, the cluster's head). Three unit heads vote from phone-sized screens.
const SESSION = '/voting/00000000-0000-4000-8000-000000120004';
const TITLE = 'Bỏ phiếu suy tôn đơn vị đề nghị tặng Cờ thi đua của Chính phủ năm 2026';
const CHOSEN = 'Cục Quản lý thi hành án dân sự';

test('the cluster lead opens the suy tôn, three unit heads vote on phones, the lead closes it and the result and minutes appear', async ({
  browser,
  baseURL,
}) => {
  // The lead finds the draft, measures the threshold against those present, ticks four members present and opens.
  const lead = await signIn(browser, baseURL, 'cluster-lead');
  await lead.getByRole('navigation').getByRole('link', { name: 'Bỏ phiếu, suy tôn' }).click();
  await lead.getByRole('link', { name: TITLE }).click();
  await lead.locator('.ant-select').filter({ has: lead.locator('#base') }).click();
  await lead.locator('.ant-select-item-option[title="số thành viên có mặt"]').click();
  await lead.getByRole('button', { name: 'Lưu nguyên tắc' }).click();
  await expect(lead.getByText('Cần ít nhất 4/6 thành viên có mặt (tỷ lệ 2/3).')).toBeVisible();
  // The session refetches after the rules are saved and the presence list may render again under the clicks:
  // tick until the count shows (as the year journey does).
  await tickPresent(lead, [
    'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước',
    'Cục Hành chính tư pháp',
    'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  ], 'Có mặt 3/6');
  // Three present of six is below the quorum: refused, still a draft.
  await lead.getByRole('button', { name: 'Mở phiên bỏ phiếu' }).click();
  await expect(lead.getByRole('alert')).toContainText('3/6 có mặt');
  await tickPresent(lead, ['Cục Bổ trợ tư pháp'], 'Có mặt 4/6');
  await lead.getByRole('button', { name: 'Mở phiên bỏ phiếu' }).click();
  await expect(lead.getByText('Tiến độ bỏ phiếu')).toBeVisible();
  await expect(lead.getByText('Đang bỏ phiếu')).toBeVisible();

  // Three unit heads vote for the same unit, each from a phone-sized screen, and keep their receipt codes.
  const receipts: string[] = [];
  for (const head of ['unit-head', 'head.hctp', 'head.dkgd']) {
    const voter = await signIn(browser, baseURL, head, { phone: true });
    await voter.goto(SESSION);
    await voter.getByRole('button', { name: 'Bỏ phiếu' }).click();
    await castBallot(voter, CHOSEN);
    receipts.push(await receiptOf(voter));
    await voter.goto(SESSION);
    await expect(voter.getByText('Bạn đã bỏ phiếu trong vòng này.')).toBeVisible();
    await voter.context().close();
  }

  // The lead sees the turnout, closes, tallies and publishes.
  await lead.reload();
  await expect(lead.getByText('Đã bỏ phiếu / có mặt')).toBeVisible();
  await lead.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await lead.getByRole('button', { name: 'Kiểm phiếu' }).click();
  const row = lead.locator('.ant-table-tbody tr', { hasText: CHOSEN }).first();
  await expect(row).toContainText('Trúng cử');
  await expect(row).toContainText('3/4');
  await lead.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(lead.getByText('Đã công bố')).toBeVisible();
  await lead.getByText(/Mã xác nhận của 3 phiếu/).click();
  for (const receipt of receipts) {
    await expect(lead.getByText(receipt, { exact: false }).first()).toBeVisible();
  }
  const [download] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('button', { name: /Biên bản \(PDF\)/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bien-ban-kiem-phieu-.*\.pdf$/);
  await lead.context().close();
});
