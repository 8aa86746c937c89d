package org.spinerad.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.spinerad.model.io.AtomicFiles;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreException;

/**
 * Versions of reports in the file store: {@code history/<id>/<version>.xmi}
 * with {@code <version>.properties} (who, where, when). The newest is the
 * report's current version. A report saved before versions were kept counts as
 * version 1. Saves take {@code store.lock}, so two processes on one folder
 * cannot both win.
 */
final class FileHistory {

	private static final Object JVM_LOCK = new Object();

	private final Path root;

	FileHistory(Path root) {
		this.root = root;
	}

	interface Locked<T> {
		T run() throws StoreException;
	}

	/** Runs an action holding the store's lock (this JVM and other processes). */
	<T> T locked(Locked<T> action) throws StoreException {
		synchronized (JVM_LOCK) {
			try {
				Files.createDirectories(root);
				try (FileChannel channel = FileChannel.open(root.resolve("store.lock"), StandardOpenOption.CREATE,
						StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
					return action.run();
				}
			} catch (IOException e) {
				throw new StoreException("The store folder " + root + " cannot be locked: " + e.getMessage()
						+ "; check that it is writable", e);
			}
		}
	}

	private Path folder(String id) {
		return root.resolve("history").resolve(id);
	}

	/** @return versions kept for a report, oldest first (empty for a report saved before versions were kept) */
	List<Revision> kept(String id) throws StoreException {
		List<Revision> result = new ArrayList<>();
		Path folder = folder(id);
		if (!Files.isDirectory(folder)) {
			return result;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
			for (Path file : files) {
				result.add(read(file));
			}
		} catch (IOException e) {
			throw new StoreException("The history of report " + id + " in " + folder + " cannot be read: "
					+ e.getMessage(), e);
		}
		result.sort(Comparator.comparingLong(Revision::version));
		return result;
	}

	private static Revision read(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(in);
		}
		String name = file.getFileName().toString();
		long version = Long.parseLong(name.substring(0, name.length() - ".properties".length()));
		return new Revision(version, new Actor(p.getProperty("user"), p.getProperty("workstation")),
				Instant.parse(p.getProperty("at")));
	}

	/** @return the version of a report file that has no history: version 1, at the file's time */
	static Revision legacy(Path reportFile) throws IOException {
		return new Revision(1, new Actor("", ""), Files.getLastModifiedTime(reportFile).toInstant());
	}

	byte[] bytes(String id, long version) throws StoreException {
		try {
			return Files.readAllBytes(folder(id).resolve(version + ".xmi"));
		} catch (NoSuchFileException e) {
			throw new StoreException("Report " + id + " has no stored version " + version);
		} catch (IOException e) {
			throw new StoreException("Version " + version + " of report " + id + " cannot be read: "
					+ e.getMessage(), e);
		}
	}

	void append(String id, Revision revision, byte[] xmi) throws StoreException {
		Path folder = folder(id);
		try {
			Files.createDirectories(folder);
			AtomicFiles.write(folder.resolve(revision.version() + ".xmi"), xmi);
			Properties p = new Properties();
			p.setProperty("user", revision.by().user());
			p.setProperty("workstation", revision.by().workstation());
			p.setProperty("at", revision.modifiedAt().toString());
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			try (OutputStream o = out) {
				p.store(o, null);
			}
			AtomicFiles.write(folder.resolve(revision.version() + ".properties"), out.toByteArray());
		} catch (IOException e) {
			throw new StoreException("Version " + revision.version() + " of report " + id + " cannot be written to "
					+ folder + ": " + e.getMessage(), e);
		}
	}

	void delete(String id) throws IOException {
		Path folder = folder(id);
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (Path file : files) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}
}
