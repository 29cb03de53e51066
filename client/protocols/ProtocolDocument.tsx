import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import styles from './ProtocolDocument.module.css';
import { ProtocolHtmlQuery } from './protocol.operations';
import { protocolHtmlToReact } from './protocol-html';
import type { ProtocolLanguage } from './protocol-language';
import { useRefetchOn } from './use-refetch-on';

/** The protocol as the server lays it out (the same as the downloads), rendered safely into the page. */
export function ProtocolDocument({
  meetingId,
  language,
  version,
  revision,
}: {
  meetingId: string;
  language: ProtocolLanguage;
  version: number | null;
  /** Grows with every completed change of the sections. */
  revision: number;
}) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ProtocolHtmlQuery,
    variables: { meetingId, language, version },
  });
  useRefetchOn(revision, reexecute);
  const html = data?.meetingProtocol;
  const content = useMemo(() => (html ? protocolHtmlToReact(html, 'protocol-') : null), [html]);
  if (error) return <ErrorNotice error={error} />;
  if (!content) return <Loading />;
  return (
    <div className={styles.paper} lang={language.toLowerCase()} aria-busy={fetching}>
      {content}
    </div>
  );
}
