#!/usr/bin/env node
// Draws the add-in's ribbon and store icons (assets/icon-{16,32,64,80}.png): a blue rounded
// square with three rising white bars and a gold check mark — "scores going up". Pure Node
// (zlib for the PNG deflate stream), so the icons can be regenerated anywhere:
//   node scripts/make-icons.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;
const BLUE = [31, 78, 121];
const WHITE = [255, 255, 255];
const GOLD = [242, 183, 5];

/** Shape tests in unit coordinates (0..1, y down); later shapes paint over earlier ones. */
const SHAPES = [
  { color: BLUE, inside: (x, y) => roundedSquare(x, y, 0.04, 0.2) },
  { color: WHITE, inside: (x, y) => box(x, y, 0.2, 0.58, 0.34, 0.8) },
  { color: WHITE, inside: (x, y) => box(x, y, 0.42, 0.44, 0.56, 0.8) },
  { color: WHITE, inside: (x, y) => box(x, y, 0.64, 0.3, 0.78, 0.8) },
  { color: GOLD, inside: (x, y) => nearSegment(x, y, 0.16, 0.3, 0.3, 0.44, 0.055) || nearSegment(x, y, 0.3, 0.44, 0.56, 0.16, 0.055) },
];

function box(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function roundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return box(x, y, inset, inset, 1 - inset, 1 - inset) && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function nearSegment(x, y, x0, y0, x1, y1, halfWidth) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
  return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= halfWidth ** 2;
}

/** RGBA pixels, each averaged over SUPERSAMPLE² samples for smooth edges. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let s = 0; s < n; s++) {
        const x = (pxX + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        let color = null;
        for (const shape of SHAPES) if (shape.inside(x, y)) color = shape.color;
        if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
      }
      const i = (py * size + pxX) * 4;
      const covered = a / 255;
      px[i] = covered ? Math.round(r / covered) : 0;
      px[i + 1] = covered ? Math.round(g / covered) : 0;
      px[i + 2] = covered ? Math.round(b / covered) : 0;
      px[i + 3] = Math.round(a / n);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
}
