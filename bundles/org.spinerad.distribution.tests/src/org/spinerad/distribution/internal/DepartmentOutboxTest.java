package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.distribution.internal.Fixtures.reaches;
import static org.spinerad.distribution.internal.Fixtures.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.store.Actor;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreException;
import org.spinerad.store.TransactionalOutbox;
import org.spinerad.store.pg.internal.PgReportStore;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;
import org.spinerad.testsupport.MllpPeer;
import org.spinerad.testsupport.Postgres;

/**
 * Two workstations on one department database: a signed report and its RIS
 * message commit together or not at all, and the message reaches a real MLLP
 * peer exactly once, also when the workstation holding the lease freezes.
 */
class DepartmentOutboxTest {

	private static final Duration LEASE = Duration.ofSeconds(2);
	private static final Duration POLL = Duration.ofMillis(100);

	private static Postgres server;

	@TempDir
	Path dir;

	private final List<AutoCloseable> open = new ArrayList<>();

	@BeforeAll
	static void start() throws Exception {
		server = Postgres.start();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@AfterEach
	void closeAll() throws Exception {
		for (AutoCloseable c : open.reversed()) {
			c.close();
		}
		Fixtures.risEndpoint(null, null);
	}

	/** One workstation: its own connections, ledger folder and deliverer. */
	private record Workstation(PgReportStore store, DistributionServiceImpl service, Actor actor) {
	}

	private Workstation workstation(String url, String name, boolean delivering) throws Exception {
		PgReportStore store = new PgReportStore(url);
		open.add(store);
		DistributionServiceImpl service = new DistributionServiceImpl(dir.resolve(name),
				Fixtures.service(TemplateService.class), Fixtures.service(TemplateRegistry.class), store);
		open.add(service::close);
		DistributionChannel ris = Fixtures.service(DistributionService.class).channels().stream()
				.filter(c -> c.id().equals("ris")).findFirst().orElseThrow();
		service.addChannel(ris);
		assertTrue(waitUntil(() -> service.canRender(Fixtures.signedFinal("probe"))), "the postop template is installed");
		if (delivering) {
			service.deliverFromStore(name, LEASE, POLL);
		}
		return new Workstation(store, service, new Actor("Dr " + name, name));
	}

	/** Saves a draft, then signs it final as the editor does: the messages are saved with the report. */
	private static Signed sign(Workstation ws, String prefix) throws Exception {
		Report report = draft(ws, prefix);
		return new Signed(report.getId(), signSaved(ws, report));
	}

	private record Signed(String reportId, String controlId) {
	}

	private static Report draft(Workstation ws, String prefix) throws StoreException {
		Report report = Fixtures.signedFinal(prefix);
		report.setStatus(ReportStatus.DRAFT);
		ws.store().save(report, Revision.NEW, ws.actor());
		return report;
	}

	private static String signSaved(Workstation ws, Report report) throws Exception {
		report.setStatus(ReportStatus.FINAL);
		report.setSignedAt(new java.util.Date());
		List<OutboxMessage> messages = ws.service().outboxMessages(report);
		assertEquals(List.of("ris/" + report.getId() + "/F"), messages.stream().map(OutboxMessage::key).toList());
		ws.store().save(report, 1, ws.actor(), messages);
		ws.service().distribute(report);
		return controlId(messages.get(0));
	}

	private static String controlId(OutboxMessage message) {
		return MllpPeer.field(new String(message.payload(), StandardCharsets.UTF_8), "MSH", 9);
	}

	private static long count(MllpPeer peer, String controlId) {
		return peer.received().stream().filter(m -> MllpPeer.field(m, "MSH", 9).equals(controlId)).count();
	}

	private static TransactionalOutbox outbox(Workstation ws) {
		return ws.store().outbox().orElseThrow();
	}

	@Test
	void twoWorkstationsDeliverEachSignedReportExactlyOnce() throws Exception {
		String url = server.createDatabase("twows");
		try (MllpPeer ris = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			Workstation one = workstation(url, "ws-1", true);
			Workstation two = workstation(url, "ws-2", true);
			List<Signed> signed = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				signed.add(sign(i % 2 == 0 ? one : two, "two"));
			}
			assertTrue(waitUntil(() -> signed.stream().allMatch(s -> count(ris, s.controlId()) > 0)), "all delivered");
			for (Signed s : signed) {
				assertEquals(1, count(ris, s.controlId()), "control id " + s.controlId() + " once");
			}
			List<String> ours = signed.stream().map(Signed::controlId).toList();
			assertEquals(signed.size(), ris.received().stream().filter(m -> ours.contains(MllpPeer.field(m, "MSH", 9)))
					.count(), "each report's message once");
			for (int i = 0; i < signed.size(); i++) {
				Workstation signer = i % 2 == 0 ? one : two;
				String id = signed.get(i).reportId();
				assertTrue(reaches(signer.service(), id, "ris", Stage.DELIVERED), "" + signer.service().states(id));
			}
			List<String> deliverers = new ArrayList<>();
			for (Signed s : signed) {
				deliverers.add(outbox(one).messages(s.reportId()).getFirst().deliveredBy());
			}
			assertTrue(deliverers.stream().allMatch(d -> d.equals("ws-1") || d.equals("ws-2")), "" + deliverers);
			assertEquals(0, one.service().recover() + two.service().recover(),
					"a step queued with its report is not queued again at start on either workstation");
			for (Signed s : signed) {
				assertEquals(1, count(ris, s.controlId()), "not again after recovery");
			}
		}
	}

