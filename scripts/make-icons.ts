// Draws the toolbar and store icons (a shield with an exclamation mark) as PNG files in assets/icons/.
// Run by hand (`npx tsx scripts/make-icons.ts`) when the design changes; the PNGs are committed and the
// build only copies them, so NGOs can rebrand by replacing the files. Never runs during the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

type Rgba = [number, number, number, number];

const SIZES = [16, 32, 48, 128] as const;
const OUTLINE: Rgba = [11, 79, 74, 255];
const FILL: Rgba = [19, 134, 122, 255];
const MARK: Rgba = [255, 255, 255, 255];
const SAMPLES = 4;

/** Half-width of the shield at height y (unit square), or -1 outside it. */
function shieldHalfWidth(y: number, inset: number): number {
  const top = 0.07 + inset;
  const shoulder = 0.5;
  const bottom = 0.95 - inset * 1.4;
  const full = 0.38 - inset;
  if (y < top || y > bottom) return -1;
  if (y <= shoulder) return full;
  const t = (y - shoulder) / (bottom - shoulder);
  return full * Math.pow(Math.cos((t * Math.PI) / 2), 0.75);
}

function inShield(x: number, y: number, inset: number): boolean {
  const w = shieldHalfWidth(y, inset);
  return w >= 0 && Math.abs(x - 0.5) <= w;
}

function inMark(x: number, y: number): boolean {
  const inBar = Math.abs(x - 0.5) <= 0.06 && y >= 0.22 && y <= 0.56;
  const inDot = Math.hypot(x - 0.5, y - 0.7) <= 0.07;
  return inBar || inDot;
}

function colourAt(x: number, y: number): Rgba | null {
  if (!inShield(x, y, 0)) return null;
  if (inMark(x, y)) return MARK;
  return inShield(x, y, 0.045) ? FILL : OUTLINE;
}

function render(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function makeIcons(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) writeFileSync(`${outDir}/icon-${size}.png`, encodePng(size, render(size)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  makeIcons(fileURLToPath(new URL('../assets/icons', import.meta.url)));
}
