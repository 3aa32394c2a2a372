// Hostile zips for the pack tests: a valid zip written with yazl, then patched where an attacker
// would patch it, in the local header and the central directory alike.
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  compress?: boolean;
}

export async function writeZip(file: string, entries: ZipEntry[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const e of entries)
    zip.addBuffer(Buffer.from(e.data), e.name, { compress: e.compress ?? false });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}

function headerOffsets(bytes: Buffer, name: string): { local: number; central: number } {
  const found = { local: -1, central: -1 };
  for (let o = 0; o + 46 < bytes.length; o++) {
    const signature = bytes.readUInt32LE(o);
    if (signature === LOCAL) {
      const length = bytes.readUInt16LE(o + 26);
      if (bytes.subarray(o + 30, o + 30 + length).toString() === name) found.local = o;
    } else if (signature === CENTRAL) {
      const length = bytes.readUInt16LE(o + 28);
      if (bytes.subarray(o + 46, o + 46 + length).toString() === name) found.central = o;
    }
  }
  if (found.local < 0 || found.central < 0) throw new Error(`No entry ${name}`);
  return found;
}

/** Copies a zip, changing its bytes with `patch`. */
export function patchZip(from: string, to: string, patch: (bytes: Buffer) => void): void {
  const bytes = readFileSync(from);
  patch(bytes);
  writeFileSync(to, bytes);
}

/** Gives an entry a name of the same length, in both of its headers. */
export const renameEntry = (from: string, to: string) => (bytes: Buffer) => {
  if (from.length !== to.length) throw new Error('Names must have the same length');
  const { local, central } = headerOffsets(bytes, from);
  bytes.write(to, local + 30);
  bytes.write(to, central + 46);
};

export const setExternalAttributes = (name: string, attributes: number) => (bytes: Buffer) => {
  bytes.writeUInt32LE(attributes >>> 0, headerOffsets(bytes, name).central + 38);
};

export const setDeclaredSize = (name: string, size: number) => (bytes: Buffer) => {
  const { local, central } = headerOffsets(bytes, name);
  bytes.writeUInt32LE(size, local + 22);
  bytes.writeUInt32LE(size, central + 24);
};

/** Flips one byte of a stored entry's data. */
export const flipDataByte = (name: string, at: number) => (bytes: Buffer) => {
  const { local } = headerOffsets(bytes, name);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  bytes[start + at] = bytes[start + at]! ^ 0xff;
};
