package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.ris.internal.MessageChecks.assertContains;
import static org.spinerad.ris.internal.TestReports.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

/**
 * The outbox behind {@code RisExport}, end to end over real sockets against a
 * RIS stand-in on loopback, with faults injected. Every message the peer
 * received is read back and checked field by field.
 */
class OutboxTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path dir;

	private final List<RisExportComponent> opened = new ArrayList<>();

	@AfterEach
	void closeAll() {
		opened.forEach(RisExportComponent::close);
	}

	static RisSettings fast(int port) {
		return RisSettings.defaults().withEndpoint("127.0.0.1", port)
				.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
				.withRetryDelays(Duration.ofMillis(50), Duration.ofMillis(400));
	}

	private RisExportComponent export(RisSettings settings) {
		RisExportComponent export = new RisExportComponent(dir, settings, true);
		opened.add(export);
		return export;
	}

	private static boolean settled(RisExportComponent export, String controlId, DeliveryState state)
			throws InterruptedException {
		return waitUntil(() -> export.entry(controlId).map(e -> e.state() == state).orElse(false), WAIT);
	}

	/** Every message the peer saw is a well-formed ORU^R01 of one of the reports, with its status. */
	private static void assertEveryReceptionIsValid(MllpPeer peer, Map<String, Report> reportsByAccession,
			RisSettings settings) throws Exception {
		for (MllpPeer.Reception reception : peer.receptions()) {
			String accession = new ca.uhn.hl7v2.util.Terser(reception.parsed()).get("/.OBR-3-1");
			Report report = reportsByAccession.get(accession);
			assertNotNull(report, "a message of a known report: " + accession);
			ResultStatus status = ResultStatus.ofCode(new ca.uhn.hl7v2.util.Terser(reception.parsed()).get("/.OBR-25"));
			MessageChecks.assertOru(reception.parsed(), report, status, reception.controlId(),
					TestReports.text(report), settings);
		}
	}

	@Test
	void aRisDownAtFirstGetsEveryReportOnceWhenItComesUp() throws Exception {
		try (MllpPeer peer = MllpPeer.down()) {
			RisSettings settings = fast(peer.port());
			RisExportComponent export = export(settings);
			List<Report> reports = List.of(TestReports.signed("INF-01", ReportStatus.FINAL),
					TestReports.signed("TUM-01", ReportStatus.FINAL), TestReports.signed("POST-01", ReportStatus.FINAL));
			List<String> ids = new ArrayList<>();
			for (Report report : reports) {
				OutboxEntry entry = export.queue(report, TestReports.text(report));
				assertTrue(Files.exists(dir.resolve("messages/" + entry.controlId() + ".properties")),
						"on disk before any attempt");
				ids.add(entry.controlId());
			}
			AtomicReference<OutboxEntry> between = new AtomicReference<>();
			assertTrue(waitUntil(() -> {
				OutboxEntry e = export.entry(ids.get(0)).orElseThrow();
				between.set(e);
				return e.attempts() >= 3 && e.state() == DeliveryState.QUEUED;
			}, WAIT), "retried while the RIS is down");
			OutboxEntry waiting = between.get();
			assertContains(waiting.lastError(), "cannot connect");
			assertNotNull(waiting.nextAttemptAt());
			assertFalse(waiting.possiblyDelivered(), "refused connections never reached the RIS");
			assertEquals(0, export.entry(ids.get(2)).orElseThrow().attempts(), "the oldest goes first");

			peer.up();
			for (String id : ids) {
				assertTrue(settled(export, id, DeliveryState.ACKNOWLEDGED), id);
			}
			assertEquals(ids, peer.deliveries().stream().map(MllpPeer.Reception::controlId).toList(),
					"each once, in the order queued");
			assertEquals(3, peer.receptions().size());
			assertEveryReceptionIsValid(peer, byAccession(reports), settings);
			assertEquals(null, export.entry(ids.get(0)).orElseThrow().lastError());
		}
	}

	@Test
	void anErrorAckIsShownWithItsReasonAndTheUserRetriesWithTheSameControlId() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.AE);
			RisSettings settings = fast(peer.port());
			RisExportComponent export = export(settings);
			Report report = TestReports.signed("TUM-03", ReportStatus.FINAL);
			Report other = TestReports.signed("INF-03", ReportStatus.FINAL);
			String id = export.queue(report, TestReports.text(report)).controlId();
			assertTrue(settled(export, id, DeliveryState.REJECTED));
			OutboxEntry rejected = export.entry(id).orElseThrow();
			assertEquals("AE", rejected.ackCode());
			assertEquals(MllpPeer.AE_REASON, rejected.reason());
			assertEquals("rejected (AE): " + MllpPeer.AE_REASON, rejected.describeState());

			String otherId = export.queue(other, TestReports.text(other)).controlId();
			assertTrue(settled(export, otherId, DeliveryState.ACKNOWLEDGED), "delivery goes on after a rejection");
			assertEquals(1, peer.receivedCounts().get(id), "a rejection is not retried by itself");

			export.retry(id);
			assertTrue(settled(export, id, DeliveryState.ACKNOWLEDGED));
			assertEquals(2, peer.receivedCounts().get(id), "the retry reused the control id");
			assertEquals(1, peer.deliveries().stream().filter(r -> r.controlId().equals(id)).count());
			assertEquals(2, export.entry(id).orElseThrow().attempts());
			assertEveryReceptionIsValid(peer, byAccession(List.of(report, other)), settings);
		}
	}

	@Test
	void aConnectionDroppedBeforeTheAckIsRetriedAndDeliveredOnce() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.DROP_BEFORE_ACK);
			RisSettings settings = fast(peer.port());
			RisExportComponent export = export(settings);
			Report report = TestReports.signed("TUM-04", ReportStatus.FINAL);
			String id = export.queue(report, TestReports.text(report)).controlId();
			assertTrue(settled(export, id, DeliveryState.ACKNOWLEDGED));
			OutboxEntry entry = export.entry(id).orElseThrow();
			assertEquals(2, entry.attempts());
			assertTrue(entry.possiblyDelivered());
			assertEquals(Map.of(id, 2), peer.receivedCounts(), "sent twice under one control id");
			assertEquals(1, peer.deliveries().size(), "delivered once");
			assertEveryReceptionIsValid(peer, byAccession(List.of(report)), settings);
		}
	}

	@Test
	void listenersSeeEveryState() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			RisExportComponent export = export(fast(peer.port()));
			List<DeliveryState> states = Collections.synchronizedList(new ArrayList<>());
			try (AutoCloseable registration = export.onChange(e -> states.add(e.state()))) {
				Report report = TestReports.signed("INF-02", ReportStatus.FINAL);
				String id = export.queue(report, TestReports.text(report)).controlId();
				assertTrue(settled(export, id, DeliveryState.ACKNOWLEDGED));
				assertTrue(waitUntil(() -> states.contains(DeliveryState.ACKNOWLEDGED), WAIT));
			}
			assertEquals(List.of(DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.SENT,
					DeliveryState.ACKNOWLEDGED), states);
		}
	}

	@Test
	void aReportsLifeIsPreliminaryThenFinalThenCorrected() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			RisSettings settings = fast(peer.port());
			RisExportComponent export = export(settings);
			Report report = TestReports.signed("POST-02", ReportStatus.PRELIMINARY);
			OutboxEntry p = export.queue(report, TestReports.text(report));
			assertTrue(settled(export, p.controlId(), DeliveryState.ACKNOWLEDGED));
			Report signed = TestReports.signed("POST-02", ReportStatus.FINAL);
			OutboxEntry f = export.queue(signed, TestReports.text(signed));
			assertTrue(settled(export, f.controlId(), DeliveryState.ACKNOWLEDGED));
			Report amended = TestReports.signed("POST-02", ReportStatus.AMENDED);
			OutboxEntry c = export.queue(amended, TestReports.text(amended));
			assertTrue(settled(export, c.controlId(), DeliveryState.ACKNOWLEDGED));

			assertEquals(List.of(ResultStatus.PRELIMINARY, ResultStatus.FINAL, ResultStatus.CORRECTED),
					export.entries(report.getId()).stream().map(OutboxEntry::resultStatus).toList());
			assertEquals(3, Stream.of(p, f, c).map(OutboxEntry::controlId).distinct().count());
			List<MllpPeer.Reception> received = peer.deliveries();
			assertEquals(3, received.size());
			MessageChecks.assertOru(received.get(0).parsed(), report, ResultStatus.PRELIMINARY, p.controlId(),
					TestReports.text(report), settings);
			MessageChecks.assertOru(received.get(1).parsed(), signed, ResultStatus.FINAL, f.controlId(),
					TestReports.text(signed), settings);
			MessageChecks.assertOru(received.get(2).parsed(), amended, ResultStatus.CORRECTED, c.controlId(),
					TestReports.text(amended), settings);
			assertEquals(1, c.addendumCount());
		}
	}

	@Test
	void aFinalKeepsOneControlIdForLifeAndIsNeverDeliveredTwice() throws Exception {
		try (MllpPeer peer = MllpPeer.down()) {
			RisSettings settings = fast(peer.port());
			RisExportComponent export = export(settings);
			Report report = TestReports.signed("INF-02", ReportStatus.FINAL);
			OutboxEntry first = export.queue(report, TestReports.text(report));
			assertEquals(first.controlId(), export.queue(report, TestReports.text(report)).controlId(),
					"queuing again returns the entry");
			export.cancel(first.controlId()); // at once, or when an attempt under way ends
			assertTrue(settled(export, first.controlId(), DeliveryState.CANCELLED));
			OutboxEntry revived = export.queue(report, TestReports.text(report));
			assertEquals(first.controlId(), revived.controlId(), "a cancelled final comes back under its control id");
			assertEquals(DeliveryState.QUEUED, revived.state());
			assertEquals(1, export.entries().size());
			peer.up();
			export.applySettings(settings); // ends the pause now
			assertTrue(settled(export, first.controlId(), DeliveryState.ACKNOWLEDGED));
			assertEquals(first.controlId(), export.queue(report, TestReports.text(report)).controlId());
			assertThrows(RisException.class, () -> export.retry(first.controlId()), "never sent twice");
			assertThrows(RisException.class, () -> export.cancel(first.controlId()));
			export.close();

			// even when the outbox loses its message files, the ledger remembers the final
			try (Stream<Path> files = Files.list(dir.resolve("messages"))) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			RisExportComponent again = export(settings);
			RisException e = assertThrows(RisException.class, () -> again.queue(report, TestReports.text(report)));
			assertContains(e.getMessage(), "already acknowledged the final report");
			assertContains(e.getMessage(), first.controlId());
			assertEquals(1, peer.receptions().size());
			assertEveryReceptionIsValid(peer, byAccession(List.of(report)), settings);
		}
	}

	@Test
	void messagesQueuedBeforeARestartAreDeliveredAfterIt() throws Exception {
		try (MllpPeer peer = MllpPeer.down()) {
			RisSettings settings = fast(peer.port());
			RisExportComponent before = export(settings);
			Report a = TestReports.signed("TUM-01", ReportStatus.FINAL);
			Report b = TestReports.signed("TUM-02", ReportStatus.PRELIMINARY);
			String idA = before.queue(a, TestReports.text(a)).controlId();
			String idB = before.queue(b, TestReports.text(b)).controlId();
			assertTrue(waitUntil(() -> before.entry(idA).orElseThrow().attempts() >= 1
					&& before.entry(idA).orElseThrow().lastError() != null, WAIT));
			before.close();

			peer.up();
			RisExportComponent after = export(settings);
			assertEquals(List.of(idA, idB), after.entries().stream().map(OutboxEntry::controlId).toList());
			assertTrue(settled(after, idA, DeliveryState.ACKNOWLEDGED));
			assertTrue(settled(after, idB, DeliveryState.ACKNOWLEDGED));
			assertEquals(List.of(idA, idB), peer.deliveries().stream().map(MllpPeer.Reception::controlId).toList());
			assertEquals(2, peer.receptions().size());
			assertEveryReceptionIsValid(peer, byAccession(List.of(a, b)), settings);
		}
	}

	@Test
	void aPreliminaryRetriedAfterTheFinalIsSuperseded() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.AR);
			RisExportComponent export = export(fast(peer.port()));
			Report preliminary = TestReports.signed("TUM-03", ReportStatus.PRELIMINARY);
			String p = export.queue(preliminary, TestReports.text(preliminary)).controlId();
			assertTrue(settled(export, p, DeliveryState.REJECTED));
			assertEquals(MllpPeer.AR_REASON, export.entry(p).orElseThrow().reason());
			Report signed = TestReports.signed("TUM-03", ReportStatus.FINAL);
			String f = export.queue(signed, TestReports.text(signed)).controlId();
			assertTrue(settled(export, f, DeliveryState.ACKNOWLEDGED));
			export.retry(p);
			assertTrue(settled(export, p, DeliveryState.CANCELLED));
			assertContains(export.entry(p).orElseThrow().reason(), "superseded");
			assertEquals(1, peer.receivedCounts().get(p), "a preliminary never follows the final");
		}
	}

	@Test
	void theLedgerOfFinalsIsRepairedAfterACrashBetweenItsTwoWrites() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			RisSettings settings = fast(peer.port());
			RisExportComponent export = export(settings);
			Report report = TestReports.signed("TUM-04", ReportStatus.FINAL);
			String id = export.queue(report, TestReports.text(report)).controlId();
			assertTrue(settled(export, id, DeliveryState.ACKNOWLEDGED));
			Path ledger = dir.resolve("finals/" + report.getId() + ".properties");
			assertTrue(waitUntil(() -> Files.exists(ledger), WAIT));
			assertContains(Files.readString(ledger), "controlId=" + id);
			export.close();

			Files.delete(ledger); // as if the workstation died between the entry's and the ledger's write
			RisExportComponent again = export(settings);
			assertEquals(DeliveryState.ACKNOWLEDGED, again.entry(id).orElseThrow().state());
			assertTrue(Files.exists(ledger), "rewritten from the acknowledged entry");
			Report preliminary = TestReports.signed("TUM-04", ReportStatus.PRELIMINARY);
			assertContains(assertThrows(RisException.class,
					() -> again.queue(preliminary, TestReports.text(preliminary))).getMessage(),
					"already acknowledged the final");
			assertEquals(1, peer.receptions().size());
		}
	}

	@Test
	void unknownEntriesAndDraftsAreRefusedWithAReason() throws Exception {
		RisExportComponent export = export(RisSettings.defaults());
		assertContains(assertThrows(RisException.class, () -> export.retry("NOPE")).getMessage(), "no message NOPE");
		assertContains(assertThrows(RisException.class, () -> export.cancel("NOPE")).getMessage(), "no message NOPE");
		Report draft = org.spinerad.samples.SampleCases.load("INF-01");
		assertContains(assertThrows(RisException.class, () -> export.queue(draft, "text")).getMessage(), "sign it");
		Report signed = TestReports.signed("INF-01", ReportStatus.FINAL);
		OutboxEntry entry = export.queue(signed, "text");
		assertTrue(waitUntil(() -> export.entry(entry.controlId()).orElseThrow().lastError() != null, WAIT));
		assertContains(export.entry(entry.controlId()).orElseThrow().lastError(), "spinerad.ris.host");
	}

	@Test
	void aSecondOutboxOnTheSameFolderIsRefused() throws Exception {
		RisSettings settings = RisSettings.defaults();
		try (Outbox first = Outbox.open(dir, new MllpClient(settings), () -> settings)) {
			RisException e = assertThrows(RisException.class,
					() -> Outbox.open(dir, new MllpClient(settings), () -> settings));
			assertContains(e.getMessage(), "in use");
		}
		Outbox.open(dir, new MllpClient(settings), () -> settings).close();
	}

	@Test
	void unreadableAndHalfWrittenFilesAreSkipped() throws Exception {
		RisSettings settings = RisSettings.defaults();
		Report report = TestReports.signed("INF-03", ReportStatus.FINAL);
		String id;
		try (Outbox outbox = Outbox.open(dir, new MllpClient(settings), () -> settings)) {
			id = outbox.enqueue(new Outbox.Request(report.getId(), "A", ResultStatus.FINAL, 0), cid -> "MSH|" + cid)
					.controlId();
		}
		Files.writeString(dir.resolve("messages/garbage.properties"), "no outbox item");
		Files.writeString(dir.resolve("messages/.R1.properties123.tmp"), "half written");
		try (Outbox outbox = Outbox.open(dir, new MllpClient(settings), () -> settings)) {
			assertEquals(List.of(id), outbox.entries().stream().map(OutboxEntry::controlId).toList());
			assertEquals("MSH|" + id, outbox.message(id).orElseThrow());
		}
		assertFalse(Files.exists(dir.resolve("messages/.R1.properties123.tmp")));
	}

	@Test
	void thePauseDoublesUpToTheCap() {
		Duration initial = Duration.ofSeconds(2);
		Duration max = Duration.ofMinutes(5);
		assertEquals(Duration.ofSeconds(2), Outbox.backoff(1, initial, max, 0.5));
		assertEquals(Duration.ofSeconds(4), Outbox.backoff(2, initial, max, 0.5));
		assertEquals(Duration.ofSeconds(8), Outbox.backoff(3, initial, max, 0.5));
		assertEquals(max, Outbox.backoff(9, initial, max, 0.5));
		assertEquals(max, Outbox.backoff(1_000, initial, max, 0.999), "never above the cap");
		assertEquals(Duration.ofMillis(1600), Outbox.backoff(1, initial, max, 0.0), "spread down by 20 %");
		assertNotEquals(Outbox.backoff(3, initial, max, 0.1), Outbox.backoff(3, initial, max, 0.9));
	}

	private static Map<String, Report> byAccession(List<Report> reports) {
		Map<String, Report> map = new java.util.HashMap<>();
		reports.forEach(r -> map.put(r.getStudy().getAccessionNumber(), r));
		return map;
	}
}
