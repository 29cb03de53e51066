import { type DragEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import forms from './forms.module.css';
import styles from './ReorderableList.module.css';

/** Carries the dragged entry's id; a type of our own, so other drops are ignored. */
const DRAG_TYPE = 'application/x-planwerk-entry';

interface ReorderableListProps<T> {
  items: readonly T[];
  id: (item: T) => string;
  /** Names the entry in the move buttons' accessible names. */
  label: (item: T) => string;
  /** Whether the viewer may move entries; otherwise a plain ordered list. */
  movable: boolean;
  disabled?: boolean;
  onMove: (id: string, to: number) => void;
  children: (item: T) => ReactNode;
  'aria-label'?: string;
}

/**
 * An ordered list whose entries move by keyboard (up and down buttons, which keep the focus on
 * the moved entry) or by dragging one onto another's place.
 */
export function ReorderableList<T>({
  items,
  id,
  label,
  movable,
  disabled,
  onMove,
  children,
  'aria-label': ariaLabel,
}: ReorderableListProps<T>) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<{ id: string; step: 1 | -1 } | null>(null);
  const order = items.map(id).join();
  // Once the list shows the new order, the moved entry's button (or the other, at an end) takes the focus again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the order the server confirmed arrives.
  useEffect(() => {
    if (!moved) return;
    const same = buttons.current.get(`${moved.id}:${moved.step}`);
    (same && !same.disabled ? same : buttons.current.get(`${moved.id}:${-moved.step}`))?.focus();
  }, [order]);
  const button = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };
  const move = (entry: string, index: number, step: 1 | -1) => {
    setMoved({ id: entry, step });
    onMove(entry, index + step);
  };
  const accepts = (event: DragEvent) => movable && !disabled && event.dataTransfer.types.includes(DRAG_TYPE);

  return (
    <ol className={styles.list} aria-label={ariaLabel}>
      {items.map((item, index) => {
        const key = id(item);
        return (
          <li
            key={key}
            className={`${styles.entry} ${target === key ? styles.target : ''}`}
            draggable={movable && !disabled}
            onDragStart={(event) => {
              event.dataTransfer.setData(DRAG_TYPE, key);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(event) => {
              if (!accepts(event)) return;
              event.preventDefault();
              setTarget(key);
            }}
            onDragLeave={() => setTarget(null)}
            onDrop={(event) => {
              setTarget(null);
              if (!accepts(event)) return;
              event.preventDefault();
              const dragged = event.dataTransfer.getData(DRAG_TYPE);
              if (dragged && dragged !== key) onMove(dragged, index);
            }}
          >
            <div className={styles.content}>{children(item)}</div>
            {movable && (
              <div className={styles.moves}>
                <button
                  type="button"
                  ref={button(`${key}:-1`)}
                  className={`${forms.secondary} ${styles.move}`}
                  aria-label={t('reorder.up', { label: label(item) })}
                  disabled={disabled || index === 0}
                  onClick={() => move(key, index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  ref={button(`${key}:1`)}
                  className={`${forms.secondary} ${styles.move}`}
                  aria-label={t('reorder.down', { label: label(item) })}
                  disabled={disabled || index === items.length - 1}
                  onClick={() => move(key, index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
