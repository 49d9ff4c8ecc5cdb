import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { votingSession } from '../routes/voting.fixtures';
import { PaperTallyForm } from './PaperTallyForm';

const session = votingSession({ allowedActions: ['paper-tally'] });

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<PaperTallyForm session={session} />, { api });
}

describe('Paper tally form', () => {
  it('shows each field error of the API at its field, not only in the alert', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'POST /api/v1/voting-sessions/{id}/paper-tally': () =>
        problemResponse(400, {
          title: 'Dữ liệu không hợp lệ',
          detail: 'Số phiếu kiểm không khớp.',
          errors: [
            { field: 'validBallots', message: 'Số phiếu hợp lệ (3) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu về (3).' },
            { field: 'counts[1]', message: 'Số phiếu của một người vượt số phiếu hợp lệ (3).' },
            { field: 'counts[2].abstain', message: 'Phiên này không cho phép bỏ phiếu trống.' },
            { field: 'counts', message: 'Tổng số phiếu đồng ý vượt mức có thể.' },
          ],
        }),
    });
    render(api);

    await user.click(await screen.findByRole('button', { name: 'Ghi nhận kết quả kiểm phiếu' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));

    // The totals field carries its message and is marked invalid.
    const valid = screen.getByRole('spinbutton', { name: 'Phiếu hợp lệ' });
    await waitFor(() => expect(valid).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getAllByText(/phải bằng số phiếu thu về \(3\)/).length).toBeGreaterThan(0);
    // A candidate's line, one cell and the whole table: each message where it belongs.
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[1]).getByText(/vượt số phiếu hợp lệ \(3\)/)).toBeInTheDocument();
    expect(within(rows[0]).queryByText(/vượt số phiếu hợp lệ/)).toBeNull();
    expect(within(rows[2]).getByText('Phiên này không cho phép bỏ phiếu trống.')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('spinbutton', { name: /^Không biểu quyết Cục Phổ biến/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(rows[2]).getByRole('spinbutton', { name: /^Đồng ý Cục Phổ biến/ })).not.toHaveAttribute('aria-invalid');
    expect(screen.getAllByText('Tổng số phiếu đồng ý vượt mức có thể.').length).toBeGreaterThan(0);
    // No raw field path is shown.
    expect(screen.queryByText(/counts\[|validBallots/)).toBeNull();
  });

  it('shows no field error when the API accepts the tally', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'POST /api/v1/voting-sessions/{id}/paper-tally': () => votingSession({ status: 'TALLIED', allowedActions: [] }) });
    render(api);
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận kết quả kiểm phiếu' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(screen.getByRole('spinbutton', { name: 'Phiếu hợp lệ' })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
