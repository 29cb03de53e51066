import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ConnectionStatusContext } from '../../client/api/connection-context';
import { createConnectionStatusStore } from '../../client/api/connection-status';
import { setupI18n } from '../../client/i18n/i18n';
import { ConnectionIndicator } from '../../client/ui/ConnectionIndicator';

describe('<ConnectionIndicator>', () => {
  it('follows the store and says what the status means', () => {
    const store = createConnectionStatusStore(true);
    render(
      <I18nextProvider i18n={setupI18n(undefined, document.createElement('html'))}>
        <ConnectionStatusContext value={store}>
          <ConnectionIndicator />
        </ConnectionStatusContext>
      </I18nextProvider>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Verbinde …. Die Verbindung zum Server wird hergestellt.');

    act(() => store.setLink('open'));
    expect(status.dataset.status).toBe('live');
    expect(status.textContent).toContain('Live');

    act(() => store.setBrowserOnline(false));
    expect(status.dataset.status).toBe('offline');
    expect(status.title).toBe(
      'Keine Verbindung. Änderungen anderer erscheinen erst wieder, wenn die Verbindung steht.',
    );
  });
});
