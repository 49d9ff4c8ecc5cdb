import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page } from '@/testing/fake-api';
import { cluster, clusterDetail, periods } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { ClustersPage } from './ClustersPage';

function clustersApi() {
  return fakeApi({
    'GET /api/v1/periods': () => page(periods),
    'GET /api/v1/clusters': () => page([cluster]),
    'GET /api/v1/clusters/{id}': () => clusterDetail,
  });
}

describe('Clusters page', () => {
  it('lists the clusters of the latest period unless one is chosen', async () => {
    const api = clustersApi();
    renderWithProviders(<ClustersPage />, { api, route: '/clusters' });

    expect(await screen.findByRole('button', { name: 'Cụm thi đua số III' })).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/clusters')).toHaveLength(1);
    expect(api.queriesTo('/api/v1/clusters')[0].get('periodId')).toBe('p-2025');
    expect(screen.getByTitle('Năm 2025 (01/01/2025 – 31/12/2025)')).toBeInTheDocument();
  });

  it('sends the period chosen in the address', async () => {
    const api = clustersApi();
    renderWithProviders(<ClustersPage />, { api, route: '/clusters?periodId=p-2024' });

    await screen.findByRole('button', { name: 'Cụm thi đua số III' });
    expect(api.queriesTo('/api/v1/clusters').map((q) => q.get('periodId'))).toEqual(['p-2024']);
  });

  it('shows the head first, then deputies, then members', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClustersPage />, { api: clustersApi(), route: '/clusters' });

    await user.click(await screen.findByRole('button', { name: 'Cụm thi đua số III' }));

    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('Thành viên', { selector: 'h5' })).toBeInTheDocument());
    const members = within(drawer).getByText('Cụm trưởng').closest('table')!;
    const rows = within(members)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').slice(1).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Cục Đăng ký quốc gia giao dịch bảo đảm', 'Cụm trưởng'],
      ['Cục Trợ giúp pháp lý', 'Cụm phó'],
      ['Cục Con nuôi', 'Thành viên'],
    ]);
  });
});
