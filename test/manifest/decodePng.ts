// Reads back what manifest/png.ts writes (8-bit RGBA, filter type 0), checking every chunk's CRC,
// so the tests look at real pixels rather than trusting the encoder.
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** RGBA, 4 bytes per pixel. */
  pixels: Uint8Array;
}

const signature = '89504e470d0a1a0a';

export function decodePng(png: Uint8Array): DecodedPng {
  const bytes = Buffer.from(png);
  if (bytes.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG: wrong signature');
  const chunks: { type: string; body: Buffer }[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const typeAndBody = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndBody) !== bytes.readUInt32BE(offset + 8 + length)) throw new Error('bad chunk CRC');
    chunks.push({ type: typeAndBody.subarray(0, 4).toString('latin1'), body: typeAndBody.subarray(4) });
    offset += 12 + length;
  }
  const header = chunks[0];
  if (header?.type !== 'IHDR') throw new Error('IHDR must come first');
  if (chunks.at(-1)?.type !== 'IEND') throw new Error('IEND must come last');
  const [width, height] = [header.body.readUInt32BE(0), header.body.readUInt32BE(4)];
  const [bitDepth, colourType] = [header.body[8] ?? 0, header.body[9] ?? 0];
  const raw = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.body)));
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height)
    throw new Error(`image data is ${raw.length} bytes, expected ${(stride + 1) * height}`);
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    if (raw[y * (stride + 1)] !== 0) throw new Error(`row ${y} uses a filter other than None`);
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, bitDepth, colourType, pixels };
}

/** Every pixel as [r, g, b, a]. */
export function pixelsOf({ pixels }: DecodedPng): [number, number, number, number][] {
  return Array.from({ length: pixels.length / 4 }, (_, index) => {
    const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(index * 4, index * 4 + 4);
    return [r, g, b, a];
  });
}
