import type { ReactNode } from 'react';
import type { DeviationData } from './budget.operations';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';
import { Amount, Difference } from './values';

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Left-aligned and wrapping; other columns hold numbers, right-aligned. */
  text?: boolean;
}

interface NumberTableProps<Row> {
  /** Names the table and its scrolling box. */
  label: string;
  /** Shown above the table; without it the label names the table unseen (a heading says it already). */
  caption?: ReactNode;
  /** The first column heads each row. */
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Rows below the line, such as a total. */
  footer?: readonly Row[];
}

/** The budget pages' tables: the numbers behind every chart, the controlling report, import reports. */
export function NumberTable<Row>({ label, caption, columns, rows, rowKey, footer = [] }: NumberTableProps<Row>) {
  const line = (row: Row, index: number) => (
    <tr key={rowKey(row, index)}>
      {columns.map((column, position) => {
        const className = column.text ? tables.text : undefined;
        const content = column.cell(row);
        return position === 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the table's life.
          <th key={position} scope="row" className={className}>
            {content}
          </th>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the table's life.
          <td key={position} className={className}>
            {content}
          </td>
        );
      })}
    </tr>
  );
  return (
    <TableScroll label={label}>
      <table className={tables.table} aria-label={caption ? undefined : label}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the table's life.
              <th key={position} scope="col" className={column.text ? tables.text : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(line)}</tbody>
        {footer.length > 0 && <tfoot>{footer.map(line)}</tfoot>}
      </table>
    </TableScroll>
  );
}

/** A column of amounts in cents. */
export function amountColumn<Row>(header: string, cents: (row: Row) => number | null | undefined): Column<Row> {
  return { header, cell: (row) => <Amount cents={cents(row)} /> };
}

/** A column of differences with their ratio: "6,7 Mio. € (25,6 %)". */
export function differenceColumn<Row>(
  header: string,
  deviation: (row: Row) => DeviationData | null | undefined,
): Column<Row> {
  return { header, cell: (row) => <Difference deviation={deviation(row)} /> };
}
