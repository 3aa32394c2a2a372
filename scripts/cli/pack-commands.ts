// `portal keys generate`, `portal pack create|verify|import` and `portal do-not-share`: making,
// checking and importing library packs, and keeping documents out of them.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARGUMENT_SCHEMAS } from '#shared/api-schemas.ts';
import type { CreatePackReport, PackSigner, PackVerification } from '#shared/pack-types.ts';
import { generatePublisherKey } from '#core/packs/publisher-keys.ts';
import type { Portal } from '#core/portal.ts';
import type { Flags } from './commands.ts';
import { openLibrary, parse, progressPrinter, UsageError } from './commands.ts';
import { formatReport } from './format-report.ts';
import { failureOf, sourceFlags, sourceOf } from './source-flags.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function keysCommand(args: string[]): Promise<number> {
  const [action, file] = args;
  if (action !== 'generate' || !file)
    throw new UsageError('portal keys generate <file>: give the file to write the new key to.');
  const key = generatePublisherKey();
  try {
    writeFileSync(file, key.privateKeyPem, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${file} already exists; a key file is never overwritten.`);
    throw error;
  }
  out(
    [
      `Publisher key written to ${file}. Keep it private: whoever holds it signs packs as you.`,
      `Fingerprint: ${key.fingerprint}`,
      'Read the fingerprint out to the people who import your packs, so they can trust this key.',
    ].join('\n'),
  );
  return 0;
}

export async function packCommand(args: string[], flags: Flags): Promise<number> {
  const [action, file] = args;
  const run = { create: createPack, verify: verifyPack, import: importPack }[action ?? ''];
  if (!run || !file)
    throw new UsageError(
      'portal pack create <out-file> | verify <file> | import <file>: see portal help.',
    );
  const portal = await openLibrary(flags);
  try {
    return await run(portal, resolve(file), flags);
  } finally {
    portal.close();
  }
}

/** A search's documents (the whole library without a query or filters), or a reading list's. */
async function createPack(portal: Portal, file: string, flags: Flags): Promise<number> {
  if (typeof flags.publisher !== 'string' || flags.publisher.trim() === '')
    throw new UsageError(
      'portal pack create: give --publisher NAME, the name packs are made under.',
    );
  const source = await sourceOf(portal, sourceFlags(flags, true));
  const made = await portal.api.createPack({
    source,
    file,
    publisher: flags.publisher.trim(),
    signingKeyFile: typeof flags.sign === 'string' ? resolve(flags.sign) : null,
  });
  if (!made.ok)
    throw failureOf(made.error, made.error.refusal?.startsWith('key-') ? '--sign: ' : '');
  out(formatCreated(made.value));
  return 0;
}

function formatCreated(report: CreatePackReport): string {
  const reasons = {
    'do-not-share': 'marked "do not share"',
    'no-file': 'news or event, no file',
    'file-missing': 'its file is missing',
    'file-changed': 'its file changed since it was indexed',
  };
  return [
    `Pack written: ${report.out}`,
    `  pack id ${report.packId}: ${report.documents} documents, ${megabytes(report.totalBytes)}`,
    report.signedBy ? `  signed with the key ${report.signedBy}` : '  not signed',
    ...(report.leftOut.length
      ? [
          `Left out ${report.leftOut.length}:`,
          ...report.leftOut.map((d) => `  ${d.title} (${d.id.slice(0, 12)}): ${reasons[d.reason]}`),
        ]
      : []),
  ].join('\n');
}

function describeSigner(signer: PackSigner): string {
  switch (signer.state) {
    case 'trusted':
      return `Signed by a trusted key: ${signer.label} (${signer.fingerprint})`;
    case 'unknown-key':
      return `Signed by a key you have not trusted: ${signer.fingerprint}\n  Compare it with the fingerprint the publisher gave you before you trust it.`;
    case 'unsigned':
      return 'Not signed: nothing says who made it.';
  }
}

function describePack(pack: PackVerification): string {
  return [
    `Pack ${pack.packId} from ${pack.publisher}, made ${pack.createdAt.slice(0, 10)}: ${pack.documents.length} documents, ${megabytes(pack.totalBytes)}; every file matches its manifest.`,
    describeSigner(pack.signer),
  ].join('\n');
}

async function verifyPack(portal: Portal, file: string): Promise<number> {
  const verified = await portal.api.verifyPack({ file });
  if (!verified.ok) throw new Error(verified.error.message);
  out(describePack(verified.value));
  for (const d of verified.value.documents) out(`  ${d.key}: ${d.title}`);
  return 0;
}

async function importPack(portal: Portal, file: string, flags: Flags): Promise<number> {
  const trust = (Array.isArray(flags.trust) ? flags.trust : []).map((fingerprint) =>
    parse(ARGUMENT_SCHEMAS.keyFingerprint, fingerprint),
  );
  const progress = progressPrinter();
  const imported = await portal
    .importPack(
      { file, requireSignature: flags['require-signature'] === true, trust },
      { onProgress: progress.onProgress },
    )
    .finally(() => progress.finish());
  if (!imported.ok) throw new Error(imported.error.message);
  const report = imported.value;
  out(describePack(report.pack));
  if (report.alreadyImported) {
    out('This pack was imported before; nothing changed.');
    return 0;
  }
  out(
    `Added ${report.added.length}, replaced ${report.replaced.length} (an older version from the same publisher)` +
      (report.keptNewer.length
        ? `; left out ${report.keptNewer.length}, a newer version is already in the library`
        : '') +
      '.',
  );
  if (report.ingest) out(formatReport(report.ingest));
  return 0;
}

export async function doNotShareCommand(args: string[], flags: Flags): Promise<number> {
  const id = args[0];
  if (!id) throw new UsageError('portal do-not-share <document-id> [--clear]: give a document id.');
  const portal = await openLibrary(flags);
  try {
    const found = await portal.api.getDocument(id.toLowerCase());
    if (!found.ok) throw new UsageError(found.error.message);
    const doNotShare = flags.clear !== true;
    const set = await portal.api.setDoNotShare({ id: found.value.id, doNotShare });
    if (!set.ok) throw new Error(set.error.message);
    out(
      doNotShare
        ? `Marked "do not share": ${found.value.title}. Packs leave it out.`
        : `Cleared "do not share": ${found.value.title} can go into packs again.`,
    );
    return 0;
  } finally {
    portal.close();
  }
}
