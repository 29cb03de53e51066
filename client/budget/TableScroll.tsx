import type { ReactNode } from 'react';
import styles from './tables.module.css';

/**
 * Wide number tables scroll sideways on a phone instead of widening the page; the scrolling
 * box takes keyboard focus so it can be scrolled without a mouse, and is named after its table.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className={styles.scroll} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
