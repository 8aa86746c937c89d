package org.spinerad.fhir.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.io.Workspace;

/**
 * The durable FHIR queue: a folder with, per report step, the transaction
 * Bundle ({@code <key>.json}) and its delivery state ({@code <key>.state}).
 * Both are written atomically and forced to disk before {@link #add} returns,
 * so a queued step survives a crash. The folder is the system property
 * {@value #FOLDER_PROPERTY}, else {@code fhir/outbox/} in the workspace.
 */
public final class FhirOutbox {

	/** System property naming the folder. */
	public static final String FOLDER_PROPERTY = "spinerad.fhir.outbox";

	/** Where one queued step stands. */
	public enum State {
		/** Waiting for its first or next attempt. */
		QUEUED,
		/** An attempt is under way (found so at start: sent again, PUTs are idempotent). */
		SENDING,
		/** The server answered the transaction with success. */
		DELIVERED,
		/** The server refused it (a 4xx answer); the reason is kept. */
		REJECTED,
		/** Stopped by the user, or superseded by a later step of the same report. */
		CANCELLED
	}

	/**
	 * One queued step.
	 *
	 * @param key         the file name stem: report resource id and step
	 * @param reportId    the report
	 * @param step        P, F, C1, C2, ...
	 * @param state       where it stands
	 * @param attempts    attempts made
	 * @param detail      the last error or the server's answer, or empty
	 * @param queuedAt    when it was queued
	 * @param nextAttempt when it may be tried next
	 */
	public record Entry(String key, String reportId, String step, State state, int attempts, String detail,
			Instant queuedAt, Instant nextAttempt) {

		Entry with(State newState, int newAttempts, String newDetail, Instant next) {
			return new Entry(key, reportId, step, newState, newAttempts, newDetail, queuedAt, next);
		}

		/** @return whether it still waits for delivery */
		public boolean pending() {
			return state == State.QUEUED || state == State.SENDING;
		}
	}

	private final Path folder;

	/** A queue in a folder (created when the first step is added). */
	public FhirOutbox(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** @return the queue in the default folder (see the class comment) */
	public static FhirOutbox defaultOutbox() {
		return new FhirOutbox(Workspace.folder(FOLDER_PROPERTY, "fhir/outbox"));
	}

	/** @return the folder */
	public Path folder() {
		return folder;
	}

	/**
	 * Queues a step, unless the same step is queued or delivered already (then
	 * that entry is returned and nothing is sent twice). Earlier steps of the
	 * report still waiting are cancelled: the newer Bundle carries the whole
	 * report, and an older one must never arrive after it.
	 */
	public synchronized Entry add(String reportId, String step, String bundleJson) throws IOException {
		String key = FhirReportBuilder.reportResourceId(reportId) + "_" + step;
		Optional<Entry> existing = find(key);
		if (existing.isPresent() && existing.get().state() != State.REJECTED
				&& existing.get().state() != State.CANCELLED) {
			return existing.get();
		}
		for (Entry older : entries(reportId)) {
			if (older.pending() && !older.key().equals(key)) {
				write(older.with(State.CANCELLED, older.attempts(), "superseded by step " + step, older.nextAttempt()));
			}
		}
		Files.createDirectories(folder);
		AtomicFiles.write(folder.resolve(key + ".json"), bundleJson.getBytes(StandardCharsets.UTF_8));
		Instant now = Instant.now();
		Entry entry = new Entry(key, reportId, step, State.QUEUED, 0, "", now, now);
		write(entry);
		return entry;
	}

	/** @return the Bundle of an entry */
	public String bundle(Entry entry) throws IOException {
		return Files.readString(folder.resolve(entry.key() + ".json"), StandardCharsets.UTF_8);
	}

	/** Records a new state. */
	public synchronized void write(Entry e) throws IOException {
		Properties p = new Properties();
		p.setProperty("reportId", e.reportId());
		p.setProperty("step", e.step());
		p.setProperty("state", e.state().name());
		p.setProperty("attempts", Integer.toString(e.attempts()));
		p.setProperty("detail", e.detail());
		p.setProperty("queuedAt", e.queuedAt().toString());
		p.setProperty("nextAttempt", e.nextAttempt().toString());
		StringWriter w = new StringWriter();
		p.store(w, null);
		Files.createDirectories(folder);
		AtomicFiles.write(folder.resolve(e.key() + ".state"), w.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** @return the entry of a key, if queued */
	public synchronized Optional<Entry> find(String key) throws IOException {
		Path file = folder.resolve(key + ".state");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		return Optional.of(new Entry(key, p.getProperty("reportId", ""), p.getProperty("step", ""),
				State.valueOf(p.getProperty("state", "QUEUED")), Integer.parseInt(p.getProperty("attempts", "0")),
				p.getProperty("detail", ""), Instant.parse(p.getProperty("queuedAt")),
				Instant.parse(p.getProperty("nextAttempt"))));
	}

	/** @return every entry, oldest first */
	public synchronized List<Entry> entries() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Entry> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".state")).toList()) {
				String name = f.getFileName().toString();
				find(name.substring(0, name.length() - ".state".length())).ifPresent(out::add);
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		out.sort(Comparator.comparing(Entry::queuedAt).thenComparing(Entry::key));
		return out;
	}

	/** @return the entries of one report, oldest first */
	public List<Entry> entries(String reportId) throws IOException {
		return entries().stream().filter(e -> e.reportId().equals(reportId)).toList();
	}

	/** After a crash: attempts that were under way are queued again. */
	public synchronized void recover() throws IOException {
		for (Entry e : entries()) {
			if (e.state() == State.SENDING) {
				write(e.with(State.QUEUED, e.attempts(), "interrupted; sent again", Instant.now()));
			}
		}
	}
}
