// A small ZIP reader and writer for OOXML packages (.xlsx). Reading is bounded: every entry's
// inflated size is capped (the central directory's claim is checked first, and the inflater
// itself stops at the cap, so a lying header cannot blow up memory). Writing is used to add parts
// to packages SheetJS wrote (data validation in the template) — never to change an input.

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { defined } from '../../util/defined.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipError extends Error {
  constructor(
    message: string,
    readonly kind: 'corrupt' | 'encrypted' | 'unsupported' | 'limit',
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly limits: { maxEntryBytes: number; maxTotalBytes: number },
  ) {
    const min = Math.max(0, buf.length - 65557);
    let eocd = -1;
    for (let i = buf.length - 22; i >= min; i--) {
      if (buf.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError('no ZIP end-of-directory record (not an xlsx file, or truncated)', 'corrupt');
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff)
      throw new ZipError('ZIP64 packages are not supported', 'unsupported');
    if (cdOffset + cdSize > buf.length)
      throw new ZipError('the ZIP directory points past the end of the file (truncated)', 'corrupt');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH) throw new ZipError('damaged ZIP directory', 'corrupt');
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      const name = buf
        .toString('utf8', p + 46, p + 46 + nameLen)
        .replace(/\\/g, '/')
        .replace(/^\//, '');
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        throw new ZipError('ZIP64 packages are not supported', 'unsupported');
      }
      // Names are compared case-insensitively by Office; keep the first of duplicates.
      const key = name.toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, { name, method, flags, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The inflated bytes of an entry, or undefined when there is no such entry. */
  read(name: string): Buffer | undefined {
    const e = this.entries.get(name.replace(/^\//, '').toLowerCase());
    if (!e) return undefined;
    if (e.flags & 1) throw new ZipError(`entry ${e.name} is encrypted`, 'encrypted');
    const { maxEntryBytes, maxTotalBytes } = this.limits;
    if (e.size > maxEntryBytes)
      throw new ZipError(`part ${e.name} inflates to ${e.size} bytes, over the limit of ${maxEntryBytes}`, 'limit');
    if (this.inflated + e.size > maxTotalBytes)
      throw new ZipError(`the package inflates to more than ${maxTotalBytes} bytes`, 'limit');
    const h = e.localOffset;
    if (h + 30 > this.buf.length || this.buf.readUInt32LE(h) !== LFH)
      throw new ZipError(`damaged ZIP entry ${e.name}`, 'corrupt');
    const start = h + 30 + this.buf.readUInt16LE(h + 26) + this.buf.readUInt16LE(h + 28);
    const end = start + e.compressedSize;
    if (end > this.buf.length) throw new ZipError(`ZIP entry ${e.name} is truncated`, 'corrupt');
    const raw = this.buf.subarray(start, end);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(raw);
    else if (e.method === 8) {
      const cap = Math.min(maxEntryBytes, maxTotalBytes - this.inflated);
      try {
        // Inflate to at most the cap plus one byte: more means the directory lied (a bomb).
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw new ZipError(`part ${e.name} inflates to more than ${cap} bytes`, 'limit');
        }
        throw new ZipError(`ZIP entry ${e.name} cannot be inflated: ${(err as Error).message}`, 'corrupt');
      }
      if (out.length > cap) throw new ZipError(`part ${e.name} inflates to more than ${cap} bytes`, 'limit');
    } else throw new ZipError(`ZIP entry ${e.name} uses compression method ${e.method}`, 'unsupported');
    this.inflated += out.length;
    return out;
  }

  text(name: string): string | undefined {
    const b = this.read(name);
    return b?.toString('utf8');
  }
}

/** A package as ordered (name, bytes) pairs: read every entry, replace or add some, write back. */
export function readAllEntries(
  buf: Buffer,
  limits = { maxEntryBytes: 512 << 20, maxTotalBytes: 1024 << 20 },
): [string, Buffer][] {
  const z = new ZipReader(buf, limits);
  return [...z.entries.values()].map((e) => [e.name, defined(z.read(e.name))]);
}

/** Writes a ZIP (deflate, no ZIP64). */
export function writeZip(entries: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data) >>> 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(LFH, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nameBuf.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(CDH, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(0x00210000, 12);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(packed.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nameBuf.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameBuf, packed);
    central.push(ch, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
