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
		List<Long> render = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long s = System.nanoTime();
			templates.render(report, template, OutputFormat.TEXT);
			templates.render(report, template, OutputFormat.HTML);
			render.add(System.nanoTime() - s);
		}

		Text remark = ui.get("org.spinerad.ui.report.region.epidural.remark", Text.class);
		StyledText preview = ui.get("org.spinerad.ui.part.preview.text", StyledText.class);
		ui.focus(remark);
		ui.type(remark, "Benchmark ");
		List<Long> latency = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String key = String.valueOf((char) ('a' + i % 26));
			long s = System.nanoTime();
			ui.type(remark, key);
			String typed = remark.getText().strip();
			String expected = typed.endsWith(".") ? typed : typed + ".";
			ui.waitUntil("the preview to show the keystroke", Duration.ofSeconds(10),
					() -> preview.getText().contains(expected));
			latency.add(System.nanoTime() - s);
		}
		String result = String.format(Locale.ROOT, """
				cold start to an editable report: %d ms = %.1f x a bare JVM start (%d ms) in the same run
				keystroke to preview: median %.0f ms, p99 %.0f ms (%d keystrokes; includes the %d ms debounce)
				  = %.1f x / %.1f x the median render of the same report (text + HTML, %.1f ms)
				""", coldStart, (double) coldStart / bareJvm, bareJvm, ms(percentile(latency, 50)),
				ms(percentile(latency, 99)), latency.size(), 200, ms(percentile(latency, 50)) / ms(percentile(render, 50)),
				ms(percentile(latency, 99)) / ms(percentile(render, 50)), ms(percentile(render, 50)));
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
