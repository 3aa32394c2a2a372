// A small in-memory PortalApi and one valid argument list per method. The in-memory API stands
// in for the engine's facade at the HTTP and IPC boundaries, where what matters is that calls
// arrive validated and results come back unchanged; the engine has its own tests.
import type { OcrLanguageList } from '#shared/ocr-languages.ts';
import type { Bookmark, PortalApi, PortalMethod, Result } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import type { ReadingList, ReadingListSummary } from '#shared/reading-lists.ts';
import type { DocumentDetail, Facets } from '#shared/types.ts';
import type { UserDataCounts } from '#shared/user-data.ts';
import { newReport } from '#core/ingest/ingest-report.ts';

export const DOCUMENT_ID = 'a'.repeat(64);
export const OTHER_DOCUMENT_ID = 'b'.repeat(64);
export const FINGERPRINT = '1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D';

export const validArguments: { [M in PortalMethod]: Parameters<PortalApi[M]> } = {
  search: [
    {
      query: 'digital evidence',
      filters: { countries: ['LA'], types: ['report'] },
      sort: 'relevance',
      limit: 20,
    },
  ],
  stats: [],
  taxonomy: [],
  listDocuments: [{ country: 'LA', recent: true, limit: 10 }],
  getDocument: [DOCUMENT_ID],
  getPages: [DOCUMENT_ID],
  getPageWords: [{ id: DOCUMENT_ID, page: 1 }],
  getPageImage: [{ id: DOCUMENT_ID, page: 2 }],
  listBookmarks: [null],
  saveBookmark: [{ documentId: DOCUMENT_ID, page: 4, note: 'Digital evidence checklist' }],
  deleteBookmark: [1],
  updateMetadata: [
    {
      id: DOCUMENT_ID,
      title: 'Workshop report',
      type: 'report',
      countries: ['LA'],
      organisations: [{ id: 'unodc', role: 'publisher' }],
      themes: ['digital-evidence'],
      language: 'en',
      year: 2023,
      summary: '',
    },
  ],
  chooseFiles: [{ folder: true }],
  addFiles: [{ paths: ['/home/user/Documents/report.pdf'] }],
  ingestProgress: [],
  cancelIngest: [],
  ocrStatus: [DOCUMENT_ID],
  setOcrEnabled: [false],
  pauseOcr: [],
  resumeOcr: [],
  cancelOcr: [],
  readDocumentNow: [DOCUMENT_ID],
  listReadingLists: [],
  getReadingList: [1],
  createReadingList: [{ name: 'Evidence module, day 2', note: 'Read before the workshop' }],
  updateReadingList: [{ id: 1, shared: true }],
  deleteReadingList: [1],
  addReadingListItem: [{ listId: 1, documentId: DOCUMENT_ID, page: 4, note: 'Checklist' }],
  setReadingListItemNote: [{ listId: 1, itemId: 2, note: 'Read with the checklist' }],
  removeReadingListItem: [{ listId: 1, itemId: 2 }],
  reorderReadingList: [{ listId: 1, itemIds: [3, 2] }],
  listSharedReadingLists: [],
  getSharedReadingList: [1],
  sessionInfo: [],
  listTrustedKeys: [],
  addTrustedKey: [{ fingerprint: FINGERPRINT, label: 'ASEAN-ACT training team' }],
  removeTrustedKey: [FINGERPRINT],
  verifyPack: [{ file: '/media/usb/library.pack' }],
  importPack: [{ file: '/media/usb/library.pack', requireSignature: true, trust: [FINGERPRINT] }],
  setDoNotShare: [{ id: DOCUMENT_ID, doNotShare: true }],
  sharingStatus: [],
  startSharing: [{ minutes: 60 }],
  stopSharing: [],
  createPack: [
    {
      source: { listId: 1 },
      file: 'C:\\Users\\trainer\\Desktop\\Evidence module.pack',
      publisher: 'ASEAN-ACT training team',
      signingKeyFile: '/home/trainer/keys/publisher.pem',
      replace: true,
    },
  ],
  exportStaticCopy: [
    {
      source: { query: 'digital evidence', filters: { countries: ['LA'] } },
      folder: '/media/usb/evidence-module',
      madeBy: 'ASEAN-ACT training team',
    },
  ],
  listHighlights: [DOCUMENT_ID],
  saveHighlight: [
    {
      documentId: DOCUMENT_ID,
      page: 4,
      prefix: 'seized phones: ',
      exact: 'keep the chain of custody',
      suffix: ' from the raid',
      start: 120,
      colour: 'green',
      note: 'Cite in the appeal',
    },
  ],
  updateHighlight: [{ id: 1, colour: 'pink' }],
  deleteHighlight: [1],
  setMenuLanguage: ['fil'],
  listUserBackups: [],
  restoreUserBackup: ['user-20261207T110932123Z.sqlite'],
  exportUserData: [{ file: '/home/trainer/notes.json' }],
  importUserData: [{ file: 'C:\\Users\\trainer\\notes.json' }],
  listOcrLanguages: [],
  addOcrLanguage: [{ file: '/home/trainer/khm.traineddata' }],
  removeOcrLanguage: ['khm'],
};

