package org.spinerad.templates.internal;

import java.time.Duration;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs each render in a render thread, never in the caller's, and stops it at
 * the time limit: a watchdog interrupts the render thread (FreeMarker checks
 * the interruption in every loop and directive body) and gives it a grace
 * period to end. A render that does not end then is a runaway: it is counted
 * until it ends, and while {@link #MAX_RUNAWAYS} of them run no further render
 * starts.
 * <p>
 * Render threads are kept and reused, because starting and joining a thread
 * costs more than a short render on a busy machine, and the caller hands a
 * render over and gets its result back without any other thread in between.
 * Only a thread whose last render ended by itself (with or without a template
 * error) takes the next one; a thread whose render was stopped or ran away
 * ends, and so does one idle for {@link #KEEP_ALIVE}.
 */
final class RenderThreads {

	/** Runaway renders tolerated before rendering is refused. */
	static final int MAX_RUNAWAYS = 2;
	/** Thread name of every render thread, for diagnostics and tests. */
	static final String THREAD_NAME = "spinerad-render";
	/** How long an idle render thread waits for the next render before it ends. */
	static final Duration KEEP_ALIVE = Duration.ofSeconds(60);
	private static final Duration GRACE = Duration.ofSeconds(2);
	/** How often the watchdog looks at the renders in progress. */
	private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
	private static final AtomicInteger RUNAWAYS = new AtomicInteger();
	/** Idle render threads, the one that rendered last first (its caches are the warmest). */
	private static final Deque<Worker> IDLE = new ConcurrentLinkedDeque<>();
	/** Renders handed over and not ended, runaways included. */
	private static final Set<Job<?>> IN_PROGRESS = ConcurrentHashMap.newKeySet();
	private static final Watchdog WATCHDOG = new Watchdog();

	/** What happened to a render that did not complete. */
	enum Outcome {
		/** stopped at the time limit; its render has ended */
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

	/** @return how many renders have been handed over and not ended, runaways included */
	static int running() {
		return IN_PROGRESS.size();
	}

	/**
	 * Runs the job in a render thread and waits for it; in a render thread
	 * (a render that renders again, e.g. a report and its drafted impression)
	 * runs it there, under the time limit of the render in progress.
	 *
	 * @throws ExecutionException with the job's own failure
	 * @throws NotCompleted       when the job was stopped, ran away or the caller was interrupted
	 */
	static <T> T run(Callable<T> job, Duration limit) throws ExecutionException, NotCompleted {
		if (Thread.currentThread() instanceof Worker worker && worker.current != null) {
			try {
				return job.call();
			} catch (Exception e) {
				throw new ExecutionException(e);
			}
		}
		Job<T> task = start(job, limit, false);
		try {
			// the watchdog ends the wait; the caller's own limit only guards against a watchdog that stopped
			return task.result.get(limit.plus(GRACE).plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
		} catch (TimeoutException e) {
			task.stop(Outcome.STOPPED);
			if (task.markRunaway()) {
				throw new NotCompleted(Outcome.RUNAWAY, e);
			}
			throw new NotCompleted(Outcome.STOPPED, e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof NotCompleted notCompleted) {
				throw new NotCompleted(notCompleted.outcome, notCompleted.getCause());
			}
			throw e;
		} catch (InterruptedException e) {
			task.stop(Outcome.INTERRUPTED);
			boolean ended;
			try {
				ended = task.awaitEnd(GRACE);
			} catch (InterruptedException again) {
				ended = false;
			}
			Thread.currentThread().interrupt();
			if (!ended && task.markRunaway()) {
				throw new NotCompleted(Outcome.RUNAWAY, e);
			}
			throw new NotCompleted(Outcome.INTERRUPTED, e);
		}
	}

	/**
	 * Hands the job to a render thread and returns at once. The future completes
	 * in the render thread with the job's result, its failure, or a
	 * {@link NotCompleted} (stopped at the limit, or a runaway after the grace
	 * period); what depends on it runs there too and must be short.
	 */
	static <T> CompletableFuture<T> submit(Callable<T> job, Duration limit) {
		return start(job, limit, true).result;
	}

	/**
	 * @param here whether the job may go to this thread, when it is an idle render thread (what depends on a
	 *             result runs while the thread is idle already): it takes the job next; never for a caller that
	 *             waits for the job
	 */
	private static <T> Job<T> start(Callable<T> code, Duration limit, boolean here) {
		Job<T> job = new Job<>(code, System.nanoTime() + limit.toNanos());
		IN_PROGRESS.add(job);
		WATCHDOG.wake();
		Worker worker = IDLE.pollFirst();
		if (worker == Thread.currentThread() && !here) {
			Worker other = IDLE.pollFirst();
			IDLE.addFirst(worker);
			worker = other;
		}
		if (worker == null) {
			worker = new Worker();
			worker.start();
		}
		worker.inbox.add(job);
		return job;
	}

	/** One render: its code, its deadline, what happened to it and its result. */
	private static final class Job<T> {
		private static final int WAITING = 0;
		private static final int RUNNING = 1;
		private static final int ENDED = 2;
		private static final int RUNAWAY = 3;

		final Callable<T> code;
		final long deadline;
		final CompletableFuture<T> result = new CompletableFuture<>();
		/** guarded by this */
		private int state = WAITING;
		/** guarded by this */
		private Thread runner;
		/** Why the job was asked to stop, or null; guarded by this. */
		private Outcome stopped;

		Job(Callable<T> code, long deadline) {
			this.code = code;
			this.deadline = deadline;
		}

		/** In the render thread: runs the code. @return whether the thread may render again */
		boolean runIn(Worker worker) {
			synchronized (this) {
				if (state != WAITING) {
					IDLE.addFirst(worker); // stopped before it started: the thread did nothing
					return true;
				}
				state = RUNNING;
				runner = worker;
			}
			T value = null;
			Throwable failure = null;
			worker.current = this;
			try {
				value = code.call();
			} catch (Throwable e) { // a failure of the template's code ends this render only
				failure = e;
			} finally {
				worker.current = null; // what depends on the result runs outside this render's limit
			}
			boolean runaway;
			Outcome outcome;
			synchronized (this) {
				runaway = state == RUNAWAY;
				state = ENDED;
				outcome = stopped;
				notifyAll();
			}
			IN_PROGRESS.remove(this);
			if (runaway) {
				RUNAWAYS.decrementAndGet();
				return false;
			}
			// no interruption reaches the thread once the state is ENDED; one set before is for this job only
			boolean interrupted = Thread.interrupted();
			boolean again = outcome == null && !interrupted;
			if (again) {
				// idle before the caller hears of the result, so that its next render finds this thread
				IDLE.addFirst(worker);
			}
			if (outcome != null && (failure != null || interrupted)) {
				result.completeExceptionally(new NotCompleted(outcome, failure));
			} else if (failure != null) {
				result.completeExceptionally(failure);
			} else {
				result.complete(value);
			}
			return again;
		}

		/** Asks the job to stop: interrupts its thread while it runs, or ends it before it starts. */
		void stop(Outcome why) {
			synchronized (this) {
				if (stopped != null || state == ENDED || state == RUNAWAY) {
					return;
				}
				stopped = why;
				if (state == RUNNING) {
					runner.interrupt();
					return;
				}
				state = ENDED;
				notifyAll();
			}
			IN_PROGRESS.remove(this);
			result.completeExceptionally(new NotCompleted(why, new TimeoutException()));
		}

		/** @return true when the job had not ended: it is now counted as a runaway */
		boolean markRunaway() {
			synchronized (this) {
				if (state != RUNNING) {
					return false;
				}
				state = RUNAWAY;
				runner.setName(THREAD_NAME + "-runaway");
			}
			RUNAWAYS.incrementAndGet();
			result.completeExceptionally(new NotCompleted(Outcome.RUNAWAY, new TimeoutException()));
			return true;
		}

		synchronized boolean awaitEnd(Duration wait) throws InterruptedException {
			long end = System.nanoTime() + wait.toNanos();
			while (state == WAITING || state == RUNNING) {
				long left = end - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			return true;
		}

		synchronized boolean stopping() {
			return stopped != null && state == RUNNING;
		}
	}

	/** A render thread: takes jobs from its inbox while they end by themselves, then ends. */
	private static final class Worker extends Thread {
		final BlockingQueue<Job<?>> inbox = new ArrayBlockingQueue<>(1);
		/** The job whose code this thread runs now, or null; used by this thread only. */
		Job<?> current;

		Worker() {
			super(THREAD_NAME);
			setDaemon(true);
			// the same for every render, whichever caller started the thread
			setContextClassLoader(RenderThreads.class.getClassLoader());
		}

		@Override
		public void run() {
			try {
				while (true) {
					Job<?> job = inbox.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
					if (job == null) {
						if (IDLE.removeFirstOccurrence(this)) {
							return; // nobody handed a job over: end after the keep-alive
						}
						continue; // taken from the idle list just now: its job is on the way
					}
					if (!job.runIn(this)) {
						return;
					}
				}
			} catch (InterruptedException e) {
				IDLE.removeFirstOccurrence(this); // not expected: no interruption reaches an idle thread
			}
		}
	}

	/** Stops renders at their deadline and counts those that do not end within the grace period. */
	private static final class Watchdog extends Thread {
		private volatile boolean parked;
		/** When the watchdog last saw a render in progress. */
		private long lastBusy = System.nanoTime();

		Watchdog() {
			super(THREAD_NAME + "-watchdog");
			setDaemon(true);
			start();
		}

		void wake() {
			if (parked) {
				LockSupport.unpark(this);
			}
		}

		@Override
		public void run() {
			while (true) {
				long now = System.nanoTime();
				if (IN_PROGRESS.isEmpty() && now - lastBusy > KEEP_ALIVE.toNanos()) {
					// quiet for a while: sleep until the next render instead of looking 20 times a second
					parked = true;
					if (IN_PROGRESS.isEmpty()) {
						LockSupport.park(this);
					}
					parked = false;
					lastBusy = System.nanoTime();
					continue;
				}
				if (!IN_PROGRESS.isEmpty()) {
					lastBusy = now;
				}
				for (Job<?> job : IN_PROGRESS) {
					try {
						if (now - job.deadline > GRACE.toNanos() && job.stopping()) {
							job.markRunaway();
						} else if (now - job.deadline >= 0) {
							job.stop(Outcome.STOPPED);
						}
					} catch (RuntimeException e) {
						// never ends the watchdog: the job is looked at again at the next tick
					}
				}
				LockSupport.parkNanos(this, TICK_NANOS);
			}
		}
	}
}
