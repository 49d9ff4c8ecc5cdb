import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthContext } from 'react-oidc-context';
import { LocalizedAntd } from '@/components/LocalizedAntd';
import { fakeAuth } from '@/testing/render';
import { LandingPage } from './LandingPage';

describe('Landing page', () => {
  it('sends the visitor to the identity provider, remembering where they were', async () => {
    const user = userEvent.setup();
    const auth = fakeAuth({ isAuthenticated: false, user: null });
    window.history.pushState({}, '', '/units?q=tu');
    render(
      <LocalizedAntd>
        <AuthContext.Provider value={auth}>
          <LandingPage />
        </AuthContext.Provider>
      </LocalizedAntd>,
    );

    await user.click(screen.getByRole('button', { name: /Đăng nhập/ }));

    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/units?q=tu' } });
  });
});
