import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { BackLink } from './BackLink';

describe('BackLink', () => {
  it('leads back to the list it names', async () => {
    const { router } = renderWithProviders(null, {
      route: '/campaigns/c1',
      routes: [
        { path: '/campaigns/:id', element: <BackLink to="/campaigns">Danh sách phong trào</BackLink> },
        { path: '/campaigns', element: <p>list</p> },
      ],
    });
    await userEvent.click(screen.getByRole('link', { name: 'Danh sách phong trào' }));
    expect(router.state.location.pathname).toBe('/campaigns');
  });
});
