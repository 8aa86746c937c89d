package org.spinerad.distribution.internal;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.Rendition;
import org.spinerad.model.Report;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.ReportStore;
import org.spinerad.store.StoreException;
import org.spinerad.store.TransactionalOutbox;
import org.spinerad.store.TransactionalOutbox.Queued;

/**
 * Distribution through the store's transactional outbox (department
 * database): the messages saved with a signed report, their keys
 * ({@code channel/report/step}, one per step and channel, so queueing a step
 * again never adds a second message), their states, and the background thread
 * that delivers them whenever this workstation holds a channel's lease.
 */
final class DepartmentOutbox implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(DepartmentOutbox.class.getName());
	private static final Duration MAX_PAUSE = Duration.ofSeconds(60);

	private final Supplier<ReportStore> store;
	private final Supplier<List<DistributionChannel>> channels;
	private final Consumer<String> reportChanged;
	private final Map<String, Rendition> renditions = new ConcurrentHashMap<>();
	private final Object signal = new Object();
	private Thread thread;
	private volatile boolean closed;
	private boolean woken;

	DepartmentOutbox(Supplier<ReportStore> store, Supplier<List<DistributionChannel>> channels,
			Consumer<String> reportChanged) {
		this.store = store;
		this.channels = channels;
		this.reportChanged = reportChanged;
	}

	/** @return who delivers from this process: host name and process id */
	static String holder() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException e) {
			host = "localhost";
		}
		return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
	}

	static String key(String channel, String reportId, String step) {
		return channel + "/" + reportId + "/" + step;
	}

	private static String reportOf(String key) {
		int first = key.indexOf('/');
		int last = key.indexOf('/', first + 1);
		return first < 0 || last < 0 ? null : key.substring(first + 1, last);
	}

	/** @return the outbox of the store in use, if it has one */
	Optional<TransactionalOutbox> outbox() {
		ReportStore current = store.get();
		return current == null ? Optional.empty() : current.outbox();
	}

	/** Keeps the text rendered for signing, for the distribution that follows the save. */
	void keep(Report report, String step, Rendition rendition) {
		renditions.put(report.getId() + "/" + step, rendition);
	}

	/** @return the text rendered for signing this step, once */
	Optional<Rendition> take(Report report, String step) {
		return Optional.ofNullable(renditions.remove(report.getId() + "/" + step));
	}

	/** @return the messages of the channels that can queue in the outbox, keyed for the report's step */
	List<OutboxMessage> messages(Report report, String step, Rendition rendition, List<DistributionChannel> applicable) {
		List<OutboxMessage> result = new ArrayList<>();
		for (DistributionChannel channel : applicable) {
			try {
				channel.outboxMessage(report, rendition).ifPresent(m -> result
						.add(new OutboxMessage(channel.id(), key(channel.id(), report.getId(), step), m.payload())));
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "Channel " + channel.id() + " could not build its message", e);
			}
		}
		return result;
	}

	/**
	 * Queues a channel's message of the report's step unless the sign-off queued it already.
	 *
	 * @return the state, or empty when the channel queues on its own
	 */
	Optional<ChannelState> queue(TransactionalOutbox outbox, DistributionChannel channel, Report report, String step,
			Rendition rendition) throws StoreException {
		String key = key(channel.id(), report.getId(), step);
		Optional<Queued> queued = newest(outbox.messages(report.getId()), key);
		if (queued.isEmpty()) {
			List<OutboxMessage> message = messages(report, step, rendition, List.of(channel));
			if (message.isEmpty()) {
				return Optional.empty();
			}
			outbox.queue(report.getId(), message);
			wake();
		}
		return Optional.of(new ChannelState(report.getId(), channel.id(), channel.label(), step, Stage.QUEUED, "",
				null));
	}

	/** Queues a step again after a rejection, under a new key. */
	Optional<ChannelState> requeue(TransactionalOutbox outbox, DistributionChannel channel, Report report, String step,
			Rendition rendition) throws StoreException {
		String key = key(channel.id(), report.getId(), step);
		List<Queued> all = outbox.messages(report.getId());
		Optional<Queued> last = newest(all, key);
		if (last.isPresent() && last.get().waiting()) {
			return Optional.of(state(last.get(), channel.label(), step));
		}
		long earlier = all.stream().filter(q -> q.key().equals(key) || q.key().startsWith(key + "#")).count();
		List<OutboxMessage> message = messages(report, step, rendition, List.of(channel)).stream()
				.map(m -> new OutboxMessage(m.channel(), earlier == 0 ? key : key + "#" + earlier, m.payload())).toList();
		if (message.isEmpty()) {
			return Optional.empty();
		}
		outbox.queue(report.getId(), message);
		wake();
		return Optional.of(new ChannelState(report.getId(), channel.id(), channel.label(), step, Stage.QUEUED, "", null));
	}

	/** @return the state of a recorded step from the outbox, when its message is there */
	Optional<ChannelState> state(ChannelState recorded) {
		Optional<TransactionalOutbox> outbox = outbox();
		if (outbox.isEmpty()) {
			return Optional.empty();
		}
		try {
			return newest(outbox.get().messages(recorded.reportId()),
					key(recorded.channel(), recorded.reportId(), recorded.step()))
					.map(q -> state(q, recorded.label(), recorded.step()));
		} catch (StoreException e) {
			LOG.log(Level.DEBUG, "The department outbox cannot be read: " + e.getMessage());
			return Optional.empty();
		}
	}

	/** @return whether the outbox holds a message of this step of the report (queued when it was signed) */
	boolean holds(String reportId, String step) throws StoreException {
		Optional<TransactionalOutbox> outbox = outbox();
		if (outbox.isEmpty()) {
			return false;
		}
		return outbox.get().messages(reportId).stream().anyMatch(q -> q.key().endsWith("/" + reportId + "/" + step)
				|| q.key().contains("/" + reportId + "/" + step + "#"));
	}

	private static Optional<Queued> newest(List<Queued> messages, String key) {
		return messages.stream().filter(q -> q.key().equals(key) || q.key().startsWith(key + "#"))
				.reduce((a, b) -> b);
	}

	private static ChannelState state(Queued q, String label, String step) {
		Stage stage;
		String detail;
		if (q.waiting()) {
			stage = Stage.QUEUED;
			detail = q.attempts() == 0 ? "" : "attempt " + q.attempts() + " failed: " + q.detail() + "; tried again";
		} else {
			stage = q.accepted() ? Stage.DELIVERED : Stage.REJECTED;
			detail = q.detail();
		}
		return new ChannelState(q.reportId(), q.channel(), label, step, stage, detail, q.answeredAt());
	}

	// ---------------------------------------------------------------- delivery

	/** Starts delivering on a background thread (once); a null holder is this host and process. */
	synchronized void start(String holder, Duration lease, Duration poll) {
		if (thread != null || closed) {
			return;
		}
		thread = new Thread(() -> run(holder, lease, poll), "spinerad-department-outbox");
		thread.setDaemon(true);
		thread.start();
	}

	/** Ends the current pause: there is new work. */
	void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	private void run(String named, Duration lease, Duration poll) {
		String holder = named != null ? named : holder(); // the host name may take a while to look up
		Duration pause = poll;
		while (!closed) {
			String failure = null;
			Optional<TransactionalOutbox> outbox = outbox();
			for (DistributionChannel channel : outbox.isPresent() ? channels.get() : List.<DistributionChannel>of()) {
				Set<String> delivered = ConcurrentHashMap.newKeySet();
				try {
					TransactionalOutbox.Round round = outbox.get().deliver(channel.id(), holder, lease, m -> {
						TransactionalOutbox.Answer answer = channel.deliver(m);
						delivered.add(m.key());
						return answer;
					});
					failure = round.failure() != null ? round.failure() : failure;
				} catch (StoreException | RuntimeException e) {
					failure = e.getMessage();
				}
				delivered.stream().map(DepartmentOutbox::reportOf).distinct().forEach(id -> {
					if (id != null) {
						reportChanged.accept(id);
					}
				});
			}
			if (failure != null) {
				LOG.log(Level.DEBUG, "Delivery from the department outbox paused: " + failure);
			}
			pause = failure == null ? poll : min(MAX_PAUSE, pause.multipliedBy(2));
			await(pause);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private void await(Duration pause) {
		long deadline = System.nanoTime() + pause.toNanos();
		synchronized (signal) {
			while (!woken && !closed) {
				long left = (deadline - System.nanoTime()) / 1_000_000L;
				if (left <= 0) {
					break;
				}
				try {
					signal.wait(left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			woken = false;
		}
	}

	@Override
	public void close() {
		closed = true;
		Thread t;
		synchronized (this) {
			t = thread;
		}
		wake();
		if (t != null) {
			t.interrupt();
		}
	}
}
