import { expect, test, type Page } from '@playwright/test';
import { attach, castBallot, choose, closeDropdown, keep, pickDate, pickOption, search, signIn } from './support';

// A whole emulation year for one cluster, through the UI, each role signed in through Keycloak.
// So that no other journey's data is touched, the secretariat first sets up a cluster of its own (a unique name)
// in the 2025 period — no demo cluster, campaign, sheet or session uses that period's clusters — with three units
// that have demo users: Cục ĐKGDBĐ&BTNN (head: cluster-lead, head.dkgd), Cục Hành chính tư pháp (deputy:
// lead.hctp, officer.hctp, head.hctp) and Cục PBGDPL&TGPL (member: unit-officer, unit-head). The 2025 scoring
// template is the demo's published one. Cục PBGDPL&TGPL scores best, is elected and receives the Cờ thi đua ngành.
const PERIOD_2025 = '00000000-0000-4000-8000-000000009025';
const PBGD = 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý';
const PBGD_ID = '00000000-0000-4000-8000-000000000201';
const DKGD = 'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước';
const HCTP = 'Cục Hành chính tư pháp';
const FLAG = 'Cờ thi đua ngành Tư pháp';
const SHORT = 10_000; // explicit short waits: a step that hangs fails in seconds, not at the test timeout
test.use({ actionTimeout: 15_000 });

type Score = number | 'Đạt' | 'Không đạt';
// The 2025 template (db/demo/V20__scoring.sql): banded percentages, manual points, days late, yes/no, counts.
const BEST: Record<string, Score> = {
  'A.1': 100, 'A.2': 100, 'A.3': 100, 'A.4': 10, 'A.5': 5, 'B.1': 0, 'B.2': 'Đạt', 'B.3': 8,
  'C.1': 'Đạt', 'C.2': 'Đạt', 'C.3': 10, 'D.1': 0, 'D.2': 0, 'E.1': 1,
};
const GOOD: Record<string, Score> = { ...BEST, 'A.1': 96, 'A.4': 9, 'B.1': 2, 'C.3': 9, 'E.1': 0 };
const FAIR: Record<string, Score> = { ...BEST, 'A.1': 90, 'A.2': 92, 'A.4': 8, 'B.3': 7, 'D.1': 1, 'E.1': 0 };

/** Today as the SPA writes dates (dd/MM/yyyy). */
function viToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Enters every self-score of the sheet open on the page and waits for the autosave. */
async function selfScore(page: Page, scores: Record<string, Score>) {
  for (const [code, value] of Object.entries(scores)) {
    const label = `Số liệu tự đánh giá ${code}`;
    if (typeof value === 'number') {
      await page.getByRole('spinbutton', { name: label }).fill(String(value));
    } else {
      await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: label }) }).click();
      await pickOption(page, value);
      // the next select's option must not be looked for in this dropdown while it fades out
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: SHORT });
    }
  }
  await expect(page.getByText('Đã lưu tự động')).toBeVisible({ timeout: SHORT });
}

/** A unit user opens the unit's sheet in the cluster from the scoring page. */
async function openSheet(page: Page, clusterId: string): Promise<string> {
  await page.goto(`/scoring?periodId=${PERIOD_2025}&clusterId=${clusterId}`);
  await page.getByRole('button', { name: 'Mở bảng chấm điểm của đơn vị' }).click();
  await expect(page).toHaveURL(/\/scoring\/sheets\/[0-9a-f-]{36}$/, { timeout: SHORT });
  return new URL(page.url()).pathname;
}

async function submitSheet(page: Page, sheet: string) {
  await page.goto(sheet);
  await page.getByRole('button', { name: 'Nộp bảng chấm điểm' }).click();
  await expect(page.getByText('Đã nộp', { exact: true }).first()).toBeVisible({ timeout: SHORT });
}

/** The cluster lead confirms the verification (unreviewed criteria keep the self-score) and locks the sheet. */
async function verifyAndLock(page: Page, sheet: string) {
  await page.goto(sheet);
  await page.getByRole('button', { name: 'Hoàn thành thẩm định' }).click();
  await expect(page.getByText('Đã thẩm định', { exact: true }).first()).toBeVisible({ timeout: SHORT });
  await page.getByRole('button', { name: 'Khóa bảng điểm' }).click();
  await expect(page.getByText('Đã khóa', { exact: true }).first()).toBeVisible({ timeout: SHORT });
}

