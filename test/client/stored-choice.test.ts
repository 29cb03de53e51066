import { describe, expect, it, vi } from 'vitest';
import { createStoredChoice } from '../../client/session/stored-choice';

describe('a choice kept in local storage', () => {
  it('remembers the choice, tells its listeners, and forgets it when cleared', () => {
    const choice = createStoredChoice(window.localStorage, 'test.viewAs');
    const listener = vi.fn();
    const stop = choice.subscribe(listener);
    choice.set('p-1');
    expect(window.localStorage.getItem('test.viewAs')).toBe('p-1');
    expect(createStoredChoice(window.localStorage, 'test.viewAs').get()).toBe('p-1');
    choice.set('p-1');
    expect(listener).toHaveBeenCalledTimes(1);
    choice.set(null);
    expect(window.localStorage.getItem('test.viewAs')).toBeNull();
    stop();
    choice.set('p-2');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('follows a choice made in another tab', () => {
    window.localStorage.removeItem('test.tab');
    const choice = createStoredChoice(window.localStorage, 'test.tab', window);
    const listener = vi.fn();
    choice.subscribe(listener);
    window.localStorage.setItem('test.tab', 'p-3');
    window.dispatchEvent(new StorageEvent('storage', { key: 'test.tab' }));
    expect(choice.get()).toBe('p-3');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps the choice for the page where storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const choice = createStoredChoice(refusing, 'test.denied');
    expect(choice.get()).toBeNull();
    choice.set('p-4');
    expect(choice.get()).toBe('p-4');
  });
});
