package org.spinerad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;

import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.pdf.internal.PdfRenderer;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateRegistryImpl;
import org.spinerad.templates.internal.TemplateServiceImpl;

/**
 * Time to make the PDF of a signed report (HTML rendering, layout, PDF/A-2b
 * writing with embedded fonts) against the HTML rendering of the same report
 * alone, per example case whose template plugin is on the class path.
 * Usage: PdfGeneration [iterations]   (default 40, after 15 warm-up rounds)
 */
public final class PdfGeneration {

	private static final String[] TEMPLATES = { "org.spinerad.templates.infection.internal.InfectionTemplate",
			"org.spinerad.templates.tumor.internal.TumorTemplate", "org.spinerad.templates.postop.internal.PostopTemplate" };

	public static void main(String[] args) throws Exception {
		int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		Path dir = Files.createTempDirectory("spinerad-pdf-bench");
		TemplateService templates = new TemplateServiceImpl(dir.resolve("department"), new SandboxedRenderer());
		TemplateRegistryImpl registry = new TemplateRegistryImpl();
		for (String name : TEMPLATES) {
			try {
				registry.addTemplate((TemplateProvider) Class.forName(name).getConstructor().newInstance());
			} catch (ClassNotFoundException e) {
				System.out.println("(template plugin not on the class path: " + name + ")");
			}
		}
		PdfRenderer pdf = new PdfRenderer(templates, registry, "Benchmark Institution");
		System.out.printf(Locale.ROOT, "%-8s %5s %6s %12s %12s %12s %12s %8s%n", "case", "pages", "KB", "html med ms",
				"html p90 ms", "pdf med ms", "pdf p90 ms", "pdf/html");
		for (String id : SampleCases.IDS) {
			Report report = SampleCases.load(id);
			TemplateProvider provider = registry.find(report.getTemplateId()).orElse(null);
			if (provider == null) {
				continue;
			}
			report.setId("bench-" + id);
			report.setSigner("Dr. Example Radiologist");
			report.setPreliminaryAt(Date.from(Instant.parse("2026-11-28T09:00:00Z")));
			report.setSignedAt(Date.from(Instant.parse("2026-11-28T10:00:00Z")));
			report.setStatus(ReportStatus.FINAL);
			byte[] document = null;
			for (int i = 0; i < 15; i++) {
				templates.render(report, provider, OutputFormat.HTML);
				document = pdf.render(report);
			}
			double[] html = new double[iterations];
			double[] full = new double[iterations];
			for (int i = 0; i < iterations; i++) {
				long t0 = System.nanoTime();
				templates.render(report, provider, OutputFormat.HTML);
				long t1 = System.nanoTime();
				document = pdf.render(report);
				long t2 = System.nanoTime();
				html[i] = (t1 - t0) / 1e6;
				full[i] = (t2 - t1) / 1e6;
			}
			int pages = pdf.pages(document, 10).size();
			System.out.printf(Locale.ROOT, "%-8s %5d %6d %12.1f %12.1f %12.1f %12.1f %7.1fx%n", id, pages,
					document.length / 1024, quantile(html, 0.5), quantile(html, 0.9), quantile(full, 0.5),
					quantile(full, 0.9), quantile(full, 0.5) / quantile(html, 0.5));
		}
	}

	private static double quantile(double[] values, double q) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
	}
}
