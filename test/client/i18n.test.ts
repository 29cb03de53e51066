import { describe, expect, it } from 'vitest';
import de from '../../client/i18n/de.json';
import en from '../../client/i18n/en.json';
import { setupI18n } from '../../client/i18n/i18n';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('i18n', () => {
  it('has every message in German and in English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('starts in German, and in the language chosen before', () => {
    expect(setupI18n(new MemoryStorage(), document.createElement('html')).language).toBe('de');
    const storage = new MemoryStorage();
    storage.setItem('planwerk.language', 'en');
    expect(setupI18n(storage, document.createElement('html')).language).toBe('en');
    storage.setItem('planwerk.language', 'fr');
    expect(setupI18n(storage, document.createElement('html')).language).toBe('de');
  });

  it('keeps a new choice and tells the page its language', async () => {
    const storage = new MemoryStorage();
    const root = document.createElement('html');
    const i18n = setupI18n(storage, root);
    await i18n.changeLanguage('en');
    expect(storage.getItem('planwerk.language')).toBe('en');
    expect(root.lang).toBe('en');
    expect(i18n.t('tasks.overdueBy', { count: 10 })).toBe('10 days overdue');
    await i18n.changeLanguage('de');
    expect(i18n.t('tasks.overdueBy', { count: 1 })).toBe('1 Tag überfällig');
    expect(i18n.t('tasks.overdueBy', { count: 5109 })).toBe('5.109 Tage überfällig');
  });

  it('still works where storage is forbidden', async () => {
    const i18n = setupI18n(new ForbiddenStorage(), document.createElement('html'));
    expect(i18n.language).toBe('de');
    await i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
  });
});

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

class ForbiddenStorage extends MemoryStorage {
  override getItem(): never {
    throw new DOMException('denied', 'SecurityError');
  }
  override setItem(): never {
    throw new DOMException('denied', 'SecurityError');
  }
}
