import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';

// Shared steps of the browser journeys: signing in through the real Keycloak form, antd selects and dates,
// dossier attachments and screenshots kept as test artifacts.

type SignInOptions = { phone?: boolean };

/** Each user in a browser context of their own, signed in through the Keycloak login form (password = user name). */
export async function signIn(browser: Browser, baseURL: string | undefined, username: string, options: SignInOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseURL ?? process.env.E2E_BASE_URL ?? 'http://localhost:5173',
    locale: 'vi-VN',
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1366, height: 900 } }),
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
  return page;
}

/**
 * A full-page screenshot kept in the test's output folder and attached to the report; with `folder`, also under
 * frontend/target/screenshots/<folder>/ where a reviewer finds it without opening the report.
 */
export async function keep(page: Page, testInfo: TestInfo, name: string, folder?: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  if (folder) await page.screenshot({ path: `target/screenshots/${folder}/${name}.png`, fullPage: true });
}

/** Phone-sized pages must not scroll sideways: nothing may be wider than the screen. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'page wider than the screen').toBeLessThanOrEqual(innerWidth);
}

/** axe-core on the page as it is now (WCAG 2.x A and AA rules): no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Fills the ballot: "Đồng ý" for `chosen`, "Không đồng ý" for every other line (nothing is marked in advance),
 * sends it, confirms the review and waits for the receipt code.
 */
export async function castBallot(page: Page, chosen: string) {
  const lines = page.getByTestId('ballot-line');
  await expect(lines.first()).toBeVisible();
  for (const line of await lines.all()) {
    const name = await line.getByRole('group').getAttribute('aria-label');
    await line.getByText(name === chosen ? 'Đồng ý' : 'Không đồng ý', { exact: true }).click();
  }
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect(page.getByTestId('ballot-review')).toContainText(`${chosen}: Đồng ý`);
  await page.getByRole('button', { name: 'Xác nhận gửi phiếu' }).click();
  // A plain session answers a receipt code; an encrypted one (encrypted in this browser) its tracker.
  const plain = page.getByTestId('receipt-code');
  const tracker = page.getByTestId('tracker');
  await expect(plain.or(tracker)).toBeVisible();
  if (await plain.isVisible()) await expect(plain).toHaveText(/^[A-Z2-9]{10}/);
  else await expect(tracker).toHaveAttribute('data-tracker', /^[0-9a-f]{64}$/);
}

/**
 * What a voter keeps after casting: the receipt code, or the first 16 characters of an encrypted ballot's tracker
 * as the published list shows them (upper case, grouped in fours).
 */
export async function receiptOf(page: Page): Promise<string> {
  const tracker = page.getByTestId('tracker');
  if (await tracker.isVisible()) {
    const hex = ((await tracker.getAttribute('data-tracker')) ?? '').slice(0, 16).toUpperCase();
    return hex.replace(/(.{4})(?=.)/g, '$1 ');
  }
  return ((await page.getByTestId('receipt-code').textContent()) ?? '').slice(0, 10);
}

/** Picks the option with this title in the antd dropdown that is open now (closed ones stay in the DOM). */
export async function pickOption(page: Page, title: string) {
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}

/**
 * Opens the antd select whose input has this id — through its wrapper: the search input itself is not
 * clickable — and picks the option with this title.
 */
export async function choose(page: Page, fieldId: string, option: string) {
  await page.locator('.ant-select').filter({ has: page.locator(`#${fieldId}`) }).click();
  await pickOption(page, option);
}

