import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page } from '@/testing/fake-api';
import { admin, cluster, clusterDetail, CON_NUOI_ID, officer, periods, TGPL_ID, units } from '@/testing/fixtures';
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

  it('lets the secretariat set up a cluster: members found without accents, the head and a deputy among them', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/me': () => admin,
      'GET /api/v1/periods': () => page(periods),
      'GET /api/v1/clusters': () => page([cluster]),
      'GET /api/v1/clusters/{id}': () => clusterDetail,
      'GET /api/v1/units': (url) =>
        page(url.searchParams.get('q') === 'con nuoi' ? [{ ...units[0], id: CON_NUOI_ID, name: 'Cục Con nuôi' }] : units),
      'POST /api/v1/clusters': () =>
        new Response(JSON.stringify({ ...clusterDetail, id: 'c-new', periodId: 'p-2024' }), {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    renderWithProviders(<ClustersPage />, { api, route: '/clusters?periodId=p-2024' });

    await user.click(await screen.findByRole('button', { name: /Lập cụm, khối thi đua/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Tên cụm, khối'), 'Cụm thi đua kiểm thử');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Thành viên' }));
    fireEvent.click(await screen.findByTitle('Cục Trợ giúp pháp lý'));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Thành viên' }), { target: { value: 'con nuoi' } });
    await waitFor(() => expect(api.queriesTo('/api/v1/units').some((q) => q.get('q') === 'con nuoi')).toBe(true));
    fireEvent.click(await screen.findByTitle('Cục Con nuôi'));
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Đơn vị trưởng cụm' }));
    fireEvent.click((await screen.findAllByTitle('Cục Con nuôi')).at(-1)!);
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Đơn vị phó cụm' }));
    fireEvent.click((await screen.findAllByTitle('Cục Trợ giúp pháp lý')).at(-1)!);
    await user.click(within(dialog).getByRole('button', { name: 'Lập cụm' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await api.requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({
      periodId: 'p-2024',
      name: 'Cụm thi đua kiểm thử',
      kind: 'CUM',
      memberUnitIds: [TGPL_ID, CON_NUOI_ID],
      headUnitId: CON_NUOI_ID,
      deputyUnitIds: [TGPL_ID],
    });
    // The new cluster opens in the drawer.
    await waitFor(() => expect(api.requests.some((r) => r.url.endsWith('/api/v1/clusters/c-new'))).toBe(true));
  });

  it('offers no cluster set-up to unit staff', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/periods': () => page(periods),
      'GET /api/v1/clusters': () => page([cluster]),
    });
    renderWithProviders(<ClustersPage />, { api, route: '/clusters' });
    await screen.findByRole('button', { name: 'Cụm thi đua số III' });
    expect(screen.queryByRole('button', { name: /Lập cụm, khối thi đua/ })).toBeNull();
  });
});
