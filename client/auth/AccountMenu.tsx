import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { useViewer, type Viewer } from '../session/viewer';
import forms from '../ui/forms.module.css';
import styles from './AccountMenu.module.css';
import { SignOutMutation } from './auth.operations';
import { signInTarget } from './unauthenticated';

function useRoleLabel(): (viewer: Viewer) => string {
  const { t } = useTranslation();
  return (viewer) => {
    if (viewer.kind === 'guest') return [t('auth.role.guest'), viewer.organization].filter(Boolean).join(' · ');
    if (viewer.isAdmin) return t('auth.role.admin');
    return viewer.organization ?? t('auth.role.user');
  };
}

/** The shell's corner for the session: who is signed in and in what role, and signing out; or the way to sign in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const roleLabel = useRoleLabel();

  if (!viewer) {
    return (
      <Link to={signInTarget(location) ?? '/sign-in'} className={styles.account}>
        {t('auth.signIn.link')}
      </Link>
    );
  }
  // A full page load: nothing of the session stays in memory on a shared computer, and no page
  // of it asks the server once more without it.
  const leave = async () => {
    await signOut({});
    window.location.assign('/');
  };
  return (
    <div className={styles.account}>
      <p className={styles.who}>
        <span className={styles.name}>{viewer.name}</span>
        <span className={styles.role}>{roleLabel(viewer)}</span>
      </p>
      <button
        type="button"
        className={`${forms.secondary} ${styles.signOut}`}
        disabled={fetching}
        onClick={() => void leave()}
      >
        {t(viewer.kind === 'guest' ? 'auth.signOut.guest' : 'auth.signOut.user')}
      </button>
    </div>
  );
}
