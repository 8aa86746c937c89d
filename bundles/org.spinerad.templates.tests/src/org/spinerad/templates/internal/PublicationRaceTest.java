package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.templates.TemplateError;

/**
 * Publications of one department template get distinct versions, each kept in
 * the history. Two workstations are played by two threads, each with a service
 * of its own, so each opens its own channel on the lock file as a second
 * process would; the in-process lock and the file lock are taken together.
 */
class PublicationRaceTest {

	private static final int ROUNDS = 5;

	@TempDir
	Path folder;

	private final FixtureTemplate template = new FixtureTemplate();

	@Test
	void twoPublishersAtTheSameMomentGetDistinctVersionsAndBothAreKept() throws Exception {
		TemplateServiceImpl first = new TemplateServiceImpl(folder, new SandboxedRenderer());
		TemplateServiceImpl second = new TemplateServiceImpl(folder, new SandboxedRenderer());
		String source = first.shippedSource(template, "report.txt.ftl");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<List<String>>> results = new ArrayList<>();
		try {
			for (TemplateServiceImpl service : List.of(first, second)) {
				results.add(pool.submit(() -> {
					List<String> versions = new ArrayList<>();
					for (int i = 0; i < ROUNDS; i++) {
						start.await();
						versions.add(service.publish(template, "report.txt.ftl", source + "\n" + i, "admin"));
					}
					return versions;
				}));
			}
			Set<String> versions = new HashSet<>();
			for (Future<List<String>> result : results) {
				versions.addAll(result.get());
			}
			assertEquals(2 * ROUNDS, versions.size(), "every publication has a version of its own: " + versions);
		} finally {
			pool.shutdownNow();
		}
		Path dir = folder.resolve(template.id());
		for (int n = 1; n <= 2 * ROUNDS; n++) {
			assertTrue(Files.exists(dir.resolve("history/" + n + "/published.properties")), "history of " + n);
		}
		assertEquals("1.0.0-dept." + 2 * ROUNDS, first.effectiveVersion(template));
	}

	@Test
	void aRevertIsANewVersionSoNoVersionNamesTwoTemplates() throws Exception {
		TemplateServiceImpl service = new TemplateServiceImpl(folder, new SandboxedRenderer());
		service.publish(template, "report.txt.ftl", service.shippedSource(template, "report.txt.ftl") + "\nA", "a");
		assertEquals("1.0.0-dept.2",
				service.publish(template, "report.ftlh", service.shippedSource(template, "report.ftlh") + "\nB", "b"));
		service.revert(template, "report.txt.ftl");
		assertEquals("1.0.0-dept.3", service.effectiveVersion(template));
		assertTrue(Files.readString(folder.resolve(template.id()).resolve("history/3/published.properties"))
				.contains("action=reverted"));
		service.revert(template, "report.ftlh");
		assertEquals("1.0.0", service.effectiveVersion(template), "the shipped template again");
		assertEquals("1.0.0-dept.5",
				service.publish(template, "report.ftlh", service.shippedSource(template, "report.ftlh"), "c"),
				"numbers are never reused");
	}

	@Test
	void anUnreadableCounterStopsPublishingInsteadOfOverwritingHistory() throws Exception {
		TemplateServiceImpl service = new TemplateServiceImpl(folder, new SandboxedRenderer());
		String source = service.shippedSource(template, "report.txt.ftl");
		service.publish(template, "report.txt.ftl", source + "\nA", "a");
		Path dir = folder.resolve(template.id());
		Files.writeString(dir.resolve("publish.properties"), "published=\u0000garbage");
		TemplateError e = assertThrows(TemplateError.class,
				() -> service.publish(template, "report.txt.ftl", source + "\nB", "b"));
		assertTrue(e.getMessage().contains("publish.properties") && e.getMessage().contains("published=1"),
				e.describe());
		assertTrue(Files.readString(dir.resolve("history/1/report.txt.ftl")).endsWith("\nA"), "history kept");
		assertTrue(Files.readString(dir.resolve("report.txt.ftl")).endsWith("\nA"), "nothing overwritten");
	}
}
