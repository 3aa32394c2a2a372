import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HighlightInput } from '#shared/api.ts';
import { openUserDb } from '#core/db/open-database.ts';
import {
  deleteHighlight,
  listHighlights,
  saveHighlight,
  updateHighlight,
} from '#core/store/user/highlights.ts';
import { tempFolder } from '../../../helpers/temp-folder.ts';

const GUIDELINES = 'a'.repeat(64);
const REPORT = 'b'.repeat(64);

const passage = (changes: Partial<HighlightInput>): HighlightInput => ({
  documentId: GUIDELINES,
  page: 2,
  prefix: '',
  exact: 'the victim may testify by video link',
  suffix: '',
  start: 0,
  colour: 'yellow',
  note: '',
  ...changes,
});

function userDb() {
  return openUserDb(join(tempFolder(), 'user.db'));
}

describe('highlights in the user database', () => {
  it('keeps the quote, its context, colour and note, and lists a document in reading order', () => {
    const db = userDb();
    const at = new Date('2026-01-05T10:00:00Z');
    const later = saveHighlight(db, passage({ page: 4, start: 10 }), at);
    const second = saveHighlight(db, passage({ start: 300, colour: 'pink' }), at);
    const first = saveHighlight(
      db,
      passage({ prefix: 'Article 7: ', suffix: ' when', start: 12, note: 'Cite it' }),
      at,
    );
    saveHighlight(db, passage({ documentId: REPORT }), at);

    expect(first).toEqual({
      id: first.id,
      documentId: GUIDELINES,
      page: 2,
      prefix: 'Article 7: ',
      exact: 'the victim may testify by video link',
      suffix: ' when',
      start: 12,
      colour: 'yellow',
      note: 'Cite it',
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
    expect(listHighlights(db, GUIDELINES).map((h) => h.id)).toEqual([
      first.id,
      second.id,
      later.id,
    ]);
    expect(listHighlights(db, null)).toHaveLength(4);
    db.close();
  });

  it('changes colour and note but never the quote, most recently changed listed first', () => {
    const db = userDb();
    const old = saveHighlight(db, passage({}), new Date('2026-01-01T00:00:00Z'));
    const recent = saveHighlight(db, passage({ start: 90 }), new Date('2026-01-02T00:00:00Z'));
    const changed = updateHighlight(
      db,
      { id: old.id, note: 'Ask the prosecutor' },
      new Date('2026-01-03T00:00:00Z'),
    );
    expect(changed).toMatchObject({
      colour: 'yellow',
      note: 'Ask the prosecutor',
      exact: old.exact,
      createdAt: old.createdAt,
      updatedAt: '2026-01-03T00:00:00.000Z',
    });
    expect(updateHighlight(db, { id: old.id, colour: 'blue' })).toMatchObject({
      colour: 'blue',
      note: 'Ask the prosecutor',
    });
    expect(listHighlights(db, null).map((h) => h.id)).toEqual([old.id, recent.id]);
    expect(updateHighlight(db, { id: 999, note: '' })).toBeNull();
    db.close();
  });

  it('deletes a highlight once', () => {
    const db = userDb();
    const saved = saveHighlight(db, passage({}));
    expect(deleteHighlight(db, saved.id)).toBe(true);
    expect(deleteHighlight(db, saved.id)).toBe(false);
    expect(listHighlights(db, GUIDELINES)).toEqual([]);
    db.close();
  });
});
