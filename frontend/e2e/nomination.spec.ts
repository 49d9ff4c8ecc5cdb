import { expect, test } from '@playwright/test';
import { attach, choose, closeDropdown, enterCouncilApproval, issueDecision, sendToCouncil, signIn, submitAsHead } from './support';

// Demo data (db/demo/V40__nomination.sql): person 7001 of Cục PBGDPL&TGPL has LĐTT + CSTĐCS 2023–2025 in the ledger
// and an unused ministry-scope initiative — eligible for Chiến sĩ thi đua ngành 2025 once the initiative is cited.
const PERSON = 'Nguyễn Thị Hồng Nhung';
const AWARD = 'Chiến sĩ thi đua ngành Tư pháp';
const INITIATIVE = 'Số hoá quy trình tiếp nhận yêu cầu trợ giúp pháp lý trực tuyến (cấp Bộ)';

test('an officer builds a CSTĐ ngành dossier, the head submits, the secretariat appraises, the council approves, a decision is issued and the person’s history shows it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);

  // The officer drafts the dossier, cites the ministry initiative, and the CSTĐ ngành rule passes.
  const officer = await signIn(browser, baseURL, 'unit-officer');
  await officer.getByRole('navigation').getByRole('link', { name: 'Hồ sơ khen thưởng' }).click();
  await officer.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
  await choose(officer, 'awardTypeId', AWARD);
  await choose(officer, 'periodId', '2025');
  await choose(officer, 'personId', PERSON);
  await officer.locator('#achievements').fill('Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến áp dụng toàn ngành.');
  await officer.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(officer.getByRole('heading', { name: `${AWARD} — ${PERSON}` })).toBeVisible();
  const dossier = new URL(officer.url()).pathname;
  const checklist = officer.getByRole('table', { name: 'Kiểm tra điều kiện theo quy định' });
  await expect(checklist.locator('tr', { hasText: 'R-CSTD-BO' })).toContainText('Cần bổ sung minh chứng');
  await officer.getByRole('button', { name: 'Sửa hồ sơ' }).click();
  await choose(officer, 'initiativeIds', INITIATIVE);
  await closeDropdown(officer);
  await officer.getByRole('button', { name: 'Lưu và kiểm tra lại' }).click();
  await expect(checklist.locator('tr', { hasText: 'R-CSTD-BO' })).toContainText('Đạt');
  // R-EVIDENCE: without the tờ trình and the báo cáo thành tích the dossier needs evidence; the officer attaches both.
  await expect(checklist.locator('tr', { hasText: 'R-EVIDENCE' })).toContainText('Cần bổ sung minh chứng');
  await attach(officer, 'Tờ trình', 'to-trinh.pdf');
  await attach(officer, 'Báo cáo thành tích', 'bao-cao-thanh-tich.pdf');
  // From the 2025 emulation year the tờ trình must carry a valid digital signature (R-EVIDENCE-SIGNED, docs/signatures.md):
  // an unsigned one still leaves the dossier needing evidence — shown, not blocking.
  await expect(checklist.locator('tr', { hasText: 'R-EVIDENCE' })).toContainText('chữ ký số');
  await expect(officer.getByText(/Kết luận chung/)).toContainText('Cần bổ sung minh chứng');
  await officer.context().close();

  // The unit head submits; the secretariat receives, appraises and puts it on the agenda from its queue.
  await submitAsHead(browser, baseURL, dossier);
  const secretariat = await signIn(browser, baseURL, 'secretariat');
  await sendToCouncil(secretariat, dossier);

  // A council member reads it on the agenda.
  const member = await signIn(browser, baseURL, 'council-member');
  await member.goto('/nominations/queue?tab=agenda');
  await member.locator(`a[href="${dossier}"]`).first().click();
  await expect(member.getByRole('heading', { name: `${AWARD} — ${PERSON}` })).toBeVisible();
  await member.context().close();

  // The secretariat enters the council's paper vote (15 of 15 for) and issues the decision.
  await enterCouncilApproval(secretariat, dossier);
  const number = await issueDecision(secretariat, `${PERSON} — ${AWARD} 2025`);
  const awardees = secretariat.getByRole('table', { name: 'Danh sách được khen thưởng' });
  await expect(awardees).toContainText(PERSON);
  const [download] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByRole('button', { name: 'Tải danh sách (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // The person's page leads to her award history, which now holds the title.
  await secretariat.goto(`/people?q=${encodeURIComponent(PERSON)}`);
  await secretariat.getByRole('button', { name: PERSON }).first().click();
  await secretariat.getByRole('dialog').getByRole('link', { name: 'Quá trình khen thưởng' }).click();
  const history = secretariat.locator('.ant-table-tbody tr', { hasText: number });
  await expect(history).toContainText(AWARD);
  await expect(history).toContainText('2025');
  await secretariat.context().close();
});
