package org.spinerad.store;

import java.lang.System.Logger.Level;
import java.util.EventObject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinerad.model.Report;

/**
 * Autosaves the draft of a report shortly after the last change, and while
 * changes keep coming, at least every {@link #DEFAULT_MAX_WAIT_MILLIS}: each
 * change on the command stack restarts a short timer, but never beyond the
 * maximum wait counted from the first change not yet saved. When the timer
 * fires, a copy of the report is taken on the model's thread and written to the
 * store in the background (atomically, by the store). So continuous typing is
 * saved too, and a crash loses at most the maximum wait plus one write.
 */
public final class Autosaver implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

	/** Default delay after the last change. */
	public static final long DEFAULT_DELAY_MILLIS = 300;

	/** Default longest time a change waits to be saved while changes keep coming. */
	public static final long DEFAULT_MAX_WAIT_MILLIS = 600;

	private final ReportStore store;
	private final Report report;
	private final CommandStack stack;
	private final long delayNanos;
	private final long maxWaitNanos;
	private final Consumer<Runnable> modelThread;
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "spinerad-autosave");
		t.setDaemon(true);
		return t;
	});
	private final AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
	private final CommandStackListener listener = this::changed;
	private volatile Consumer<Throwable> failureHandler = e -> LOG.log(Level.ERROR, "Autosave failed", e);
	private volatile long lastSavedNanos;
	/** System.nanoTime() of the first change not yet in a snapshot; guarded by this. */
	private long unsavedSinceNanos;
	private boolean unsaved;
	/** Counts {@link #cancelPending()}: autosaves scheduled before it are dropped; guarded by this. */
	private long generation;

	/**
	 * Autosaves {@code delayMillis} after the last change, and at least every
	 * {@link #DEFAULT_MAX_WAIT_MILLIS} (or {@code delayMillis} if longer) while
	 * changes keep coming.
	 *
	 * @param modelThread runs code on the thread that owns the model (the UI
	 *                    thread in the workstation, e.g. {@code display::asyncExec})
	 */
	public Autosaver(ReportStore store, Report report, CommandStack stack, long delayMillis,
			Consumer<Runnable> modelThread) {
		this(store, report, stack, delayMillis, Math.max(delayMillis, DEFAULT_MAX_WAIT_MILLIS), modelThread);
	}

	/**
	 * @param delayMillis   quiet time after the last change before saving
	 * @param maxWaitMillis longest time the first unsaved change waits, however
	 *                      often changes come (at least {@code delayMillis})
	 * @param modelThread   runs code on the thread that owns the model (the UI
	 *                      thread in the workstation, e.g. {@code display::asyncExec})
	 */
	public Autosaver(ReportStore store, Report report, CommandStack stack, long delayMillis, long maxWaitMillis,
			Consumer<Runnable> modelThread) {
		if (delayMillis < 0 || maxWaitMillis < delayMillis) {
			throw new IllegalArgumentException(
					"autosave needs 0 <= delay <= maximum wait, not " + delayMillis + " and " + maxWaitMillis + " ms");
		}
		this.store = store;
		this.report = report;
		this.stack = stack;
		this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
		this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
		this.modelThread = modelThread;
		stack.addCommandStackListener(listener);
	}

	/** Where failures go (e.g. a status line); the default logs them. */
	public void onFailure(Consumer<Throwable> handler) {
		this.failureHandler = handler;
	}

	/** @return System.nanoTime() of the last successful autosave, 0 if none */
	public long lastSavedNanos() {
		return lastSavedNanos;
	}

	private void changed(EventObject event) {
		long now = System.nanoTime();
		long wait;
		long scheduledIn;
		synchronized (this) {
			scheduledIn = generation;
			if (!unsaved) {
				unsaved = true;
				unsavedSinceNanos = now;
			}
			wait = Math.min(delayNanos, unsavedSinceNanos + maxWaitNanos - now);
		}
		ScheduledFuture<?> next;
		try {
			next = timer.schedule(() -> modelThread.accept(() -> snapshotAndSave(scheduledIn)), Math.max(0, wait),
					TimeUnit.NANOSECONDS);
		} catch (java.util.concurrent.RejectedExecutionException closed) {
			return;
		}
		ScheduledFuture<?> previous = pending.getAndSet(next);
		if (previous != null) {
			previous.cancel(false);
		}
	}

	private void snapshotAndSave(long scheduledIn) {
		synchronized (this) {
			if (scheduledIn != generation) {
				return; // the report was saved since
			}
			unsaved = false;
		}
		Report copy = EcoreUtil.copy(report);
		try {
			timer.execute(() -> {
				try {
					store.saveDraft(copy);
					lastSavedNanos = System.nanoTime();
				} catch (StoreException | RuntimeException e) {
					failureHandler.accept(e);
				}
			});
		} catch (java.util.concurrent.RejectedExecutionException closed) {
			// closed meanwhile: the report was saved or discarded
		}
	}

	/** Saves the draft now, on the calling thread (which must own the model). */
	public void saveNow() throws StoreException {
		synchronized (this) {
			unsaved = false;
		}
		store.saveDraft(EcoreUtil.copy(report));
		lastSavedNanos = System.nanoTime();
	}

	/**
	 * Drops the pending autosave and waits (briefly) for one being written, so
	 * that no draft newer than a save appears: call on the model thread just
	 * before saving the report.
	 */
	public void cancelPending() {
		synchronized (this) {
			unsaved = false;
			generation++;
		}
		ScheduledFuture<?> previous = pending.getAndSet(null);
		if (previous != null) {
			previous.cancel(false);
		}
		try {
			timer.submit(() -> {
				// runs after a write already queued
			}).get(5, TimeUnit.SECONDS);
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
				| java.util.concurrent.RejectedExecutionException e) {
			LOG.log(Level.WARNING, "An autosave was still being written when the report was saved");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stack.removeCommandStackListener(listener);
		ScheduledFuture<?> previous = pending.getAndSet(null);
		if (previous != null) {
			previous.cancel(false);
		}
		timer.shutdown();
	}
}
