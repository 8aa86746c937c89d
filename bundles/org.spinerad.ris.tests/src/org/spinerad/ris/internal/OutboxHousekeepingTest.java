package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.spinerad.ris.internal.MessageChecks.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

/** The outbox when its folder cannot be written. */
class OutboxHousekeepingTest {

	private static final RisSettings SETTINGS = RisSettings.defaults();

	@TempDir
	Path dir;

	private Outbox open() throws RisException {
		return Outbox.open(dir, new MllpClient(SETTINGS), () -> SETTINGS);
	}

	private DeliveryState state(String controlId) throws RisException {
		try (Outbox outbox = open()) {
			return outbox.entry(controlId).orElseThrow().state();
		}
	}

	@Test
	void aCancelThatCannotBeWrittenIsReportedAndTheEntryStaysQueued() throws Exception {
		String id;
		try (Outbox outbox = open()) {
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
		try (Outbox outbox = open()) {
			assertEquals(DeliveryState.CANCELLED, outbox.cancel(id).state());
		}
		assertEquals(DeliveryState.CANCELLED, state(id), "a cancel that was written holds after a restart");
	}
}
