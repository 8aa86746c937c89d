package org.spinerad.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.cli.CliCommand;
import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.samples.SampleCases;

/** Signed example reports with fresh ids, services of the running framework, and the poppler tools. */
final class PdfFixtures {

	static final String SIGNER = "Dr. Example Radiologist";
	private static final AtomicInteger NEXT = new AtomicInteger();

	private PdfFixtures() {
	}

	/** @return an example case signed final under a new id */
	static Report signedFinal(String caseId) {
		Report report = SampleCases.load(caseId);
		report.setId(caseId + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
		report.setSigner(SIGNER);
		report.setPreliminaryAt(Date.from(Instant.parse("2026-11-28T09:10:00Z")));
		report.setSignedAt(Date.from(Instant.parse("2026-11-28T10:20:00Z")));
		report.setStatus(ReportStatus.FINAL);
		return report;
	}

	static Report preliminary(String caseId) {
		Report report = signedFinal(caseId);
		report.setSignedAt(null);
		report.setStatus(ReportStatus.PRELIMINARY);
		return report;
	}

	/** Adds an addendum and marks the report amended, as sign-off of an addendum does. */
	static Report amend(Report report, String text) {
		Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
		addendum.setAuthor("Dr. Second Reader");
		addendum.setCreatedAt(Date.from(Instant.parse("2026-11-28T15:45:00Z")));
		addendum.setText(text);
		report.getAddenda().add(addendum);
		report.setStatus(ReportStatus.AMENDED);
		return report;
	}

	/** @return a service of the running framework, waiting for it at most 10 s */
	static <T> T service(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(PdfFixtures.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError(type.getName() + " is not registered");
		}
		return service;
	}

	/** @return the CLI command of that name registered in the running framework */
	static CliCommand service(Class<CliCommand> type, String name) throws InterruptedException {
		service(type);
		BundleContext context = FrameworkUtil.getBundle(PdfFixtures.class).getBundleContext();
		try {
			return context.getServiceReferences(type, null).stream().map(context::getService)
					.filter(c -> c.name().equals(name)).findFirst()
					.orElseThrow(() -> new AssertionError("no command " + name));
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
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

	/** Runs a command line tool and returns its standard output; fails on a non-zero exit. */
	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed: " + err);
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	/** @return the text of a PDF (all pages, or one), whitespace collapsed, lower case */
	static String text(Path pdf, int... page) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
		if (page.length == 1) {
			command.addAll(List.of("-f", String.valueOf(page[0]), "-l", String.valueOf(page[0])));
		}
		command.addAll(List.of(pdf.toString(), "-"));
		return words(run(command.toArray(String[]::new)));
	}

	/**
	 * @return the text with whitespace collapsed to single spaces, lower case, and typographic ligatures
	 *         (the "fi" the layout sets as one glyph) as their letters, as a viewer's search sees them
	 */
	static String words(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip()
				.toLowerCase(Locale.ROOT);
	}

	/** @return the number of pages pdfinfo reports */
	static int pages(Path pdf) throws IOException, InterruptedException {
		for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
			if (line.startsWith("Pages:")) {
				return Integer.parseInt(line.substring(6).strip());
			}
		}
		throw new AssertionError("pdfinfo shows no page count for " + pdf);
	}
}
