import { render, screen } from '@testing-library/react';
import { ApiError } from '@/lib/api/problem';
import { ErrorAlert } from './ErrorAlert';

describe('ErrorAlert', () => {
  it('shows the problem title and the detail that names fields in words, never a raw field path', () => {
    const error = new ApiError(400, {
      type: '/problems/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Lý do (dòng 1): Điểm thẩm định khác điểm tự chấm: cần ghi lý do.',
      errors: [{ field: 'entries[0].reason', message: 'Điểm thẩm định khác điểm tự chấm: cần ghi lý do.' }],
    });

    render(<ErrorAlert error={error} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(alert).toHaveTextContent('Lý do (dòng 1): Điểm thẩm định khác điểm tự chấm: cần ghi lý do.');
    expect(alert).not.toHaveTextContent('entries[0]');
  });

  it('explains an unreachable server in the user language', () => {
    render(<ErrorAlert error={new TypeError('Failed to fetch')} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
  });
});
