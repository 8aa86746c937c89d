package org.spinerad.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The log of a command-line run. By default the framework writes its log with
 * the user's umask (often readable by everyone) into the configuration folder of
 * the installation, and starts each session with the full command line, which
 * holds report file names and options. For the command line the framework log
 * is sent instead to a file only its owner can read ({@code cli.log} in the
 * {@code .metadata} folder of the workspace), and the lines of the session header
 * that carry arguments are left out. Commands themselves never log: their
 * failures go to standard error (see {@link CommandLine}).
 */
final class PrivateLog {

	/** Header lines of a log session that carry the command line. */
	private static final String[] ARGUMENT_LINES = { "Framework arguments:", "Command-line arguments:" };
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private PrivateLog() {
	}

	/**
	 * Sends the framework log to a private file.
	 *
	 * @return a handle that sends the log back where it was (for tests); null when the
	 *         framework offers no log to redirect
	 * @throws IOException when the file cannot be made private
	 */
	static AutoCloseable install(BundleContext context, Path file) throws IOException {
		ServiceReference<FrameworkLog> reference = context.getServiceReference(FrameworkLog.class);
		FrameworkLog log = reference == null ? null : context.getService(reference);
		if (log == null) {
			return null;
		}
		File previous = log.getFile();
		restrict(previous == null ? null : previous.toPath());
		// not "append": that would move the previous log's content into this one and delete it
		log.setWriter(open(file), false);
		return () -> {
			try {
				log.setFile(previous, true);
			} finally {
				context.ungetService(reference);
			}
		};
	}

	/** @return the file of the command-line log in a workspace, or in the user's folder without one */
	static Path defaultFile(String instanceArea) {
		if (instanceArea != null && instanceArea.startsWith("file:")) {
			try {
				return Path.of(new URI(instanceArea.replace(" ", "%20"))).resolve(".metadata").resolve("cli.log");
			} catch (URISyntaxException | IllegalArgumentException e) {
				// not a usable file URI: fall back below
			}
		}
		return Path.of(System.getProperty("user.home"), ".spinerad", "cli.log");
	}

	/** Takes the rights of group and others away from a log file written before (best effort). */
	private static void restrict(Path file) {
		if (file != null && Files.isRegularFile(file) && posix()) {
			try {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			} catch (IOException | UnsupportedOperationException e) {
				// not ours to change; the new log is private in any case
			}
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/** Opens the log for appending, created (or reset) to owner-only rights. */
	static Writer open(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		FileChannel channel;
		if (posix()) {
			channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		} else {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.WRITE);
		}
		return new WithoutArguments(Channels.newWriter(channel, StandardCharsets.UTF_8));
	}

	/** Passes the log on line by line, leaving out the lines that carry the command line. */
	static final class WithoutArguments extends Writer {

		private final Writer target;
		private final StringBuilder line = new StringBuilder();

		WithoutArguments(Writer target) {
			this.target = target;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			for (int i = offset; i < offset + length; i++) {
				line.append(buffer[i]);
				if (buffer[i] == '\n') {
					emit();
				}
			}
		}

		private void emit() throws IOException {
			String text = line.toString();
			line.setLength(0);
			for (String prefix : ARGUMENT_LINES) {
				if (text.startsWith(prefix)) {
					return;
				}
			}
			target.write(text);
		}

		@Override
		public void flush() throws IOException {
			target.flush();
		}

		@Override
		public void close() throws IOException {
			if (!line.isEmpty()) {
				emit();
			}
			target.close();
		}
	}
}
