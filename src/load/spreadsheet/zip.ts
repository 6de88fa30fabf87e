// A small ZIP reader and writer for OOXML packages (.xlsx). Reading is bounded: every entry's
// inflated size is capped (the central directory's claim is checked first, and the inflater
// itself stops at the cap, so a lying header cannot blow up memory). Writing adds parts to packages
// SheetJS wrote (data validation in the template) and streams the report workbooks
// (src/format/xlsx-stream.ts) — never changes an input.

import { constants as zlibConstants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { defined } from '../../util/defined.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  /** The CRC-32 the directory gives (not checked on reading). */
  crc: number;
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
const DD = 0x08074b50;

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
      const crc = buf.readUInt32LE(p + 16);
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
      if (!this.entries.has(key))
        this.entries.set(key, { name, method, flags, crc, compressedSize, size, localOffset });
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

/** Writes a ZIP (deflate, no ZIP64) of whole parts. */
export function writeZip(entries: [string, Buffer][]): Buffer {
  const chunks: Buffer[] = [];
  const zip = new ZipWriter((chunk) => chunks.push(chunk));
  for (const [name, data] of entries) zip.add(name, data);
  zip.finish();
  return Buffer.concat(chunks);
}

/** A part being written piece by piece (ZipWriter.open). */
export interface ZipPartWriter {
  write(data: Buffer): void;
  close(): void;
}

const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
const DOS_1980 = 0x00210000; // 1980-01-01 00:00
// A final, empty deflate block (fixed Huffman, end-of-block only): ends a stream of sync-flushed pieces.
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
const MAX32 = 0xffffffff;

/**
 * Writes a ZIP to a sink as it is made: whole parts (`add`), or parts deflated piece by piece
 * (`open`: each piece is deflated on its own and sync-flushed, so nothing of the part is held;
 * its CRC and sizes follow it in a data descriptor). `finish` writes the central directory.
 * No ZIP64: a part or package past 4 GB is an error.
 */
export class ZipWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;
  private busy = false;

  constructor(private readonly out: (chunk: Buffer) => void) {}

  add(name: string, data: Buffer): void {
    this.idle();
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data) >>> 0;
    const at = this.offset;
    this.emit(header(LFH, nameBuf, UTF8_NAMES, crc, packed.length, data.length));
    this.emit(nameBuf);
    this.emit(packed);
    this.record(nameBuf, UTF8_NAMES, crc, packed.length, data.length, at);
  }

  open(name: string): ZipPartWriter {
    this.idle();
    this.busy = true;
    const nameBuf = Buffer.from(name, 'utf8');
    const flags = UTF8_NAMES | DATA_DESCRIPTOR;
    const at = this.offset;
    this.emit(header(LFH, nameBuf, flags, 0, 0, 0));
    this.emit(nameBuf);
    let crc = 0;
    let size = 0;
    let packedSize = 0;
    const put = (b: Buffer) => {
      this.emit(b);
      packedSize += b.length;
    };
    return {
      write: (data) => {
        if (!data.length) return;
        crc = crc32(data, crc);
        size += data.length;
        if (size > MAX32) throw new Error(`the part ${name} is over 4 GB (ZIP64 is not supported)`);
        put(deflateRawSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH }));
      },
      close: () => {
        put(FINAL_EMPTY_BLOCK);
        const dd = Buffer.alloc(16);
        dd.writeUInt32LE(DD, 0);
        dd.writeUInt32LE(crc >>> 0, 4);
        dd.writeUInt32LE(packedSize, 8);
        dd.writeUInt32LE(size, 12);
        this.emit(dd);
        this.record(nameBuf, flags, crc >>> 0, packedSize, size, at);
        this.busy = false;
      },
    };
  }

  finish(): void {
    this.idle();
    const cd = Buffer.concat(this.central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(this.offset, 16);
    this.emit(cd);
    this.out(end);
  }

  private idle(): void {
    if (this.busy) throw new Error('a ZIP part is still open');
  }

  private emit(b: Buffer): void {
    this.out(b);
    this.offset += b.length;
    if (this.offset > MAX32) throw new Error('the ZIP package is over 4 GB (ZIP64 is not supported)');
  }

  private record(nameBuf: Buffer, flags: number, crc: number, packed: number, size: number, at: number): void {
    if (this.count === 0xffff) throw new Error('the ZIP package has too many parts (ZIP64 is not supported)');
    const ch = header(CDH, nameBuf, flags, crc, packed, size);
    ch.writeUInt32LE(at, 42);
    this.central.push(ch, nameBuf);
    this.count++;
  }
}

/** A local (LFH: 30 bytes) or central (CDH: 46 bytes) file header, its name not included. */
function header(sig: number, nameBuf: Buffer, flags: number, crc: number, packed: number, size: number): Buffer {
  const central = sig === CDH ? 2 : 0; // the central header has "version made by" before the shared fields
  const h = Buffer.alloc(central ? 46 : 30);
  h.writeUInt32LE(sig, 0);
  if (central) h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 4 + central);
  h.writeUInt16LE(flags, 6 + central);
  h.writeUInt16LE(8, 8 + central);
  h.writeUInt32LE(DOS_1980, 10 + central);
  h.writeUInt32LE(crc, 14 + central);
  h.writeUInt32LE(packed, 18 + central);
  h.writeUInt32LE(size, 22 + central);
  h.writeUInt16LE(nameBuf.length, 26 + central);
  return h;
}
