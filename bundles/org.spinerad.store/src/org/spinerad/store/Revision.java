package org.spinerad.store;

import java.time.Instant;

/**
 * One saved version of a report: the version number that a save must name to
 * succeed (optimistic concurrency) and who saved it, where and when.
 *
 * @param version    1 for the first save, one more for every later save
 * @param by         who saved this version
 * @param modifiedAt when it was saved
 */
public record Revision(long version, Actor by, Instant modifiedAt) {

	/** The version to name when a report is saved for the first time. */
	public static final long NEW = 0;
	/** The version to name when any stored version may be replaced (imports and tools only). */
	public static final long ANY = -1;
}
