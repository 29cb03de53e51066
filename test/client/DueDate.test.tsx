import { fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { useRefreshOnFocus } from '../../client/api/use-refresh-on-focus';
import { setupI18n } from '../../client/i18n/i18n';
import { type Due, DueDate } from '../../client/tasks/DueDate';

/** The text a step's deadline reads as. */
function dueText(due: Due): string | null {
  const { container, unmount } = render(
    <I18nextProvider i18n={setupI18n(undefined, document.createElement('html'))}>
      <DueDate due={due} />
    </I18nextProvider>,
  );
  const text = container.textContent;
  unmount();
  return text;
}

describe('<DueDate>', () => {
  it('shows the deadline as written beside the day it resolved to, and how long it is overdue', () => {
    expect(dueText({ dueLabel: 'Ostern 2013', dueDate: '2013-03-31', overdue: true, daysOverdue: 10 })).toBe(
      'Ostern 2013 · 31.03.201310 Tage überfällig',
    );
  });

  it('says a label that is the date itself once, and keeps a label that resolved to nothing', () => {
    expect(dueText({ dueLabel: '14.04.2013', dueDate: '2013-04-14' })).toBe('14.04.2013');
    expect(dueText({ dueLabel: 'nächste Sitzung', dueDate: null })).toBe('nächste Sitzung');
    expect(dueText({ dueLabel: null, dueDate: null })).toBe('ohne Termin');
  });
});

function Refreshing({ reexecute, paused }: { reexecute: () => void; paused?: boolean }) {
  useRefreshOnFocus(reexecute, paused);
  return null;
}

describe('useRefreshOnFocus', () => {
  it('asks again when the window gets focus, showing what is cached meanwhile; not while paused', () => {
    const reexecute = vi.fn();
    const { rerender, unmount } = render(<Refreshing reexecute={reexecute} />);
    fireEvent.focus(window);
    expect(reexecute).toHaveBeenCalledWith({ requestPolicy: 'cache-and-network' });
    rerender(<Refreshing reexecute={reexecute} paused />);
    fireEvent.focus(window);
    expect(reexecute).toHaveBeenCalledOnce();
    unmount();
  });
});
