import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../client/i18n/i18n';
import { CardUndoProvider, UNDO_MS, useOfferUndo } from '../../client/workshop/card-undo';
import { boardPosition } from './support/board-fixture';
import { type Body, clientAnswering, until } from './support/fake-api';

function DeleteButton() {
  const offer = useOfferUndo();
  return (
    <button type="button" onClick={() => offer('p-1')}>
      gelöscht
    </button>
  );
}

function renderBoard(answer: (variables: Record<string, unknown>) => Body) {
  const api = clientAnswering(['RestorePosition', answer]);
  render(
    <I18nextProvider i18n={setupI18n(undefined, document.createElement('html'))}>
      <Provider value={api.client}>
        <CardUndoProvider>
          <DeleteButton />
        </CardUndoProvider>
      </Provider>
    </I18nextProvider>,
  );
  return api;
}

const restoredCard = {
  data: {
    restorePosition: {
      ...boardPosition('p-1', 'Elterncafé'),
      table: { __typename: 'WorkingTable', id: 't-chancen' },
    },
  },
};

describe('undoing a deleted card', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('offers "Rückgängig" after a deletion and brings the card back through restorePosition', async () => {
    const sent: Record<string, unknown>[] = [];
    const { requests } = renderBoard((variables) => {
      sent.push(variables);
      return restoredCard;
    });
    fireEvent.click(screen.getByRole('button', { name: 'gelöscht' }));
    expect(screen.getByRole('status').textContent).toContain('Karte gelöscht');
    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await until(() => screen.queryByRole('button', { name: 'Rückgängig' }) === null);
    expect(requests).toEqual(['RestorePosition']);
    expect(sent).toEqual([{ id: 'p-1' }]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says so when the card can no longer be brought back', async () => {
    renderBoard(() => ({ data: null, errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] }));
    fireEvent.click(screen.getByRole('button', { name: 'gelöscht' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await until(() => screen.getByRole('status').textContent?.includes('nicht mehr zurückholen') ?? false);
  });

  it('withdraws the offer after a few seconds', () => {
    vi.useFakeTimers();
    renderBoard(() => restoredCard);
    fireEvent.click(screen.getByRole('button', { name: 'gelöscht' }));
    act(() => vi.advanceTimersByTime(UNDO_MS - 1));
    expect(screen.queryByRole('button', { name: 'Rückgängig' })).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByRole('button', { name: 'Rückgängig' })).toBeNull();
  });
});
