import type uPlot from 'uplot';
import type { ChartData, MarkerKind } from './progress-chart-data.ts';
import { bandShade } from './chart-theme.ts';
import type { ChartTheme } from './chart-theme.ts';

interface Area {
  ctx: CanvasRenderingContext2D;
  left: number;
  top: number;
  width: number;
  height: number;
  y: (value: number) => number;
  x: (value: number) => number;
  ratio: number;
}

function areaOf(u: uPlot, ratio: number): Area {
  return {
    ctx: u.ctx,
    left: u.bbox.left,
    top: u.bbox.top,
    width: u.bbox.width,
    height: u.bbox.height,
    y: (value) => u.valToPos(value, 'y', true),
    x: (value) => u.valToPos(value, 'x', true),
    ratio,
  };
}

/** Severity bands, and the band of no reliable change around the baseline: behind the scores. */
function drawBackground(area: Area, data: ChartData, theme: ChartTheme): void {
  const { ctx, left, width } = area;
  ctx.save();
  for (const band of data.bands) {
    const top = area.y(band.to);
    const bottom = area.y(band.from);
    ctx.fillStyle = bandShade(theme, band.severity, data.bands.length);
    ctx.fillRect(left, Math.min(top, bottom), width, Math.abs(bottom - top));
  }
  if (data.reliableBand) {
    const top = area.y(data.reliableBand[1]);
    const bottom = area.y(data.reliableBand[0]);
    ctx.fillStyle = theme.reliable;
    ctx.fillRect(left, Math.min(top, bottom), width, Math.abs(bottom - top));
  }
  ctx.restore();
}

/** Band names at the left edge of each band tall enough to hold one. */
function drawBandLabels(area: Area, data: ChartData, theme: ChartTheme): void {
  const { ctx, left, ratio } = area;
  const size = Math.round(theme.rem * 0.75 * ratio);
  ctx.save();
  ctx.font = `${size}px ${theme.font}`;
  ctx.fillStyle = theme.bandLabel;
  // uPlot leaves the alignment of its axis labels set; these read from the plot's left edge.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  for (const band of data.bands) {
    const top = Math.min(area.y(band.to), area.y(band.from));
    const height = Math.abs(area.y(band.from) - area.y(band.to));
    if (height >= size * 1.4) ctx.fillText(band.label, left + 4 * ratio, top + 2 * ratio);
  }
  ctx.restore();
}

function drawBaseline(area: Area, data: ChartData, theme: ChartTheme): void {
  if (data.baseline === null) return;
  const { ctx, left, width, ratio } = area;
  const y = Math.round(area.y(data.baseline)) + 0.5;
  ctx.save();
  ctx.strokeStyle = theme.baseline;
  ctx.lineWidth = 1.5 * ratio;
  ctx.setLineDash([6 * ratio, 4 * ratio]);
  ctx.beginPath();
  ctx.moveTo(left, y);
  ctx.lineTo(left + width, y);
  ctx.stroke();
  ctx.restore();
}

/** Shapes, not only colours: triangle = improvement, diamond = recovery, square = deterioration. */
export function markerPath(
  ctx: CanvasRenderingContext2D,
  kind: MarkerKind,
  x: number,
  y: number,
  r: number,
) {
  ctx.beginPath();
  switch (kind) {
    case 'improved':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y + r * 0.8);
      ctx.lineTo(x - r, y + r * 0.8);
      break;
    case 'recovered':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r, y);
      break;
    case 'deteriorated':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
  }
  ctx.closePath();
}

function drawMarkers(area: Area, data: ChartData, theme: ChartTheme): void {
  const { ctx, ratio } = area;
  const r = theme.rem * 0.45 * ratio;
  ctx.save();
  ctx.lineWidth = 1.5 * ratio;
  for (const marker of data.markers) {
    const xValue = data.xs[marker.index];
    const yValue = data.ys[marker.index];
    if (xValue === undefined || yValue === undefined || yValue === null) continue;
    const x = area.x(xValue);
    const y = area.y(yValue) - r * 2.2;
    markerPath(ctx, marker.kind, x, y, r);
    ctx.fillStyle = marker.kind === 'deteriorated' ? theme.deteriorated : theme.improved;
    ctx.strokeStyle = theme.pointFill;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/** uPlot hooks that draw what the series alone does not show. */
export function chartHooks(data: ChartData, theme: ChartTheme, ratio: number): uPlot.Hooks.Arrays {
  return {
    drawClear: [(u) => drawBackground(areaOf(u, ratio), data, theme)],
    draw: [
      (u) => {
        const area = areaOf(u, ratio);
        drawBandLabels(area, data, theme);
        drawBaseline(area, data, theme);
        drawMarkers(area, data, theme);
      },
    ],
  };
}
