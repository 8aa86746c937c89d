package org.spinerad.pdf.internal;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;

/**
 * The signed step of a report as the distribution ledger names it: {@code P}
 * (preliminary), {@code F} (final), {@code C1}, {@code C2}, ... after each
 * addendum; null for a draft. Also the date format of the printed report.
 */
final class SignedStep {

	private SignedStep() {
	}

	static String of(Report report) {
		ReportStatus status = report.getStatus();
		if (status == null) {
			return null;
		}
		return switch (status) {
		case PRELIMINARY -> "P";
		case FINAL -> report.getAddenda().isEmpty() ? "F" : "C" + report.getAddenda().size();
		case AMENDED -> "C" + report.getAddenda().size();
		default -> null;
		};
	}

	/** @return whether the report has been amended (an addendum after the final signature) */
	static boolean amended(Report report) {
		String step = of(report);
		return step != null && step.startsWith("C");
	}

	/** @return the date and time as printed in reports ({@code yyyy-MM-dd HH:mm}, the workstation's zone), or "-" */
	static String time(Date date) {
		if (date == null) {
			return "-";
		}
		SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
		f.setTimeZone(TimeZone.getTimeZone(System.getProperty("spinerad.timezone", TimeZone.getDefault().getID())));
		return f.format(date);
	}
}
