package org.spinerad.templates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.spinerad.model.io.AtomicFiles;
import org.spinerad.templates.TemplateError;

/**
 * The publication record of one template's department folder:
 * {@code publish.properties} holds the last version number and
 * {@code history/<n>/} what each version changed. Publishing and reverting run
 * under a lock on {@code .publish.lock} in the folder, held against other
 * processes (a file lock) and against other threads of this process (a lock per
 * folder, because a JVM holds a file lock for all its threads), so two
 * publications never get the same number. Numbers are never reused: a revert
 * is a publication too.
 */
final class Publications {

	static final String COUNTER = "publish.properties";
	private static final String LOCK_FILE = ".publish.lock";
	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	/** Work done while the folder is locked, given the number of the new version. */
	interface Change {
		void apply(Path dir, int version) throws IOException;
	}

	private final Path dir;
	private final String displayName;

	/**
	 * @param dir         the department folder of one template
	 * @param displayName how to name the template in messages
	 */
	Publications(Path dir, String displayName) {
		this.dir = dir;
		this.displayName = displayName;
	}

	/**
	 * @return the number of the last publication, 0 before the first
	 * @throws TemplateError when {@code publish.properties} exists but cannot be read
	 */
	int last() throws TemplateError {
		int recorded = 0;
		Path file = dir.resolve(COUNTER);
		if (Files.exists(file)) {
			Properties p = new Properties();
			try (InputStream in = Files.newInputStream(file)) {
				p.load(in);
				recorded = Integer.parseInt(p.getProperty("published", "").strip());
			} catch (IOException | IllegalArgumentException e) {
				throw new TemplateError(displayName, 0, 0, null, "the publication counter " + file
						+ " cannot be read (" + e.getMessage() + "); nothing is published until it is repaired:"
						+ " write published=" + Math.max(1, highestInHistory()) + " (the highest number under "
						+ dir.resolve("history") + ") into it", e);
			}
		}
		return Math.max(recorded, highestInHistory());
	}

	/** @return the last publication number for display, from the history when the counter cannot be read */
	int lastForDisplay() {
		try {
			return last();
		} catch (TemplateError e) {
			return highestInHistory();
		}
	}

	private int highestInHistory() {
		Path history = dir.resolve("history");
		if (!Files.isDirectory(history)) {
			return 0;
		}
		try (Stream<Path> entries = Files.list(history)) {
			return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9]{1,9}"))
					.mapToInt(Integer::parseInt).max().orElse(0);
		} catch (IOException e) {
			return 0;
		}
	}

	/**
	 * Records a new version under the folder lock: its number is one above every
	 * number used before, its {@code history/<n>/published.properties} says who
	 * changed which file how, then the change is applied and the counter written.
	 *
	 * @return the number of the new version
	 */
	int publish(String file, String action, String author, String basedOn, Change change) throws TemplateError {
		ReentrantLock local = IN_PROCESS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new ReentrantLock());
		local.lock();
		try {
			Files.createDirectories(dir);
			try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				int next = last() + 1;
				Path history = dir.resolve("history").resolve(String.valueOf(next));
				Properties info = new Properties();
				info.setProperty("author", author == null ? "" : author);
				info.setProperty("time", Instant.now().toString());
				info.setProperty("file", file);
				info.setProperty("action", action);
				info.setProperty("basedOn", basedOn);
				change.apply(dir, next);
				AtomicFiles.write(history.resolve("published.properties"), store(info));
				Properties counter = new Properties();
				counter.setProperty("published", String.valueOf(next));
				AtomicFiles.write(dir.resolve(COUNTER), store(counter));
				return next;
			}
		} catch (IOException e) {
			throw new TemplateError(displayName, 0, 0, null,
					"cannot be written to " + dir + ": " + e.getMessage() + "; check that the folder is writable", e);
		} finally {
			local.unlock();
		}
	}

	private static byte[] store(Properties p) throws IOException {
		StringWriter out = new StringWriter();
		p.store(out, null);
		return out.toString().getBytes(StandardCharsets.ISO_8859_1);
	}
}
