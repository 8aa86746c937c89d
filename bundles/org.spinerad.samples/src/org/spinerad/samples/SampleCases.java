package org.spinerad.samples;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/**
 * The ten synthetic example cases of the domain guide (3 infection, 4 tumor,
 * 3 postoperative) as complete reports in the JSON interchange form. They are
 * the sample data of a first start, the yardstick of template tests, and the
 * test renders an admin's template must pass before it is published. All
 * patients and values are invented.
 */
public final class SampleCases {

	/** Ids of all cases, in the order of the guide. */
	public static final List<String> IDS = List.of("INF-01", "INF-02", "INF-03", "TUM-01", "TUM-02", "TUM-03",
			"TUM-04", "POST-01", "POST-02", "POST-03");

	private SampleCases() {
	}

	/**
	 * @return a fresh copy of the report of a case
	 * @throws IllegalArgumentException for an unknown id
	 */
	public static Report load(String id) {
		if (!IDS.contains(id)) {
			throw new IllegalArgumentException("unknown example case '" + id + "'; known: " + IDS);
		}
		try (InputStream in = SampleCases.class.getResourceAsStream("/cases/" + id + ".json")) {
			if (in == null) {
				throw new IllegalStateException("example case " + id + " is missing from this bundle");
			}
			return ReportIO.read(in, ReportIO.Format.JSON, id + ".json");
		} catch (IOException | ReportIOException e) {
			throw new IllegalStateException("example case " + id + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** @return the scenario of a case: infection, tumor or postop */
	public static String scenario(String id) {
		return id.startsWith("INF") ? "infection" : id.startsWith("TUM") ? "tumor" : "postop";
	}
}
