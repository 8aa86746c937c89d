package org.spinerad.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.spinerad.store.ReportSummary;
import org.spinerad.ui.session.ReportSession;

/**
 * Timing harness, not a test (its name keeps it out of the default test run;
 * see releng/benchmarks/README.md): how long opening an example case in the
 * report editor takes, from the open command until the event queue is empty
 * (the form built, laid out and painted). With {@code -Dspinerad.bench.sample=true}
 * it also samples the UI thread's stack every 2 ms and lists where the time
 * went (inclusive, by method). It asserts nothing about time.
 * <p>
 * The first open of the first case is the first report the JVM opens (classes
 * loaded, code not yet compiled): what a radiologist waits for after the
 * start. Run the class alone so no other test opened a report before it;
 * {@code -Dspinerad.bench.cases=ACC-TUM-02,...} picks the cases and their order.
 */
class FormRebuildBenchmark {

	private static final String[] CASES = System.getProperty("spinerad.bench.cases", "ACC-TUM-01,ACC-TUM-02,ACC-INF-02,ACC-INF-01")
			.split(",");
	private static final int WARM_UP = 5;
	private static final int ROUNDS = 15;

	@Test
	void measure() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		Display display = Display.getCurrent();
		StringBuilder result = new StringBuilder();
		Thread ui = Thread.currentThread();
		java.util.Map<String, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();
		long[] total = { 0 };
		// "first": only the first open of the JVM is sampled
		String sample = System.getProperty("spinerad.bench.sample", "false");
		boolean[] sampling = { !sample.equals("false") };
		boolean[] recording = { true };
		Thread sampler = new Thread(() -> {
			while (sampling[0]) {
				StackTraceElement[] stack = ui.getStackTrace();
				java.util.Set<String> seen = new java.util.HashSet<>();
				boolean inOpen = false;
				for (StackTraceElement f : stack) {
					if (f.getMethodName().equals("measure")) {
						inOpen = true;
					}
				}
				if (inOpen && recording[0]) {
					total[0]++;
					for (StackTraceElement f : stack) {
						String c = f.getClassName();
						if (c.startsWith("org.spinerad") || c.startsWith("org.eclipse") || c.startsWith("freemarker")
								|| c.equals("java.lang.ClassLoader")) {
							String key = c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
							if (seen.add(key)) {
								counts.merge(key, 1L, Long::sum);
							}
						}
					}
				}
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		boolean freshJvm = true;
		for (String accession : CASES) {
			String id = session.store().list().stream().filter(s -> accession.equals(s.accessionNumber()))
					.map(ReportSummary::id).findFirst().orElseThrow();
			List<Long> times = new ArrayList<>();
			long first = 0;
			for (int i = 0; i < WARM_UP + ROUNDS; i++) {
				session.close();
				drain(display);
				long s = System.nanoTime();
				session.open(id);
				drain(display);
				if (i == 0) {
					first = System.nanoTime() - s;
					if (sample.equals("first")) {
						recording[0] = false;
					}
				} else if (i >= WARM_UP) {
					times.add(System.nanoTime() - s);
				}
			}
			Collections.sort(times);
			result.append(String.format(Locale.ROOT, "%s open to idle: first %.1f ms (%s), median %.1f ms, min %.1f ms, max %.1f ms%n",
					accession, first / 1e6, freshJvm ? "first report of a fresh JVM" : "first of this case", times.get(times.size() / 2) / 1e6, times.get(0) / 1e6, times.get(times.size() - 1) / 1e6));
			freshJvm = false;
		}
		session.close();
		sampling[0] = false;
		sampler.join();
		if (total[0] > 0) {
			result.append("inclusive samples, UI thread during the opens (" + total[0] + " samples):\n");
			counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(80)
				.forEach(e -> result.append(String.format(Locale.ROOT, "%6d %5.1f%% %s%n", e.getValue(), 100.0 * e.getValue() / total[0], e.getKey())));
		}
		Path out = Path.of("target", "benchmarks", "form-rebuild.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
		System.out.print(result);
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// until idle
		}
	}
}
