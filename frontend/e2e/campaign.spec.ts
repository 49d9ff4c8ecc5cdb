import { expect, test } from '@playwright/test';
import { pickDate, pickOption, signIn } from './support';

test('the secretariat launches a campaign, a unit officer registers, the unit head submits, the secretariat approves', async ({ browser, baseURL }) => {
  const title = `Phong trào thi đua kiểm thử ${Date.now()}`;
  const today = new Date();

  // The secretariat drafts the campaign for Cụm III and launches it.
  const secretariat = await signIn(browser, baseURL, 'secretariat');
  await secretariat.getByRole('navigation').getByRole('link', { name: 'Phong trào thi đua' }).click();
  await secretariat.getByRole('button', { name: 'Tạo phong trào' }).click();
  await expect(secretariat.getByRole('heading', { name: 'Tạo phong trào thi đua' })).toBeVisible();
  await secretariat.getByLabel('Tên phong trào', { exact: true }).fill(title);
  await secretariat.getByLabel('Khẩu hiệu', { exact: true }).fill('Đoàn kết, đổi mới, về đích sớm');
  await pickDate(secretariat, 'Ngày bắt đầu', new Date(today.getTime() - 86_400_000));
  await pickDate(secretariat, 'Ngày kết thúc', new Date(today.getTime() + 60 * 86_400_000));
  await secretariat.getByLabel('Cụm, khối thi đua', { exact: true }).click();
  await pickOption(secretariat, 'Cụm thi đua số III – khối các đơn vị thuộc Bộ (2026)');
  await secretariat.getByPlaceholder('Nội dung chỉ tiêu').fill('100% công chức đăng ký thi đua');
  await secretariat.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(secretariat.getByRole('heading', { name: title })).toBeVisible();
  await expect(secretariat.getByText('Bản nháp', { exact: true })).toBeVisible();
  const campaignUrl = new URL(secretariat.url()).pathname;

  await secretariat.getByRole('button', { name: 'Phát động' }).click();
  await secretariat.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(secretariat.getByText('Đã phát động', { exact: true })).toBeVisible();

  // The campaign reaches the unit's inbox; its officer registers a colleague for Chiến sĩ thi đua cơ sở.
  const officer = await signIn(browser, baseURL, 'unit-officer');
  await officer.goto('/campaigns?view=inbox');
  await officer.getByRole('link', { name: title }).click();
  await officer.getByRole('tab', { name: 'Đăng ký thi đua' }).click();
  await officer.getByRole('button', { name: 'Đăng ký mới' }).click();
  const form = officer.getByRole('dialog');
  await form.getByLabel('Danh hiệu, hình thức').click();
  await officer.keyboard.type('Chiến sĩ thi đua cơ sở');
  await pickOption(officer, 'Chiến sĩ thi đua cơ sở (Cá nhân)');
  await form.getByLabel('Cá nhân', { exact: true }).click();
  await officer.keyboard.type('Hồng Nhung');
  await pickOption(officer, 'Nguyễn Thị Hồng Nhung – Chuyên viên chính');
  await form.getByLabel('Nội dung cam kết').fill('Hoàn thành xuất sắc nhiệm vụ, có sáng kiến cấp cơ sở');
  await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
  const officerRow = officer.locator('.ant-table-tbody tr', { hasText: 'Nguyễn Thị Hồng Nhung' });
  await expect(officerRow.getByText('Bản nháp')).toBeVisible();
  await expect(officerRow.getByRole('button', { name: 'Trình' })).toHaveCount(0); // only the head submits

  // The unit head submits it.
  const head = await signIn(browser, baseURL, 'unit-head');
  await head.goto(`${campaignUrl}?tab=registrations`);
  const headRow = head.locator('.ant-table-tbody tr', { hasText: 'Nguyễn Thị Hồng Nhung' });
  await headRow.getByRole('button', { name: 'Trình' }).click();
  await expect(headRow.getByText('Chờ duyệt')).toBeVisible();

  // The secretariat approves it from the queue; the compiled totals count it.
  await secretariat.goto(`${campaignUrl}?tab=registrations`);
  await secretariat.getByLabel('Chỉ đăng ký chờ duyệt').check();
  const queueRow = secretariat.locator('.ant-table-tbody tr', { hasText: 'Nguyễn Thị Hồng Nhung' });
  await queueRow.getByRole('button', { name: 'Duyệt' }).click();
  await expect(secretariat.locator('.ant-table-tbody tr', { hasText: 'Nguyễn Thị Hồng Nhung' })).toHaveCount(0);
  await secretariat.getByLabel('Chỉ đăng ký chờ duyệt').uncheck();
  await expect(queueRow.getByText('Đã duyệt')).toBeVisible();
  await secretariat.getByRole('tab', { name: 'Tổng hợp đăng ký' }).click();
  const totalsRow = secretariat.locator('.ant-table-tbody tr', { hasText: 'Chiến sĩ thi đua cơ sở' });
  await expect(totalsRow.locator('td').nth(3)).toHaveText('1');
});
