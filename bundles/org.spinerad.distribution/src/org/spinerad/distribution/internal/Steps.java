package org.spinerad.distribution.internal;

import java.time.Instant;
import java.util.Date;

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

	/** @return whether the report's current step was signed before a time (unknown times count as later) */
	static boolean before(Report report, Instant time) {
		String step = of(report);
		Date at = step == null ? null : switch (step.charAt(0)) {
		case 'P' -> report.getPreliminaryAt();
		case 'F' -> report.getSignedAt();
		default -> report.getAddenda().isEmpty() ? null : report.getAddenda().get(report.getAddenda().size() - 1).getCreatedAt();
		};
		return at != null && at.toInstant().isBefore(time);
	}
}
