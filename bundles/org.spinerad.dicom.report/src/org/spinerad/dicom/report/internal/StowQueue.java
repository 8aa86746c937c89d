package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.spinerad.dicom.report.QueuedSend;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.io.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The durable failed-send queue: a folder with one {@code <SOP Instance
 * UID>.dcm} per SR the PACS did not take, and a {@code .json} beside it with
 * attempts and the last reason. Files are written atomically (whole or not at
 * all) and forced to disk, so a crash loses nothing that was queued. The
 * folder is the system property {@value #QUEUE_PROPERTY}, else
 * {@code dicom/stow-failed/} in the workspace.
 */
public final class StowQueue {

	/** System property naming the queue folder. */
	public static final String QUEUE_PROPERTY = "spinerad.stow.queue";

	private static final Pattern UID = Pattern.compile("[0-9.]{1,64}");

	private final Path folder;
	private final Clock clock;

	/** A queue in a folder (created when the first entry is added). */
	public StowQueue(Path folder) {
		this(folder, Clock.systemUTC());
	}

	/** A queue in a folder, with a clock for the failure times. */
	public StowQueue(Path folder, Clock clock) {
		this.folder = folder.toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** @return the queue of the default folder (see the class comment) */
	public static StowQueue defaultQueue() {
		return new StowQueue(Workspace.folder(QUEUE_PROPERTY, "dicom/stow-failed"));
	}

	/** @return the folder */
	public Path folder() {
		return folder;
	}

	/**
	 * Queues an SR, or records one more failure when it is queued already.
	 *
	 * @return the entry
	 */
	public synchronized QueuedSend add(byte[] part10, String sopInstanceUid, String reportId, String reason)
			throws IOException {
		check(sopInstanceUid);
		Files.createDirectories(folder);
		Path dcm = folder.resolve(sopInstanceUid + ".dcm");
		QueuedSend previous = Files.exists(dcm) ? entry(dcm) : null;
		if (previous == null) {
			AtomicFiles.write(dcm, part10);
		}
		Instant now = clock.instant();
		QueuedSend entry = new QueuedSend(dcm, sopInstanceUid, previous != null ? previous.reportId() : reportId,
				previous != null ? previous.attempts() + 1 : 1, previous != null ? previous.firstFailure() : now, now,
				oneLine(reason));
		writeMeta(entry);
		return entry;
	}

	/** Records another failed attempt of a queued SR. */
	public synchronized QueuedSend failedAgain(QueuedSend entry, String reason) throws IOException {
		QueuedSend current = entry(entry.file());
		QueuedSend updated = new QueuedSend(current.file(), current.sopInstanceUid(), current.reportId(),
				current.attempts() + 1, current.firstFailure(), clock.instant(), oneLine(reason));
		writeMeta(updated);
		return updated;
	}

	/** @return the queued SRs, oldest first failure first */
	public synchronized List<QueuedSend> list() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<QueuedSend> entries = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".dcm")).sorted().toList()) {
				entries.add(entry(p));
			}
		}
		entries.sort(Comparator.comparing(QueuedSend::firstFailure).thenComparing(QueuedSend::sopInstanceUid));
		return entries;
	}

	/** @return the Part 10 bytes of a queued SR */
	public byte[] read(QueuedSend entry) throws IOException {
		return Files.readAllBytes(entry.file());
	}

	/** Removes a queued SR (after it was stored). */
	public synchronized void remove(QueuedSend entry) throws IOException {
		Files.deleteIfExists(meta(entry.file()));
		Files.deleteIfExists(entry.file());
	}

	private QueuedSend entry(Path dcm) throws IOException {
		String name = dcm.getFileName().toString();
		String uid = name.substring(0, name.length() - ".dcm".length());
		Path meta = meta(dcm);
		Instant modified = Files.getLastModifiedTime(dcm).toInstant();
		if (!Files.exists(meta)) {
			// the SR was written but the crash came before its notes: still queued
			return new QueuedSend(dcm, uid, null, 1, modified, modified, "unknown (no notes were written)");
		}
		try {
			JsonNode n = Json.MAPPER.readTree(Files.readString(meta, StandardCharsets.UTF_8));
			return new QueuedSend(dcm, uid, text(n, "reportId"), n.path("attempts").asInt(1),
					instant(n, "firstFailure", modified), instant(n, "lastFailure", modified), text(n, "reason"));
		} catch (IOException | RuntimeException e) {
			return new QueuedSend(dcm, uid, null, 1, modified, modified, "unknown (unreadable notes: " + e + ")");
		}
	}

	private void writeMeta(QueuedSend entry) throws IOException {
		ObjectNode n = Json.MAPPER.createObjectNode();
		n.put("sopInstanceUid", entry.sopInstanceUid());
		n.put("reportId", entry.reportId());
		n.put("attempts", entry.attempts());
		n.put("firstFailure", entry.firstFailure().toString());
		n.put("lastFailure", entry.lastFailure().toString());
		n.put("reason", entry.reason());
		AtomicFiles.write(meta(entry.file()),
				Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
	}

	private static Path meta(Path dcm) {
		String name = dcm.getFileName().toString();
		return dcm.resolveSibling(name.substring(0, name.length() - ".dcm".length()) + ".json");
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n.get(field);
		return v == null || v.isNull() ? null : v.asText();
	}

	private static Instant instant(JsonNode n, String field, Instant fallback) {
		try {
			return Instant.parse(n.path(field).asText());
		} catch (RuntimeException e) {
			return fallback;
		}
	}

	private static String oneLine(String reason) {
		return reason == null ? "unknown" : reason.replaceAll("\\s+", " ").strip();
	}

	private static void check(String uid) throws NoSuchFileException {
		if (uid == null || !UID.matcher(uid).matches()) {
			throw new IllegalArgumentException("not a UID: '" + uid + "'");
		}
	}

	/** Jackson's mapper, made when an entry is first read or written, not when the PACS service starts. */
	private static final class Json {
		static final ObjectMapper MAPPER = new ObjectMapper();
	}
}
