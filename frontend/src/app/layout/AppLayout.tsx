import { CloseOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LazyErrorAlert } from '@/components/LazyErrorAlert';
import { BlockSpinner } from '@/components/Spinner';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useMe } from '@/lib/auth/me';
import { activeNavPath, visibleNavItems } from '../navigation';
import styles from './AppLayout.module.css';
import { Logo } from './Logo';

/** Ant Design's `md` breakpoint: from here up the side menu shows. */
const WIDE = '(min-width: 768px)';

/**
 * The frame of every signed-in page, in plain HTML and CSS (it is part of the first load, which carries no Ant
 * Design). From 768 px up: a side menu and a header with the user's name and "Đăng xuất". Below it (phones): the
 * menu sits in a drawer behind a menu button and the name and "Đăng xuất" in an account menu, so the header fits
 * 390 px.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const location = useLocation();
  const me = useMe();
  const phone = !useMediaQuery(WIDE);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // A tap on a menu entry navigates: close the drawer behind it.
  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const displayName = me.data?.displayName ?? auth.user?.profile.name ?? auth.user?.profile.preferred_username;
  const active = activeNavPath(location.pathname);

  const logout = async () => {
    queryClient.clear();
    await auth.signoutRedirect();
  };

  const brand = (
    <span className={styles.brand}>
      <Logo size={32} />
      <span className={styles.brandName}>{t('app.name')}</span>
    </span>
  );
  const menu = (
    <nav aria-label={t('app.name')}>
      <ul className={styles.menu}>
        {visibleNavItems(me.data?.roles).map((item) => (
          <li key={item.path}>
            <Link to={item.path} aria-current={item.path === active ? 'page' : undefined}>
              <span aria-hidden>{item.icon}</span>
              <span>{t(item.labelKey)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );

  return (
    <div className={`${styles.frame} ${phone ? styles.phone : ''}`}>
      {!phone && (
        <aside className={styles.sider}>
          <div className={styles.siderBrand}>{brand}</div>
          {menu}
        </aside>
      )}
      {phone && drawerOpen && <MenuDrawer title={brand} onClose={() => setDrawerOpen(false)}>{menu}</MenuDrawer>}
      <div className={styles.main}>
        <header className={styles.header}>
          {phone ? (
            <span className={styles.brand}>
              <button
                type="button"
                className={styles.iconButton}
                aria-label={t('header.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              >
                <MenuOutlined aria-hidden />
              </button>
              {brand}
            </span>
          ) : (
            <span className={styles.tagline}>{t('app.tagline')}</span>
          )}
          <div className={styles.tools}>
            <LanguageSwitch compact={phone} />
            {phone ? (
              <AccountMenu name={displayName} onLogout={() => void logout()} />
            ) : (
              <>
                <span className={styles.user}>
                  <span className={styles.avatar} aria-hidden>
                    <UserOutlined />
                  </span>
                  {/* A long name stays on one line, cut with an ellipsis; the full name shows on hover. */}
                  <span data-testid="current-user" className={styles.userName} title={displayName}>
                    {displayName}
                  </span>
                </span>
                <button type="button" className={styles.button} onClick={() => void logout()}>
                  <LogoutOutlined aria-hidden />
                  <span>{t('header.logout')}</span>
                </button>
              </>
            )}
          </div>
        </header>
        <main className={styles.content}>
          {me.isError && (
            <div className={styles.alert}>
              <LazyErrorAlert error={me.error} onRetry={() => void me.refetch()} />
            </div>
          )}
          <Suspense fallback={<BlockSpinner />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** The phone's menu: a modal panel from the left; Escape, the close button or a tap beside it closes it. */
function MenuDrawer({ title, onClose, children }: { title: ReactNode; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus?.();
    };
  }, [onClose]);
  return (
    <>
      <div className={styles.mask} onClick={onClose} aria-hidden />
      <div role="dialog" aria-modal="true" aria-label={t('app.name')} className={styles.drawer}>
        <div className={styles.drawerHeader}>
          {title}
          <button ref={close} type="button" className={styles.iconButton} aria-label={t('header.closeMenu')} onClick={onClose}>
            <CloseOutlined aria-hidden />
          </button>
        </div>
        {children}
      </div>
    </>
  );
}

/** The phone's account button: a menu with the user's name and "Đăng xuất". */
function AccountMenu({ name, onLogout }: { name: string | undefined; onLogout: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    first.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onPointer = (event: PointerEvent) => !box.current?.contains(event.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div ref={box} className={styles.account}>
      <button
        type="button"
        className={styles.iconButton}
        aria-label={t('header.account', { name: name ?? '' })}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className={styles.avatar}>
          <UserOutlined aria-hidden />
        </span>
      </button>
      {open && (
        <div role="menu" aria-label={t('header.account', { name: name ?? '' })} className={styles.accountMenu}>
          <div role="none" className={styles.menuName} data-testid="current-user">
            {name}
          </div>
          <div role="separator" className={styles.divider} />
          <button ref={first} type="button" role="menuitem" className={styles.menuItem} onClick={onLogout}>
            <LogoutOutlined aria-hidden />
            <span>{t('header.logout')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
