package org.spinerad.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
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
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateService;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.PreviewPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Timing harness, not a test (its name keeps it out of the default test run;
 * see releng/benchmarks/README.md): cold start to an editable report, and
 * keystroke-to-preview latency, each against a baseline measured in this run.
 * It asserts nothing about time.
 */
class UiLatencyBenchmark {

	/** Keystrokes timed; 500 make the 99th percentile the fifth slowest. */
	private static final int KEYSTROKES = 500;

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
		long[] keyDown = { 0 };
		remark.addListener(SWT.KeyDown, e -> keyDown[0] = System.nanoTime());
		Object previewPart = Workbench.part(PreviewPart.ID).getObject();
		ui.focus(remark);
		ui.type(remark, "Benchmark ");
		Display display = Display.getCurrent();
		List<Long> latency = new ArrayList<>();
		List<long[]> steps = new ArrayList<>();
		long allocatedBefore = allocated();
		long gcCountBefore = gcCount();
		long gcTimeBefore = gcMillis();
		for (int i = 0; i < KEYSTROKES; i++) {
			String key = String.valueOf((char) ('a' + i % 26));
			long gcBefore = gcMillis();
			long s = System.nanoTime();
			key(remark, key.charAt(0));
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
			if (i == KEYSTROKES - 1) {
				allocatedBefore = allocated() - allocatedBefore;
				gcCountBefore = gcCount() - gcCountBefore;
				gcTimeBefore = gcMillis() - gcTimeBefore;
			}
			steps.add(new long[] { keyDown[0] - s, stamp(previewPart, "copiedAt") - keyDown[0],
					stamp(previewPart, "renderStartedAt") - stamp(previewPart, "copiedAt"),
					stamp(previewPart, "renderEndedAt") - stamp(previewPart, "renderStartedAt"),
					changed[0] - stamp(previewPart, "renderEndedAt"), gcMillis() - gcBefore, i,
					stamp(previewPart, "awaitStartedAt") - keyDown[0] });
		}
		double render = ms(percentile(renderText, 50));
		String result = String.format(Locale.ROOT, """
				cold start to an editable report: %d ms = %.2f x a bare JVM start (%d ms) = %.0f x the median text render
				keystroke to text preview: median %.1f ms, p99 %.1f ms, max %.1f ms (%d keystrokes)
				  p99 = %.2f x a bare JVM start; median = %.1f x, p99 = %.1f x the median text render
				render of the same report: text median %.2f ms, p99 %.2f ms; text + HTML median %.2f ms, p99 %.2f ms
				JVM options: %s; collectors %s; load average at the end %s
				""", coldStart, (double) coldStart / bareJvm, bareJvm, coldStart / render, ms(percentile(latency, 50)),
				ms(percentile(latency, 99)), ms(percentile(latency, 100)), latency.size(),
				ms(percentile(latency, 99)) / bareJvm, ms(percentile(latency, 50)) / render,
				ms(percentile(latency, 99)) / render, render, ms(percentile(renderText, 99)),
				ms(percentile(renderBoth, 50)), ms(percentile(renderBoth, 99)),
				ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
						.filter(a -> a.startsWith("-XX:") || a.startsWith("-Xshare") || a.startsWith("-Xm")).toList(),
				ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		result += String.format(Locale.ROOT, "while typing: %.0f KB allocated per keystroke (all threads), %d GCs, %d ms%n",
				allocatedBefore / 1024.0 / KEYSTROKES, gcCountBefore, gcTimeBefore);
		result += breakdown(latency, steps);
		System.out.println(result);
		Path out = Path.of("target", "benchmarks", "ui-latency.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
		StringBuilder csv = new StringBuilder(
				"keystroke,total_ms,harness_ms,copied_ms,queued_ms,render_ms,shown_ms,gc_ms,await_ms\n");
		for (int i = 0; i < latency.size(); i++) {
			long[] v = steps.get(i);
			csv.append(String.format(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%.3f%n", i,
					ms(latency.get(i)), ms(v[0]), ms(v[1]), ms(v[2]), ms(v[3]), ms(v[4]), v[5], ms(v[7])));
		}
		Files.writeString(out.resolveSibling("ui-latency-keystrokes.csv"), csv);
		session.close();
	}

	/**
	 * One keystroke in the focused field, as {@link Ui#type} sends it but without focusing the field and
	 * activating its window first: a user's keystroke does neither.
	 */
	private void key(Text field, char c) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.character = c;
			event.keyCode = c;
			event.doit = true;
			field.notifyListeners(type, event);
			if (type == SWT.KeyDown) {
				field.insert(String.valueOf(c));
			}
		}
		ui.flush();
	}

	private static final String[] STEPS = { "harness to key event", "key event to report copied",
			"copied to render start", "render", "render end to text shown" };

	/** Each step's median and p99, and the steps of the slowest keystrokes, with the GC time in their window. */
	private static String breakdown(List<Long> latency, List<long[]> steps) {
		StringBuilder out = new StringBuilder("steps (median / p99 ms):");
		for (int k = 0; k < STEPS.length; k++) {
			int step = k;
			List<Long> values = steps.stream().map(v -> v[step]).toList();
			out.append(String.format(Locale.ROOT, "%n  %s %.2f / %.2f", STEPS[k], ms(percentile(values, 50)),
					ms(percentile(values, 99))));
		}
		out.append(String.format(Locale.ROOT, "%nslowest keystrokes (#, total, steps in ms, GC ms):"));
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < latency.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> Long.compare(latency.get(b), latency.get(a)));
		for (int i : order.subList(0, Math.min(6, order.size()))) {
			long[] v = steps.get(i);
			out.append(String.format(Locale.ROOT, "%n  #%d %.1f: %.2f %.2f %.2f %.2f %.2f, GC %d", v[6],
					ms(latency.get(i)), ms(v[0]), ms(v[1]), ms(v[2]), ms(v[3]), ms(v[4]), v[5]));
		}
		return out.append(System.lineSeparator()).toString();
	}

	/** Bytes allocated by all threads so far (the JVM's threading bean, read by name). */
	private static long allocated() {
		try {
			return (Long) ManagementFactory.getPlatformMBeanServer()
					.getAttribute(new javax.management.ObjectName("java.lang:type=Threading"), "TotalThreadAllocatedBytes");
		} catch (javax.management.JMException e) {
			return 0;
		}
	}

	private static long gcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionCount()))
				.sum();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime()))
				.sum();
	}

	private static long stamp(Object part, String field) {
		try {
			Field f = part.getClass().getDeclaredField(field);
			f.setAccessible(true);
			return f.getLong(part);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
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
