import { screen } from '@testing-library/react';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { PublishedReceipts } from './PublishedReceipts';

const TRACKERS = ['0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9', 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100'];

function render(route: string) {
  const element = <PublishedReceipts sessionId="v1" codes={TRACKERS} encrypted bulletinSha256="ab12" />;
  return renderWithProviders(element, { api: fakeApi({}), route, routes: [{ path: '/voting/:id', element }] });
}

describe('Published receipts of an encrypted session', () => {
  it('tells the voter who follows their receipt link that their tracker was counted', async () => {
    render('/voting/v1?tracker=0a1b2c3d4e5f6071');
    expect(await screen.findByTestId('tracker-check')).toHaveTextContent('Mã theo dõi 0A1B 2C3D 4E5F 6071 có trong danh sách phiếu đã đếm.');
    expect(screen.getByTestId('published-trackers')).toHaveTextContent('FFEE DDCC BBAA 9988');
    expect(screen.getByRole('button', { name: /Tải bảng công bố/ })).toBeInTheDocument();
  });

  it('warns when the tracker is not in the published list', async () => {
    render('/voting/v1?tracker=1111222233334444');
    expect(await screen.findByTestId('tracker-check')).toHaveTextContent('Không thấy mã theo dõi 1111 2222 3333 4444');
  });
});
