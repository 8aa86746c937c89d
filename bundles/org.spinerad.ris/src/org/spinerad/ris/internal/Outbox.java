package org.spinerad.ris.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.spinerad.model.io.AtomicFiles;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

/**
 * The durable outbox: every message is written to disk (atomically, forced to
 * the device) before any attempt to send it, and every change of its delivery
 * record is written the same way. One background thread delivers the oldest
 * queued message first; after an attempt without a usable acknowledgement it
 * pauses, doubling the pause after each further failure up to a cap, then tries
 * the same message again with the same bytes and control id.
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
 * Layout: {@code messages/<controlId>.properties}, {@code finals/<report>.properties},
 * {@code .lock} (held while open, so only one process delivers from a folder).
 * Acknowledged messages are kept for a while and deleted at a later start
 * ({@link OutboxRetention}); the ledger stays.
 */
public final class Outbox implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
	private static final String SUFFIX = ".properties";
	/** Marks a message settled by {@link #next()} without sending. */
	private static final OutboxItem SETTLED = new OutboxItem("", "", "", ResultStatus.FINAL, 0, -1, Instant.EPOCH, "");

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

	/** A report whose final the RIS acknowledged, under this control id. */
	private record Final(String reportId, String controlId) {
	}

	private final Path folder;
	private final Path messages;
	private final Path finals;
	private final Transport transport;
	private final Supplier<RisSettings> settings;
	private final OutboxRetention retention;
	private final FileChannel lockChannel;
	private final FileLock fileLock;
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	private final Map<String, OutboxItem> items = new LinkedHashMap<>();
	private final Map<String, Final> ledger = new LinkedHashMap<>();
	private final List<Consumer<OutboxEntry>> listeners = new CopyOnWriteArrayList<>();
	private final Queue<OutboxEntry> pending = new ArrayDeque<>();
	private final ReentrantLock dispatching = new ReentrantLock();
	private long nextSequence;
	private int failures;
	private long notBeforeNanos = System.nanoTime();
	private boolean closed;
	private Thread deliverer;

	private Outbox(Path folder, Transport transport, Supplier<RisSettings> settings, OutboxRetention retention,
			FileChannel lockChannel, FileLock fileLock) {
		this.retention = retention;
		this.folder = folder;
		this.messages = folder.resolve("messages");
		this.finals = folder.resolve("finals");
		this.transport = transport;
		this.settings = settings;
		this.lockChannel = lockChannel;
		this.fileLock = fileLock;
	}

	/**
	 * Opens the outbox in a folder (created if missing) and recovers its state:
	 * messages caught in flight by a crash are queued again. Delivery starts with
	 * {@link #start()}.
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
		Path root = folder.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(root.resolve("messages"));
			Files.createDirectories(root.resolve("finals"));
			channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock fileLock;
			try {
				fileLock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				fileLock = null;
			}
			if (fileLock == null) {
				channel.close();
				throw new RisException("The RIS outbox " + root
						+ " is in use by another running workstation; close it, or use another workspace");
			}
			Outbox outbox = new Outbox(root, Objects.requireNonNull(transport), Objects.requireNonNull(settings),
					Objects.requireNonNull(retention), channel, fileLock);
			outbox.load();
			return outbox;
		} catch (IOException e) {
			closeQuietly(channel);
			throw new RisException("The RIS outbox " + root + " cannot be opened: " + e.getMessage(), e);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// already failing
			}
		}
	}

	/** @return the folder */
	public Path folder() {
		return folder;
	}

	// ---------------------------------------------------------------- loading

	private void load() throws IOException {
		removeTemporaryFiles(messages);
		removeTemporaryFiles(finals);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(finals, "*" + SUFFIX)) {
			for (Path file : files) {
				try {
					Properties p = new Properties();
					p.load(new ByteArrayInputStream(Files.readAllBytes(file)));
					Final entry = new Final(p.getProperty("reportId"), p.getProperty("controlId"));
					if (entry.reportId() != null && entry.controlId() != null) {
						ledger.put(entry.reportId(), entry);
					}
				} catch (IOException | IllegalArgumentException e) {
					LOG.log(Level.WARNING, "Skipping unreadable ledger file " + file.getFileName() + ": " + e.getMessage());
				}
			}
		}
		List<OutboxItem> loaded = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(messages, "*" + SUFFIX)) {
			for (Path file : files) {
				try {
					loaded.add(OutboxItem.fromBytes(Files.readAllBytes(file)));
				} catch (IOException | RuntimeException e) {
					LOG.log(Level.WARNING, "Skipping unreadable outbox file " + file.getFileName() + ": " + e.getMessage());
				}
			}
		}
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
			if (item.resultStatus == ResultStatus.FINAL) {
				repairLedger(item);
			}
		}
		removeExpired(Instant.now());
	}

	/** Deletes the acknowledged messages beyond the retention; see {@link OutboxRetention}. */
	private void removeExpired(Instant now) {
		List<OutboxItem> acknowledged = items.values().stream()
				.filter(i -> i.state == DeliveryState.ACKNOWLEDGED)
				.sorted(Comparator.comparing(Outbox::acknowledgedAt).reversed()).toList();
		Instant oldest = now.minus(retention.maxAge());
		for (int i = 0; i < acknowledged.size(); i++) {
			OutboxItem item = acknowledged.get(i);
			if (i < retention.maxCount() && !acknowledgedAt(item).isBefore(oldest)) {
				continue;
			}
			if (item.resultStatus == ResultStatus.FINAL
					&& !Files.exists(finals.resolve(fileName(item.reportId) + SUFFIX))) {
				continue; // the ledger could not be written: the message is the only record of the final
			}
			try {
				Files.deleteIfExists(messages.resolve(item.controlId + SUFFIX));
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

	private static void removeTemporaryFiles(Path dir) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
			for (Path file : files) {
				Files.deleteIfExists(file); // left by a crash in the middle of an atomic write
			}
		}
	}

	/** Makes the ledger and an acknowledged final agree after a crash between their two writes. */
	private void repairLedger(OutboxItem item) {
		if (item.state == DeliveryState.ACKNOWLEDGED && !ledger.containsKey(item.reportId)) {
			writeLedger(new Final(item.reportId, item.controlId));
		}
	}

	private void markAcknowledgedFromLedger(OutboxItem item) {
		item.state = DeliveryState.ACKNOWLEDGED;
		item.ackCode = "AA";
		item.acknowledgedAt = Instant.now();
		item.lastError = null;
		item.nextAttemptAt = null;
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
		lock.lock();
		try {
			checkOpen();
			String key = OutboxItem.key(request.reportId(), request.status(), request.addendumCount());
			OutboxItem existing = null;
			for (OutboxItem item : items.values()) {
				if (item.key().equals(key)) {
					existing = item;
				}
			}
			if (existing != null) {
				if (existing.state == DeliveryState.CANCELLED) {
					requeue(existing, null);
					emit(existing);
				}
				result = existing.snapshot();
			} else {
				Final known = ledger.get(request.reportId());
				if (known != null && request.status() != ResultStatus.CORRECTED) {
					throw new RisException("The RIS already acknowledged the final report " + request.reportId()
							+ " (control id " + known.controlId() + "); correct it with an addendum");
				}
				String controlId = null;
				while (controlId == null || items.containsKey(controlId)) {
					controlId = ControlIds.next();
				}
				OutboxItem item = new OutboxItem(controlId, request.reportId(), request.accessionNumber(),
						request.status(), request.addendumCount(), nextSequence, Instant.now(),
						factory.build(controlId));
				try {
					persist(item);
				} catch (IOException e) {
					throw new RisException("The RIS outbox " + folder + " cannot be written (" + e.getMessage()
							+ "); the report was not queued, try again", e);
				}
				nextSequence++;
				items.put(controlId, item);
				emit(item);
				result = item.snapshot();
			}
			changed.signalAll();
		} finally {
			lock.unlock();
		}
		dispatch();
		return result;
	}

	// ---------------------------------------------------------------- listing

	/** @return every entry, oldest first */
	public List<OutboxEntry> entries() {
		lock.lock();
		try {
			return items.values().stream().map(OutboxItem::snapshot).toList();
		} finally {
			lock.unlock();
		}
	}

	/** @return the entries of one report, oldest first */
	public List<OutboxEntry> entries(String reportId) {
		lock.lock();
		try {
			return items.values().stream().filter(i -> i.reportId.equals(reportId)).map(OutboxItem::snapshot)
					.toList();
		} finally {
			lock.unlock();
		}
	}

	/** @return the entry with a control id */
	public Optional<OutboxEntry> entry(String controlId) {
		lock.lock();
		try {
			return Optional.ofNullable(items.get(controlId)).map(OutboxItem::snapshot);
		} finally {
			lock.unlock();
		}
	}

	/** @return the encoded message of an entry */
	public Optional<String> message(String controlId) {
		lock.lock();
		try {
			return Optional.ofNullable(items.get(controlId)).map(i -> i.message);
		} finally {
			lock.unlock();
		}
	}

	// ---------------------------------------------------------------- user actions

	/** Sends an entry again now, with the same control id; see {@code RisExport#retry}. */
	public OutboxEntry retry(String controlId) throws RisException {
		OutboxEntry result;
		lock.lock();
		try {
			checkOpen();
			OutboxItem item = find(controlId);
			if (item.state == DeliveryState.ACKNOWLEDGED) {
				throw new RisException("Message " + controlId
						+ " was acknowledged by the RIS; it is never sent twice");
			}
			if (!item.state.isInFlight()) {
				String before = item.state == DeliveryState.REJECTED
						? "rejected before (" + item.ackCode + "): " + item.reason
						: null;
				requeue(item, before);
				emit(item);
			}
			failures = 0;
			notBeforeNanos = System.nanoTime();
			changed.signalAll();
			result = item.snapshot();
		} finally {
			lock.unlock();
		}
		dispatch();
		return result;
	}

	private void requeue(OutboxItem item, String lastError) {
		item.state = DeliveryState.QUEUED;
		item.ackCode = null;
		item.reason = null;
		item.nextAttemptAt = null;
		item.lastError = lastError;
		persistQuietly(item);
	}

	/** Stops trying to send an entry; see {@code RisExport#cancel}. */
	public OutboxEntry cancel(String controlId) throws RisException {
		OutboxEntry result;
		lock.lock();
		try {
			checkOpen();
			OutboxItem item = find(controlId);
			switch (item.state) {
			case ACKNOWLEDGED -> throw new RisException("Message " + controlId
					+ " was already acknowledged by the RIS; correct the report with an addendum instead");
			case SENDING, SENT -> item.cancelRequested = true; // settled when the attempt ends
			case CANCELLED -> {
				// nothing to do
			}
			default -> {
				cancelOrKeep(item);
				emit(item);
			}
			}
			result = item.snapshot();
		} finally {
			lock.unlock();
		}
		dispatch();
		return result;
	}

	/**
	 * Cancels an entry on the user's request, on disk first: when the cancel cannot
	 * be written the entry stays as it was (it would be sent after a restart), and
	 * the user is told.
	 */
	private void cancelOrKeep(OutboxItem item) throws RisException {
		DeliveryState state = item.state;
		String reason = item.reason;
		Instant nextAttemptAt = item.nextAttemptAt;
		item.state = DeliveryState.CANCELLED;
		item.reason = "cancelled by the user";
		item.nextAttemptAt = null;
		try {
			persist(item);
		} catch (IOException e) {
			item.state = state;
			item.reason = reason;
			item.nextAttemptAt = nextAttemptAt;
			throw new RisException("Message " + item.controlId + " was NOT cancelled: the RIS outbox " + folder
					+ " cannot be written (" + e.getMessage() + "), so it is still " + state.name().toLowerCase()
					+ " and will be sent; free disk space or make the folder writable, then cancel again", e);
		}
	}

	private void cancelItem(OutboxItem item, String why) {
		item.state = DeliveryState.CANCELLED;
		item.reason = why;
		item.nextAttemptAt = null;
		persistQuietly(item);
	}

	private OutboxItem find(String controlId) throws RisException {
		OutboxItem item = items.get(controlId);
		if (item == null) {
			throw new RisException("There is no message " + controlId + " in the RIS outbox");
		}
		return item;
	}

	/** Registers a listener; see {@code RisExport#onChange}. */
	public AutoCloseable onChange(Consumer<OutboxEntry> listener) {
		listeners.add(Objects.requireNonNull(listener));
		return () -> listeners.remove(listener);
	}

	/** Ends the current pause and tries again now (after new settings). */
	public void wake() {
		lock.lock();
		try {
			failures = 0;
			notBeforeNanos = System.nanoTime();
			changed.signalAll();
		} finally {
			lock.unlock();
		}
	}

	// ---------------------------------------------------------------- delivery

	/** Starts the delivery thread (once). */
	public void start() {
		lock.lock();
		try {
			checkOpen();
			if (deliverer == null) {
				deliverer = new Thread(this::deliverLoop, "spinerad-ris-outbox");
				deliverer.setDaemon(true);
				deliverer.start();
			}
		} catch (RisException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} finally {
			lock.unlock();
		}
	}

	private void deliverLoop() {
		try {
			while (true) {
				OutboxItem item;
				boolean wasPossiblyDelivered = false;
				lock.lock();
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
					lock.unlock();
				}
				dispatch();
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
			persist(item);
			emit(item);
			return item;
		} catch (IOException e) {
			item.state = DeliveryState.QUEUED;
			item.attempts--;
			item.possiblyDelivered = wasPossiblyDelivered;
			pause(item, "the RIS outbox cannot be written: " + e.getMessage());
			emit(item);
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
			if (closed) {
				return null;
			}
			OutboxItem head = null;
			for (OutboxItem item : items.values()) {
				if (item.state == DeliveryState.QUEUED) {
					head = item;
					break;
				}
			}
			if (head == null) {
				changed.await();
				continue;
			}
			long waitNanos = notBeforeNanos - System.nanoTime();
			if (waitNanos > 0) {
				changed.awaitNanos(waitNanos);
				continue;
			}
			Final known = ledger.get(head.reportId);
			if (known != null && head.resultStatus == ResultStatus.FINAL) {
				if (known.controlId().equals(head.controlId)) {
					markAcknowledgedFromLedger(head); // acknowledged before a crash cut the record short
				} else {
					cancelItem(head, "the RIS already acknowledged another final of this report (control id "
							+ known.controlId() + ")");
				}
				persistQuietly(head);
				emit(head);
				return SETTLED;
			}
			if (known != null && head.resultStatus == ResultStatus.PRELIMINARY) {
				cancelItem(head, "superseded: the RIS already has the final report");
				emit(head);
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
		lock.lock();
		try {
			if (ack != null && ack.accepted()) {
				item.state = DeliveryState.ACKNOWLEDGED;
				item.ackCode = ack.code();
				item.acknowledgedAt = Instant.now();
				item.lastError = null;
				persistQuietly(item);
				if (item.resultStatus == ResultStatus.FINAL) {
					writeLedger(new Final(item.reportId, item.controlId));
				}
				failures = 0;
			} else if (ack != null) {
				item.state = DeliveryState.REJECTED;
				item.ackCode = ack.code();
				item.reason = ack.describeReason();
				item.lastError = null;
				persistQuietly(item);
				failures = 0;
			} else {
				item.state = DeliveryState.QUEUED;
				if (!failure.maybeReceived()) {
					item.possiblyDelivered = wasPossiblyDelivered;
				}
				pause(item, failure.getMessage());
				if (item.cancelRequested) {
					try {
						cancelOrKeep(item);
					} catch (RisException e) {
						item.lastError = e.getMessage();
					}
				}
			}
			item.cancelRequested = false;
			emit(item);
		} finally {
			lock.unlock();
		}
		dispatch();
	}

	private void sent(OutboxItem item) {
		lock.lock();
		try {
			if (item.state == DeliveryState.SENDING) {
				item.state = DeliveryState.SENT; // in memory only: on disk SENDING already means "maybe delivered"
				emit(item);
			}
		} finally {
			lock.unlock();
		}
		dispatch();
	}

	/** Records a failed attempt and pauses all delivery (holds the lock). */
	private void pause(OutboxItem item, String why) {
		failures++;
		RisSettings s = settings.get();
		Duration delay = backoff(failures, s.retryInitial(), s.retryMax(), ThreadLocalRandom.current().nextDouble());
		notBeforeNanos = System.nanoTime() + delay.toNanos();
		item.lastError = why;
		item.nextAttemptAt = Instant.now().plus(delay);
		persistQuietly(item);
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

	// ---------------------------------------------------------------- persistence

	private void persist(OutboxItem item) throws IOException {
		AtomicFiles.write(messages.resolve(item.controlId + SUFFIX), item.toBytes());
	}

	private void persistQuietly(OutboxItem item) {
		try {
			persist(item);
		} catch (IOException e) {
			// the change holds in memory; after a restart the older record leads to a resend
			// with the same control id, which the RIS drops as a duplicate
			LOG.log(Level.ERROR, "The RIS outbox cannot record message " + item.controlId + ": " + e.getMessage());
		}
	}

	private void writeLedger(Final entry) {
		ledger.put(entry.reportId(), entry);
		Properties p = new Properties();
		p.setProperty("reportId", entry.reportId());
		p.setProperty("controlId", entry.controlId());
		p.setProperty("acknowledgedAt", Instant.now().toString());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			p.store(out, "SpineRad RIS outbox: the RIS acknowledged this report's final; it is never sent again");
			AtomicFiles.write(finals.resolve(fileName(entry.reportId()) + SUFFIX), out.toByteArray());
		} catch (IOException e) {
			// repaired from the message files at the next start
			LOG.log(Level.ERROR, "The RIS outbox cannot record the final of a report: " + e.getMessage());
		}
	}

	/** @return a safe file name for a report id: the id itself when harmless, else a hash */
	static String fileName(String reportId) {
		if (SAFE_NAME.matcher(reportId).matches()) {
			return reportId;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(reportId.getBytes(StandardCharsets.UTF_8));
			return "h-" + HexFormat.of().formatHex(hash);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	// ---------------------------------------------------------------- life cycle

	private void checkOpen() throws RisException {
		if (closed) {
			throw new RisException("The RIS outbox " + folder + " is closed");
		}
	}

	/** Records a change for the listeners, in the order of the changes (holds the lock). */
	private void emit(OutboxItem item) {
		pending.add(item.snapshot());
	}

	/**
	 * Hands recorded changes to the listeners, outside the outbox lock and one
	 * thread at a time, so listeners see the changes of an entry in order.
	 */
	private void dispatch() {
		while (dispatching.tryLock()) {
			try {
				while (true) {
					OutboxEntry event;
					lock.lock();
					try {
						event = pending.poll();
					} finally {
						lock.unlock();
					}
					if (event == null) {
						break;
					}
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
			lock.lock();
			try {
				if (pending.isEmpty()) {
					return; // else a change came in while another thread was turned away: hand it on
				}
			} finally {
				lock.unlock();
			}
		}
	}

	/**
	 * Stops delivery (an attempt under way is cut short and repeated at the next
	 * start) and releases the folder.
	 */
	@Override
	public void close() {
		Thread thread;
		lock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			thread = deliverer;
			changed.signalAll();
		} finally {
			lock.unlock();
		}
		transport.abort();
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			fileLock.release();
		} catch (IOException e) {
			// the channel is closed next, which releases it too
		}
		closeQuietly(lockChannel);
	}
}
