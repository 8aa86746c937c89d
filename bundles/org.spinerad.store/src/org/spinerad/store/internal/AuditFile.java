package org.spinerad.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.store.Actor;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.StoreException;

/**
 * The audit trail of the folder store: {@code audit.log}, one tab-separated
 * line per action (time, report, action, user, workstation, detail), only
 * ever appended and forced to disk. Tabs and line breaks in values are
 * escaped.
 */
final class AuditFile {

	private final Path file;

	AuditFile(Path root) {
		this.file = root.resolve("audit.log");
	}

	synchronized void append(String id, String action, Actor actor, String detail) throws StoreException {
		String line = String.join("\t", Instant.now().toString(), escape(id), escape(action), escape(actor.user()),
				escape(actor.workstation()), escape(detail)) + "\n";
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
				out.force(false);
			}
		} catch (IOException e) {
			throw new StoreException("The audit trail " + file + " cannot be written: " + e.getMessage()
					+ "; check that the store folder is writable", e);
		}
	}

	List<AuditEntry> read(String id) throws StoreException {
		List<AuditEntry> result = new ArrayList<>();
		if (!Files.exists(file)) {
			return result;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] f = line.split("\t", -1);
				if (f.length == 6 && unescape(f[1]).equals(id)) {
					result.add(new AuditEntry(Instant.parse(f[0]), id, unescape(f[2]),
							new Actor(unescape(f[3]), unescape(f[4])), unescape(f[5])));
				}
			}
		} catch (IOException | RuntimeException e) {
			throw new StoreException("The audit trail " + file + " cannot be read: " + e.getMessage(), e);
		}
		return result;
	}

	private static String escape(String s) {
		return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String unescape(String s) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char n = s.charAt(++i);
				out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