/** Ticks these voters present on a draft session and retries until the presence count shows `count`. */
export async function tickPresent(page: Page, voters: string[], count: string) {
  await expect(async () => {
    for (const voter of voters) {
      await page.getByRole('checkbox', { name: voter }).check({ timeout: 2_000 });
    }
    await expect(page.getByText(count)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** As {@link choose}, typing a search term first (for selects searched by the server). */
export async function search(page: Page, fieldId: string, term: string, option: string) {
  await page.locator('.ant-select').filter({ has: page.locator(`#${fieldId}`) }).click();
  await page.keyboard.type(term);
  await pickOption(page, option);
}

/** Closes the open dropdown of a select inside a modal (a click on the modal's title) and waits until it is gone. */
export async function closeDropdown(page: Page) {
  await page.locator('.ant-modal-title').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

export function ddmmyyyy(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** Types a date into the antd date picker labelled so. */
export async function pickDate(page: Page, label: string, date: Date) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByLabel(label, { exact: true }).fill(ddmmyyyy(date));
  await page.keyboard.press('Enter');
}

/** Attaches a small PDF of the given kind on the dossier page and waits until it is listed. */
/**
 * A readable one-page PDF, unsigned: the server opens every uploaded tờ trình to check its signature and refuses a file
 * it cannot read, so a placeholder of a few bytes no longer passes.
 */
export function onePagePdf(title: string): Buffer {
  const text = title.replace(/[^A-Za-z0-9 .-]/g, ' ');
  const content = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export async function attach(page: Page, kind: string, fileName: string) {
  await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Loại tài liệu' }) }).click();
  await pickOption(page, kind);
  await page.locator('input[type="file"]').setInputFiles({
    name: fileName,
    mimeType: 'application/pdf',
    buffer: onePagePdf(fileName),
  });
  await expect(page.getByText(`${kind}: ${fileName} (${fileName})`)).toBeVisible();
}

/** The dossier chain after drafting, shared by the journeys: the unit head sends the dossier. */
export async function submitAsHead(browser: Browser, baseURL: string | undefined, dossier: string) {
  const head = await signIn(browser, baseURL, 'unit-head');
  await head.goto(dossier);
  await head.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expect(head.locator('.ant-descriptions')).toContainText('Đã gửi');
  await head.context().close();
}

/** The secretariat receives, appraises and puts the dossier on the council's agenda from its queue. */
export async function sendToCouncil(secretariat: Page, dossier: string) {
  await secretariat.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận, thẩm định' }).click();
  const row = secretariat.locator('tr', { has: secretariat.locator(`a[href="${dossier}"]`) });
  await row.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(row).toContainText('Đã tiếp nhận');
  await row.getByRole('button', { name: 'Thẩm định' }).click();
  await expect(row).toContainText('Đang thẩm định');
  await row.getByRole('button', { name: 'Đưa ra Hội đồng' }).click();
  await expect(row).toHaveCount(0); // off the appraisal queue, on the agenda
}

/** The secretariat enters the council's paper vote: 15 of 15 for. */
export async function enterCouncilApproval(secretariat: Page, dossier: string) {
  await secretariat.goto(dossier);
  await secretariat.getByRole('button', { name: 'Nhập kết quả bỏ phiếu của Hội đồng' }).click();
  await secretariat.locator('#members').fill('15');
  await secretariat.locator('#yes').fill('15');
  await secretariat.locator('#no').fill('0');
  await secretariat.locator('#minutes').fill('Biên bản họp Hội đồng TĐKT ngành số 12/BB-HĐTĐKT');
  await secretariat.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(secretariat.locator('.ant-descriptions')).toContainText('Được thông qua');
}

/** The secretariat issues a decision for one approved dossier (a number no other run used); answers the number. */
export async function issueDecision(secretariat: Page, dossierLabel: string): Promise<string> {
  const number = `${Date.now() % 1_000_000}/QĐ-BTP`;
  await secretariat.getByRole('navigation').getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  await secretariat.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await choose(secretariat, 'nominationIds', dossierLabel);
  await closeDropdown(secretariat);
  await secretariat.locator('#number').fill(number);
  await secretariat.locator('#signer').fill('Nguyễn Hải Ninh');
  await secretariat.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(secretariat.getByRole('heading', { name: `Quyết định số ${number}` })).toBeVisible();
  return number;
}
