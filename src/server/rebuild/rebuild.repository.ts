import type { Db } from '../db/connect.js';

/**
 * The few queries the rebuild needs beyond `ArchiveRepository` (which it uses for everything else).
 * No business rules here. They belong in `ArchiveRepository`; they live beside the rebuild only
 * because that file was not this change's to edit.
 */
export class RebuildRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): RebuildRepository {
    return new RebuildRepository(db);
  }

  /** Every archive's 档号 and object id, to find index rows whose object is not in the storage root. */
  async archiveObjects(): Promise<Array<{ archival_code: string; object_id: string }>> {
    return this.db.selectFrom('archive').select(['archival_code', 'object_id']).orderBy('archival_code').execute();
  }

  /** The counter of a series, or undefined when the series has never been numbered. */
  async seriesCounter(series: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('archival_code_series').select('last_seq').where('series', '=', series).executeTakeFirst();
    return row ? Number(row.last_seq) : undefined;
  }

  /**
   * Sets the counter to at least `lastSeq`: inserts it, or raises it when lower; never lowers it
   * (a number once given is never given again).
   */
  async raiseSeries(series: string, lastSeq: number, now: string): Promise<void> {
    await this.db
      .insertInto('archival_code_series')
      .values({ series, last_seq: lastSeq, updated_at: now })
      .onConflict((oc) => oc.column('series').doUpdateSet({ last_seq: lastSeq, updated_at: now }).where('archival_code_series.last_seq', '<', lastSeq))
      .execute();
  }

  /** Links an archive that has no case yet to one (an existing row whose case could not be found before). */
  async linkCase(code: string, caseId: string): Promise<void> {
    await this.db.updateTable('archive').set({ case_id: caseId }).where('archival_code', '=', code).where('case_id', 'is', null).execute();
  }

  /** Removes an archive and its versions (only ever one this run inserted and must take back). */
  async deleteArchive(code: string): Promise<void> {
    await this.db.deleteFrom('archive_version').where('archival_code', '=', code).execute();
    await this.db.deleteFrom('archive').where('archival_code', '=', code).execute();
  }
}
