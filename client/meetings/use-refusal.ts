import { useState } from 'react';
import type { CombinedError, OperationResult } from 'urql';

/** Runs a mutation and keeps its refusal (or none) for the form to show; true when it went through. */
export function useRefusal() {
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const run = async (action: Promise<OperationResult>): Promise<boolean> => {
    const { error } = await action;
    setRefusal(error ?? null);
    return !error;
  };
  return { refusal, dismiss: () => setRefusal(null), run };
}
