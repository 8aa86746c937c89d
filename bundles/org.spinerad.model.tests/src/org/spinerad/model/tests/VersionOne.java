package org.spinerad.model.tests;

import java.nio.charset.StandardCharsets;

import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIO.Format;
import org.spinerad.model.io.ReportIOException;

/** Reports as format version 1 wrote them, for the tests of reading old files. */
public final class VersionOne {

	private VersionOne() {
	}

	/**
	 * @return the report with the meaning version 1 gave it: an impression item
	 *         without a category was "cord compression"
	 */
	public static Report meaning(Report report) {
		for (ImpressionItem item : report.getImpression()) {
			if (item.getCategory() == ImpressionCategory.UNASSIGNED) {
				item.setCategory(ImpressionCategory.CORD_COMPRESSION);
			}
		}
		return report;
	}

	/**
	 * @return the report as a version 1 file: version 1 and, as version 1 left its
	 *         default out, no "cord compression" category
	 */
	public static String text(Report report, Format format) throws ReportIOException {
		String v2 = new String(ReportIO.toBytes(meaning(report), format), StandardCharsets.UTF_8);
		String v1 = format == Format.XMI
				? v2.replace("formatVersion=\"2\"", "formatVersion=\"1\"").replace(" category=\"cord_compression\"", "")
				: v2.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
						.replaceAll(",\\s*\"category\" : \"cord_compression\"", "");
		if (v1.equals(v2)) {
			throw new IllegalStateException("the report has no format version to change");
		}
		return v1;
	}
}
