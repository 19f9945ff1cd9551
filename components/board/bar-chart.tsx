"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type ChartUnit = "percent" | "count" | "pounds";

export interface BarChartProps {
  /** the accessible summary: the chart's figures in words (the same figures are in the table below it) */
  summary: string;
  unit: ChartUnit;
  series: { key: string; name: string }[];
  /** one entry per bar group: `category` is its label, then one number (or null when not shown) per series key */
  data: ({ category: string } & Record<string, number | string | null>)[];
  /** the board pack prints charts at a fixed size */
  height?: number;
}

// GOV.UK blue and orange, each outlined in black so every bar meets 3:1 contrast against white.
const COLOURS = ["#1d70b8", "#f47738"];
const INK = "#0b0c0c";

const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

function tick(unit: ChartUnit, v: number): string {
  if (unit === "percent") return `${whole.format(v)}%`;
  if (unit === "pounds") return `£${compact.format(v)}`;
  return whole.format(v);
}

/**
 * A bar chart for the board dashboards. Drawn in the browser (Recharts); the wrapper is an image with the chart's
 * figures as its accessible name, and the same figures are always in a table beneath it.
 */
export function BoardBarChart({ summary, unit, series, data, height = 300 }: BarChartProps) {
  // Long category names (services, priority groups) read better as horizontal bars with the names beside them.
  const horizontal = data.some((d) => d.category.length > 14);
  const valueAxis = {
    tick: { fill: INK, fontSize: 14 },
    stroke: INK,
    tickFormatter: (v: number) => tick(unit, v),
    domain: (unit === "percent" ? [0, 100] : [0, "auto"]) as [number, number | "auto"],
    allowDecimals: unit !== "count",
  };
  const categoryAxis = { dataKey: "category", tick: { fill: INK, fontSize: 14 }, stroke: INK, interval: 0 } as const;
  const chartHeight = horizontal ? Math.max(160, data.length * (series.length * 22 + 14) + 60) : height;
  return (
    <div role="img" aria-label={summary} className="board-chart mb-4 w-full">
      <BarChart
        responsive
        style={{ width: "100%", height: chartHeight }}
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        accessibilityLayer={false}
        margin={{ top: 10, right: 20, bottom: 5, left: 10 }}
      >
        <CartesianGrid stroke="#b1b4b6" strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" {...categoryAxis} width={230} />
          </>
        ) : (
          <>
            <XAxis type="category" {...categoryAxis} height={30} />
            <YAxis type="number" {...valueAxis} width={unit === "pounds" ? 64 : 48} />
          </>
        )}
        <Tooltip formatter={(v) => (typeof v === "number" ? tick(unit, v) : String(v))} />
        {series.length > 1 ? <Legend itemSorter={null} wrapperStyle={{ color: INK }} formatter={(value) => <span style={{ color: INK }}>{value}</span>} /> : null}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={COLOURS[i % COLOURS.length]} stroke={INK} strokeWidth={1} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
