package org.spinerad.ris.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

/**
 * The delivery thread of an outbox: sends the oldest queued message first,
 * puts every attempt on record before a byte leaves, and after an attempt
 * without a usable acknowledgement pauses all delivery, doubling the pause
 * after each further failure up to a cap; then it tries the same message
 * again with the same bytes and control id. A final whose report the ledger
 * already knows is settled without sending.
 */
final class OutboxDeliverer implements Runnable {

	private static final System.Logger LOG = System.getLogger(OutboxDeliverer.class.getName());
	/** Marks a message settled by {@link #next()} without sending. */
	private static final OutboxItem SETTLED = new OutboxItem("", "", "", ResultStatus.FINAL, 0, -1, Instant.EPOCH, "");

	private final OutboxState state;
	private final Transport transport;
	private final Supplier<RisSettings> settings;

	OutboxDeliverer(OutboxState state, Transport transport, Supplier<RisSettings> settings) {
		this.state = state;
		this.transport = transport;
		this.settings = settings;
	}

	@Override
	public void run() {
		try {
			while (true) {
				OutboxItem item;
				boolean wasPossiblyDelivered = false;
				state.lock.lock();
				try {
					item = next();
					if (item == null) {
						return; // closed
					}
					if (item != SETTLED) {
						wasPossiblyDelivered = item.possiblyDelivered;
						item = begin(item, wasPossiblyDelivered);
					}
				} finally {
					state.lock.unlock();
				}
				state.events.dispatch();
				if (item != null && item != SETTLED) {
					attempt(item, wasPossiblyDelivered);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (RuntimeException | Error e) {
			LOG.log(Level.ERROR, "The RIS outbox stopped delivering", e);
			throw e;
		}
	}

	/**
	 * Puts the attempt on record before a byte leaves (holds the lock).
	 *
	 * @return the item to send, or null when the record cannot be written (then delivery pauses)
	 */
	private OutboxItem begin(OutboxItem item, boolean wasPossiblyDelivered) {
		item.state = DeliveryState.SENDING;
		item.attempts++;
		item.lastAttemptAt = Instant.now();
		item.nextAttemptAt = null;
		item.possiblyDelivered = true;
		try {
			state.store.write(item);
			state.emit(item);
			return item;
		} catch (IOException e) {
			item.state = DeliveryState.QUEUED;
			item.attempts--;
			item.possiblyDelivered = wasPossiblyDelivered;
			pause(item, "the RIS outbox cannot be written: " + e.getMessage());
			state.emit(item);
			return null;
		}
	}

	/**
	 * Waits for the next message that is due (holds the lock).
	 *
	 * @return the message to send; {@link #SETTLED} when the head was settled without
	 *         sending (its change is to be dispatched); null once closed
	 */
	private OutboxItem next() throws InterruptedException {
		while (true) {
			if (state.closed) {
				return null;
			}
			OutboxItem head = null;
			for (OutboxItem item : state.items.values()) {
				if (item.state == DeliveryState.QUEUED) {
					head = item;
					break;
				}
			}
			if (head == null) {
				state.changed.await();
				continue;
			}
			long waitNanos = state.notBeforeNanos - System.nanoTime();
			if (waitNanos > 0) {
				state.changed.awaitNanos(waitNanos);
				continue;
			}
			String known = state.ledger.get(head.reportId);
			if (known != null && head.resultStatus == ResultStatus.FINAL) {
				if (known.equals(head.controlId)) {
					state.markAcknowledgedFromLedger(head); // acknowledged before a crash cut the record short
				} else {
					state.cancel(head, "the RIS already acknowledged another final of this report (control id "
							+ known + ")");
				}
				state.emit(head);
				return SETTLED;
			}
			if (known != null && head.resultStatus == ResultStatus.PRELIMINARY) {
				state.cancel(head, "superseded: the RIS already has the final report");
				state.emit(head);
				return SETTLED;
			}
			return head;
		}
	}

	private void attempt(OutboxItem item, boolean wasPossiblyDelivered) {
		Ack ack = null;
		DeliveryException failure = null;
		try {
			ack = transport.send(item.controlId, item.message, () -> sent(item));
		} catch (DeliveryException e) {
			failure = e;
		} catch (RuntimeException e) {
			failure = new DeliveryException(DeliveryException.Stage.ACK, "unexpected failure: " + e, e);
		}
		state.lock.lock();
		try {
			if (ack != null && ack.accepted()) {
				item.state = DeliveryState.ACKNOWLEDGED;
				item.ackCode = ack.code();
				item.acknowledgedAt = Instant.now();
				item.lastError = null;
				state.store.writeQuietly(item);
				if (item.resultStatus == ResultStatus.FINAL) {
					state.recordFinal(item);
				}
				state.failures = 0;
			} else if (ack != null) {
				item.state = DeliveryState.REJECTED;
				item.ackCode = ack.code();
				item.reason = ack.describeReason();
				item.lastError = null;
				state.store.writeQuietly(item);
				state.failures = 0;
			} else {
				item.state = DeliveryState.QUEUED;
				if (!failure.maybeReceived()) {
					item.possiblyDelivered = wasPossiblyDelivered;
				}
				pause(item, failure.getMessage());
				if (item.cancelRequested) {
					try {
						state.cancelOrKeep(item);
					} catch (RisException e) {
						item.lastError = e.getMessage();
					}
				}
			}
			item.cancelRequested = false;
			state.emit(item);
		} finally {
			state.lock.unlock();
		}
		state.events.dispatch();
	}

	private void sent(OutboxItem item) {
		state.lock.lock();
		try {
			if (item.state == DeliveryState.SENDING) {
				item.state = DeliveryState.SENT; // in memory only: on disk SENDING already means "maybe delivered"
				state.emit(item);
			}
		} finally {
			state.lock.unlock();
		}
		state.events.dispatch();
	}

	/** Records a failed attempt and pauses all delivery (holds the lock). */
	private void pause(OutboxItem item, String why) {
		state.failures++;
		RisSettings s = settings.get();
		Duration delay = backoff(state.failures, s.retryInitial(), s.retryMax(),
				ThreadLocalRandom.current().nextDouble());
		state.notBeforeNanos = System.nanoTime() + delay.toNanos();
		item.lastError = why;
		item.nextAttemptAt = Instant.now().plus(delay);
		state.store.writeQuietly(item);
	}

	/**
	 * The pause after the n-th failure in a row: the initial delay doubled for each
	 * further failure, at most the cap, spread by -20 % to +20 % so that many
	 * workstations do not return to a recovered RIS in step.
	 *
	 * @param random a number in [0, 1)
	 */
	static Duration backoff(int failures, Duration initial, Duration max, double random) {
		double base = initial.toMillis() * Math.pow(2, Math.max(0, Math.min(failures - 1, 40)));
		double capped = Math.min(base, max.toMillis());
		double spread = capped * (0.8 + 0.4 * random);
		return Duration.ofMillis(Math.max(1, Math.round(Math.min(spread, max.toMillis()))));
	}
}
