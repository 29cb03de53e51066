import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './Loading';
import { Notice } from './Notice';

/**
 * A page only some may use (accounts, templates): its title, then a loading note until the
 * viewer's capabilities are known, a notice for those who may not, or the page itself.
 */
export function PermittedPage({
  title,
  allowed,
  refused,
  children,
}: {
  title: string;
  /** undefined while the viewer's capabilities load. */
  allowed: boolean | undefined;
  /** What those who may not use the page read instead. */
  refused: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {allowed === undefined ? <Loading /> : allowed ? children : <Notice tone="info">{refused}</Notice>}
    </>
  );
}
