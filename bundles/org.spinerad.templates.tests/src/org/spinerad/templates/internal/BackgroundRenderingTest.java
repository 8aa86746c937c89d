package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.RenderResult;
import org.spinerad.templates.TemplateError;

import freemarker.template.Configuration;

/**
 * Rendering in the background (the live preview's way) gives what rendering
 * in the caller's turn gives, and stays in the sandbox: the time limit stops
 * it, and only render threads whose renders ended by themselves render again.
 */
class BackgroundRenderingTest {

	private static final String LOOP = "<#list 1.. as i><#if i < 0>x</#if></#list>";

	@TempDir
	Path folder;

	@Test
	void everyExampleCaseRendersTheSameInTheBackground() throws Exception {
		TemplateServiceImpl service = new TemplateServiceImpl(folder, new SandboxedRenderer());
		for (String caseId : SampleCases.IDS) {
			Report report = SampleCases.load(caseId);
			for (OutputFormat format : OutputFormat.values()) {
				RenderResult now = service.render(report, new FixtureTemplate(), format);
				RenderResult later = service.renderLater(report, new FixtureTemplate(), format).get();
				assertEquals(now, later, caseId + " " + format);
			}
		}
		assertEquals(0, RenderThreads.running());
	}

	@Test
	void aLoopRenderedInTheBackgroundIsStoppedAtTheLimit() throws Exception {
		SandboxedRenderer renderer = new SandboxedRenderer(Duration.ofMillis(500), 100_000);
		Configuration cfg = renderer.configuration(new FixtureTemplate(), folder, Map.of("main.ftl", LOOP));
		Map<String, Object> model = ReportView.of(SampleCases.load("INF-01"), List.of(), "x", "1");
		ExecutionException e = assertThrows(ExecutionException.class,
				() -> renderer.submit("main.ftl", () -> renderer.render(cfg, "main.ftl", "main.ftl", model)).get());
		TemplateError error = assertInstanceOf(TemplateError.class, e.getCause());
		assertTrue(error.getMessage().contains("longer than the limit of 500 ms and was stopped"), error.describe());
		assertEquals(0, RenderThreads.running(), "the render has ended");
	}

	@Test
	void aRenderInsideABackgroundRenderRunsInItsThread() throws Exception {
		SandboxedRenderer renderer = new SandboxedRenderer();
		Configuration cfg = renderer.configuration(new FixtureTemplate(), folder, Map.of("main.ftl", "fine"));
		Thread[] inner = new Thread[1];
		Thread outer = renderer.submit("main.ftl", () -> {
			renderer.render(cfg, "main.ftl", "main.ftl", Map.of());
			RenderThreads.run(() -> inner[0] = Thread.currentThread(), Duration.ofSeconds(1));
			return Thread.currentThread();
		}).get();
		assertSame(outer, inner[0]);
		assertTrue(outer.getName().startsWith(RenderThreads.THREAD_NAME), outer.getName());
	}

	@Test
	void renderThreadsAreReusedUntilARenderIsStopped() throws Exception {
		Duration limit = Duration.ofMillis(300);
		Thread first = RenderThreads.run(Thread::currentThread, limit);
		assertNotSame(Thread.currentThread(), first, "never in the caller's thread");
		assertSame(first, RenderThreads.run(Thread::currentThread, limit), "the idle render thread takes the next one");
		Thread[] stopped = new Thread[1];
		RenderThreads.NotCompleted e = assertThrows(RenderThreads.NotCompleted.class, () -> RenderThreads.run(() -> {
			stopped[0] = Thread.currentThread();
			while (!Thread.currentThread().isInterrupted()) {
				Thread.onSpinWait();
			}
			throw new InterruptedException("stopped");
		}, limit));
		assertEquals(RenderThreads.Outcome.STOPPED, e.outcome);
		stopped[0].join();
		assertNotSame(stopped[0], RenderThreads.run(Thread::currentThread, limit),
				"a thread whose render was stopped renders no more");
		assertEquals(0, RenderThreads.running());
	}
}
