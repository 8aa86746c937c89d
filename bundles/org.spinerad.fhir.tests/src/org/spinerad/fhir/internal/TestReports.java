package org.spinerad.fhir.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.pdf.PdfService;
import org.spinerad.samples.SampleCases;

/** Signed example reports, the PDF service, HTTP to a FHIR server, and waiting without fixed sleeps. */
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

	/** @return the PDF service of the running framework (waits for it at most 10 s) */
	static PdfService pdf() throws InterruptedException {
		ServiceTracker<PdfService, PdfService> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(TestReports.class).getBundleContext(), PdfService.class, null);
		tracker.open();
		PdfService service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError("the PDF service is not registered");
		}
		return service;
	}

	/** @return {@code target/<name>} of this test bundle (kept after the build, to look at) */
	static Path target(String name) throws IOException {
		Path dir = Path.of("").toAbsolutePath();
		for (Path p = dir; p != null; p = p.getParent()) {
			if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
				dir = p;
				break;
			}
		}
		if (!dir.getFileName().toString().equals("target")) {
			dir = dir.resolve("target");
		}
		Path folder = dir.resolve(name);
		Files.createDirectories(folder);
		return folder;
	}

	/** GET {@code base/path}; @return the response */
	static HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(base + "/" + path)).header("Accept", "application/fhir+json").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** POST FHIR JSON to {@code base/path}; @return the response */
	static HttpResponse<String> post(String base, String path, String json) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(base + "/" + path)).header("Accept", "application/fhir+json")
						.header("Content-Type", "application/fhir+json; charset=UTF-8")
						.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** @return the text of a PDF as {@code pdftotext} (poppler-utils) reads it, whitespace collapsed */
	static String pdfText(Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		process.getOutputStream().close();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new AssertionError("pdftotext failed on " + pdf);
		}
		return text.replaceAll("\\s+", " ");
	}
}
