import { type ReactNode, useState } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import { ErrorNotice } from '../../ui/ErrorNotice';

/**
 * Runs a console action and keeps the server's refusal of it for showing beside the control
 * that asked: `run` resolves to whether the server took it.
 */
export function useRefusal(): { run: (action: Promise<OperationResult>) => Promise<boolean>; notice: ReactNode } {
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const run = async (action: Promise<OperationResult>) => {
    const { error } = await action;
    setRefusal(error ?? null);
    return !error;
  };
  const notice = refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />;
  return { run, notice };
}
