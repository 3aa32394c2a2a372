import type { Migration } from '../migrate.ts';

/**
 * Each page's printed label ("iii", "12") where its PDF defines page labels, so a citation names
 * the page as printed. Pages already in the library have none until their files are read again,
 * which the text version raised with this change (text/text-version.ts) brings about.
 */
export const migration0005PageLabels: Migration = {
  version: 5,
  name: '0005-page-labels',
  up(db) {
    db.exec('ALTER TABLE pages ADD COLUMN label TEXT');
  },
};
