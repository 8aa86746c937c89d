package org.spinerad.store;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save named a version of the report that is no longer the stored one:
 * someone else saved it in between. Nothing was written.
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final transient Revision current;

	public ConflictException(String reportId, long expected, Revision current) {
		super(message(reportId, expected, current));
		this.current = current;
	}

	private static String message(String reportId, long expected, Revision current) {
		if (current == null) {
			return "Report " + reportId + " was deleted by someone else after you opened it (you had version "
					+ expected + "); nothing was saved. Copy your changes and reopen the worklist.";
		}
		return "Report " + reportId + " was changed by " + current.by().describe() + " at "
				+ TIME.format(current.modifiedAt()) + " (version " + current.version() + ", you had version "
				+ expected + "); nothing was saved. Reopen the report to see their changes, then edit again.";
	}

	/** @return the stored version that this save would have overwritten, or null when the report was deleted */
	public Revision current() {
		return current;
	}
}
