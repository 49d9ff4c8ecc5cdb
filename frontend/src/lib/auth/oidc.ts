import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { RuntimeConfig } from '../config';

/** What the SPA remembers across the round trip to the identity provider. */
export type SigninState = { returnTo?: string };

/** Authorization code flow with PKCE (oidc-client-ts' default for `response_type=code`). */
export function createUserManager(config: RuntimeConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    // Tokens live for the browser tab only.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** After the redirect back: drop `code` and `state` from the address bar and return to where the user was. */
export function onSigninCallback(user: User | undefined): void {
  const returnTo = (user?.state as SigninState | undefined)?.returnTo;
  const target = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  window.history.replaceState({}, document.title, target);
}

export function currentLocationAsReturnTo(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}
