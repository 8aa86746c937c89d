package org.spinerad.ui.tests;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateService;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.session.ReportSession;

/**
 * Timing harness, not a test (its name keeps it out of the default test run;
 * see releng/benchmarks/README.md): cold start to an editable report, and
 * keystroke-to-preview latency, each against a baseline measured in this run.
 * It asserts nothing about time.
 */
class UiLatencyBenchmark {

	/** Keystrokes timed; 200 make the 99th percentile more than the slowest one. */
	private static final int KEYSTROKES = 200;

	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void measure() throws Exception {
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		ReportSession session = Workbench.service(ReportSession.class);
		Text filter = ui.get("org.spinerad.ui.part.worklist.filter", Text.class);
		ui.type(filter, "ACC-TUM-02");
		ui.press(SWT.CR, 0);
		ui.waitUntil("an editable report", Duration.ofSeconds(30), () -> session.report().isPresent()
				&& ui.find("org.spinerad.ui.report.region.epidural.remark").isPresent());
		long coldStart = System.currentTimeMillis() - jvmStart;

		long t0 = System.nanoTime();
		Process bare = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
				.redirectErrorStream(true).start();
		bare.getInputStream().readAllBytes();
		bare.waitFor();
		long bareJvm = (System.nanoTime() - t0) / 1_000_000;

		TemplateService templates = Workbench.service(TemplateService.class);
		var report = session.report().orElseThrow();
		var template = session.template().orElseThrow();
		List<Long> renderText = new ArrayList<>();
		List<Long> renderBoth = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			long s = System.nanoTime();
			templates.render(report, template, OutputFormat.TEXT);
			long textDone = System.nanoTime();
			templates.render(report, template, OutputFormat.HTML);
			renderText.add(textDone - s);
			renderBoth.add(System.nanoTime() - s);
		}

		Text remark = ui.get("org.spinerad.ui.report.region.epidural.remark", Text.class);
		StyledText preview = ui.get("org.spinerad.ui.part.preview.text", StyledText.class);
		// the moment the preview's text changes, not the next poll of a wait loop
		long[] changed = { 0 };
		preview.addListener(SWT.Modify, e -> changed[0] = System.nanoTime());
		ui.focus(remark);
		ui.type(remark, "Benchmark ");
		Display display = Display.getCurrent();
		List<Long> latency = new ArrayList<>();
		for (int i = 0; i < KEYSTROKES; i++) {
			String key = String.valueOf((char) ('a' + i % 26));
			long s = System.nanoTime();
			ui.type(remark, key);
			String typed = remark.getText().strip();
			String expected = typed.endsWith(".") ? typed : typed + ".";
			long deadline = s + Duration.ofSeconds(10).toNanos();
			while (!preview.getText().contains(expected)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the preview did not show the keystroke " + i);
				}
				if (!display.readAndDispatch()) {
					display.timerExec(1, () -> {
						// wake the loop
					});
					display.sleep();
				}
			}
			latency.add(changed[0] - s);
		}
		double render = ms(percentile(renderText, 50));
		String result = String.format(Locale.ROOT, """
				cold start to an editable report: %d ms = %.2f x a bare JVM start (%d ms) = %.0f x the median text render
				keystroke to text preview: median %.1f ms, p99 %.1f ms, max %.1f ms (%d keystrokes)
				  p99 = %.2f x a bare JVM start; median = %.1f x, p99 = %.1f x the median text render
				render of the same report: text median %.2f ms, p99 %.2f ms; text + HTML median %.2f ms, p99 %.2f ms
				JVM options: %s
				""", coldStart, (double) coldStart / bareJvm, bareJvm, coldStart / render, ms(percentile(latency, 50)),
				ms(percentile(latency, 99)), ms(percentile(latency, 100)), latency.size(),
				ms(percentile(latency, 99)) / bareJvm, ms(percentile(latency, 50)) / render,
				ms(percentile(latency, 99)) / render, render, ms(percentile(renderText, 99)),
				ms(percentile(renderBoth, 50)), ms(percentile(renderBoth, 99)),
				ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
						.filter(a -> a.startsWith("-XX:") || a.startsWith("-Xshare")).toList());
		System.out.println(result);
		Path out = Path.of("target", "benchmarks", "ui-latency.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
		session.close();
	}

	private static long percentile(List<Long> values, int p) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}
}
