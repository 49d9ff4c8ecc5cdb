import { expect, test } from '@playwright/test';

test('a unit officer signs in through Keycloak and finds a unit without typing accents', async ({ page }) => {
  await page.goto('/');

  // Landing page → the realm's login form → back to the SPA.
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('#username').fill('unit-officer');
  await page.locator('#password').fill('unit-officer');
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]code=/); // the callback cleaned the address bar

  // Units list, narrowed to the kind "Cục" so the unit is on the first page whatever the dataset's size.
  await page.getByRole('navigation').getByRole('link', { name: 'Đơn vị' }).click();
  await expect(page).toHaveURL(/\/units/);
  await page.getByRole('combobox', { name: 'Loại đơn vị' }).click();
  await page.locator('.ant-select-item-option[title="Cục"]').click(); // antd draws options outside the ARIA listbox
  const units = page.locator('.ant-table-tbody');
  await expect(units.getByRole('button', { name: 'Cục Trợ giúp pháp lý', exact: true })).toBeVisible();

  // The server's search ignores accents: "tro giup" finds "Trợ giúp".
  await page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị (không cần dấu)' }).fill('tro giup');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=tro(\+|%20)giup/);
  await expect(units.getByRole('button', { name: 'Cục Trợ giúp pháp lý', exact: true })).toBeVisible();
  await expect(units.getByRole('button', { name: 'Cục Con nuôi', exact: true })).toHaveCount(0);
});
