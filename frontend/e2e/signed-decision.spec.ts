import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { attach, choose, closeDropdown, enterCouncilApproval, issueDecision, sendToCouncil, signIn, submitAsHead } from './support';

// Sign-and-return of a decision and its certificates (issue 17), as the secretariat sees them.
//
// The journey cannot make a VALID signature: that needs a signer certificate chaining to the backend's trust list
// (thidua.signatures.trust-anchors), which the e2e stack does not configure, and a PAdES signer in the browser test.
// It checks the refusal path instead — the PDF ThiĐua produced, uploaded unsigned, is refused in Vietnamese under
// the file field and the decision stays unsigned — and the valid path is covered by the backend's tests (own CA,
// PDFBox + BouncyCastle) and the SPA's component tests.

const PERSON = 'Nguyễn Thị Hồng Nhung';
const AWARD = 'Chiến sĩ thi đua ngành Tư pháp';
const INITIATIVE = 'Số hoá quy trình tiếp nhận yêu cầu trợ giúp pháp lý trực tuyến (cấp Bộ)';

test('the secretariat downloads a decision for signing, the unsigned upload is refused, and the certificates print', async ({ browser, baseURL }) => {
  test.setTimeout(360_000);

  const secretariat = await signIn(browser, baseURL, 'secretariat');
  const number = await openIssuedDecision(browser, baseURL, secretariat);

  // Not signed yet.
  const details = secretariat.locator('.ant-descriptions').first();
  await expect(details).toContainText('Chưa ký');
  await expect(secretariat.getByText('Chưa có bản đã ký.')).toBeVisible();

  // Download the decision for signing: the PDF ThiĐua produced (its hash recorded for the signed copy).
  const [forSigning] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByRole('button', { name: 'Tải quyết định để ký' }).click(),
  ]);
  expect(forSigning.suggestedFilename()).toMatch(/-de-ky\.pdf$/);
  const produced = await readFile(await forSigning.path());
  expect(produced.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Upload it back without a signature: refused in Vietnamese under the file field; nothing stored.
  await secretariat.locator('input[type="file"]').setInputFiles({ name: 'quyet-dinh-chua-ky.pdf', mimeType: 'application/pdf', buffer: produced });
  await expect(secretariat.getByText('quyet-dinh-chua-ky.pdf')).toBeVisible();
  await secretariat.getByRole('button', { name: 'Tải lên bản đã ký', exact: true }).click();
  const fieldError = secretariat.locator('.ant-form-item', { hasText: 'Bản đã ký (PDF)' }).locator('.ant-form-item-explain-error');
  await expect(fieldError).toHaveText('Tệp PDF không có chữ ký số nào.');

  // Changed after download and still unsigned: refused as well.
  const altered = Buffer.concat([produced, Buffer.from('\n% sửa sau khi tải về\n', 'utf8')]);
  await secretariat.locator('input[type="file"]').setInputFiles({ name: 'quyet-dinh-da-sua.pdf', mimeType: 'application/pdf', buffer: altered });
  await secretariat.getByRole('button', { name: 'Tải lên bản đã ký', exact: true }).click();
  await expect(fieldError).toBeVisible();
  await expect(fieldError).toContainText(/chữ ký số|PDF/);

  // The state is unchanged after a reload.
  await secretariat.reload();
  await expect(secretariat.getByRole('heading', { name: `Quyết định số ${number}` })).toBeVisible();
  await expect(secretariat.locator('.ant-descriptions').first()).toContainText('Chưa ký');
  await expect(secretariat.getByText('Chưa có bản đã ký.')).toBeVisible();
  await expect(secretariat.getByTestId('signature-result')).toHaveCount(0);

  // Print the certificates: one PDF with a page per awardee, and one file each as a ZIP.
  const [batch] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByRole('button', { name: 'In bằng/giấy khen' }).click(),
  ]);
  expect(batch.suggestedFilename()).toMatch(/-bang-khen\.pdf$/);
  expect((await readFile(await batch.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const [zip] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByRole('button', { name: 'Tải từng bằng/giấy khen (ZIP)' }).click(),
  ]);
  expect(zip.suggestedFilename()).toMatch(/-bang-khen\.zip$/);
  expect((await readFile(await zip.path())).subarray(0, 2).toString('latin1')).toBe('PK');

  // The ledger shows the decision unsigned and reprints one certificate.
  await secretariat.getByRole('table', { name: 'Danh sách được khen thưởng' }).getByRole('link').first().click();
  const ledgerRow = secretariat.locator('.ant-table-tbody tr', { hasText: number }).first();
  await expect(ledgerRow).toContainText('Chưa ký');
  const [reprint] = await Promise.all([secretariat.waitForEvent('download'), ledgerRow.getByRole('button', { name: /^In lại bằng\/giấy khen của / }).click()]);
  expect((await readFile(await reprint.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await secretariat.context().close();
});

/**
 * Opens an issued decision on the secretariat's page and answers its number: one an earlier journey issued on this
 * stack, or else one issued now for the demo dossier of person 7001 (the chain of nomination.spec.ts).
 */
async function openIssuedDecision(browser: Browser, baseURL: string | undefined, secretariat: Page): Promise<string> {
  await secretariat.getByRole('navigation').getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  const table = secretariat.getByRole('table', { name: 'Quyết định khen thưởng' });
  const issued = table.locator('tr', { hasText: 'Đã ban hành' }).getByRole('link');
  // the empty placeholder also shows while the list loads: wait for the page's tables to finish loading first
  await expect(secretariat.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(issued.first().or(table.locator('.ant-table-placeholder'))).toBeVisible();
  if ((await issued.count()) > 0) {
    const number = (await issued.first().textContent()) ?? '';
    await issued.first().click();
    await expect(secretariat.getByRole('heading', { name: `Quyết định số ${number}` })).toBeVisible();
    return number;
  }
  return issueDecisionForDemoDossier(browser, baseURL, secretariat);
}

async function issueDecisionForDemoDossier(browser: Browser, baseURL: string | undefined, secretariat: Page): Promise<string> {
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
  await officer.getByRole('button', { name: 'Sửa hồ sơ' }).click();
  await choose(officer, 'initiativeIds', INITIATIVE);
  await closeDropdown(officer);
  await officer.getByRole('button', { name: 'Lưu và kiểm tra lại' }).click();
  const checklist = officer.getByRole('table', { name: 'Kiểm tra điều kiện theo quy định' });
  await expect(checklist.locator('tr', { hasText: 'R-CSTD-BO' })).toContainText('Đạt');
  await attach(officer, 'Tờ trình', 'to-trinh.pdf');
  await attach(officer, 'Báo cáo thành tích', 'bao-cao-thanh-tich.pdf');
  // An unsigned tờ trình of 2025 leaves the dossier needing evidence (R-EVIDENCE-SIGNED), shown, not blocking.
  await expect(officer.getByText(/Kết luận chung/)).toContainText('Cần bổ sung minh chứng');
  await officer.context().close();

  await submitAsHead(browser, baseURL, dossier);
  await sendToCouncil(secretariat, dossier);
  await enterCouncilApproval(secretariat, dossier);
  return issueDecision(secretariat, `${PERSON} — ${AWARD} 2025`);
}
