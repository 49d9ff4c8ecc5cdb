import { expect, test, type Page } from '@playwright/test';
import { castBallot, expectNoHorizontalScroll, expectNoSeriousA11yViolations, keep, signIn } from './support';

// Phone-sized journeys (390 × 844, touch): part-time officers and unit heads work from a phone. Each page
// must fit the screen (no sideways scroll) and pass axe-core with no serious or critical violation.
// Screenshots go to frontend/target/screenshots/phone/ as well as the report (the desktop home and the year
// dashboard: target/screenshots/home/ and target/screenshots/dashboard/, from home-and-reports.spec.ts).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const CLUSTER_III_2026 = '00000000-0000-4000-8000-000000008026';
const FLAG = '00000000-0000-4000-8000-000000100007'; // Cờ thi đua ngành Tư pháp
const SHEET = '/scoring/sheets/00000000-0000-4000-8000-000000200105'; // unit-officer's unit, Cụm III 2026
const DOSSIER = '/nominations/00000000-0000-4000-8000-000000420001'; // the demo draft of unit-officer's unit
const CHOSEN = 'Cục Hành chính tư pháp';

/**
 * The cluster lead sets up and opens a session of its own through the API (with the lead's token from the
 * signed-in page), so this journey leaves the demo draft to voting.spec.ts.
 */
async function openSessionAsLead(lead: Page, title: string): Promise<string> {
  return lead.evaluate(
    async ({ title, clusterId, awardTypeId }) => {
      const config = (await (await fetch('/config.json')).json()) as { apiBaseUrl: string };
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = (JSON.parse(sessionStorage.getItem(key ?? '') ?? '{}') as { access_token?: string }).access_token;
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const today = new Date().toISOString().slice(0, 10);
      const created = await fetch(`${config.apiBaseUrl}/api/v1/voting-sessions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ purpose: 'CLUSTER_ELECTION', title, clusterId, awardTypeId, sessionDate: today, place: 'Hà Nội' }),
      });
      if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
      const session = (await created.json()) as { id: string; electorate: { key: string }[] };
      const opened = await fetch(`${config.apiBaseUrl}/api/v1/voting-sessions/${session.id}/open`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ present: session.electorate.map((v) => v.key) }),
      });
      if (opened.status !== 200) throw new Error(`open: ${opened.status} ${await opened.text()}`);
      return session.id;
    },
    { title, clusterId: CLUSTER_III_2026, awardTypeId: FLAG },
  );
}

test('a unit head votes on a phone: every line chosen, the choices reviewed, the receipt kept', async ({ browser, baseURL }, testInfo) => {
  const lead = await signIn(browser, baseURL, 'cluster-lead');
  const sessionId = await openSessionAsLead(lead, 'Phiên thử trên điện thoại: suy tôn Cụm thi đua số III');
  await lead.context().close();

  const head = await signIn(browser, baseURL, 'unit-head', { phone: true });
  await head.goto(`/voting/${sessionId}`);
  await head.getByRole('button', { name: 'Bỏ phiếu' }).click();

  // Nothing is marked in advance: the send button waits for every line and says how many are left.
  const send = head.getByRole('button', { name: 'Gửi phiếu' });
  await expect(head.getByTestId('ballot-line').first()).toBeVisible();
  await expect(send).toBeDisabled();
  await expect(head.getByTestId('ballot-status')).toContainText(/Còn \d+ ứng viên chưa chọn/);
  await expect(head.getByTestId('ballot-line').getByRole('radio', { checked: true })).toHaveCount(0);
  await head.getByRole('group', { name: CHOSEN }).getByText('Đồng ý', { exact: true }).click();
  await expect(send).toBeDisabled();
  await expectNoHorizontalScroll(head);
  await expectNoSeriousA11yViolations(head);
  await keep(head, testInfo, 'ballot', 'phone');

  await castBallot(head, CHOSEN);
  await expectNoHorizontalScroll(head);
  await expectNoSeriousA11yViolations(head);
  await keep(head, testInfo, 'receipt', 'phone');

  // The code is one unbroken line and its copy button puts it on the clipboard.
  const code = head.getByTestId('receipt-code');
  const text = ((await code.textContent()) ?? '').trim();
  const box = await code.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(60);
  await head.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await head.getByRole('button', { name: 'Sao chép mã xác nhận' }).click();
  expect(await head.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await expect(head.getByText(/mã của bạn phải có trong danh sách/)).toBeVisible();

  await head.goto(`/voting/${sessionId}/ballot`);
  await expect(head.getByText('Bạn đã bỏ phiếu trong vòng này.')).toBeVisible();
  await head.context().close();
});

test("a unit officer's home, inbox and menu on a phone", async ({ browser, baseURL }, testInfo) => {
  const officer = await signIn(browser, baseURL, 'unit-officer', { phone: true });
  await expect(officer.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(officer.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
  await expect(officer.getByTestId('inbox-item').first().or(officer.getByText(/Không có việc nào/))).toBeVisible();
  // The header fits: the account menu holds the name and "Đăng xuất".
  await expect(officer.getByRole('button', { name: /^Tài khoản: / })).toBeInViewport();
  await expectNoHorizontalScroll(officer);
  await expectNoSeriousA11yViolations(officer);
  await keep(officer, testInfo, 'home', 'phone');

  const upcoming = officer.getByRole('button', { name: /^Sắp tới/ });
  if ((await upcoming.count()) > 0) {
    await upcoming.click();
    await expectNoHorizontalScroll(officer);
    await keep(officer, testInfo, 'inbox-upcoming', 'phone');
  }

  await officer.getByRole('button', { name: /^Tài khoản: / }).click();
  await expect(officer.getByRole('menuitem', { name: 'Đăng xuất' })).toBeInViewport();
  await officer.keyboard.press('Escape');

  // The menu is a drawer behind the menu button and lists only what the role can use.
  await officer.getByRole('button', { name: 'Mở menu' }).click();
  const nav = officer.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Báo cáo' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
  await keep(officer, testInfo, 'menu', 'phone');
  await nav.getByRole('link', { name: 'Báo cáo' }).click();
  await expect(officer.getByRole('tab', { name: 'Lịch sử đơn vị' })).toBeVisible();
  await expect(officer.getByRole('navigation')).toBeHidden();
  await expectNoSeriousA11yViolations(officer);
  await keep(officer, testInfo, 'reports', 'phone');

  await officer.goto('/units');
  await expect(officer.locator('.ant-table-tbody tr').first()).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  await keep(officer, testInfo, 'units', 'phone');

  await officer.goto(SHEET);
  await expect(officer.getByTestId('self-total')).toBeVisible();
  await expect(officer.getByTestId('back-link')).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  await keep(officer, testInfo, 'score-sheet', 'phone');
  await officer.context().close();
});

test('a dossier reads on a phone', async ({ browser, baseURL }, testInfo) => {
  const officer = await signIn(browser, baseURL, 'unit-officer', { phone: true });
  await officer.goto(DOSSIER);
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('Nguyễn Thị Hồng Nhung');
  await expect(officer.getByTestId('back-link')).toHaveAttribute('href', '/nominations');
  // The eligibility table loads after the dossier: measure once it is there.
  await expect(officer.locator('.ant-table-row').first()).toBeVisible(); // not the hidden measure row of a scrolling table
  await expectNoHorizontalScroll(officer);
  await expectNoSeriousA11yViolations(officer);
  await keep(officer, testInfo, 'dossier', 'phone');
  await officer.context().close();
});
