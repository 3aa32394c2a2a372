// What the engine says about library packs and the publisher keys a user trusts.
import type { IngestReport } from './types.ts';

/** A publisher key this computer's user trusts, known by its fingerprint. */
export interface TrustedKey {
  fingerprint: string;
  label: string;
  addedAt: string;
}

/**
 * Who signed a pack: a key the user trusts (with its label), a key the user does not know (its
 * fingerprint is shown to compare with the publisher's), or nobody.
 */
export type PackSigner =
  | { state: 'trusted'; fingerprint: string; label: string }
  | { state: 'unknown-key'; fingerprint: string }
  | { state: 'unsigned' };

export interface PackDocumentSummary {
  key: string;
  title: string;
  sizeBytes: number;
}

/** A pack whose every file matched its manifest. */
export interface PackVerification {
  packId: string;
  publisher: string;
  createdAt: string;
  formatVersion: number;
  documents: PackDocumentSummary[];
  totalBytes: number;
  signer: PackSigner;
}

export interface PackImportReport {
  pack: PackVerification;
  /** The same pack was imported before: nothing was changed. */
  alreadyImported: boolean;
  /** Document keys new to the library. */
  added: string[];
  /** Document keys whose older version, from an earlier pack of the same publisher, was replaced. */
  replaced: string[];
  /** Document keys left out because a newer pack of the same publisher is already imported. */
  keptNewer: string[];
  /** The indexing run that followed, or null when nothing changed. */
  ingest: IngestReport | null;
}

/** Why a document stayed out of a pack or a static copy. */
export type LeftOutReason = 'do-not-share' | 'no-file' | 'file-missing' | 'file-changed';

export interface LeftOutDocument {
  id: string;
  title: string;
  reason: LeftOutReason;
}

/** A pack written to disk. */
export interface CreatePackReport {
  out: string;
  packId: string;
  documents: number;
  totalBytes: number;
  /** The signing key's fingerprint, or null for an unsigned pack. */
  signedBy: string | null;
  leftOut: LeftOutDocument[];
}

/** A static copy written to its folder. */
export interface StaticCopyReport {
  folder: string;
  documents: number;
  /** Every file of the copy: documents, page script, fonts and search index. */
  totalBytes: number;
  leftOut: LeftOutDocument[];
}

/**
 * Why a pack or a static copy could not be made, carried beside the error's message so that the
 * interface says it in its own language.
 */
export const MAKING_REFUSALS = [
  'key-unreadable',
  'key-invalid',
  'file-exists',
  'pack-too-large',
  'nothing-to-share',
  'folder-is-file',
  'folder-not-empty',
  'page-script-missing',
] as const;
export type MakingRefusal = (typeof MAKING_REFUSALS)[number];
