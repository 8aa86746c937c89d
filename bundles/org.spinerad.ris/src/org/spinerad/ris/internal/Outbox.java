package org.spinerad.ris.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

/**
 * The durable outbox: every message is written to disk (atomically, forced to
 * the device) before any attempt to send it, and every change of its delivery
 * record is written the same way. One background thread delivers the oldest
 * queued message first ({@link OutboxDeliverer}); after an attempt without a
 * usable acknowledgement it pauses, doubling the pause after each further
 * failure up to a cap, then tries the same message again with the same bytes
 * and control id.
 * <p>
 * Exactly once as final: each step of a report (P, F, C after the n-th
 * addendum) is one entry with one control id for its whole life; queuing the
 * step again returns that entry, or revives it under the same control id when
 * it was cancelled. An acknowledged entry is never sent again, and a report
 * whose final was acknowledged is recorded in a ledger ({@code finals/}) that
 * outlives its message file: no other final of it is ever queued or sent, and
 * a preliminary still waiting is dropped. An attempt cut short (no
 * acknowledgement, or a crash before the acknowledgement was recorded) may
 * have reached the RIS, so it is repeated with the same bytes and control id,
 * which the RIS uses to drop the duplicate (at-least-once transport plus
 * deduplication by MSH-10).
 * <p>
 * Layout on disk: {@link OutboxStore}. Acknowledged messages are kept for a
 * while and deleted at a later start ({@link OutboxRetention}); the ledger stays.
 */
public final class Outbox implements AutoCloseable {

	/** What the outbox needs to know of a report to queue its message. */
	public record Request(String reportId, String accessionNumber, ResultStatus status, int addendumCount) {
		public Request {
			Objects.requireNonNull(reportId);
			Objects.requireNonNull(status);
			accessionNumber = Objects.requireNonNullElse(accessionNumber, "");
		}
	}

	/** Builds the encoded message once the outbox has chosen its control id. */
	@FunctionalInterface
	public interface MessageFactory {
		String build(String controlId) throws RisException;
	}

	private final OutboxState state;
	private final Transport transport;
	private final Supplier<RisSettings> settings;
	private Thread deliverer;

	private Outbox(OutboxState state, Transport transport, Supplier<RisSettings> settings) {
		this.state = state;
		this.transport = transport;
		this.settings = settings;
	}

	/**
	 * Opens the outbox in a folder (created if missing) and recovers its state:
	 * messages caught in flight by a crash are queued again. Delivery starts with
	 * {@link #start()}. Acknowledged messages beyond the default retention are deleted.
	 *
	 * @param settings read at every pause for the retry delays
	 * @throws RisException when the folder cannot be used or another process holds it
	 */
	public static Outbox open(Path folder, Transport transport, Supplier<RisSettings> settings) throws RisException {
		return open(folder, transport, settings, OutboxRetention.DEFAULT);
	}

	/**
	 * Opens the outbox as {@link #open(Path, Transport, Supplier)} does, and deletes
	 * the acknowledged messages beyond the retention.
	 */
	public static Outbox open(Path folder, Transport transport, Supplier<RisSettings> settings,
			OutboxRetention retention) throws RisException {
		Objects.requireNonNull(transport);
		Objects.requireNonNull(settings);
		Objects.requireNonNull(retention);
		OutboxStore store = OutboxStore.open(folder);
		OutboxState state = new OutboxState(store);
		try {
			state.load(retention);
		} catch (IOException e) {
			store.close();
			throw new RisException("The RIS outbox " + store.folder() + " cannot be opened: " + e.getMessage(), e);
		}
		return new Outbox(state, transport, settings);
	}

	/** @return the folder */
	public Path folder() {
		return state.store.folder();
	}

	// ---------------------------------------------------------------- queuing

	/**
	 * Queues the message of one step of a report (idempotent: a step queued
	 * before is returned as it is, or revived when it was cancelled).
	 *
	 * @throws RisException when the message cannot be built or written, or the
	 *                      report's final was acknowledged already but is missing here
	 */
	public OutboxEntry enqueue(Request request, MessageFactory factory) throws RisException {
		OutboxEntry result;
		state.lock.lock();
		try {
			state.checkOpen();
			String key = OutboxItem.key(request.reportId(), request.status(), request.addendumCount());
			OutboxItem existing = null;
			for (OutboxItem item : state.items.values()) {
				if (item.key().equals(key)) {
					existing = item;
				}
			}
			if (existing != null) {
				if (existing.state == DeliveryState.CANCELLED) {
					state.requeue(existing, null);
					state.emit(existing);
				}
				result = existing.snapshot();
			} else {
				result = add(request, factory);
			}
			state.changed.signalAll();
		} finally {
			state.lock.unlock();
		}
		state.events.dispatch();
		return result;
	}

