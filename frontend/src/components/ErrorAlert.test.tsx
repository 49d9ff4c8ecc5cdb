import { render, screen } from '@testing-library/react';
import { ApiError } from '@/lib/api/problem';
import { ErrorAlert } from './ErrorAlert';

describe('ErrorAlert', () => {
  it('shows the problem title, detail and field errors', () => {
    const error = new ApiError(400, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'size: must be less than or equal to 200',
      errors: [{ field: 'size', message: 'must be less than or equal to 200' }],
    });

    render(<ErrorAlert error={error} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid request');
    expect(alert).toHaveTextContent('size: must be less than or equal to 200');
    expect(alert.querySelector('li')).toHaveTextContent('size: must be less than or equal to 200');
  });

  it('explains an unreachable server in the user language', () => {
    render(<ErrorAlert error={new TypeError('Failed to fetch')} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
  });
});