/** One argument list per method that the schemas must refuse. */
export const invalidArguments: { [M in PortalMethod]: unknown[] } = {
  search: [{ query: 42 }],
  stats: ['unexpected'],
  taxonomy: [{}],
  listDocuments: [{ country: 'Laos' }],
  getDocument: ['../../etc/passwd'],
  getPages: [12],
  getPageWords: [{ id: DOCUMENT_ID, page: 0 }],
  getPageImage: [{ id: DOCUMENT_ID }],
  listBookmarks: [undefined],
  saveBookmark: [{ documentId: DOCUMENT_ID, page: 0, note: '' }],
  deleteBookmark: ['1'],
  updateMetadata: [{ id: DOCUMENT_ID }],
  chooseFiles: [{ folder: 'yes' }],
  addFiles: [{ paths: ['relative/path.pdf'] }],
  ingestProgress: ['unexpected'],
  cancelIngest: [{}],
  ocrStatus: ['not-an-id'],
  setOcrEnabled: ['yes'],
  pauseOcr: [true],
  resumeOcr: [{}],
  cancelOcr: ['now'],
  readDocumentNow: [null],
  listReadingLists: [1],
  getReadingList: [0],
  createReadingList: [{ name: '   ' }],
  updateReadingList: [{ id: 1, shared: 'yes' }],
  deleteReadingList: ['1'],
  addReadingListItem: [{ listId: 1, documentId: DOCUMENT_ID, page: 0 }],
  setReadingListItemNote: [{ listId: 1, itemId: 2 }],
  removeReadingListItem: [{ listId: 1 }],
  reorderReadingList: [{ listId: 1, itemIds: [1.5] }],
  listSharedReadingLists: [{}],
  getSharedReadingList: [-1],
  sessionInfo: ['unexpected'],
  listTrustedKeys: ['unexpected'],
  addTrustedKey: [{ fingerprint: 'not a fingerprint', label: 'Trainer' }],
  removeTrustedKey: ['1A2B'],
  verifyPack: [{ file: 'library.pack' }],
  importPack: [{ file: '/media/usb/library.pack', trust: ['ZZZZ'] }],
  setDoNotShare: [{ id: DOCUMENT_ID }],
  sharingStatus: ['now'],
  startSharing: [{ minutes: 0 }],
  stopSharing: [true],
  createPack: [
    {
      source: { listId: 1 },
      file: 'course.pack',
      publisher: 'Trainer',
      signingKeyFile: null,
    },
  ],
  exportStaticCopy: [{ source: { listId: 1 }, folder: '/media/usb/copy', madeBy: '  ' }],
  listHighlights: ['not a document id'],
  saveHighlight: [
    {
      documentId: DOCUMENT_ID,
      page: 4,
      prefix: '',
      exact: 'keep the chain of custody',
      suffix: '',
      start: 0,
      colour: 'orange',
      note: '',
    },
  ],
  updateHighlight: [{ id: 1 }],
  deleteHighlight: [0],
  setMenuLanguage: ['xx'],
  listUserBackups: ['all'],
  restoreUserBackup: ['../user.sqlite'],
  exportUserData: [{ file: 'notes.json' }],
  importUserData: [{ path: '/home/trainer/notes.json' }],
  listOcrLanguages: ['all'],
  addOcrLanguage: [{ file: 'khm.traineddata' }],
  removeOcrLanguage: ['../khm'],
};