	/** Writes a new entry (holds the lock). */
	private OutboxEntry add(Request request, MessageFactory factory) throws RisException {
		String known = state.ledger.get(request.reportId());
		if (known != null && request.status() != ResultStatus.CORRECTED) {
			throw new RisException("The RIS already acknowledged the final report " + request.reportId()
					+ " (control id " + known + "); correct it with an addendum");
		}
		String controlId = null;
		while (controlId == null || state.items.containsKey(controlId)) {
			controlId = ControlIds.next();
		}
		OutboxItem item = new OutboxItem(controlId, request.reportId(), request.accessionNumber(), request.status(),
				request.addendumCount(), state.nextSequence, Instant.now(), factory.build(controlId));
		try {
			state.store.write(item);
		} catch (IOException e) {
			throw new RisException("The RIS outbox " + folder() + " cannot be written (" + e.getMessage()
					+ "); the report was not queued, try again", e);
		}
		state.nextSequence++;
		state.items.put(controlId, item);
		state.emit(item);
		return item.snapshot();
	}

	// ---------------------------------------------------------------- listing

	/** @return every entry, oldest first */
	public List<OutboxEntry> entries() {
		state.lock.lock();
		try {
			return state.items.values().stream().map(OutboxItem::snapshot).toList();
		} finally {
			state.lock.unlock();
		}
	}

	/** @return the entries of one report, oldest first */
	public List<OutboxEntry> entries(String reportId) {
		state.lock.lock();
		try {
			return state.items.values().stream().filter(i -> i.reportId.equals(reportId))
					.map(OutboxItem::snapshot).toList();
		} finally {
			state.lock.unlock();
		}
	}

	/** @return the entry with a control id */
	public Optional<OutboxEntry> entry(String controlId) {
		state.lock.lock();
		try {
			return Optional.ofNullable(state.items.get(controlId)).map(OutboxItem::snapshot);
		} finally {
			state.lock.unlock();
		}
	}

	/** @return the encoded message of an entry */
	public Optional<String> message(String controlId) {
		state.lock.lock();
		try {
			return Optional.ofNullable(state.items.get(controlId)).map(i -> i.message);
		} finally {
			state.lock.unlock();
		}
	}

	// ---------------------------------------------------------------- user actions

	/** Sends an entry again now, with the same control id; see {@code RisExport#retry}. */
	public OutboxEntry retry(String controlId) throws RisException {
		OutboxEntry result;
		state.lock.lock();
		try {
			state.checkOpen();
			OutboxItem item = find(controlId);
			if (item.state == DeliveryState.ACKNOWLEDGED) {
				throw new RisException("Message " + controlId
						+ " was acknowledged by the RIS; it is never sent twice");
			}
			if (!item.state.isInFlight()) {
				String before = item.state == DeliveryState.REJECTED
						? "rejected before (" + item.ackCode + "): " + item.reason
						: null;
				state.requeue(item, before);
				state.emit(item);
			}
			state.endPause();
			result = item.snapshot();
		} finally {
			state.lock.unlock();
		}
		state.events.dispatch();
		return result;
	}

	/** Stops trying to send an entry; see {@code RisExport#cancel}. */
	public OutboxEntry cancel(String controlId) throws RisException {
		OutboxEntry result;
		state.lock.lock();
		try {
			state.checkOpen();
			OutboxItem item = find(controlId);
			switch (item.state) {
			case ACKNOWLEDGED -> throw new RisException("Message " + controlId
					+ " was already acknowledged by the RIS; correct the report with an addendum instead");
			case SENDING, SENT -> item.cancelRequested = true; // settled when the attempt ends
			case CANCELLED -> {
				// nothing to do
			}
			default -> {
				state.cancelOrKeep(item);
				state.emit(item);
			}
			}
			result = item.snapshot();
		} finally {
			state.lock.unlock();
		}
		state.events.dispatch();
		return result;
	}

	private OutboxItem find(String controlId) throws RisException {
		OutboxItem item = state.items.get(controlId);
		if (item == null) {
			throw new RisException("There is no message " + controlId + " in the RIS outbox");
		}
		return item;
	}

	/** Registers a listener; see {@code RisExport#onChange}. */
	public AutoCloseable onChange(Consumer<OutboxEntry> listener) {
		return state.events.add(listener);
	}

	/** Ends the current pause and tries again now (after new settings). */
	public void wake() {
		state.lock.lock();
		try {
			state.endPause();
		} finally {
			state.lock.unlock();
		}
	}

	// ---------------------------------------------------------------- life cycle

	/** Starts the delivery thread (once). */
	public void start() {
		state.lock.lock();
		try {
			state.checkOpen();
			if (deliverer == null) {
				deliverer = new Thread(new OutboxDeliverer(state, transport, settings), "spinerad-ris-outbox");
				deliverer.setDaemon(true);
				deliverer.start();
			}
		} catch (RisException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} finally {
			state.lock.unlock();
		}
	}

	/** @see OutboxDeliverer#backoff(int, Duration, Duration, double) */
	static Duration backoff(int failures, Duration initial, Duration max, double random) {
		return OutboxDeliverer.backoff(failures, initial, max, random);
	}

	/**
	 * Stops delivery (an attempt under way is cut short and repeated at the next
	 * start) and releases the folder.
	 */
	@Override
	public void close() {
		Thread thread;
		state.lock.lock();
		try {
			if (state.closed) {
				return;
			}
			state.closed = true;
			thread = deliverer;
			state.changed.signalAll();
		} finally {
			state.lock.unlock();
		}
		transport.abort();
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		state.store.close();
	}
}
