import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useViewer } from '../session/viewer';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import styles from './Layout.module.css';

const NAVIGATION = [
  { to: '/', label: 'nav.meetings', end: true },
  { to: '/tasks', label: 'nav.tasks', end: false },
  { to: '/committees', label: 'nav.committees', end: false },
  { to: '/budget', label: 'nav.budget', end: false },
] as const;

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
  const viewer = useViewer();
  const main = useFocusOnNavigation();
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
            <ConnectionIndicator />
            <LanguageSwitch />
            {viewer && <span className={styles.viewer}>{viewer.name}</span>}
          </div>
        </div>
        <nav aria-label={t('app.mainNav')} className={styles.nav}>
          <ul>
            {NAVIGATION.map(({ to, label, end }) => (
              <li key={to}>
                <NavLink to={to} end={end} className={({ isActive }) => (isActive ? styles.active : undefined)}>
                  {t(label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <footer className={styles.footer}>{t('app.footer')}</footer>
    </div>
  );
}
