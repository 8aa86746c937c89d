package org.spinerad.ris.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;

import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.samples.SampleCases;

/** Signed example reports, their rendered text, and waiting without fixed sleeps. */
final class TestReports {

	static final String SIGNER = "Dr. Example Radiologist";
	static final Instant PRELIMINARY_AT = Instant.parse("2026-11-20T10:15:00Z");
	static final Instant SIGNED_AT = Instant.parse("2026-11-20T11:30:00Z");
	static final Instant ADDENDUM_AT = Instant.parse("2026-11-21T08:05:00Z");
	/** A line with every HL7 delimiter and what HAPI's default escaping would pass as formatting. */
	static final String SPECIAL_LINE = "Special: a|b^c~d\\e&f \\.br\\ \\H\\ x\\X41\\ end";

	private TestReports() {
	}

	/** @return example case {@code caseId} signed to a status (AMENDED adds one addendum) */
	static Report signed(String caseId, ReportStatus status) {
		Report report = SampleCases.load(caseId);
		report.setSigner(SIGNER);
		report.setPreliminaryAt(Date.from(PRELIMINARY_AT));
		if (status == ReportStatus.PRELIMINARY) {
			report.setStatus(ReportStatus.PRELIMINARY);
			return report;
		}
		report.setSignedAt(Date.from(SIGNED_AT));
		report.setStatus(status);
		if (status == ReportStatus.AMENDED) {
			Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
			addendum.setAuthor("Dr. Second Reader");
			addendum.setCreatedAt(Date.from(ADDENDUM_AT));
			addendum.setText("Correction: the psoas collection measures 3.4 cm.");
			report.getAddenda().add(addendum);
		}
		return report;
	}

	/** @return a rendered text: a few lines, a blank one, and the special characters */
	static String text(Report report) {
		return "MRI SPINE WITH CONTRAST\n" //
				+ "Accession: " + report.getStudy().getAccessionNumber() + "\n" //
				+ "\n" //
				+ "FINDINGS:   \n" //
				+ "  Indented line with trailing blanks   \n" //
				+ SPECIAL_LINE + "\n" //
				+ "Umlauts and more: Müller, Ærø, 5 mm ± 1\n";
	}

	/** Polls a condition until it holds or the time is up. */
	static boolean waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return condition.getAsBoolean();
			}
			Thread.sleep(10);
		}
		return true;
	}
}
