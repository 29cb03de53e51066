import type { TadaDocumentNode } from 'gql.tada';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type AnyVariables, type CombinedError, type OperationContext, useMutation } from 'urql';
import { type Refusals, useRefusalMessage } from './refusal';
import { useSession } from './SessionProvider';

/**
 * Runs a mutation that starts a session (signing in, joining, accepting an invitation): on
 * success the app starts afresh in the new session and goes to the page `destination` names;
 * a refusal becomes the page's message (see `Refusals`).
 */
export function useSessionStart<Data, Variables extends AnyVariables>(
  mutation: TadaDocumentNode<Data, Variables>,
  own: Refusals,
  context?: Partial<OperationContext>,
) {
  const navigate = useNavigate();
  const { restart } = useSession();
  const [{ fetching }, run] = useMutation(mutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const message = useRefusalMessage(own);
  const start = async (variables: Variables, destination: (data: Data) => string) => {
    const result = await run(variables, context);
    setRefusal(result.error ?? null);
    if (result.error || !result.data) return;
    restart();
    await navigate(destination(result.data), { replace: true });
  };
  return { start, busy: fetching, refusal: refusal && message(refusal) };
}
