import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page } from '@/testing/fake-api';
import { person, personDetail, TGPL_ID, units } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { PeoplePage } from './PeoplePage';

function peopleApi() {
  return fakeApi({
    'GET /api/v1/people': () => page([person]),
    'GET /api/v1/people/{id}': () => personDetail,
    'GET /api/v1/units': () => page(units),
    'GET /api/v1/units/{id}': () => units[0],
  });
}

describe('People page', () => {
  it('filters by the unit given in the address and names that unit in the filter', async () => {
    const api = peopleApi();
    renderWithProviders(<PeoplePage />, { api, route: `/people?unitId=${TGPL_ID}` });

    const row = (await screen.findByRole('button', { name: 'Trần Văn An' })).closest('tr')!;
    expect(within(row).getByText('Công chức')).toBeInTheDocument();
    expect(within(row).getByText('Nam')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/people')[0].get('unitId')).toBe(TGPL_ID);
    const filter = screen.getByRole('combobox', { name: 'Lọc theo đơn vị' }).closest('.ant-select') as HTMLElement;
    await waitFor(() => expect(within(filter).getByTitle('Cục Trợ giúp pháp lý')).toBeInTheDocument());
  });

  it('says "hơn 1.000" when the server stopped counting a search at its cap, and the exact total otherwise', async () => {
    const api = fakeApi({
      'GET /api/v1/people': (url) =>
        url.searchParams.get('q') ? { ...page([person], 1000), totalCapped: true } : page([person], 57),
      'GET /api/v1/units': () => page(units),
    });
    renderWithProviders(<PeoplePage />, { api, route: '/people?q=nguyen' });
    expect(await screen.findByText('1–20 trong hơn 1.000 người tìm thấy')).toBeInTheDocument();

    renderWithProviders(<PeoplePage />, { api, route: '/people' });
    expect(await screen.findByText('1–20 trong 57')).toBeInTheDocument();
  });

  it('shows assignments and annual ratings, newest first, with their full names', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PeoplePage />, { api: peopleApi(), route: '/people' });

    await user.click(await screen.findByRole('button', { name: 'Trần Văn An' }));

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Quá trình công tác')).toBeInTheDocument();
    expect(within(drawer).getByText('Cục Con nuôi')).toBeInTheDocument();
    expect(within(drawer).getByText('31/12/2020')).toBeInTheDocument();
    expect(within(drawer).getByText('Hiện nay')).toBeInTheDocument();

    const ratings = within(drawer).getByText('Hoàn thành xuất sắc nhiệm vụ').closest('table')!;
    const years = within(ratings)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0].textContent);
    expect(years).toEqual(['2024', '2023']);
    expect(within(ratings).getByText('Hoàn thành tốt nhiệm vụ')).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: 'Quá trình khen thưởng' })).toHaveAttribute('href', `/awards?personId=${person.id}`);
  });
});
