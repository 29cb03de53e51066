import type { HTMLAttributes } from 'react';

/** A heading whose level follows its nesting (h1–h6), for sections that appear at several depths. */
export function Heading({ level, ...props }: { level: number } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${Math.min(Math.max(Math.round(level), 1), 6)}` as 'h1';
  return <Tag {...props} />;
}
