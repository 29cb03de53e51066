import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from '../i18n/use-locale';
import styles from './BudgetChart.module.css';
import type { ChartPoint } from './budget-chart-data';
import { formatMoney } from './budget-format';

/** The series of the budget charts; each keeps its colour and shape everywhere (trend: dashed). */
export type SeriesKey = 'plan' | 'actual' | 'trend';

// Contrast at least 3:1 on white for graphics (WCAG 1.4.11); the trend also differs by its dashes.
const COLORS: Record<SeriesKey, string> = { plan: '#1c4f8a', actual: '#1d6b3a', trend: '#a14a00' };

/** The legend in the order people say it: plan, actual, trend. */
const ORDER: readonly unknown[] = ['plan', 'actual', 'trend'] satisfies SeriesKey[];

interface BudgetChartProps {
  data: ChartPoint[];
  /** How a point's category (a year or a month) is written. */
  categoryLabel?: (value: number) => string;
  series: { key: SeriesKey; label: string }[];
  /** What the chart shows, for screen readers; the table beside it has the numbers. */
  description: string;
}

/**
 * A bar chart of plan and actual (and the trend as a dashed line), amounts in euros. It is an
 * image to assistive technology, described in words; every value is in the table beside it.
 */
export function BudgetChart({ data, categoryLabel = String, series, description }: BudgetChartProps) {
  const locale = useLocale();
  const money = (euros: unknown) => (typeof euros === 'number' ? formatMoney(Math.round(euros * 100), locale) : '');
  return (
    <div role="img" aria-label={description} className={styles.chart}>
      <ComposedChart data={data} responsive accessibilityLayer={false} style={{ width: '100%', height: '100%' }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="category" tickFormatter={(value: number) => categoryLabel(value)} />
        <YAxis tickFormatter={money} width="auto" />
        <Tooltip
          formatter={money}
          labelFormatter={(label) => (typeof label === 'number' ? categoryLabel(label) : label)}
        />
        <Legend itemSorter={(item) => ORDER.indexOf(item.dataKey)} />
        {series.map(({ key, label }) =>
          key === 'trend' ? (
            <Line
              key={key}
              dataKey={key}
              name={label}
              type="linear"
              stroke={COLORS[key]}
              strokeWidth={3}
              strokeDasharray="8 5"
              dot={{ r: 4, fill: COLORS[key] }}
              connectNulls
              isAnimationActive={false}
            />
          ) : (
            <Bar key={key} dataKey={key} name={label} fill={COLORS[key]} isAnimationActive={false} />
          ),
        )}
      </ComposedChart>
    </div>
  );
}
