import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { CampaignCreatePage } from './CampaignCreatePage';

function api() {
  return fakeApi({
    'GET /api/v1/clusters': () => page([]),
    'GET /api/v1/units': () => page([]),
  });
}

async function fillDates(start: string, end: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Tên phong trào'), 'Phong trào thi đua thử');
  await user.type(screen.getByLabelText('Ngày bắt đầu'), `${start}{Enter}`);
  await user.type(screen.getByLabelText('Ngày kết thúc'), `${end}{Enter}`);
  await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
}

describe('Campaign form', () => {
  it('refuses an end date before the start date, in Vietnamese', async () => {
    renderWithProviders(<CampaignCreatePage />, { api: api(), route: '/campaigns/new' });
    await fillDates('10/03/2026', '01/03/2026');
    expect(await screen.findByText('Ngày kết thúc không được trước ngày bắt đầu')).toBeInTheDocument();
  });

  it('accepts an end date on or after the start date', async () => {
    renderWithProviders(<CampaignCreatePage />, { api: api(), route: '/campaigns/new' });
    await fillDates('10/03/2026', '10/03/2026');
    // The form goes on to the next required field instead of the date rule.
    expect(await screen.findByText('Vui lòng nhập Cụm, khối thi đua')).toBeInTheDocument();
    expect(screen.queryByText('Ngày kết thúc không được trước ngày bắt đầu')).not.toBeInTheDocument();
  });

  it('names an empty required field in plain Vietnamese, without English', async () => {
    renderWithProviders(<CampaignCreatePage />, { api: api(), route: '/campaigns/new' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() => expect(screen.getByText('Vui lòng nhập Tên phong trào')).toBeInTheDocument());
    expect(screen.queryByText(/Please enter/)).not.toBeInTheDocument();
    expect(screen.getAllByPlaceholderText('Chọn ngày (dd/mm/yyyy)')).toHaveLength(5);
  });

  it('puts the server’s field errors under their fields, in Vietnamese, and keeps the rest in the alert', async () => {
    const titleTaken = 'đã có phong trào cùng tên trong năm 2026';
    const deadlineLate = 'phải trước ngày kết thúc';
    const fake = fakeApi({
      'GET /api/v1/clusters': () => page([{ id: 'c1', name: 'Cụm thi đua số I', periodLabel: 'Năm 2026' }]),
      'GET /api/v1/units': () => page([]),
      'POST /api/v1/campaigns': () =>
        problemResponse(400, {
          title: 'Dữ liệu không hợp lệ',
          detail: `Tên phong trào: ${titleTaken}; Hạn đăng ký: ${deadlineLate}; Đơn vị phát động: bắt buộc nhập`,
          errors: [
            { field: 'title', message: titleTaken },
            { field: 'registrationDeadline', message: deadlineLate },
            { field: 'launchingUnitId', message: 'bắt buộc nhập' },
          ],
        }),
    });
    renderWithProviders(<CampaignCreatePage />, { api: fake, route: '/campaigns/new' });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Cụm, khối thi đua' }));
    fireEvent.click(await screen.findByTitle('Cụm thi đua số I (Năm 2026)'));
    await fillDates('01/03/2026', '30/11/2026');

    const item = (label: string) => screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item')!;
    await waitFor(() => expect(within(item('Tên phong trào')).getByText(titleTaken)).toBeInTheDocument());
    expect(within(item('Hạn đăng ký')).getByText(deadlineLate)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Đơn vị phát động: bắt buộc nhập');
    expect(document.body).not.toHaveTextContent('registrationDeadline');
  });

  it('offers the launch level and organising scope of form 0601 in Vietnamese, unclassified by default', async () => {
    renderWithProviders(<CampaignCreatePage />, { api: api(), route: '/campaigns/new' });
    const level = await screen.findByLabelText('Cấp phát động (Biểu 0601)');
    expect(screen.getByLabelText('Phạm vi tổ chức (Biểu 0601)')).toBeInTheDocument();
    expect(screen.getAllByText('Chưa phân loại (hệ thống tự suy ra)')).toHaveLength(2);
    fireEvent.mouseDown(level);
    expect(await screen.findByText('Bộ, ngành, tỉnh')).toBeInTheDocument();
    expect(screen.getByText('Trung ương')).toBeInTheDocument();
  });
});

