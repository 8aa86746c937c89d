package org.spinerad.ris.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;

/**
 * What the user's actions ({@link Outbox}) and the delivery thread
 * ({@link OutboxDeliverer}) share: the entries in memory, the ledger of
 * finals, the pause between attempts, and the changes of an entry's state
 * that both make. Every field and method is used under {@link #lock}, except
 * {@link #events}'s dispatch.
 */
final class OutboxState {

	private static final System.Logger LOG = System.getLogger(OutboxState.class.getName());

	final ReentrantLock lock = new ReentrantLock();
	/** Signalled when an entry is queued, the pause ends early, or the outbox closes. */
	final Condition changed = lock.newCondition();
	/** The entries by control id, oldest first. */
	final Map<String, OutboxItem> items = new LinkedHashMap<>();
	/** The control id of the acknowledged final, by report id. */
	final Map<String, String> ledger = new LinkedHashMap<>();
	final OutboxStore store;
	final OutboxEvents events = new OutboxEvents();
	long nextSequence;
	int failures;
	long notBeforeNanos = System.nanoTime();
	boolean closed;

	OutboxState(OutboxStore store) {
		this.store = store;
	}

	// ---------------------------------------------------------------- loading

	/**
	 * Reads the outbox back: messages caught in flight by a crash are queued
	 * again, the ledger is repaired from acknowledged finals, and acknowledged
	 * messages beyond the retention are deleted.
	 */
	void load(OutboxRetention retention) throws IOException {
		ledger.putAll(store.readLedger());
		List<OutboxItem> loaded = store.readMessages();
		loaded.sort(Comparator.comparingLong(i -> i.sequence));
		for (OutboxItem item : loaded) {
			items.put(item.controlId, item);
			nextSequence = Math.max(nextSequence, item.sequence + 1);
			if (item.state.isInFlight()) {
				// cut short by a crash or a stop: the RIS may have it; same bytes, same control id again
				item.state = DeliveryState.QUEUED;
				item.possiblyDelivered = true;
				item.lastError = "interrupted by a stop or crash of the workstation; sent again with the same control id";
			}
			if (item.resultStatus == ResultStatus.FINAL && item.state == DeliveryState.ACKNOWLEDGED
					&& !ledger.containsKey(item.reportId)) {
				recordFinal(item); // a crash came between the entry's and the ledger's write
			}
		}
		removeExpired(retention, Instant.now());
	}

	/** Deletes the acknowledged messages beyond the retention; see {@link OutboxRetention}. */
	private void removeExpired(OutboxRetention retention, Instant now) {
		List<OutboxItem> acknowledged = items.values().stream()
				.filter(i -> i.state == DeliveryState.ACKNOWLEDGED)
				.sorted(Comparator.comparing(OutboxState::acknowledgedAt).reversed()).toList();
		Instant oldest = now.minus(retention.maxAge());
		for (int i = 0; i < acknowledged.size(); i++) {
			OutboxItem item = acknowledged.get(i);
			if (i < retention.maxCount() && !acknowledgedAt(item).isBefore(oldest)) {
				continue;
			}
			if (item.resultStatus == ResultStatus.FINAL && !store.hasLedger(item.reportId)) {
				continue; // the ledger could not be written: the message is the only record of the final
			}
			try {
				store.delete(item);
				items.remove(item.controlId);
			} catch (IOException e) {
				LOG.log(Level.WARNING, "Cannot delete the acknowledged outbox message " + item.controlId + ": "
						+ e.getMessage());
			}
		}
	}

	private static Instant acknowledgedAt(OutboxItem item) {
		return item.acknowledgedAt != null ? item.acknowledgedAt : item.queuedAt;
	}

	// ---------------------------------------------------------------- changes of an entry

	/** Records a change for the listeners, in the order of the changes. */
	void emit(OutboxItem item) {
		events.record(item);
	}

	/** Puts a report's acknowledged final into the ledger, in memory and on disk. */
	void recordFinal(OutboxItem item) {
		ledger.put(item.reportId, item.controlId);
		store.writeLedger(item.reportId, item.controlId);
	}

	/** Marks an entry acknowledged because the ledger says its final was (the record was cut short). */
	void markAcknowledgedFromLedger(OutboxItem item) {
		item.state = DeliveryState.ACKNOWLEDGED;
		item.ackCode = "AA";
		item.acknowledgedAt = Instant.now();
		item.lastError = null;
		item.nextAttemptAt = null;
		store.writeQuietly(item);
	}

	/** Queues an entry again (after a cancel or a rejection). */
	void requeue(OutboxItem item, String lastError) {
		item.state = DeliveryState.QUEUED;
		item.ackCode = null;
		item.reason = null;
		item.nextAttemptAt = null;
		item.lastError = lastError;
		store.writeQuietly(item);
	}

	/**
	 * Cancels an entry on the user's request, on disk first: when the cancel cannot
	 * be written the entry stays as it was (it would be sent after a restart), and
	 * the user is told.
	 */
	void cancelOrKeep(OutboxItem item) throws RisException {
		DeliveryState state = item.state;
		String reason = item.reason;
		Instant nextAttemptAt = item.nextAttemptAt;
		item.state = DeliveryState.CANCELLED;
		item.reason = "cancelled by the user";
		item.nextAttemptAt = null;
		try {
			store.write(item);
		} catch (IOException e) {
			item.state = state;
			item.reason = reason;
			item.nextAttemptAt = nextAttemptAt;
			throw new RisException("Message " + item.controlId + " was NOT cancelled: the RIS outbox "
					+ store.folder() + " cannot be written (" + e.getMessage() + "), so it is still "
					+ state.name().toLowerCase() + " and will be sent; free disk space or make the folder writable,"
					+ " then cancel again", e);
		}
	}

	/** Cancels an entry the outbox itself settles (superseded); its reason is derived again after a restart. */
	void cancel(OutboxItem item, String why) {
		item.state = DeliveryState.CANCELLED;
		item.reason = why;
		item.nextAttemptAt = null;
		store.writeQuietly(item);
	}

	/** Ends the current pause: the next attempt is due now. */
	void endPause() {
		failures = 0;
		notBeforeNanos = System.nanoTime();
		changed.signalAll();
	}

	/** @throws RisException once the outbox is closed */
	void checkOpen() throws RisException {
		if (closed) {
			throw new RisException("The RIS outbox " + store.folder() + " is closed");
		}
	}
}
