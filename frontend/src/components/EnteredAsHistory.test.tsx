import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { EnteredAsHistory } from './EnteredAsHistory';

describe('EnteredAsHistory', () => {
  it('says who entered a history record and on which day (Vietnam time)', async () => {
    renderWithProviders(<EnteredAsHistory by="secretariat" at="2026-12-02T18:30:00Z" />);
    expect(await screen.findByTestId('entered-as-history')).toHaveTextContent('Nhập bổ sung bởi secretariat, ngày 03/12/2026');
  });

  it('shows nothing for a record made at the time', async () => {
    renderWithProviders(
      <div data-testid="holder">
        <EnteredAsHistory by={null} at={null} />
      </div>,
    );
    expect(await screen.findByTestId('holder')).toBeEmptyDOMElement();
  });
});
