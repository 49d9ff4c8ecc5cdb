import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { PastYearEntryPage } from './PastYearEntryPage';

const period2018 = { id: 'p18', label: '2018', startDate: '2018-01-01', endDate: '2018-12-31', version: 0 };

function api(post: () => unknown, period = period2018) {
  return fakeApi({
    'GET /api/v1/periods/{id}': () => period,
    'GET /api/v1/campaigns': () => page([{ id: 'c18', title: 'Phong trào thi đua năm 2018', status: 'CLOSED' }]),
    'GET /api/v1/clusters': () => page([{ id: 'k18', name: 'Cụm thi đua số III', periodLabel: '2018' }]),
    'GET /api/v1/units': () => page([{ id: 'u1', name: 'Cục Trợ giúp pháp lý' }]),
    'GET /api/v1/award-types': () => page([{ id: 'a1', code: 'CO_NGANH', name: 'Cờ thi đua ngành Tư pháp' }]),
    'POST /api/v1/history/periods/{periodId}/registrations': post,
  });
}

function render(fake: ReturnType<typeof api>) {
  return renderWithProviders(null, {
    api: fake,
    route: '/history/p18',
    routes: [{ path: '/history/:periodId', element: <PastYearEntryPage /> }],
  });
}

async function registrationForm() {
  fireEvent.click(await screen.findByRole('tab', { name: 'Đăng ký thi đua (thay mặt đơn vị)' }));
  return screen.findByRole('form', { name: 'Đăng ký thi đua (thay mặt đơn vị)' });
}

async function choose(form: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(form).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByTitle(option));
}

async function fillRegistration() {
  const form = await registrationForm();
  await choose(form, 'Phong trào', 'Phong trào thi đua năm 2018');
  await choose(form, 'Đơn vị', 'Cục Trợ giúp pháp lý');
  await choose(form, 'Hình thức, danh hiệu', 'Cờ thi đua ngành Tư pháp');
  fireEvent.change(within(form).getByLabelText('Ngày đăng ký khi đó'), { target: { value: '2018-02-10' } });
  await userEvent.setup().click(within(form).getByRole('button', { name: 'Ghi đăng ký' }));
  return form;
}

describe('Nhập dữ liệu năm cũ', () => {
  it('records a registration of the past year on the unit’s behalf', async () => {
    const fake = api(() => ({ id: 'r1', status: 'APPROVED' }));
    render(fake);
    expect(await screen.findByRole('heading', { name: 'Nhập dữ liệu năm cũ — kỳ 2018' })).toBeInTheDocument();
    expect(screen.queryByText(/chưa kết thúc/)).not.toBeInTheDocument();
    await fillRegistration();
    expect(await screen.findByText('Đã ghi đăng ký (đã duyệt)')).toBeInTheDocument();
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/history/periods/p18/registrations');
    expect(await post.json()).toEqual({ campaignId: 'c18', unitId: 'u1', awardTypeId: 'a1', registeredOn: '2018-02-10' });
  });

  it('shows the server’s refusal in Vietnamese and keeps the entry', async () => {
    const refusal = 'Kỳ thi đua 2018 chưa kết thúc (đến 31/12/2018): chỉ nhập dữ liệu năm cũ cho kỳ đã qua.';
    render(api(() => problemResponse(409, { title: 'Xung đột dữ liệu', detail: refusal })));
    const form = await fillRegistration();
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent(refusal));
    expect(within(form).getByLabelText('Ngày đăng ký khi đó')).toHaveValue('2018-02-10');
  });

  it('asks for the campaign, unit and award type before sending anything', async () => {
    const fake = api(() => ({}));
    render(fake);
    const form = await registrationForm();
    await userEvent.setup().click(within(form).getByRole('button', { name: 'Ghi đăng ký' }));
    await waitFor(() => expect(within(form).getAllByText('Bắt buộc nhập')).toHaveLength(3));
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('warns that a live period takes no history', async () => {
    render(api(() => ({}), { ...period2018, id: 'p99', label: '2099', startDate: '2099-01-01', endDate: '2099-12-31' }));
    expect(await screen.findByText('Kỳ thi đua này chưa kết thúc: hệ thống sẽ từ chối mọi bản ghi nhập lịch sử.')).toBeInTheDocument();
  });
});