const ocrLanguages: OcrLanguageList = {
  languages: [{ code: 'khm', language: 'km', state: 'missing', bytes: null }],
  problems: [],
};

const noUserData: UserDataCounts = {
  bookmarks: 0,
  highlights: 0,
  readingLists: 0,
  readingListItems: 0,
  trustedKeys: 0,
};

const emptyFacets: Facets = {
  countries: [],
  organisations: [],
  themes: [],
  exploitation: [],
  sectors: [],
  types: [],
  languages: [],
  years: [],
};

const detail: DocumentDetail = {
  id: DOCUMENT_ID,
  title: 'Workshop report: digital evidence in trafficking cases',
  type: 'report',
  format: 'pdf',
  language: 'en',
  year: 2023,
  date: null,
  summary: 'What prosecutors in Lao PDR learned about digital evidence.',
  countries: ['LA'],
  organisations: [],
  themes: [],
  pageCount: 6,
  addedAt: '2024-01-01T00:00:00.000Z',
  keywords: [],
  path: 'report.pdf',
  sizeBytes: 100,
  outline: [],
  related: [],
  uncatalogued: false,
  doNotShare: false,
  passwordProtected: false,
  pageLabels: null,
};

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const notFound = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'not-found', message },
});

export interface RecordingApi extends PortalApi {
  calls: { method: PortalMethod; args: unknown[] }[];
}

const readingList: ReadingList = {
  id: 1,
  name: 'Evidence module, day 2',
  note: '',
  shared: true,
  itemCount: 1,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  items: [{ id: 2, documentId: DOCUMENT_ID, page: 4, pageLabel: null, note: '', document: detail }],
};

const idleOcr: OcrStatus = {
  enabled: true,
  state: 'idle',
  pages: { pending: 0, done: 0, failed: 0 },
  progress: null,
  document: null,
};

function ocrMethods(
  record: (method: PortalMethod, args: unknown[]) => void,
): Pick<
  PortalApi,
  'ocrStatus' | 'setOcrEnabled' | 'pauseOcr' | 'resumeOcr' | 'cancelOcr' | 'readDocumentNow'
> {
  const answer = (method: PortalMethod, args: unknown[]) => {
    record(method, args);
    return Promise.resolve(ok(idleOcr));
  };
  return {
    ocrStatus: (documentId) => answer('ocrStatus', [documentId]),
    setOcrEnabled: (enabled) => answer('setOcrEnabled', [enabled]),
    pauseOcr: () => answer('pauseOcr', []),
    resumeOcr: () => answer('resumeOcr', []),
    cancelOcr: () => answer('cancelOcr', []),
    readDocumentNow: (id) => answer('readDocumentNow', [id]),
  };
}

