import type { Context } from '../context';
import { addressBucket } from '../graphql/address-bucket';
import { type Budget, reserve } from '../graphql/rate-limits';
import { hashToken } from './tokens';

/** What a secret opens, when one person holds it: an account (by e-mail address), an invitation (by token). */
export type SecretSubject = { kind: 'account' | 'invitation'; value: string };

const wrongSecrets = new WeakSet<Error>();

/** Marks `error` as the refusal of a wrong secret: the attempt then stays counted as a failure. */
export function wrongSecret<E extends Error>(error: E): E {
  wrongSecrets.add(error);
  return error;
}

/** The subject's key in the limiter's store: hashed, so no e-mail address or token is kept there. */
function subjectKey({ kind, value }: SecretSubject): string {
  return `${kind}:${hashToken(value)}`;
}

function budgets(ctx: Context, subject: SecretSubject | null): Budget[] {
  const { failedSecretsPerAddress, failedSecretsPerSubject } = ctx.rateLimiters;
  const address: Budget = [failedSecretsPerAddress, addressBucket(ctx.client.ip)];
  return subject ? [address, [failedSecretsPerSubject, subjectKey(subject)]] : [address];
}

/**
 * Runs `check`, the comparison of a presented secret, as one attempt that counts as a failure of
 * the client's address and of the subject it names before it runs, so parallel attempts can never
 * all pass a check that counted them only afterwards. An attempt that proves right, or fails for
 * another reason than a wrongSecret(), gives its points back; without a subject (a join code, which a
 * whole room shares; a malformed token) it counts against the address alone.
 */
export async function attemptSecret<T>(
  ctx: Context,
  subject: SecretSubject | null,
  check: () => Promise<T>,
): Promise<T> {
  const refund = await reserve(budgets(ctx, subject));
  try {
    const result = await check();
    await refund();
    return result;
  } catch (error) {
    if (!(error instanceof Error && wrongSecrets.has(error))) await refund();
    throw error;
  }
}
