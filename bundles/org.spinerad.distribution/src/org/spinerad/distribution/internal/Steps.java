package org.spinerad.distribution.internal;

import org.spinerad.model.Report;

/** The signed step of a report: P, F, or C1, C2, ... after each addendum; null for a draft. */
final class Steps {

	private Steps() {
	}

	static String of(Report report) {
		if (report.getStatus() == null) {
			return null;
		}
		return switch (report.getStatus()) {
		case PRELIMINARY -> "P";
		case FINAL -> report.getAddenda().isEmpty() ? "F" : "C" + report.getAddenda().size();
		case AMENDED -> "C" + report.getAddenda().size();
		default -> null;
		};
	}
}