export function createInMemoryApi(): RecordingApi {
  const bookmarks: Bookmark[] = [];
  const highlights: Highlight[] = [];
  const calls: RecordingApi['calls'] = [];
  let nextId = 1;
  const record = (method: PortalMethod, args: unknown[]) => calls.push({ method, args });
  return {
    calls,
    async search(request) {
      record('search', [request]);
      const hit = {
        document: detail,
        score: 1,
        pages: [{ page: 4, snippet: [{ text: 'digital evidence', hit: true }] }],
      };
      return ok({ total: 1, hits: [hit], facets: emptyFacets, tookMs: 1 });
    },
    async stats() {
      record('stats', []);
      return ok({
        documents: 1,
        pages: 6,
        countries: 1,
        organisations: 0,
        themes: 0,
        byType: { report: 1 },
        byLanguage: { en: 1 },
        databaseBytes: 0,
        textBytes: 0,
      });
    },
    async taxonomy() {
      record('taxonomy', []);
      return ok({ countries: [], organisations: [], themes: [], documentTypes: [] });
    },
    async listDocuments(request) {
      record('listDocuments', [request]);
      return ok([detail]);
    },
    async getDocument(id) {
      record('getDocument', [id]);
      return id === DOCUMENT_ID ? ok(detail) : notFound(`No document ${id}.`);
    },
    async getPages(id) {
      record('getPages', [id]);
      return id === DOCUMENT_ID
        ? ok([{ page: 1, text: 'Digital evidence' }])
        : notFound(`No document ${id}.`);
    },
    async getPageWords(request) {
      record('getPageWords', [request]);
      return request.id === DOCUMENT_ID
        ? ok({
            page: request.page,
            words: [{ text: 'Digital', box: [10, 20, 80, 40], confidence: 91 }],
            width: 1000,
            height: 1400,
            rotation: 0,
            model: 'eng',
            confidence: 91,
            languages: ['eng'],
          })
        : notFound(`No document ${request.id}.`);
    },
    async getPageImage(request) {
      record('getPageImage', [request]);
      return request.id === DOCUMENT_ID
        ? ok({ page: request.page, width: 1, height: 1, png: '' })
        : notFound(`No document ${request.id}.`);
    },
    async listBookmarks(documentId) {
      record('listBookmarks', [documentId]);
      return ok(bookmarks.filter((b) => documentId === null || b.documentId === documentId));
    },
    async saveBookmark(input) {
      record('saveBookmark', [input]);
      const now = new Date().toISOString();
      const bookmark: Bookmark = { id: nextId++, ...input, createdAt: now, updatedAt: now };
      bookmarks.push(bookmark);
      return ok(bookmark);
    },
    async deleteBookmark(id) {
      record('deleteBookmark', [id]);
      const index = bookmarks.findIndex((b) => b.id === id);
      if (index < 0) return notFound(`No bookmark ${id}.`);
      bookmarks.splice(index, 1);
      return ok(true);
    },
    async updateMetadata(input) {
      record('updateMetadata', [input]);
      return ok({ ...detail, title: input.title, summary: input.summary });
    },
    async addFiles(request) {
      record('addFiles', [request]);
      return ok(newReport());
    },
    async ingestProgress() {
      record('ingestProgress', []);
      return ok(null);
    },
    async cancelIngest() {
      record('cancelIngest', []);
      return ok(true);
    },
    ...ocrMethods(record),
    async chooseFiles(request) {
      record('chooseFiles', [request]);
      return ok([]);
    },
    async sessionInfo() {
      record('sessionInfo', []);
      return ok({ visitor: false });
    },
    async listTrustedKeys() {
      record('listTrustedKeys', []);
      return ok([]);
    },
    async addTrustedKey(key) {
      record('addTrustedKey', [key]);
      return ok({ ...key, addedAt: '2024-01-01T00:00:00.000Z' });
    },
    async removeTrustedKey(fingerprint) {
      record('removeTrustedKey', [fingerprint]);
      return ok(true);
    },
    async verifyPack(request) {
      record('verifyPack', [request]);
      return notFound(`No pack at ${request.file}.`);
    },
    async importPack(request) {
      record('importPack', [request]);
      return notFound(`No pack at ${request.file}.`);
    },
    async setDoNotShare(input) {
      record('setDoNotShare', [input]);
      return input.id === DOCUMENT_ID ? ok(true) : notFound(`No document ${input.id}.`);
    },
    async sharingStatus() {
      record('sharingStatus', []);
      return ok({ state: 'off', ended: 'never-started' } as const);
    },
    async startSharing(request) {
      record('startSharing', [request]);
      return ok({ state: 'starting' } as const);
    },
    async stopSharing() {
      record('stopSharing', []);
      return ok({ state: 'off', ended: 'stopped' } as const);
    },
    async createPack(request) {
      record('createPack', [request]);
      return ok({
        out: request.file,
        packId: 'pack-20240101-00000000',
        documents: 1,
        totalBytes: 100,
        signedBy: null,
        leftOut: [],
      });
    },
    async exportStaticCopy(request) {
      record('exportStaticCopy', [request]);
      return ok({ folder: request.folder, documents: 1, totalBytes: 100, leftOut: [] });
    },
    async listHighlights(documentId) {
      record('listHighlights', [documentId]);
      return ok(highlights.filter((h) => documentId === null || h.documentId === documentId));
    },
    async saveHighlight(input) {
      record('saveHighlight', [input]);
      const now = new Date().toISOString();
      const highlight: Highlight = { id: nextId++, ...input, createdAt: now, updatedAt: now };
      highlights.push(highlight);
      return ok(highlight);
    },
    async updateHighlight(change) {
      record('updateHighlight', [change]);
      const index = highlights.findIndex((h) => h.id === change.id);
      const existing = highlights[index];
      if (existing === undefined) return notFound(`No highlight ${change.id}.`);
      const updated: Highlight = {
        ...existing,
        colour: change.colour ?? existing.colour,
        note: change.note ?? existing.note,
        updatedAt: new Date().toISOString(),
      };
      highlights[index] = updated;
      return ok(updated);
    },
    async deleteHighlight(id) {
      record('deleteHighlight', [id]);
      const index = highlights.findIndex((h) => h.id === id);
      if (index < 0) return notFound(`No highlight ${id}.`);
      highlights.splice(index, 1);
      return ok(true);
    },
    async setMenuLanguage(language) {
      record('setMenuLanguage', [language]);
      return ok(true);
    },
    async listUserBackups() {
      record('listUserBackups', []);
      return ok([]);
    },
    async restoreUserBackup(name) {
      record('restoreUserBackup', [name]);
      return notFound(`No backup named ${name}.`);
    },
    async exportUserData(request) {
      record('exportUserData', [request]);
      return ok({ file: request.file, counts: noUserData });
    },
    async importUserData(request) {
      record('importUserData', [request]);
      return ok({ added: noUserData, alreadyHere: noUserData });
    },
    async listOcrLanguages() {
      record('listOcrLanguages', []);
      return ok(ocrLanguages);
    },
    async addOcrLanguage(request) {
      record('addOcrLanguage', [request]);
      return ok(ocrLanguages);
    },
    async removeOcrLanguage(code) {
      record('removeOcrLanguage', [code]);
      return ok(ocrLanguages);
    },
    ...readingListAnswers(record),
  };
}

