#!/usr/bin/env node
// Draws the ZiPing icon (a dark-teal rounded square, a white check mark and, from 32 px up, a faint bar chart)
// at every size the manifest uses and writes them as PNG files into assets/.
// No dependencies beyond Node: the PNG encoder (signature, IHDR, IDAT, IEND, CRC-32) is written here by hand
// and zlib does the deflate. Edges are anti-aliased by supersampling each pixel on an 8 x 8 grid.
//
//   node scripts/make-icons.js            writes assets/icon-{16,20,24,32,40,48,64,80,128}.png
//   node scripts/make-icons.js OUTDIR     writes them into OUTDIR instead
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const SUPERSAMPLE = 8;

const TEAL = [14, 110, 110];
const WHITE = [255, 255, 255];
const BAR = mix(TEAL, WHITE, 0.42);

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffers) {
  let c = 0xffffffff;
  for (const buf of buffers) {
    for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, 'ascii');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([typeBuf, data]), 0);
  return Buffer.concat([len, typeBuf, data, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, non-premultiplied. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None for every scanline
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

// ---------- geometry (unit square, y down) ----------

function mix(a, b, t) {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t));
}

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onPolyline(x, y, points, halfWidth) {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    if (distanceToSegment(x, y, ax, ay, bx, by) <= halfWidth) return true;
  }
  return false;
}

/** The design at one size; small sizes drop the bar chart and thicken the check so it stays legible. */
function design(size) {
  const small = size < 32;
  const margin = size <= 16 ? 0.03 : 0.05;
  return {
    square: { x0: margin, y0: margin, x1: 1 - margin, y1: 1 - margin, r: small ? 0.18 : 0.2 },
    bars: small
      ? []
      : [
          { x0: 0.2, x1: 0.33, y0: 0.6, y1: 0.82 },
          { x0: 0.4, x1: 0.53, y0: 0.47, y1: 0.82 },
          { x0: 0.6, x1: 0.73, y0: 0.34, y1: 0.82 },
        ],
    check: small
      ? {
          points: [
            [0.22, 0.52],
            [0.42, 0.72],
            [0.8, 0.3],
          ],
          halfWidth: 0.095,
        }
      : {
          points: [
            [0.2, 0.5],
            [0.41, 0.7],
            [0.82, 0.24],
          ],
          halfWidth: 0.065,
        },
  };
}

/** Colour (or null for transparent) of the icon at unit coordinates (x, y). */
function colourAt(d, x, y) {
  const s = d.square;
  if (!insideRoundedRect(x, y, s.x0, s.y0, s.x1, s.y1, s.r)) return null;
  if (onPolyline(x, y, d.check.points, d.check.halfWidth)) return WHITE;
  for (const b of d.bars) {
    if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) return BAR;
  }
  return TEAL;
}

function render(size) {
  const d = design(size);
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(d, (px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        // Average over covered samples only: the colour is not premultiplied, the coverage becomes alpha.
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((covered / (n * n)) * 255);
      }
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, encodePng, crc32, render };
