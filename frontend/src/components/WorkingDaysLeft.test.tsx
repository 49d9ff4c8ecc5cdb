import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { WorkingDaysLeft } from './WorkingDaysLeft';

describe('WorkingDaysLeft', () => {
  it('says how many working days are left', () => {
    renderWithProviders(<WorkingDaysLeft workingDaysLeft={3} overdue={false} />);
    expect(screen.getByText('còn 3 ngày làm việc')).toBeInTheDocument();
  });

  it('says the deadline is today', () => {
    renderWithProviders(<WorkingDaysLeft workingDaysLeft={0} overdue={false} />);
    expect(screen.getByText('hết hạn hôm nay')).toBeInTheDocument();
  });

  it('says how many working days overdue', () => {
    renderWithProviders(<WorkingDaysLeft workingDaysLeft={-2} overdue />);
    expect(screen.getByText('quá hạn 2 ngày làm việc')).toBeInTheDocument();
  });

  it('shows nothing without a deadline', () => {
    renderWithProviders(<WorkingDaysLeft workingDaysLeft={null} />);
    expect(screen.queryByTestId('working-days-left')).toBeNull();
  });
});
