import { type ReactNode, useEffect, useRef } from 'react';
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

interface NavigationEntry {
  to: string;
  label: 'nav.meetings' | 'nav.tasks' | 'nav.committees' | 'nav.budget' | 'nav.notifications' | 'nav.accounts';
  end: boolean;
  Badge?: () => ReactNode;
  /** Shown only where this says so; without it, to everyone signed in or joined. */
  shown?: (can: ViewerCan, viewer: Viewer) => boolean;
}

/** Each page where the server lets the viewer read it: guests reach their meeting and its next steps. */
const NAVIGATION: readonly NavigationEntry[] = [
  { to: '/', label: 'nav.meetings', end: true },
  { to: '/tasks', label: 'nav.tasks', end: false },
  { to: '/committees', label: 'nav.committees', end: false, shown: (can) => can.directory.read },
  { to: '/budget', label: 'nav.budget', end: false, shown: (can) => can.budget.read },
  {
    to: '/notifications',
    label: 'nav.notifications',
    end: false,
    Badge: UnreadBadge,
    // Notifications are a person's: guests own none.
    shown: (_can, viewer) => viewer.kind === 'user',
  },
  { to: '/accounts', label: 'nav.accounts', end: false, shown: (can) => can.account.manage },
];

/** Anonymous visitors get only the start page; a page with a rule shows once the server answered it. */
function navigationFor(viewer: Viewer | null, can: ViewerCan | null) {
  if (!viewer) return [];
  return NAVIGATION.filter((entry) => !entry.shown || (can !== null && entry.shown(can, viewer)));
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
  const navigation = navigationFor(viewer, useViewerCan());
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
              {navigation.map(({ to, label, end, Badge }) => (
                <li key={to}>
                  <NavLink to={to} end={end} className={({ isActive }) => (isActive ? styles.active : undefined)}>
                    {t(label)}
                    {Badge && <Badge />}
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
