// The API contract between the interface and the engine, derived from the method table
// (api-methods.ts): the types the IPC handlers, the preload bridge, the HTTP server and the
// renderer's clients share.
import type { z } from 'zod';
import type { ApiMethods, MethodDeclaration, PortalMethod } from './api-methods.ts';
import type { ArgumentSchemas } from './api-schemas.ts';
import type { MakingRefusal } from './pack-types.ts';
import type { Country, Organisation, Theme } from './types.ts';

export type { PortalMethod } from './api-methods.ts';

/** Errors cross every boundary as values, never as thrown strings. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  /**
   * 'room-code-needed': a classroom visitor without the room's code, such as a page still open
   * from before the trainer served the library again with a new one.
   * 'query-too-broad': a search refused before it ran, as it would cost too much (too short a
   * prefix, prefixes standing for too many words, too long a Thai, Lao, Khmer or Burmese text).
   * 'search-too-slow': a search stopped at the classroom server's time limit.
   * 'too-many-searches': a classroom visitor searching faster than the server lets one device.
   */
  code:
    | 'invalid-argument'
    | 'not-found'
    | 'forbidden'
    | 'room-code-needed'
    | 'query-too-broad'
    | 'search-too-slow'
    | 'too-many-searches'
    | 'failed';
  message: string;
  /** No answer came at all: the computer serving a classroom stopped or left the network. */
  unreachable?: true;
  /** Why a pack or a static copy was refused, for the interface to say in its language. */
  refusal?: MakingRefusal;
}

export interface Bookmark {
  id: number;
  documentId: string;
  page: number | null;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface Taxonomy {
  countries: Country[];
  organisations: Organisation[];
  themes: Theme[];
  documentTypes: { type: string; name: string; names: Record<string, string | undefined> }[];
}

export type DocumentListRequest = z.output<ArgumentSchemas['documentListRequest']>;
export type PagesRequest = z.output<ArgumentSchemas['pagesRequest']>;
export type BookmarkInput = z.output<ArgumentSchemas['bookmarkInput']>;
export type DocumentMetadataInput = z.output<ArgumentSchemas['documentMetadataInput']>;
export type AddFilesRequest = z.output<ArgumentSchemas['addFilesRequest']>;
export type ChooseFilesRequest = z.output<ArgumentSchemas['chooseFilesRequest']>;
export type OutgoingSource = z.output<ArgumentSchemas['outgoingSource']>;
export type CreatePackApiRequest = z.output<ArgumentSchemas['createPackRequest']>;
export type StaticCopyRequest = z.output<ArgumentSchemas['staticCopyRequest']>;
export type HighlightInput = z.output<ArgumentSchemas['highlightInput']>;
export type HighlightChange = z.output<ArgumentSchemas['highlightChange']>;

/** A method's arguments as a list: its one argument, or none. */
export type ArgumentsOf<D extends MethodDeclaration> = D extends {
  argument: readonly [string, infer Schema extends keyof ArgumentSchemas];
}
  ? [z.output<ArgumentSchemas[Schema]>]
  : [];

export type AnswerOf<D extends MethodDeclaration> = D['answer'] extends {
  readonly answerType?: infer T;
}
  ? T
  : never;

/** Every method the interface may call, each answering a Result. */
export type PortalApi = {
  [M in PortalMethod]: (
    ...args: ArgumentsOf<ApiMethods[M]>
  ) => Promise<Result<AnswerOf<ApiMethods[M]>>>;
};
