import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page, problemResponse } from '@/testing/fake-api';
import { units } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { UnitsPage } from './UnitsPage';

function unitsApi() {
  return fakeApi({
    'GET /api/v1/units': (url) => {
      const q = url.searchParams.get('q');
      // The fake "server" matches like the real one: accent- and case-insensitive.
      const plain = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/đ/gi, 'd').toLowerCase();
      const items = q ? units.filter((u) => plain(u.name).includes(plain(q))) : units;
      return page(items, items.length === units.length ? 57 : items.length);
    },
    'GET /api/v1/units/{id}': (url) => units.find((u) => url.pathname.endsWith(u.id)),
  });
}

describe('Units page', () => {
  it('lists the units the API returns, with Vietnamese kinds and dd/MM/yyyy dates', async () => {
    const api = unitsApi();
    renderWithProviders(<UnitsPage />, { api, route: '/units' });

    const row = (await screen.findByText('Cục Trợ giúp pháp lý')).closest('tr')!;
    expect(within(row).getByText('Cục')).toBeInTheDocument();
    expect(within(row).getByText('01/01/2008')).toBeInTheDocument();
    expect(screen.getByText('Sở Tư pháp')).toBeInTheDocument();
    expect(screen.getByText('1–20 trong 57')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/units')[0].toString()).toBe('page=0&size=20&sort=name');
  });

  it('sends the search text as q and shows what the server found', async () => {
    const user = userEvent.setup();
    const api = unitsApi();
    renderWithProviders(<UnitsPage />, { api, route: '/units?page=2' });
    await screen.findByText('Cục Trợ giúp pháp lý');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm theo tên đơn vị (không cần dấu)' }), 'tro giup{Enter}');

    await waitFor(() => expect(api.queriesTo('/api/v1/units').at(-1)?.get('q')).toBe('tro giup'));
    expect(api.queriesTo('/api/v1/units').at(-1)?.get('page')).toBe('0'); // a new search starts at the first page
    await waitFor(() => expect(screen.queryByText('Sở Tư pháp tỉnh Bắc Ninh')).not.toBeInTheDocument());
    expect(screen.getByText('Cục Trợ giúp pháp lý')).toBeInTheDocument();
  });

  it('searches as the text is typed, once the typing pauses', async () => {
    const user = userEvent.setup();
    const api = unitsApi();
    renderWithProviders(<UnitsPage />, { api, route: '/units' });
    await screen.findByText('Cục Trợ giúp pháp lý');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm theo tên đơn vị (không cần dấu)' }), 'tro giup');

    await waitFor(() => expect(api.queriesTo('/api/v1/units').at(-1)?.get('q')).toBe('tro giup'));
    await waitFor(() => expect(screen.queryByText('Sở Tư pháp tỉnh Bắc Ninh')).not.toBeInTheDocument());
    // Debounced: fewer requests than keystrokes.
    expect(api.queriesTo('/api/v1/units').filter((q) => q.get('q')).length).toBeLessThan('tro giup'.length);
  });

  it('sorts on the server when a column header is clicked', async () => {
    const user = userEvent.setup();
    const api = unitsApi();
    renderWithProviders(<UnitsPage />, { api, route: '/units' });
    await screen.findByText('Cục Trợ giúp pháp lý');

    await user.click(screen.getByText('Tên đơn vị'));

    await waitFor(() => expect(api.queriesTo('/api/v1/units').at(-1)?.get('sort')).toBe('-name'));
  });

  it('opens the unit in a drawer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UnitsPage />, { api: unitsApi(), route: '/units' });

    await user.click(await screen.findByRole('button', { name: 'Cục Trợ giúp pháp lý' }));

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Bộ Tư pháp')).toBeInTheDocument();
    expect(within(drawer).getByText('Đang hoạt động')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: /Xem cán bộ của đơn vị/ })).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: 'Quá trình khen thưởng' }).getAttribute('href')).toMatch(/^\/awards\?unitId=/);
  });

  it('shows the detail of a problem answer', async () => {
    const api = fakeApi({
      'GET /api/v1/units': () => problemResponse(400, { title: 'Invalid request', detail: "sort: cannot sort by 'x'" }),
    });
    renderWithProviders(<UnitsPage />, { api, route: '/units?sort=x' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("sort: cannot sort by 'x'");
  });
});