type ReadingListMethod = Extract<
  PortalMethod,
  `${string}ReadingList${string}` | `${string}ReadingLists`
>;

/** The reading-list methods, recording their calls and answering one list. */
function readingListAnswers(
  record: (method: PortalMethod, args: unknown[]) => void,
): Pick<PortalApi, ReadingListMethod> {
  const answering =
    <T>(method: ReadingListMethod, value: T) =>
    async (...args: unknown[]) => {
      record(method, args);
      return ok(value);
    };
  const summary: ReadingListSummary = {
    id: readingList.id,
    name: readingList.name,
    note: readingList.note,
    shared: readingList.shared,
    itemCount: readingList.itemCount,
    createdAt: readingList.createdAt,
    updatedAt: readingList.updatedAt,
  };
  return {
    listReadingLists: answering('listReadingLists', [summary]),
    getReadingList: answering('getReadingList', readingList),
    createReadingList: answering('createReadingList', readingList),
    updateReadingList: answering('updateReadingList', readingList),
    deleteReadingList: answering('deleteReadingList', true as const),
    addReadingListItem: answering('addReadingListItem', readingList),
    setReadingListItemNote: answering('setReadingListItemNote', readingList),
    removeReadingListItem: answering('removeReadingListItem', readingList),
    reorderReadingList: answering('reorderReadingList', readingList),
    listSharedReadingLists: answering('listSharedReadingLists', [summary]),
    getSharedReadingList: answering('getSharedReadingList', readingList),
  };
}