	@Test
	void aSignOffCutShortBeforeItsMessageIsQueuedLeavesNeitherTheSignatureNorAMessage() throws Exception {
		String url = server.createDatabase("cutshort");
		try (MllpPeer ris = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			Workstation ws = workstation(url, "ws-1", true);
			Report report = draft(ws, "cut");
			// the message's insert waits, with the report's row already signed in the same transaction
			server.psql("cutshort", "CREATE FUNCTION hold() RETURNS trigger LANGUAGE plpgsql AS"
					+ " 'BEGIN PERFORM pg_sleep(120); RETURN NEW; END';"
					+ " CREATE TRIGGER hold BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION hold()");
			report.setStatus(ReportStatus.FINAL);
			report.setSignedAt(new java.util.Date());
			List<OutboxMessage> messages = ws.service().outboxMessages(report);
			String abandoned = controlId(messages.get(0));
			ExecutorService pool = Executors.newSingleThreadExecutor();
			try {
				Future<?> signing = pool.submit(() -> ws.store().save(report, 1, ws.actor(), messages));
				assertTrue(waitUntil(() -> !backendsSleeping("cutshort").isEmpty()), "the sign-off reached the outbox");
				assertEquals("draft", server.psql("cutshort", "SELECT status FROM report WHERE id = '" + report.getId()
						+ "'"), "others see the draft while the sign-off is open");
				server.psql("cutshort", "SELECT pg_terminate_backend(" + backendsSleeping("cutshort") + ")");
				Exception failure = assertThrows(Exception.class, signing::get);
				assertTrue(String.valueOf(failure.getCause()).contains("department database"), "" + failure.getCause());
			} finally {
				pool.shutdownNow();
			}
			assertEquals(1, ws.store().revision(report.getId()).version(), "the signed version was not committed");
			assertEquals(ReportStatus.DRAFT, ws.store().load(report.getId()).getStatus());
			assertEquals(List.of(), outbox(ws).messages(report.getId()), "no message without the signed report");

			server.psql("cutshort", "DROP TRIGGER hold ON outbox");
			String controlId = signSaved(ws, ws.store().load(report.getId()));
			assertTrue(waitUntil(() -> count(ris, controlId) > 0), "signing again delivers");
			assertEquals(1, count(ris, controlId));
			assertEquals(0, count(ris, abandoned), "the message of the sign-off cut short was never sent");
		}
	}

	/** @return the process ids of sessions waiting in pg_sleep, comma-separated, or "" */
	private static String backendsSleeping(String database) {
		try {
			return sleeping(database);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static String sleeping(String database) throws Exception {
		return server.psql(database, "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
				+ " AND datname = '" + database + "'");
	}

	@Test
	void aDelivererThatFreezesHoldingTheLeaseIsTakenOverAfterItLapses() throws Exception {
		String url = server.createDatabase("takeover");
		try (MllpPeer ris = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			Workstation one = workstation(url, "ws-1", false);
			Signed signed = sign(one, "frozen");
			String controlId = signed.controlId();
			CountDownLatch holding = new CountDownLatch(1);
			ExecutorService pool = Executors.newSingleThreadExecutor();
			try {
				// ws-1 takes the lease and the message, then freezes before sending (never sends again)
				Future<TransactionalOutbox.Round> frozen = pool.submit(() -> outbox(one).deliver("ris", "ws-1", LEASE,
						m -> {
							holding.countDown();
							new CountDownLatch(1).await();
							return null;
						}));
				assertTrue(holding.await(15, java.util.concurrent.TimeUnit.SECONDS), "ws-1 holds the lease");
				Workstation two = workstation(url, "ws-2", true);
				assertTrue(waitUntil(() -> count(ris, controlId) > 0), "ws-2 took over once the lease lapsed");
				assertEquals(1, count(ris, controlId));
				String reportId = signed.reportId();
				TransactionalOutbox.Queued sent = outbox(two).messages(reportId).getFirst();
				assertEquals("ws-2", sent.deliveredBy());
				assertTrue(sent.accepted());
				assertTrue(reaches(one.service(), reportId, "ris", Stage.DELIVERED), "" + one.service().states(reportId));
				frozen.cancel(true);
			} finally {
				pool.shutdownNow();
			}
			assertEquals(1, count(ris, controlId), "the frozen workstation never sent it");
		}
	}
}
