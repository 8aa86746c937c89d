package org.spinerad.ris.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.Study;

/**
 * A plain text of a report without its template: study, impression,
 * recommendations and addenda. Used by the command line when no template is
 * installed; the workstation always sends the text its template rendered.
 */
public final class PlainReportText {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private PlainReportText() {
	}

	/** @return the text, lines separated by '\n' */
	public static String of(Report report, ZoneId zone) {
		StringBuilder text = new StringBuilder();
		Study study = report.getStudy();
		if (study != null) {
			line(text, study.getStudyDescription() == null ? "MRI spine with contrast" : study.getStudyDescription());
			line(text, "Accession: " + study.getAccessionNumber()
					+ (study.getStudyDateTime() == null ? "" : "   Study date: " + format(study.getStudyDateTime(), zone)));
			if (study.getClinicalIndication() != null) {
				line(text, "Indication: " + study.getClinicalIndication());
			}
			line(text, "");
		}
		line(text, "IMPRESSION:");
		List<String> items = OruMessageBuilder.impression(report);
		if (items.isEmpty()) {
			line(text, "(none recorded)");
		}
		items.forEach(item -> line(text, item));
		if (!report.getRecommendations().isEmpty()) {
			line(text, "");
			line(text, "RECOMMENDATIONS:");
			report.getRecommendations().forEach(r -> line(text, "- " + r));
		}
		for (Addendum addendum : report.getAddenda()) {
			line(text, "");
			line(text, "ADDENDUM" + (addendum.getCreatedAt() == null ? "" : " " + format(addendum.getCreatedAt(), zone))
					+ (addendum.getAuthor() == null ? "" : " by " + addendum.getAuthor()) + ":");
			line(text, addendum.getText());
		}
		if (report.getSigner() != null) {
			line(text, "");
			line(text, "Signed by " + report.getSigner()
					+ (report.getSignedAt() == null ? "" : " on " + format(report.getSignedAt(), zone)));
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String line) {
		text.append(line == null ? "" : line).append('\n');
	}

	private static String format(Date date, ZoneId zone) {
		return DATE_TIME.format(date.toInstant().atZone(zone));
	}
}
