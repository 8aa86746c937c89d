package org.spinerad.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.internal.FileReportStore;

/**
 * Opens a store of N reports (copies of the example cases with distinct ids and
 * patients) and lists them, against reading all the files' bytes sequentially.
 */
public final class StoreListing {

	private StoreListing() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path root = Files.createTempDirectory("spinerad-bench-store");
		try {
			populate(root, count);
			long bytes;
			try (Stream<Path> files = Files.list(root.resolve("reports"))) {
				bytes = files.mapToLong(p -> p.toFile().length()).sum();
			}
			System.out.printf(Locale.ROOT, "store: %d reports, %.1f MB%n", count, bytes / 1e6);
			// warm up both paths once, then measure the best of three rounds each
			readAllBytes(root);
			new FileReportStore(root).list();
			long baseline = Long.MAX_VALUE;
			long listing = Long.MAX_VALUE;
			long heap = 0;
			for (int round = 0; round < 3; round++) {
				long t0 = System.nanoTime();
				readAllBytes(root);
				baseline = Math.min(baseline, System.nanoTime() - t0);
				long before = usedHeap();
				long t1 = System.nanoTime();
				List<ReportSummary> list = new FileReportStore(root).list();
				listing = Math.min(listing, System.nanoTime() - t1);
				heap = Math.max(heap, usedHeap() - before);
				if (list.size() != count) {
					throw new IllegalStateException("listed " + list.size() + " of " + count);
				}
			}
			System.out.printf(Locale.ROOT, "baseline (read all bytes): %.0f ms%n", baseline / 1e6);
			System.out.printf(Locale.ROOT, "open and list store:       %.0f ms  = %.2f x baseline, %.1f us per report%n",
					listing / 1e6, (double) listing / baseline, listing / 1e3 / count);
			System.out.printf(Locale.ROOT, "heap held by the listing:  %.1f MB  (%.0f bytes per report, %.2f x the files' size)%n",
					heap / 1e6, (double) heap / count, (double) heap / bytes);
		} finally {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void populate(Path root, int count) throws Exception {
		List<Report> cases = SampleCases.IDS.stream().map(SampleCases::load).toList();
		Path reports = Files.createDirectories(root.resolve("reports"));
		for (int i = 0; i < count; i++) {
			int index = i;
			Report report = cases.get(i % cases.size());
			report.setId(String.format(Locale.ROOT, "bench-%06d", i));
			report.getPatient().setName("BENCH^PATIENT" + i);
			report.getPatient().setPatientId("PID-" + i);
			report.getStudy().setAccessionNumber("ACC-" + i);
			Reports.region(report, RegionKind.DISC).ifPresent(r -> r.setRemark("benchmark copy " + index));
			Files.write(reports.resolve(report.getId() + ".xmi"), ReportIO.toBytes(report, ReportIO.Format.XMI));
		}
	}

	private static long readAllBytes(Path root) throws IOException {
		long total = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve("reports"))) {
			for (Path file : files) {
				total += Files.readAllBytes(file).length;
			}
		}
		return total;
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}
}
