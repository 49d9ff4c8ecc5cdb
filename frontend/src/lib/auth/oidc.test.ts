import type { User } from 'oidc-client-ts';
import { createUserManager, onSigninCallback } from './oidc';

describe('OIDC settings', () => {
  it('uses the authorization code flow back to the SPA with the runtime authority and client', () => {
    const manager = createUserManager(
      { apiBaseUrl: 'http://api.test', oidcAuthority: 'http://idp.test/realms/thidua', oidcClientId: 'thidua-spa' },
      'http://spa.test',
    );

    expect(manager.settings).toMatchObject({
      authority: 'http://idp.test/realms/thidua',
      client_id: 'thidua-spa',
      redirect_uri: 'http://spa.test/',
      post_logout_redirect_uri: 'http://spa.test/',
      response_type: 'code',
      automaticSilentRenew: true,
    });
  });

  it('removes code and state from the address bar and returns to the page the user started from', () => {
    window.history.pushState({}, '', '/?code=abc&state=xyz&session_state=s');

    onSigninCallback({ state: { returnTo: '/units?q=tu' } } as unknown as User);

    expect(window.location.pathname + window.location.search).toBe('/units?q=tu');
  });

  it('never follows a return address to another site', () => {
    window.history.pushState({}, '', '/?code=abc&state=xyz');

    onSigninCallback({ state: { returnTo: '//evil.example/' } } as unknown as User);

    expect(window.location.pathname + window.location.search).toBe('/');
  });
});
