/** A dated series and its least-squares slope, in units per week. */
import { daysBetween, type IsoDate } from "../shared/dates.js";

export type TrendPoint = { readonly date: IsoDate; readonly value: number };

const DAYS_PER_WEEK = 7;

/**
 * Ordinary least-squares slope of value against time in weeks; `null` with fewer than two distinct dates (no line
 * can be drawn). A slope is a description of the series, not a verdict: verdicts use the minimal important changes.
 */
export function slopePerWeek(points: readonly TrendPoint[]): number | null {
  const first = points[0];
  if (first === undefined) return null;
  const xs = points.map((point) => daysBetween(first.date, point.date) / DAYS_PER_WEEK);
  const ys = points.map((point) => point.value);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  const sxx = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = xs.reduce((sum, x, i) => sum + (x - meanX) * ((ys[i] ?? meanY) - meanY), 0);
  return sxy / sxx;
}

export function sortByDate<T extends { readonly date: IsoDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => daysBetween(b.date, a.date));
}
