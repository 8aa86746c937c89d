package org.spinerad.templates.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each render in a thread of its own, so that the thread ends with the
 * render: at the time limit the thread is interrupted (FreeMarker checks the
 * interruption in every loop and directive body) and joined. A thread that does
 * not end after a grace period is a runaway: it is counted until it ends, and
 * while {@link #MAX_RUNAWAYS} of them run no further render starts.
 */
final class RenderThreads {

	/** Runaway renders tolerated before rendering is refused. */
	static final int MAX_RUNAWAYS = 2;
	/** Thread name of every render, for diagnostics and tests. */
	static final String THREAD_NAME = "spinerad-render";
	private static final Duration GRACE = Duration.ofSeconds(2);
	private static final AtomicInteger RUNAWAYS = new AtomicInteger();
	private static final int RUNNING = 0;
	private static final int ENDED = 1;
	private static final int RUNAWAY = 2;

	/** What happened to a render that did not complete. */
	enum Outcome {
		/** stopped at the time limit; its thread has ended */
		STOPPED,
		/** still running after the grace period; its thread is counted as a runaway */
		RUNAWAY,
		/** the caller was interrupted */
		INTERRUPTED
	}

	/** A render that did not complete normally. */
	static final class NotCompleted extends Exception {
		private static final long serialVersionUID = 1L;
		final Outcome outcome;

		NotCompleted(Outcome outcome, Throwable cause) {
			super(outcome.name(), cause);
			this.outcome = outcome;
		}
	}

	private RenderThreads() {
	}

	/** @return how many renders could not be stopped and still run */
	static int runaways() {
		return RUNAWAYS.get();
	}

	/**
	 * Runs the job in a new thread and waits at most the limit.
	 *
	 * @throws ExecutionException with the job's own failure
	 * @throws NotCompleted       when the job was stopped, ran away or the caller was interrupted
	 */
	static <T> T run(Callable<T> job, Duration limit) throws ExecutionException, NotCompleted {
		FutureTask<T> task = new FutureTask<>(job);
		AtomicInteger state = new AtomicInteger(RUNNING);
		Thread thread = new Thread(() -> {
			try {
				task.run();
			} finally {
				if (!state.compareAndSet(RUNNING, ENDED)) {
					RUNAWAYS.decrementAndGet();
				}
			}
		}, THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
		try {
			T result;
			try {
				result = task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
			} finally {
				// the job is over unless the limit passed: wait for its thread to end, so none is left behind
				if (task.isDone() && !task.isCancelled()) {
					thread.join();
				}
			}
			return result;
		} catch (TimeoutException e) {
			return stop(task, thread, state, Outcome.STOPPED, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return stop(task, thread, state, Outcome.INTERRUPTED, e);
		}
	}

	private static <T> T stop(FutureTask<T> task, Thread thread, AtomicInteger state, Outcome outcome,
			Exception cause)
			throws NotCompleted {
		task.cancel(true);
		boolean interrupted = Thread.interrupted();
		try {
			thread.join(GRACE.toMillis());
		} catch (InterruptedException e) {
			interrupted = true;
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		RUNAWAYS.incrementAndGet();
		if (state.compareAndSet(RUNNING, RUNAWAY)) {
			// the render thread takes itself off the count when it ends at last
			thread.setName(THREAD_NAME + "-runaway");
			throw new NotCompleted(Outcome.RUNAWAY, cause);
		}
		RUNAWAYS.decrementAndGet();
		throw new NotCompleted(outcome, cause);
	}
}
