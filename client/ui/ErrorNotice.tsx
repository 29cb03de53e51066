import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError } from '../api/errors';
import { Notice } from './Notice';

/** The user message for a failed operation, in the interface language. */
export function useErrorMessage(): (error: CombinedError) => string {
  const { t } = useTranslation();
  return (error) => {
    const { key, values } = describeError(error);
    return t(key, values);
  };
}

export function ErrorNotice({ error, onDismiss }: { error: CombinedError; onDismiss?: () => void }) {
  const message = useErrorMessage();
  return (
    <Notice tone="error" onDismiss={onDismiss}>
      {message(error)}
    </Notice>
  );
}
