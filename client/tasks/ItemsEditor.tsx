import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import styles from './ItemsEditor.module.css';
import { moveItem } from './task-form';

interface ItemsEditorProps {
  items: string[];
  onChange: (items: string[]) => void;
  invalid: boolean;
  describedBy?: string;
}

/** The "Was" lines of a step: written, added, moved up and down (by button, so the keyboard can) and removed. */
export function ItemsEditor({ items, onChange, invalid, describedBy }: ItemsEditorProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  /** Keeps the keyboard on the line that moved or was added, as the list re-renders. */
  const focusLine = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll('input')[index]?.focus());

  const set = (index: number, text: string) => onChange(items.map((item, i) => (i === index ? text : item)));
  const move = (index: number, delta: -1 | 1) => {
    onChange(moveItem(items, index, delta));
    focusLine(index + delta);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    focusLine(Math.max(0, index - 1));
  };
  const add = () => {
    onChange([...items, '']);
    focusLine(items.length);
  };

  return (
    <fieldset className={styles.items}>
      <legend className={styles.legend}>{t('taskEditor.items')}</legend>
      <ol ref={list} className={styles.list}>
        {items.map((item, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are plain text without identity; focus follows moves by hand.
            <li key={index} className={styles.line}>
              <input
                className={`${forms.input} ${styles.text}`}
                aria-label={t('taskEditor.item', { n })}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                maxLength={LIMITS.taskItem}
                value={item}
                onChange={(event) => set(index, event.target.value)}
              />
              <div className={styles.tools}>
                <button
                  type="button"
                  className={styles.tool}
                  aria-label={t('taskEditor.moveUp', { n })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className={styles.tool}
                  aria-label={t('taskEditor.moveDown', { n })}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className={styles.tool}
                  aria-label={t('taskEditor.removeItem', { n })}
                  disabled={items.length === 1}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className={forms.secondary} disabled={items.length >= LIMITS.taskItems} onClick={add}>
        {t('taskEditor.addItem')}
      </button>
    </fieldset>
  );
}
