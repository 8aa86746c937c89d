package org.spinerad.fhir.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.spinerad.fhir.FhirSettings;
import org.spinerad.fhir.internal.FhirOutbox.Entry;
import org.spinerad.fhir.internal.FhirOutbox.State;

/**
 * Delivers the outbox in the background, one entry at a time and in queue
 * order per report; a failed attempt is retried after a delay that doubles up
 * to the longest one set. While no server is set, entries wait.
 */
public final class FhirDeliverer implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(FhirDeliverer.class.getName());

	private final FhirOutbox outbox;
	private final Supplier<FhirSettings> settings;
	private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();
	private final Object lock = new Object();
	private boolean wake;
	private volatile boolean closed;
	private final Thread thread;

	/** Starts delivering. */
	public FhirDeliverer(FhirOutbox outbox, Supplier<FhirSettings> settings) {
		this.outbox = outbox;
		this.settings = settings;
		try {
			outbox.recover();
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "FHIR outbox " + outbox.folder() + " cannot be read: " + e);
		}
		thread = new Thread(this::run, "FHIR delivery");
		thread.setDaemon(true);
		thread.start();
	}

	/** Registers a listener told every changed entry. */
	public AutoCloseable onChange(Consumer<Entry> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/** Looks at the outbox now (after a new entry or a changed setting). */
	public void wake() {
		synchronized (lock) {
			wake = true;
			lock.notifyAll();
		}
	}

	private void run() {
		while (!closed) {
			Instant next = Instant.now().plus(Duration.ofMinutes(1));
			try {
				next = deliverDue();
			} catch (IOException | RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "FHIR delivery failed: " + e);
			}
			synchronized (lock) {
				long ms = Duration.between(Instant.now(), next).toMillis();
				while (!wake && !closed && ms > 0) {
					try {
						lock.wait(ms);
					} catch (InterruptedException e) {
						return;
					}
					ms = Duration.between(Instant.now(), next).toMillis();
				}
				wake = false;
			}
		}
	}

	/** @return when to look again */
	private Instant deliverDue() throws IOException {
		FhirSettings current = settings.get();
		Instant next = Instant.now().plus(Duration.ofMinutes(1));
		if (!current.isConfigured()) {
			return next;
		}
		Set<String> blocked = new HashSet<>();
		for (Entry e : outbox.entries()) {
			if (!e.pending() || blocked.contains(e.reportId()) || closed) {
				continue;
			}
			if (e.nextAttempt().isAfter(Instant.now())) {
				blocked.add(e.reportId());
				next = e.nextAttempt().isBefore(next) ? e.nextAttempt() : next;
				continue;
			}
			Entry sending = e.with(State.SENDING, e.attempts() + 1, e.detail(), e.nextAttempt());
			outbox.write(sending);
			fire(sending);
			FhirClient.Result result = new FhirClient(current).post(outbox.bundle(e));
			Entry done;
			if (result.delivered()) {
				done = sending.with(State.DELIVERED, sending.attempts(), result.detail(), Instant.now());
			} else if (result.retry()) {
				Duration wait = delay(current, sending.attempts());
				done = sending.with(State.QUEUED, sending.attempts(), result.detail() + "; next attempt in "
						+ wait.toSeconds() + " s", Instant.now().plus(wait));
				blocked.add(e.reportId());
				next = done.nextAttempt().isBefore(next) ? done.nextAttempt() : next;
			} else {
				done = sending.with(State.REJECTED, sending.attempts(), result.detail(), Instant.now());
				blocked.add(e.reportId());
			}
			// a step cancelled while it was being sent keeps its cancellation
			if (outbox.find(e.key()).map(x -> x.state() != State.CANCELLED).orElse(true)) {
				outbox.write(done);
				fire(done);
			}
		}
		return next;
	}

	static Duration delay(FhirSettings s, int attempts) {
		long ms = s.retryInitial().toMillis();
		for (int i = 1; i < attempts && ms < s.retryMax().toMillis(); i++) {
			ms *= 2;
		}
		return Duration.ofMillis(Math.min(ms, s.retryMax().toMillis()));
	}

	private void fire(Entry e) {
		for (Consumer<Entry> l : listeners) {
			try {
				l.accept(e);
			} catch (RuntimeException ex) {
				LOG.log(System.Logger.Level.WARNING, "A FHIR delivery listener failed: " + ex);
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		wake();
		thread.interrupt();
		try {
			thread.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