test('a whole emulation year of one cluster: campaign, registration, scoring, ranking, suy tôn, dossier, council, decision, histories', async ({
  browser,
  baseURL,
}, testInfo) => {
  // About 150 s on a quiet machine, 230 s when the 2 cores are shared (load 19). Every step waits at most 10–15 s
  // (SHORT, actionTimeout), so a hang fails fast; only plain slowness uses this margin.
  test.setTimeout(290_000);
  const stamp = Date.now() % 1_000_000;
  const cluster = `Cụm thi đua kiểm thử năm 2025 – ${stamp}`;
  const campaignTitle = `Phong trào thi đua năm 2025 của ${cluster}`;
  const sessionTitle = `Suy tôn Cờ thi đua ngành Tư pháp năm 2025 – ${cluster}`;
  const today = new Date();
  const started = Date.now();
  /** A unit head opens the unit's sheet, self-scores it and submits it. */
  const scoreAsHead = async (username: string, scores: Record<string, Score>) => {
    const page = await signIn(browser, baseURL, username);
    const sheet = await openSheet(page, clusterId);
    await selfScore(page, scores);
    await submitSheet(page, sheet);
    await page.context().close();
    return sheet;
  };
  const mark = (step: string) => console.log(`[year] ${((Date.now() - started) / 1000).toFixed(1)} s — ${step}`);

  mark('0. cluster set-up');
  // 0. The secretariat sets up the cluster of the year: members found by name without accents, head and deputy.
  const secretariat = await signIn(browser, baseURL, 'secretariat');
  await secretariat.getByRole('navigation').getByRole('link', { name: 'Cụm, khối thi đua' }).click();
  await secretariat.getByRole('button', { name: /Lập cụm, khối thi đua/ }).click();
  await choose(secretariat, 'periodId', '2025 (01/01/2025 – 31/12/2025)');
  await secretariat.locator('#name').fill(cluster);
  await search(secretariat, 'memberUnitIds', 'giao duc phap luat va', PBGD);
  await secretariat.keyboard.type('dang ky quoc gia');
  await pickOption(secretariat, DKGD);
  await secretariat.keyboard.type('hanh chinh tu phap');
  await pickOption(secretariat, HCTP);
  await closeDropdown(secretariat);
  await choose(secretariat, 'headUnitId', DKGD);
  await closeDropdown(secretariat);
  await choose(secretariat, 'deputyUnitIds', HCTP);
  await closeDropdown(secretariat);
  await secretariat.getByRole('button', { name: 'Lập cụm', exact: true }).click();
  const drawer = secretariat.getByRole('dialog', { name: cluster });
  await expect(drawer).toContainText('Thành viên', { timeout: SHORT });
  await expect(drawer.locator('.ant-table-row', { hasText: DKGD })).toContainText('Cụm trưởng');
  const clusterId = new URL(secretariat.url()).searchParams.get('selected')!;
  expect(clusterId).toMatch(/^[0-9a-f-]{36}$/);
  await keep(secretariat, testInfo, '00-cluster');

  mark('1. campaign');
  // 1. The secretariat launches the year's campaign for the cluster.
  await secretariat.goto('/campaigns');
  await secretariat.getByRole('button', { name: 'Tạo phong trào' }).click();
  await secretariat.getByLabel('Tên phong trào', { exact: true }).fill(campaignTitle);
  await secretariat.getByLabel('Khẩu hiệu', { exact: true }).fill('Đoàn kết, đổi mới, về đích sớm');
  await pickDate(secretariat, 'Ngày bắt đầu', new Date(today.getTime() - 86_400_000));
  await pickDate(secretariat, 'Ngày kết thúc', new Date(today.getTime() + 60 * 86_400_000));
  await secretariat.getByLabel('Cụm, khối thi đua', { exact: true }).click();
  await pickOption(secretariat, `${cluster} (2025)`);
  await secretariat.getByPlaceholder('Nội dung chỉ tiêu').fill('100% đơn vị trong cụm đăng ký và chấm điểm thi đua');
  await secretariat.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(secretariat.getByRole('heading', { name: campaignTitle })).toBeVisible({ timeout: SHORT });
  const campaign = new URL(secretariat.url()).pathname;
  await secretariat.getByRole('button', { name: 'Phát động' }).click();
  await secretariat.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(secretariat.getByText('Đã phát động', { exact: true })).toBeVisible({ timeout: SHORT });
  await keep(secretariat, testInfo, '01-campaign-launched');

  mark('2. registration');
  // 2. Units register: the officer of Cục PBGDPL&TGPL registers the unit for the flag, its head submits, the secretariat approves.
  const signingInHead = signIn(browser, baseURL, 'unit-head');
  const officer = await signIn(browser, baseURL, 'unit-officer');
  await officer.goto('/campaigns?view=inbox');
  await officer.getByRole('link', { name: campaignTitle }).click();
  await officer.getByRole('tab', { name: 'Đăng ký thi đua' }).click();
  await officer.getByRole('button', { name: 'Đăng ký mới' }).click();
  await officer.getByRole('dialog').getByLabel('Danh hiệu, hình thức').click();
  await officer.keyboard.type('Cờ thi đua ngành');
  await pickOption(officer, `${FLAG} (Tập thể)`);
  await officer.getByRole('dialog').getByLabel('Nội dung cam kết').fill('Dẫn đầu Cụm; hoàn thành 100% nhiệm vụ năm 2025');
  await officer.getByRole('dialog').getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(officer.locator('.ant-table-tbody tr', { hasText: FLAG }).getByText('Bản nháp')).toBeVisible({ timeout: SHORT });

  const head = await signingInHead;
  await head.goto(`${campaign}?tab=registrations`);
  const headRow = head.locator('.ant-table-tbody tr', { hasText: FLAG });
  await headRow.getByRole('button', { name: 'Trình' }).click();
  await expect(headRow.getByText('Chờ duyệt')).toBeVisible({ timeout: SHORT });

  await secretariat.goto(`${campaign}?tab=registrations`);
  const queueRow = secretariat.locator('.ant-table-tbody tr', { hasText: FLAG });
  await queueRow.getByRole('button', { name: 'Duyệt' }).click();
  await expect(queueRow.getByText('Đã duyệt')).toBeVisible({ timeout: SHORT });
  await keep(secretariat, testInfo, '02-registration-approved');

  mark('3. self-scoring');
  // 3. Units self-score at the same time, each against the 2025 template; the heads submit.
  const [pbgdSheet, dkgdSheet, hctpSheet] = await Promise.all([
    (async () => {
      const sheet = await openSheet(officer, clusterId);
      await selfScore(officer, BEST);
      await keep(officer, testInfo, '03-self-score');
      await submitSheet(head, sheet);
      return sheet;
    })(),
    scoreAsHead('head.dkgd', GOOD),
    scoreAsHead('head.hctp', FAIR),
  ]);

  mark('4. verification');
  // 4. The cluster lead (the head unit) verifies and locks the members' sheets, cutting one criterion with its reason;
  // meanwhile the deputy unit's lead verifies the head unit's own sheet (no one verifies their own unit's).
  const [lead] = await Promise.all([
    (async () => {
      const lead = await signIn(browser, baseURL, 'cluster-lead');
      await verifyAndLock(lead, pbgdSheet);
      await lead.goto(hctpSheet);
      await lead.getByRole('spinbutton', { name: 'Số liệu thẩm định A.4' }).fill('7');
      await lead.getByRole('textbox', { name: 'Lý do chênh lệch A.4' }).fill('Một nhiệm vụ đột xuất hoàn thành chậm');
      await lead.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
      await expect(lead.getByTestId('verified-points-A.4')).toHaveText('7', { timeout: SHORT });
      await verifyAndLock(lead, hctpSheet);
      return lead;
    })(),
    (async () => {
      const deputy = await signIn(browser, baseURL, 'lead.hctp');
      await verifyAndLock(deputy, dkgdSheet);
      await deputy.context().close();
    })(),
  ]);

  mark('5. ranking');
  // 5. Every sheet is locked: the ranking is published, Cục PBGDPL&TGPL first.
  await lead.goto(`/scoring/clusters/${clusterId}/ranking`);
  await expect(lead.getByText('Đã công bố', { exact: true })).toBeVisible({ timeout: SHORT });
  const first = lead.locator('.ant-table-tbody tr').first();
  await expect(first).toContainText(PBGD);
  await expect(first.locator('td').first()).toHaveText('1');
  await keep(lead, testInfo, '05-ranking-published');

  mark('6. suy tôn');
  // 6. The cluster votes (suy tôn): the lead sets up the session from the ranking, records all three members present and opens it.
  await lead.getByRole('navigation').getByRole('link', { name: 'Bỏ phiếu, suy tôn' }).click();
  await lead.getByRole('button', { name: /Tạo phiên bỏ phiếu/ }).click();
  await lead.locator('#title').fill(sessionTitle);
  await choose(lead, 'clusterId', `${cluster} (2025)`);
  await choose(lead, 'awardTypeId', FLAG);
  await expect(lead.getByRole('checkbox', { name: new RegExp(PBGD) })).toBeChecked({ timeout: SHORT });
  await lead.getByRole('button', { name: 'Tạo phiên (dự thảo)' }).click();
  await expect(lead.getByRole('button', { name: 'Mở phiên bỏ phiếu' })).toBeVisible({ timeout: SHORT });
  const session = new URL(lead.url()).pathname;
  // Right after the draft is created the page may still re-render: repeat the presence click until it shows.
  await expect(lead.getByText('Cần ít nhất 2/3 thành viên có mặt', { exact: false })).toBeVisible({ timeout: SHORT });
  await expect(async () => {
    await lead.getByRole('button', { name: 'Tất cả có mặt' }).click();
    await expect(lead.getByText('Có mặt 3/3')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: SHORT });
  await expect(lead.getByRole('checkbox', { name: PBGD, exact: true })).toBeChecked();
  await lead.getByRole('button', { name: 'Mở phiên bỏ phiếu' }).click();
  await expect(lead.getByText('Đang bỏ phiếu')).toBeVisible({ timeout: SHORT });

  // The three unit heads vote (no unit votes for itself): two for Cục PBGDPL&TGPL, one for Cục Hành chính tư pháp.
  await Promise.all(
    (
      [
        ['head.dkgd', PBGD],
        ['head.hctp', PBGD],
        ['unit-head', HCTP],
      ] as const
    ).map(async ([voterName, choice]) => {
      const voter = voterName === 'unit-head' ? head : await signIn(browser, baseURL, voterName, { phone: true });
      await voter.goto(session);
      await voter.getByRole('button', { name: 'Bỏ phiếu' }).click();
      await castBallot(voter, choice);
      if (voter !== head) await voter.context().close();
    }),
  );

  await lead.reload();
  await lead.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await lead.getByRole('button', { name: 'Kiểm phiếu' }).click();
  const elected = lead.locator('.ant-table-tbody tr', { hasText: PBGD }).first();
  await expect(elected).toContainText('Trúng cử', { timeout: SHORT });
  await expect(elected).toContainText('2/3');
  await lead.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(lead.getByText('Đã công bố')).toBeVisible({ timeout: SHORT });
  await keep(lead, testInfo, '06-election-published');
  await lead.context().close();

  mark('7. dossier');
  // 7. The elected unit's dossier: the officer drafts it, cites the published election, attaches the tờ trình and the
  // báo cáo thành tích, and every rule passes.
  await officer.getByRole('navigation').getByRole('link', { name: 'Hồ sơ khen thưởng' }).click();
  await officer.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
  await choose(officer, 'awardTypeId', FLAG);
  await choose(officer, 'periodId', '2025');
  await officer.locator('#achievements').fill('Dẫn đầu Cụm thi đua năm 2025 theo bảng điểm đã khóa; được Cụm suy tôn.');
  await officer.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(officer.getByRole('heading', { name: `${FLAG} — ${PBGD}` })).toBeVisible({ timeout: SHORT });
  const dossier = new URL(officer.url()).pathname;
  const verdict = officer.getByText(/Kết luận chung/);
  await expect(verdict).toContainText('Cần bổ sung minh chứng', { timeout: SHORT });
  await officer.getByRole('button', { name: 'Sửa hồ sơ' }).click();
  await choose(officer, 'electionSessionId', `${sessionTitle} (${viToday()})`);
  await officer.getByRole('button', { name: 'Lưu và kiểm tra lại' }).click();
  const checklist = officer.getByRole('table', { name: 'Kiểm tra điều kiện theo quy định' });
  await expect(checklist.locator('tr', { hasText: 'Được Cụm suy tôn' })).toContainText('Đạt', { timeout: SHORT });
  await attach(officer, 'Tờ trình', 'to-trinh.pdf');
  await attach(officer, 'Báo cáo thành tích', 'bao-cao-thanh-tich.pdf');
  // Every rule but the signed tờ trình passes: from the 2025 year an unsigned tờ trình leaves the dossier needing
  // evidence (R-EVIDENCE-SIGNED, docs/signatures.md) — shown, not blocking the submission.
  await expect(checklist.locator('tr', { hasText: 'R-EVIDENCE' })).toContainText('chữ ký số', { timeout: SHORT });
  await expect(checklist.locator('tr', { hasText: 'Được Cụm suy tôn' })).toContainText('Đạt');
  await keep(officer, testInfo, '07-dossier-eligible');

  // The unit head submits; the secretariat receives, appraises and puts it on the council's agenda.
  await head.goto(dossier);
  await head.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expect(head.locator('.ant-descriptions')).toContainText('Đã gửi', { timeout: SHORT });
  await head.context().close();

  await secretariat.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận, thẩm định' }).click();
  const row = secretariat.locator('tr', { has: secretariat.locator(`a[href="${dossier}"]`) });
  await row.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(row).toContainText('Đã tiếp nhận', { timeout: SHORT });
  await row.getByRole('button', { name: 'Thẩm định' }).click();
  await expect(row).toContainText('Đang thẩm định', { timeout: SHORT });
  await row.getByRole('button', { name: 'Đưa ra Hội đồng' }).click();
  await expect(row).toHaveCount(0, { timeout: SHORT });

  mark('8. council');
  // 8. The council: a member reads the dossier on the agenda; the secretariat enters the council's vote, 15 of 15.
  const member = await signIn(browser, baseURL, 'council-member');
  await member.goto('/nominations/queue?tab=agenda');
  await member.locator(`a[href="${dossier}"]`).first().click();
  await expect(member.getByRole('heading', { name: `${FLAG} — ${PBGD}` })).toBeVisible({ timeout: SHORT });
  await member.context().close();

  await secretariat.goto(dossier);
  await secretariat.getByRole('button', { name: 'Nhập kết quả bỏ phiếu của Hội đồng' }).click();
  await secretariat.locator('#members').fill('15');
  await secretariat.locator('#yes').fill('15');
  await secretariat.locator('#no').fill('0');
  await secretariat.locator('#minutes').fill(`Biên bản họp Hội đồng TĐKT ngành – ${cluster}`);
  await secretariat.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(secretariat.locator('.ant-descriptions')).toContainText('Được thông qua', { timeout: SHORT });

  mark('9. decision');
  // 9. The decision is issued (a number no other run used).
  const number = `${stamp}/QĐ-BTP`;
  await secretariat.getByRole('navigation').getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  await secretariat.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await choose(secretariat, 'nominationIds', `${PBGD} — ${FLAG} 2025`);
  await closeDropdown(secretariat);
  await secretariat.locator('#number').fill(number);
  await secretariat.locator('#signer').fill('Nguyễn Hải Ninh');
  await secretariat.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(secretariat.getByRole('heading', { name: `Quyết định số ${number}` })).toBeVisible({ timeout: SHORT });
  await expect(secretariat.getByRole('table', { name: 'Danh sách được khen thưởng' })).toContainText(PBGD);
  await keep(secretariat, testInfo, '09-decision');

  mark('10. histories');
  // 10. The award appears in the unit's history: for its own officer, and for the secretariat through the unit picker.
  await officer.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
  const ownAward = officer.locator('.ant-table-tbody tr', { hasText: FLAG }).filter({ hasText: '2025' });
  await expect(ownAward).toContainText('Tập thể', { timeout: SHORT });
  await keep(officer, testInfo, '10-unit-history-own');
  await officer.context().close();

  await secretariat.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
  await secretariat.getByRole('tab', { name: 'Lịch sử đơn vị' }).click();
  await secretariat
    .locator('.ant-select')
    .filter({ has: secretariat.getByRole('combobox', { name: 'Chọn đơn vị (gõ tên, không cần dấu)' }) })
    .click();
  await secretariat.keyboard.type('giao duc phap luat va');
  await pickOption(secretariat, PBGD);
  await expect(secretariat.getByRole('heading', { name: PBGD })).toBeVisible({ timeout: SHORT });
  await expect(secretariat.locator('.ant-table-tbody tr', { hasText: FLAG }).filter({ hasText: '2025' })).toContainText('Tập thể');
  await keep(secretariat, testInfo, '10-unit-history-picked');

  // The awards ledger of the unit lists the decision.
  await secretariat.goto(`/awards?unitId=${PBGD_ID}`);
  await expect(secretariat.locator('.ant-table-tbody tr', { hasText: number })).toContainText(FLAG, { timeout: SHORT });
  await secretariat.context().close();
  mark('done');
});
