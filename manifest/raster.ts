// Just enough 2-D drawing for icons: shapes are point-in-shape tests in a unit square (0..1 on both
// axes, y down), so one drawing renders at every icon size; 4×4 supersampling anti-aliases edges.
import type { RgbaImage } from './png';

/** Whether the point (x, y) of the unit square is inside the shape. */
export type Shape = (x: number, y: number) => boolean;

/** sRGB colour with alpha, each 0..255. */
export type Rgba = readonly [number, number, number, number];

export interface Layer {
  shape: Shape;
  colour: Rgba;
}

export function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

export function circle(cx: number, cy: number, radius: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
}

/** A stroke with round caps and joins through the given points. */
export function polyline(points: readonly (readonly [number, number])[], width: number): Shape {
  const half = width / 2;
  const segments = points.slice(1).map((end, index) => [points[index] ?? end, end] as const);
  return (x, y) => segments.some(([[ax, ay], [bx, by]]) => distanceToSegment(x, y, ax, ay, bx, by) <= half);
}

/** A convex polygon, its corners listed clockwise as seen on screen (y down). */
export function convexPolygon(corners: readonly (readonly [number, number])[]): Shape {
  const edges = corners.map((start, index) => [start, corners[(index + 1) % corners.length] ?? start] as const);
  return (x, y) => edges.every(([[ax, ay], [bx, by]]) => (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0);
}

export function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

export function difference(shape: Shape, ...holes: Shape[]): Shape {
  return (x, y) => shape(x, y) && !holes.some((hole) => hole(x, y));
}

const samples = 4;

/** Paints the layers bottom to top ("source over") on a transparent square of `size` pixels. */
export function paint(size: number, layers: readonly Layer[]): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { shape, colour } of layers) {
        const alpha = (colour[3] / 255) * coverageAt(shape, px, py, size);
        if (alpha === 0) continue;
        const outAlpha = alpha + a * (1 - alpha);
        const blend = (source: number, backdrop: number): number =>
          (source * alpha + backdrop * a * (1 - alpha)) / outAlpha;
        [r, g, b, a] = [blend(colour[0], r), blend(colour[1], g), blend(colour[2], b), outAlpha];
      }
      data.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, data };
}

function coverageAt(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < samples; sy += 1) {
    for (let sx = 0; sx < samples; sx += 1) {
      if (shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) inside += 1;
    }
  }
  return inside / (samples * samples);
}

function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
  const t =
    lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}
