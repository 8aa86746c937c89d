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
 * Autosaves the draft of a report shortly after the last change: each change on
 * the command stack restarts a short timer; when it fires, a copy of the report
 * is taken on the model's thread and written to the store in the background.
 */
public final class Autosaver implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

	/** Default delay after the last change. */
	public static final long DEFAULT_DELAY_MILLIS = 700;

	private final ReportStore store;
	private final Report report;
	private final CommandStack stack;
	private final long delayMillis;
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

	/**
	 * @param modelThread runs code on the thread that owns the model (the UI
	 *                    thread in the workstation, e.g. {@code display::asyncExec})
	 */
	public Autosaver(ReportStore store, Report report, CommandStack stack, long delayMillis,
			Consumer<Runnable> modelThread) {
		this.store = store;
		this.report = report;
		this.stack = stack;
		this.delayMillis = delayMillis;
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
		ScheduledFuture<?> next = timer.schedule(() -> modelThread.accept(this::snapshotAndSave), delayMillis,
				TimeUnit.MILLISECONDS);
		ScheduledFuture<?> previous = pending.getAndSet(next);
		if (previous != null) {
			previous.cancel(false);
		}
	}

	private void snapshotAndSave() {
		Report copy = EcoreUtil.copy(report);
		timer.execute(() -> {
			try {
				store.saveDraft(copy);
				lastSavedNanos = System.nanoTime();
			} catch (StoreException | RuntimeException e) {
				failureHandler.accept(e);
			}
		});
	}

	/** Saves the draft now, on the calling thread (which must own the model). */
	public void saveNow() throws StoreException {
		store.saveDraft(EcoreUtil.copy(report));
		lastSavedNanos = System.nanoTime();
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
