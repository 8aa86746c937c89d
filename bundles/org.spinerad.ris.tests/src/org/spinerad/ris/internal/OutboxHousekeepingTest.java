package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.ris.internal.MessageChecks.assertContains;
import static org.spinerad.ris.internal.TestReports.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

/** The outbox when its folder cannot be written, and the removal of acknowledged messages. */
class OutboxHousekeepingTest {

	private static final Duration WAIT = Duration.ofSeconds(20);
	private static final RisSettings SETTINGS = RisSettings.defaults();

	@TempDir
	Path dir;

	private Outbox open(OutboxRetention retention) throws RisException {
		return Outbox.open(dir, new MllpClient(SETTINGS), () -> SETTINGS, retention);
	}

	private DeliveryState state(String controlId) throws RisException {
		try (Outbox outbox = open(OutboxRetention.DEFAULT)) {
			return outbox.entry(controlId).orElseThrow().state();
		}
	}

	@Test
	void aCancelThatCannotBeWrittenIsReportedAndTheEntryStaysQueued() throws Exception {
		String id;
		try (Outbox outbox = open(OutboxRetention.DEFAULT)) {
			id = outbox.enqueue(new Outbox.Request("R-14", "A-14", ResultStatus.FINAL, 0), cid -> "MSH|" + cid)
					.controlId();
			Path messages = dir.resolve("messages");
			Path away = dir.resolve("messages.away");
			Files.move(messages, away);
			Files.writeString(messages, "a file where the folder was: nothing can be written there");
			try {
				RisException e = assertThrows(RisException.class, () -> outbox.cancel(id));
				assertContains(e.getMessage(), "was NOT cancelled");
				assertContains(e.getMessage(), "cannot be written");
				assertEquals(DeliveryState.QUEUED, outbox.entry(id).orElseThrow().state(), "the truth: still queued");
			} finally {
				Files.delete(messages);
				Files.move(away, messages);
			}
		}
		assertEquals(DeliveryState.QUEUED, state(id), "after a restart as the user was told");
		try (Outbox outbox = open(OutboxRetention.DEFAULT)) {
			assertEquals(DeliveryState.CANCELLED, outbox.cancel(id).state());
		}
		assertEquals(DeliveryState.CANCELLED, state(id), "a cancel that was written holds after a restart");
	}

	@Test
	void acknowledgedMessagesBeyondTheRetentionAreRemovedAtStartAndTheLedgerStays() throws Exception {
		List<String> ids = new ArrayList<>();
		List<Report> reports = List.of(TestReports.signed("INF-01", ReportStatus.FINAL),
				TestReports.signed("TUM-01", ReportStatus.FINAL), TestReports.signed("POST-01", ReportStatus.FINAL));
		try (MllpPeer peer = MllpPeer.start()) {
			RisSettings settings = OutboxTest.fast(peer.port());
			RisExportComponent export = new RisExportComponent(dir, settings, true);
			try {
				for (Report report : reports) {
					ids.add(export.queue(report, TestReports.text(report)).controlId());
				}
				for (String id : ids) {
					assertTrue(waitUntil(() -> export.entry(id).orElseThrow().state() == DeliveryState.ACKNOWLEDGED,
							WAIT), id);
				}
			} finally {
				export.close();
			}
		}
		String waiting;
		try (Outbox outbox = open(OutboxRetention.DEFAULT)) {
			assertEquals(3, outbox.entries().size(), "within the default retention nothing goes");
			waiting = outbox.enqueue(new Outbox.Request("R-WAIT", "A-W", ResultStatus.FINAL, 0), cid -> "MSH|" + cid)
					.controlId();
		}
		try (Outbox outbox = open(new OutboxRetention(Duration.ofDays(30), 1))) {
			assertEquals(List.of(ids.get(2), waiting), outbox.entries().stream().map(OutboxEntry::controlId).toList(),
					"the newest acknowledged one and the one not yet sent");
		}
		try (Outbox outbox = open(new OutboxRetention(Duration.ZERO, 1000))) {
			assertEquals(List.of(waiting), outbox.entries().stream().map(OutboxEntry::controlId).toList(),
					"older than the age limit: gone; never what is still to be sent");
			assertEquals(1, count(dir.resolve("messages")));
			assertEquals(3, count(dir.resolve("finals")), "the ledger of finals stays");
			RisException again = assertThrows(RisException.class, () -> outbox.enqueue(
					new Outbox.Request(reports.get(0).getId(), "A", ResultStatus.FINAL, 0), cid -> "MSH|" + cid));
			assertContains(again.getMessage(), "already acknowledged the final");
		}
	}

	private static long count(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".properties")).count();
		}
	}
}
