import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../auth/AccountMenu';
import { UnreadBadge } from '../notifications/UnreadBadge';
import { useViewerState, type Viewer } from '../session/viewer';
import { useViewerCan, type ViewerCan } from '../session/viewer-can';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Loading } from '../ui/Loading';
import styles from './Layout.module.css';

const NAVIGATION = [
  { to: '/', label: 'nav.meetings', end: true },
  { to: '/tasks', label: 'nav.tasks', end: false },
  { to: '/committees', label: 'nav.committees', end: false },
  { to: '/budget', label: 'nav.budget', end: false },
  { to: '/notifications', label: 'nav.notifications', end: false, Badge: UnreadBadge },
  { to: '/accounts', label: 'nav.accounts', end: false, only: (can: ViewerCan | null) => can?.account.manage },
] as const;

/** Guests reach their meeting and its next steps, nothing else; anonymous visitors only the start page. */
const GUEST_NAVIGATION: ReadonlySet<string> = new Set(['/', '/tasks']);

/** The pages the viewer reaches; a page for some only (`only`) where `me.viewerCan` allows it. */
function navigationFor(viewer: Viewer | null, can: ViewerCan | null) {
  if (!viewer) return [];
  if (viewer.kind === 'guest') return NAVIGATION.filter(({ to }) => GUEST_NAVIGATION.has(to));
  return NAVIGATION.filter((entry) => !('only' in entry) || entry.only(can));
}

/** Moves keyboard and screen-reader focus to the new page after in-app navigation. */
function useFocusOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus();
  }, [pathname]);
  return main;
}

export function Layout() {
  const { t } = useTranslation();
  const { viewer, known } = useViewerState();
  const main = useFocusOnNavigation();
  const can = useViewerCan();
  const navigation = navigationFor(viewer, can);
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link to="/" className={styles.brand}>
            {t('app.name')}
            <span className={styles.tagline}>{t('app.tagline')}</span>
          </Link>
          <div className={styles.tools}>
            {viewer && <ConnectionIndicator />}
            <LanguageSwitch />
            <AccountMenu />
          </div>
        </div>
        {navigation.length > 0 && (
          <nav aria-label={t('app.mainNav')} className={styles.nav}>
            <ul>
              {navigation.map(({ to, label, end, ...extra }) => (
                <li key={to}>
                  <NavLink to={to} end={end} className={({ isActive }) => (isActive ? styles.active : undefined)}>
                    {t(label)}
                    {'Badge' in extra && <extra.Badge />}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        {known ? <Outlet /> : <Loading />}
      </main>
      <footer className={styles.footer}>{t('app.footer')}</footer>
    </div>
  );
}
