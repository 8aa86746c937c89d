package org.spinerad.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.spinerad.dicom.report.SrExportException;
import org.spinerad.dicom.report.internal.SrExporter;
import org.spinerad.model.Report;
import org.spinerad.model.tests.FuzzRun.Outcome;
import org.spinerad.model.tests.FuzzRun;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.OruMessageBuilder;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;
import org.spinerad.templates.infection.internal.InfectionTemplate;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.templates.postop.internal.PostopTemplate;
import org.spinerad.templates.tumor.internal.TumorTemplate;

/**
 * Fuzzes report reading: seeded mutations of the ten example cases (JSON and
 * XMI: byte flips, deleted fields, type swaps, scalars for objects, deep
 * nesting, huge numbers and strings, foreign classes and references) through
 * reading, validation, rendering with the report's template, the DICOM SR and
 * HL7 exports and conversion,
 * each under a time limit. Prints the count of each outcome and the
 * connections made to a local catcher socket the mutations point at.
 * Usage: ReportFuzz [mutations] [seed]
 */
public final class ReportFuzz {

	public static void main(String[] args) throws Exception {
		int mutations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 16;
		Path dir = Files.createTempDirectory("spinerad-fuzz");
		TemplateService templates = new TemplateServiceImpl(dir.resolve("department"), new SandboxedRenderer());
		List<TemplateProvider> providers = List.of(new InfectionTemplate(), new TumorTemplate(), new PostopTemplate());
		AtomicInteger renderErrors = new AtomicInteger();
		Set<String> renderMessages = ConcurrentHashMap.newKeySet();
		AtomicInteger connections = new AtomicInteger();
		try (ServerSocket catcher = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread accept = new Thread(() -> {
				while (!catcher.isClosed()) {
					try (Socket socket = catcher.accept()) {
						connections.incrementAndGet();
					} catch (IOException e) {
						return;
					}
				}
			});
			accept.setDaemon(true);
			accept.start();
			SrExporter sr = new SrExporter();
			OruMessageBuilder hl7 = new OruMessageBuilder(RisSettings.defaults());
			AtomicInteger exportRefusals = new AtomicInteger();
			FuzzRun run = new FuzzRun(dir, report -> {
				render(templates, providers, report, renderErrors, renderMessages);
				export(sr, hl7, report, exportRefusals);
			}, 10_000);
			long start = System.nanoTime();
			Map<Outcome, Integer> counts = run.run(seed, mutations, "http://127.0.0.1:" + catcher.getLocalPort());
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("ReportFuzz: %d mutations (seed %d) in %.1f s%n", mutations, seed, millis / 1000.0);
			counts.forEach((outcome, count) -> System.out.printf("  %-15s %6d%n", outcome, count));
			System.out.printf("  %-15s %6d (template errors, counted as ok: the report was read)%n", "render errors",
					renderErrors.get());
			System.out.printf("  %-15s %6d (SR or HL7 export refused with a clear message, counted as ok)%n",
					"export refusals", exportRefusals.get());
			System.out.printf("  %-15s %6d%n", "connections", connections.get());
			renderMessages.stream().sorted().limit(5).forEach(m -> System.out.println("  template error: " + m));
			if (run.firstInternal() != null) {
				System.out.println("  first internal error: " + run.firstInternal());
			}
		}
		System.exit(0);
	}

	private static void render(TemplateService templates, List<TemplateProvider> providers, Report report,
			AtomicInteger renderErrors, Set<String> renderMessages) {
		TemplateProvider provider = providers.stream().filter(p -> p.id().equals(report.getTemplateId())).findFirst()
				.orElse(providers.get(0));
		try {
			templates.render(report, provider, OutputFormat.TEXT);
		} catch (TemplateError e) {
			renderErrors.incrementAndGet();
			String message = String.valueOf(e.getMessage());
			renderMessages.add(message.length() > 200 ? message.substring(0, 200) + "..." : message);
		}
	}

	/** Builds the DICOM SR and the HL7 message of a report that was read; a refusal is a clean outcome. */
	private static void export(SrExporter sr, OruMessageBuilder hl7, Report report, AtomicInteger refusals) {
		try {
			sr.toBytes(report);
		} catch (SrExportException e) {
			refusals.incrementAndGet();
		}
		try {
			ResultStatus status = OruMessageBuilder.check(report);
			hl7.build(report, "fuzz", status, "FUZZ1", Instant.now());
		} catch (RisException e) {
			refusals.incrementAndGet();
		}
	}
}
