import { expect, test, type Page } from '@playwright/test';
import { castBallot, receiptOf, signIn } from './support';

// Demo data (db/demo/V56, V84): the DRAFT suy tôn of Cụm III 2026 (120003) runs with encrypted ballots and has a
// counting board (Ban kiểm phiếu) of three demo users. Everyone works on a phone-sized screen (390×844): the
// members create their key shares in their own browsers, the cluster lead opens, three unit heads cast encrypted
// ballots, the lead closes, the members post their partial decryptions, the lead publishes, and a voter finds
// their tracker in the published list. No ballot is ever decrypted, only the totals (docs/ballot-crypto.md).
const ID = '00000000-0000-4000-8000-000000120003';
const SESSION = `/voting/${ID}`;
const BOARD = `${SESSION}/counting-board`;
const CHOSEN = 'Cục Quản lý thi hành án dân sự';
const MEMBERS = ['officer.hctp', 'officer.pbgd', 'officer.dkgd'];
const PASSPHRASE = 'mật khẩu ban kiểm phiếu 2026';

/** The "Ban kiểm phiếu" card on the session page (the runner's view of the board). */
const boardCard = (page: Page) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: 'Ban kiểm phiếu' }) });

test('three counting-board members make key shares on phones, voters cast encrypted ballots, the members decrypt the totals and the result is published', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(15 * 60_000);

  // The lead sees the appointed board, no key yet; the opening is refused until every member has made a key.
  const lead = await signIn(browser, baseURL, 'cluster-lead', { phone: true });
  await lead.goto(SESSION);
  const card = boardCard(lead);
  await expect(card.getByText('Chưa tạo khoá', { exact: true })).toHaveCount(3);
  await expect(card.getByText('Chưa mở được phiên: còn thành viên chưa tạo khoá.')).toBeVisible();
  await lead.getByRole('button', { name: 'Tất cả có mặt' }).click();
  await lead.getByRole('button', { name: 'Mở phiên bỏ phiếu' }).click();
  await expect(lead.getByRole('alert')).toBeVisible();
  await expect(lead.getByText('Đang bỏ phiếu')).toHaveCount(0);

  // Each member creates a key share on the board page: the private share stays in that browser (and in the
  // passphrase-protected backup file, downloaded and accepted here). The members' pages stay open for the tally.
  const members: Page[] = [];
  for (const username of MEMBERS) {
    const member = await signIn(browser, baseURL, username, { phone: true });
    await member.goto(BOARD);
    await member.getByLabel('Mật khẩu bảo vệ tệp sao lưu').fill(PASSPHRASE);
    await member.getByLabel('Nhập lại mật khẩu').fill(PASSPHRASE);
    const [backup] = await Promise.all([member.waitForEvent('download'), member.getByRole('button', { name: 'Tạo khoá' }).click()]);
    expect(backup.suggestedFilename()).toMatch(/\.json$/);
    await expect(member.getByText(/Đã tạo khoá và gửi khoá công khai/)).toBeVisible({ timeout: 60_000 });
    members.push(member);
  }

  // Every key is in: the lead ticks everyone present and opens.
  await lead.reload();
  await expect(boardCard(lead).getByText('Đã tạo khoá', { exact: true })).toHaveCount(3);
  await lead.getByRole('button', { name: 'Tất cả có mặt' }).click();
  await expect(lead.getByText('Có mặt 6/6')).toBeVisible();
  await lead.getByRole('button', { name: 'Mở phiên bỏ phiếu' }).click();
  await expect(lead.getByText('Đang bỏ phiếu')).toBeVisible();

  // Three unit heads vote for the same unit from phones; their browsers encrypt the ballots.
  const trackers: string[] = [];
  let firstVoter: Page | undefined;
  for (const head of ['unit-head', 'head.hctp', 'head.dkgd']) {
    const voter = await signIn(browser, baseURL, head, { phone: true });
    await voter.goto(SESSION);
    await voter.getByRole('button', { name: 'Bỏ phiếu' }).click();
    await castBallot(voter, CHOSEN);
    await expect(voter.getByTestId('tracker')).toBeVisible();
    trackers.push(await receiptOf(voter));
    if (!firstVoter) {
      firstVoter = voter;
    } else {
      await voter.context().close();
    }
  }
  const firstTracker = ((await firstVoter!.getByTestId('tracker').getAttribute('data-tracker')) ?? '').slice(0, 16);
  expect(firstTracker).toMatch(/^[0-9a-f]{16}$/);

  // The lead closes the round; the totals now wait for the members' partial decryptions.
  await lead.reload();
  await lead.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await expect(lead.getByText('Đã kết thúc', { exact: true }).first()).toBeVisible();

  // Each member's browser decrypts its part of the per-candidate totals with the share kept on that device.
  for (const member of members) {
    await member.reload();
    await member.getByLabel('Mật khẩu bảo vệ tệp sao lưu').fill(PASSPHRASE);
    await member.getByRole('button', { name: 'Giải mã kết quả' }).click();
    // The page shows the count sent, then (once the board is read again) that this member has decrypted the round.
    await expect(member.getByText(/Đã gửi phần giải mã của bạn|Bạn đã gửi phần giải mã cho vòng này/)).toBeVisible({ timeout: 60_000 });
  }

  // The last decryption counted the round: the lead sees the result and publishes it.
  await lead.reload();
  await expect(lead.locator('.ant-table-tbody tr', { hasText: CHOSEN }).first()).toBeVisible();
  await lead.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(lead.getByText('Đã công bố')).toBeVisible();
  for (const tracker of trackers) {
    await expect(lead.getByText(tracker, { exact: false }).first()).toBeAttached();
  }

  // A voter checks their tracker against the published list.
  await firstVoter!.goto(`${SESSION}?tracker=${firstTracker}`);
  await expect(firstVoter!.getByText(/có trong danh sách phiếu đã đếm/)).toBeVisible();

  for (const page of [lead, firstVoter!, ...members]) await page.context().close();
});
