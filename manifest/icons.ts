// The app's icons, drawn by code: a page of minutes with a check mark (approved minutes).
// Teams wants a full-bleed colour icon (192 px) and a white-on-transparent outline (32 px) in the
// package; Outlook's ribbon button wants 16–80 px icons served over HTTPS from the app's host.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodePng } from './png';
import {
  circle,
  convexPolygon,
  difference,
  paint,
  polyline,
  roundedRect,
  union,
  type Layer,
  type Rgba,
  type Shape,
} from './raster';

const teal: Rgba = [0x0f, 0x6c, 0x7b, 255];
const white: Rgba = [255, 255, 255, 255];
const paper: Rgba = [0xfb, 0xfd, 0xfd, 255];
const fold: Rgba = [0xb9, 0xd7, 0xdd, 255];
const ink: Rgba = [0x8f, 0xae, 0xb6, 255];
const green: Rgba = [0x23, 0x8b, 0x4f, 255];

interface Page {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Size of the folded top-right corner. */
  fold: number;
}

function pageShape({ left, top, right, bottom, fold: f }: Page, radius: number): Shape {
  const beyondFold: Shape = (x, y) => x - y > right - f - top;
  return difference(roundedRect(left, top, right, bottom, radius), beyondFold);
}

function foldShape({ top, right, fold: f }: Page): Shape {
  return convexPolygon([
    [right - f, top],
    [right, top + f],
    [right - f, top + f],
  ]);
}

function pageOutline({ left, top, right, bottom, fold: f }: Page, width: number): Shape {
  return union(
    polyline(
      [
        [left, top],
        [right - f, top],
        [right, top + f],
        [right, bottom],
        [left, bottom],
        [left, top],
      ],
      width,
    ),
    polyline(
      [
        [right - f, top],
        [right - f, top + f],
        [right, top + f],
      ],
      width,
    ),
  );
}

function checkMark(cx: number, cy: number, scale: number, width: number): Shape {
  return polyline(
    [
      [cx - 0.42 * scale, cy + 0.02 * scale],
      [cx - 0.12 * scale, cy + 0.32 * scale],
      [cx + 0.45 * scale, cy - 0.3 * scale],
    ],
    width,
  );
}

/** Full-bleed colour icon: a white page with text lines on teal, and a green check badge. */
function colourLayers(): Layer[] {
  const page: Page = { left: 0.26, top: 0.16, right: 0.68, bottom: 0.82, fold: 0.12 };
  const badge = { x: 0.67, y: 0.71, r: 0.17 };
  const textLine = (y: number, right: number): Shape =>
    polyline(
      [
        [0.35, y],
        [right, y],
      ],
      0.04,
    );
  return [
    { shape: () => true, colour: teal },
    { shape: pageShape(page, 0.03), colour: paper },
    { shape: foldShape(page), colour: fold },
    { shape: union(textLine(0.33, 0.5), textLine(0.43, 0.59), textLine(0.53, 0.5)), colour: ink },
    { shape: circle(badge.x, badge.y, badge.r + 0.03), colour: teal },
    { shape: circle(badge.x, badge.y, badge.r), colour: green },
    { shape: checkMark(badge.x, badge.y, badge.r, 0.05), colour: white },
  ];
}

/** Teams' outline icon: white strokes only, on a fully transparent background. */
function outlineLayers(): Layer[] {
  const page: Page = { left: 0.22, top: 0.1, right: 0.78, bottom: 0.9, fold: 0.22 };
  return [{ shape: union(pageOutline(page, 0.075), checkMark(0.5, 0.6, 0.3, 0.085)), colour: white }];
}

/** Outlook ribbon button: the page and badge on a transparent background, legible at 16 px. */
function ribbonLayers(): Layer[] {
  const page: Page = { left: 0.14, top: 0.06, right: 0.72, bottom: 0.9, fold: 0.18 };
  const badge = { x: 0.7, y: 0.72, r: 0.26 };
  return [
    { shape: pageShape(page, 0.02), colour: paper },
    { shape: union(pageOutline(page, 0.08), foldShape(page)), colour: teal },
    { shape: circle(badge.x, badge.y, badge.r), colour: green },
    { shape: checkMark(badge.x, badge.y, badge.r, 0.08), colour: white },
  ];
}

/** The icons inside the app package, by file name (as `icons.color` / `icons.outline` name them). */
export function packageIcons(): Record<'color.png' | 'outline.png', Buffer> {
  return {
    'color.png': encodePng(paint(192, colourLayers())),
    'outline.png': encodePng(paint(32, outlineLayers())),
  };
}

/** Sizes the ribbon button lists; 64 px serves high-DPI screens. */
export const ribbonIconSizes = [16, 32, 64, 80] as const;

/** The icons the web build must serve, by path under the app's origin (the manifest's ribbon URLs). */
export function hostedIcons(): Record<string, Buffer> {
  return Object.fromEntries(
    ribbonIconSizes.map((size) => [`icons/outlook-${size}.png`, encodePng(paint(size, ribbonLayers()))]),
  );
}

/** Writes the hosted icons into a web root (the Vite build's output directory). */
export function writeHostedIcons(webRoot: string): string[] {
  return Object.entries(hostedIcons()).map(([path, png]) => {
    const file = join(webRoot, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    return file;
  });
}
