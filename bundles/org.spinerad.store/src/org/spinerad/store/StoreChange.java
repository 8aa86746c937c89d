package org.spinerad.store;

/**
 * Something changed in the store, on this workstation or another one; the
 * worklist refreshes the row. Carries no patient data.
 *
 * @param reportId the report
 * @param kind     what happened
 * @param version  the report's version after the change, 0 when not applicable
 * @param by       who did it
 */
public record StoreChange(String reportId, Kind kind, long version, Actor by) {

	/** What happened to a report. */
	public enum Kind {
		SAVED, DELETED, CLAIMED, RELEASED
	}
}
