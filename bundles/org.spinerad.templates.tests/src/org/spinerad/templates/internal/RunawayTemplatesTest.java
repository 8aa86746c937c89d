package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.TemplateError;

import freemarker.template.Configuration;

/**
 * A department template that loops forever, wherever the loop sits, ends with
 * a clear error and leaves no render running.
 */
class RunawayTemplatesTest {

	private static final String LOOP = "<#list 1.. as i><#if i < 0>x</#if></#list>";

	@TempDir
	Path folder;

	private final SandboxedRenderer renderer = new SandboxedRenderer(Duration.ofMillis(500), 100_000);

	private TemplateError render(Map<String, String> sources) throws Exception {
		Files.writeString(folder.resolve("loop.ftl"), LOOP);
		Files.writeString(folder.resolve("loop-macro.ftl"), "<#macro spin><#if report.status == \"draft\">" + LOOP
				+ "</#if></#macro>");
		Configuration cfg = renderer.configuration(new FixtureTemplate(), folder, sources);
		Map<String, Object> model = ReportView.of(SampleCases.load("INF-01"), List.of(), "x", "1");
		TemplateError e = assertThrows(TemplateError.class, () -> renderer.render(cfg, "main.ftl", "main.ftl", model));
		assertEquals(0, RenderThreads.running(), "the render has ended: " + e.describe());
		return e;
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// in the main template
			LOOP,
			// in a department file that the main template includes or imports
			"<#include \"loop.ftl\">",
			"<#import \"loop-macro.ftl\" as m><@m.spin/>",
			// in a shared library file reached through an include of an include
			"<#include \"/lib/common.ftl\"><#include \"loop.ftl\">" })
	void aLoopInAnyLoadedTemplateIsStoppedAtTheLimit(String main) throws Exception {
		TemplateError e = render(Map.of("main.ftl", main));
		assertTrue(e.getMessage().contains("longer than the limit of 500 ms and was stopped"), e.describe());
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<#assign t=\"" + "<#list 1.. as i><#if i < 0>x</#if></#list>" + "\"?interpret><@t/>",
			"${\"(1..)?filter(i -> i < 0)?first\"?eval}",
			"<#list (1..)?filter(i -> i < 0) as x>${x}</#list>",
			"${\"${(1..)?map(i -> i * 0)?seq_index_of(1)}\"}" })
	void codeThatCannotBeStoppedIsRefusedBeforeItRuns(String main) throws Exception {
		TemplateError e = render(Map.of("main.ftl", main));
		assertTrue(e.getMessage().startsWith("refused: "), e.describe());
		assertTrue(e.line() == 1 && e.column() > 0, "names where: " + e.describe());
	}

	@Test
	void aLambdaInAnIncludedFileIsRefusedWithItsName() throws Exception {
		Files.writeString(folder.resolve("helper.ftl"), "<#list (1..)?filter(i -> i < 0) as x>${x}</#list>");
		TemplateError e = render(Map.of("main.ftl", "text <#include \"helper.ftl\">"));
		assertTrue(e.getMessage().contains("lambdas"), e.describe());
		assertEquals("helper.ftl", e.templateName(), e.describe());
	}

	@Test
	void theFunctionThatReplacesALambdaIsStopped() throws Exception {
		TemplateError e = render(Map.of("main.ftl",
				"<#function neg i><#return i < 0></#function><#list (1..)?filter(neg) as x>${x}</#list>"));
		assertTrue(e.getMessage().contains("was stopped"), e.describe());
	}

	@Test
	void whileRendersThatCannotBeStoppedRunNoFurtherRenderStarts() throws Exception {
		// a job that ignores interruption, as FreeMarker's own loops in Java do
		java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.Callable<Object> stubborn = () -> {
			while (!release.get()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					// ignored on purpose
				}
			}
			return null;
		};
		try {
			for (int i = 1; i <= RenderThreads.MAX_RUNAWAYS; i++) {
				RenderThreads.NotCompleted e = assertThrows(RenderThreads.NotCompleted.class,
						() -> RenderThreads.run(stubborn, Duration.ofMillis(50)));
				assertEquals(RenderThreads.Outcome.RUNAWAY, e.outcome);
				assertEquals(i, RenderThreads.runaways());
			}
			Configuration cfg = renderer.configuration(new FixtureTemplate(), folder, Map.of("main.ftl", "fine"));
			TemplateError refused = assertThrows(TemplateError.class,
					() -> renderer.render(cfg, "main.ftl", "main.ftl", Map.of()));
			assertTrue(refused.getMessage().contains("could not be stopped and still run")
					&& refused.getMessage().contains("restart the workstation"), refused.describe());
		} finally {
			release.set(true);
		}
		for (Thread t : Thread.getAllStackTraces().keySet()) {
			if (t.getName().equals(RenderThreads.THREAD_NAME + "-runaway")) {
				t.join();
			}
		}
		assertEquals(0, RenderThreads.runaways(), "a runaway that ends at last is taken off the count");
		Configuration cfg = renderer.configuration(new FixtureTemplate(), folder, Map.of("main.ftl", "fine"));
		assertEquals("fine", renderer.render(cfg, "main.ftl", "main.ftl", Map.of()));
	}
}
