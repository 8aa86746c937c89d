package org.spinerad.fhir.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;

import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.samples.SampleCases;

/** Signed example reports and waiting without fixed sleeps. */
final class TestReports {

	static final String SIGNER = "Dr. Example Radiologist";
	static final Instant PRELIMINARY_AT = Instant.parse("2026-11-20T10:15:00Z");
	static final Instant SIGNED_AT = Instant.parse("2026-11-20T11:30:00Z");
	static final Instant ADDENDUM_AT = Instant.parse("2026-11-21T08:05:00Z");
	static final String ADDENDUM = "Correction: the psoas collection measures 3.4 cm.";

	private TestReports() {
	}

	/** @return example case {@code caseId} signed to a status (AMENDED adds one addendum) */
	static Report signed(String caseId, ReportStatus status) {
		Report report = SampleCases.load(caseId);
		report.setSigner(SIGNER);
		report.setPreliminaryAt(Date.from(PRELIMINARY_AT));
		report.setStatus(ReportStatus.PRELIMINARY);
		if (status != ReportStatus.PRELIMINARY) {
			report.setSignedAt(Date.from(SIGNED_AT));
			report.setStatus(ReportStatus.FINAL);
		}
		if (status == ReportStatus.AMENDED) {
			amend(report);
		}
		return report;
	}

	/** Adds an addendum and marks the report amended. */
	static void amend(Report report) {
		Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
		addendum.setAuthor("Dr. Second Reader");
		addendum.setCreatedAt(Date.from(ADDENDUM_AT));
		addendum.setText(ADDENDUM);
		report.getAddenda().add(addendum);
		report.setStatus(ReportStatus.AMENDED);
	}

	/** @return a rendered text */
	static String text(Report report) {
		return "MRI SPINE WITH CONTRAST\nAccession: " + report.getStudy().getAccessionNumber()
				+ "\n\nUmlauts and more: Müller, Ærø, 5 mm ± 1\n";
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
