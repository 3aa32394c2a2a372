// Zips in memory: a real file's entries read out, changed, and written back as a new zip, so the
// targets can damage what is inside a package (a Word document's XML, a pack's manifest and entry
// names) as well as the package's own bytes.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export async function readZip(bytes: Uint8Array): Promise<ZipEntry[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes));
  const entries: ZipEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      await pipeline(
        await zip.openReadStreamPromise(entry),
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }),
      );
      entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
    }
  } finally {
    zip.close();
  }
  return entries;
}

export async function writeZip(entries: ZipEntry[], compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.data, entry.name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
