import { describe, expect, it } from 'vitest';
import { accountStatus, invitationLink, isOwnAccount, withGrant } from '../../client/accounts/account-rules';

describe('the accounts page', () => {
  it('tells disabled before a waiting invitation, and active otherwise', () => {
    expect(accountStatus({ disabledAt: '2026-12-01T00:00:00Z', invitationPending: true })).toBe('disabled');
    expect(accountStatus({ disabledAt: null, invitationPending: true })).toBe('invited');
    expect(accountStatus({ disabledAt: null, invitationPending: false })).toBe('active');
  });

  it('gives and takes the budget-editor grant once', () => {
    expect(withGrant([], 'BUDGET_EDITOR', true)).toEqual(['BUDGET_EDITOR']);
    expect(withGrant(['BUDGET_EDITOR'], 'BUDGET_EDITOR', true)).toEqual(['BUDGET_EDITOR']);
    expect(withGrant(['BUDGET_EDITOR'], 'BUDGET_EDITOR', false)).toEqual([]);
  });

  it('builds the invitation link the invitation page answers, and knows the admin’s own row', () => {
    expect(invitationLink('https://planwerk.example', 'a+b/c')).toBe('https://planwerk.example/invitation/a%2Bb%2Fc');
    expect(isOwnAccount({ person: { id: 'p-1' } }, 'p-1')).toBe(true);
    expect(isOwnAccount({ person: { id: 'p-1' } }, null)).toBe(false);
  });
});
