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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.spinerad.model.io.AtomicFiles;
import org.spinerad.ris.RisException;

/**
 * The outbox on disk: {@code messages/<controlId>.properties} (one
 * {@link OutboxItem} each), {@code finals/<report>.properties} (the ledger of
 * finals the RIS acknowledged) and {@code .lock}, held while the store is open
 * so that only one process delivers from a folder. Every write is atomic and
 * forced to the device ({@link AtomicFiles}).
 */
final class OutboxStore implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(OutboxStore.class.getName());
	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
	private static final String SUFFIX = ".properties";

	private final Path folder;
	private final Path messages;
	private final Path finals;
	private final FileChannel lockChannel;
	private final FileLock fileLock;

	private OutboxStore(Path folder, FileChannel lockChannel, FileLock fileLock) {
		this.folder = folder;
		this.messages = folder.resolve("messages");
		this.finals = folder.resolve("finals");
		this.lockChannel = lockChannel;
		this.fileLock = fileLock;
	}

	/**
	 * Opens (and creates) the folder and takes its lock.
	 *
	 * @throws RisException when the folder cannot be used or another process holds it
	 */
	static OutboxStore open(Path folder) throws RisException {
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
			OutboxStore store = new OutboxStore(root, channel, fileLock);
			store.removeTemporaryFiles(store.messages);
			store.removeTemporaryFiles(store.finals);
			return store;
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
	Path folder() {
		return folder;
	}

	private void removeTemporaryFiles(Path dir) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
			for (Path file : files) {
				Files.deleteIfExists(file); // left by a crash in the middle of an atomic write
			}
		}
	}

	/** @return the ledger: control id of the acknowledged final by report id; unreadable files are skipped */
	Map<String, String> readLedger() throws IOException {
		Map<String, String> ledger = new LinkedHashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(finals, "*" + SUFFIX)) {
			for (Path file : files) {
				try {
					Properties p = new Properties();
					p.load(new ByteArrayInputStream(Files.readAllBytes(file)));
					String reportId = p.getProperty("reportId");
					String controlId = p.getProperty("controlId");
					if (reportId != null && controlId != null) {
						ledger.put(reportId, controlId);
					}
				} catch (IOException | IllegalArgumentException e) {
					LOG.log(Level.WARNING, "Skipping unreadable ledger file " + file.getFileName() + ": " + e.getMessage());
				}
			}
		}
		return ledger;
	}

	/** @return the messages on disk, in no order; unreadable files are skipped */
	List<OutboxItem> readMessages() throws IOException {
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
		return loaded;
	}

	/** Writes a message and its delivery record. */
	void write(OutboxItem item) throws IOException {
		AtomicFiles.write(messages.resolve(item.controlId + SUFFIX), item.toBytes());
	}

	/**
	 * Writes a message's record, or logs why it cannot: the change then holds in
	 * memory only, and after a restart the older record leads to a resend with the
	 * same control id, which the RIS drops as a duplicate.
	 */
	void writeQuietly(OutboxItem item) {
		try {
			write(item);
		} catch (IOException e) {
			LOG.log(Level.ERROR, "The RIS outbox cannot record message " + item.controlId + ": " + e.getMessage());
		}
	}

	/** Deletes a message's file. */
	void delete(OutboxItem item) throws IOException {
		Files.deleteIfExists(messages.resolve(item.controlId + SUFFIX));
	}

	/** Records that the RIS acknowledged a report's final; a failure is logged (repaired at the next start). */
	void writeLedger(String reportId, String controlId) {
		Properties p = new Properties();
		p.setProperty("reportId", reportId);
		p.setProperty("controlId", controlId);
		p.setProperty("acknowledgedAt", Instant.now().toString());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			p.store(out, "SpineRad RIS outbox: the RIS acknowledged this report's final; it is never sent again");
			AtomicFiles.write(ledgerFile(reportId), out.toByteArray());
		} catch (IOException e) {
			LOG.log(Level.ERROR, "The RIS outbox cannot record the final of a report: " + e.getMessage());
		}
	}

	/** @return whether the ledger entry of a report is on disk */
	boolean hasLedger(String reportId) {
		return Files.exists(ledgerFile(reportId));
	}

	private Path ledgerFile(String reportId) {
		return finals.resolve(fileName(reportId) + SUFFIX);
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

	/** Releases the folder. */
	@Override
	public void close() {
		try {
			fileLock.release();
		} catch (IOException e) {
			// the channel is closed next, which releases it too
		}
		closeQuietly(lockChannel);
	}
}
