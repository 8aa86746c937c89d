package org.spinerad.model.internal.io;

import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;

/**
 * Brings a report read from an older format version up to the current one, so
 * the rest of the workstation only ever sees the current meaning of the model.
 */
public final class FormatMigration {

	/** The format version this workstation writes. */
	public static final int CURRENT = 2;

	private FormatMigration() {
	}

	/** Upgrades a report read from its file, in place; a current report is left as it is. */
	public static void upgrade(Report report) {
		if (report.getFormatVersion() < 2) {
			toVersion2(report);
		}
		report.setFormatVersion(CURRENT);
	}

	/**
	 * Version 2 added the impression category "unassigned" as the default. In
	 * version 1 the default, which files leave out, was "cord compression": an
	 * item without a category was read as the most urgent one, and stays so.
	 */
	private static void toVersion2(Report report) {
		for (ImpressionItem item : report.getImpression()) {
			if (item.getCategory() == ImpressionCategory.UNASSIGNED) {
				item.setCategory(ImpressionCategory.CORD_COMPRESSION);
			}
		}
	}
}
