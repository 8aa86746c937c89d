package org.spinerad.store.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.tests.Samples;
import org.spinerad.store.Actor;
import org.spinerad.store.ConflictException;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.Revision;
import org.spinerad.store.TransactionalOutbox;
import org.spinerad.store.internal.FileReportStore;
import org.spinerad.store.pg.internal.cli.StoreCommand;
import org.spinerad.testsupport.Postgres;

/** The outbox commits with the signed report and is delivered once; stores copy both ways by hash. */
class OutboxAndCopyTest {

	private static final Actor A = new Actor("Dr A", "ws-1");
	private static final Actor B = new Actor("Dr B", "ws-2");

	private static Postgres server;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		server = Postgres.start();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	private static OutboxMessage message(String key) {
		return new OutboxMessage("ris", key, ("MSH|" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static TransactionalOutbox.Answer accept(List<String> sent, OutboxMessage m) {
		sent.add(m.key());
		return new TransactionalOutbox.Answer(true, "");
	}

	@Test
	void aSignedReportAndItsMessageCommitTogetherOrNotAtAll() throws Exception {
		String url = server.createDatabase("outbox1");
		try (PgReportStore store = new PgReportStore(url)) {
			Report report = Samples.infection();
			store.save(report, Revision.NEW, A);
			Outbox outbox = new Outbox(store.database(), "ris", "ws-1");
			report.setStatus(ReportStatus.FINAL);
			report.setSigner("Dr B");
			assertThrows(ConflictException.class, () -> store.save(report, 7, B, List.of(message("stale"))));
			assertEquals(List.of(), outbox.pending(), "a refused sign-off queues nothing");
			assertEquals(1, store.revision(report.getId()).version());
			store.save(report, 1, B, List.of(message("ctl-1")));
			assertEquals(List.of("ctl-1"), outbox.pending(), "the signed report's message is queued");
		}
	}

	@Test
	void oneWorkstationAtATimeDeliversEachMessageOnce() throws Exception {
		String url = server.createDatabase("outbox2");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (PgReportStore ws1 = new PgReportStore(url); PgReportStore ws2 = new PgReportStore(url)) {
			for (int i = 0; i < 20; i++) {
				Report r = Samples.infection();
				r.setId("r" + i);
				r.setStatus(ReportStatus.FINAL);
				r.setSigner("Dr A");
				ws1.save(r, Revision.NEW, A, List.of(message("ctl-" + i)));
			}
			Outbox first = new Outbox(ws1.database(), "ris", "ws-1");
			Outbox second = new Outbox(ws2.database(), "ris", "ws-2");
			assertTrue(first.acquireLease(Duration.ofMinutes(1)));
			assertFalse(second.acquireLease(Duration.ofMinutes(1)), "the lease is held by ws-1");
			List<String> sent = Collections.synchronizedList(new ArrayList<>());
			Future<Integer> a = pool.submit(() -> first.deliver(m -> accept(sent, m), Duration.ofMinutes(1)));
			Future<Integer> b = pool.submit(() -> second.deliver(m -> accept(sent, m), Duration.ofMinutes(1)));
			assertEquals(20, a.get() + b.get());
			assertEquals(0, b.get(), "without the lease nothing is delivered");
			assertEquals(20, sent.size());
			assertEquals(20, sent.stream().distinct().count(), "each message once");
			assertEquals(List.of(), first.pending());

			Report late = Samples.infection();
			late.setId("late");
			ws2.save(late, Revision.NEW, B, List.of(message("ctl-late")));
			assertEquals(0, first.deliver(m -> {
				throw new java.io.IOException("RIS down");
			}, Duration.ofMinutes(1)), "a failed delivery stays queued");
			assertEquals(List.of("ctl-late"), first.pending());
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void copiesFileToDatabaseToFileByHash() throws Exception {
		String url = server.createDatabase("copy1");
		FileReportStore source = new FileReportStore(dir.resolve("a"));
		for (Report r : List.of(Samples.infection(), Samples.infection(), Samples.infection())) {
			r.setId("c" + source.reportIds().size());
			source.save(r, Revision.NEW, A);
			r.setRemark("second version");
			source.save(r, 1, B);
		}
		Report draft = Samples.infection();
		draft.setId("c0");
		draft.setRemark("unsaved");
		source.saveDraft(draft);
		StoreCopy.Result original = StoreCopy.digest(source, source.reportIds(), source.draftIds());
		assertEquals(3, original.reports());
		assertEquals(6, original.versions());
		assertEquals(1, original.drafts());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err, dir);
		assertEquals(0, new StoreCommand().run(List.of("copy", "--from", "a", "--to", url), context));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("sha256 " + original.sha256()), out.toString());
		assertEquals(0, new StoreCommand().run(List.of("copy", "--from", url, "--to", "b"), context));

		FileReportStore back = new FileReportStore(dir.resolve("b"));
		assertEquals(original, StoreCopy.digest(back, back.reportIds(), back.draftIds()), "round trip by hash");
		assertEquals("second version", back.load("c1").getRemark());
		assertEquals(B, back.revision("c1").by());
	}
}
