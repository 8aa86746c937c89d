package org.spinerad.ris.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.spinerad.ris.OutboxEntry;

/**
 * The listeners of an outbox and the changes waiting for them. Changes are
 * recorded under the outbox lock, in the order they happen, and handed on
 * outside it, one thread at a time, so listeners see the changes of an entry in
 * order and may call the outbox back.
 */
final class OutboxEvents {

	private static final System.Logger LOG = System.getLogger(OutboxEvents.class.getName());

	private final List<Consumer<OutboxEntry>> listeners = new CopyOnWriteArrayList<>();
	private final Queue<OutboxEntry> pending = new ConcurrentLinkedQueue<>();
	private final ReentrantLock dispatching = new ReentrantLock();

	/** Registers a listener; {@code close()} on the result removes it. */
	AutoCloseable add(Consumer<OutboxEntry> listener) {
		listeners.add(Objects.requireNonNull(listener));
		return () -> listeners.remove(listener);
	}

	/** Records a change (called under the outbox lock, so the order is that of the changes). */
	void record(OutboxItem item) {
		pending.add(item.snapshot());
	}

	/** Hands the recorded changes to the listeners; call without holding the outbox lock. */
	void dispatch() {
		while (dispatching.tryLock()) {
			try {
				OutboxEntry event;
				while ((event = pending.poll()) != null) {
					for (Consumer<OutboxEntry> listener : listeners) {
						try {
							listener.accept(event);
						} catch (RuntimeException e) {
							LOG.log(Level.WARNING, "An outbox listener failed", e);
						}
					}
				}
			} finally {
				dispatching.unlock();
			}
			if (pending.isEmpty()) {
				return; // else a change came in while another thread was turned away: hand it on
			}
		}
	}
}
