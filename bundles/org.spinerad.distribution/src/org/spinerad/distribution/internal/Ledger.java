package org.spinerad.distribution.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.model.io.AtomicFiles;

/**
 * The durable record of distribution: one {@code <report id>.properties} per
 * report with its latest signed step and one state per channel, written
 * atomically (whole or not at all) and forced to disk.
 */
final class Ledger {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
	private static final String SUFFIX = ".properties";
	private static final String BASELINE = "started-at";

	/** The recorded step of one report and its channel states, in channel order. */
	record Entry(String step, List<ChannelState> states) {
	}

	private final Path folder;

	Ledger(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	Path folder() {
		return folder;
	}

	private Path file(String reportId) {
		if (reportId == null || !SAFE_ID.matcher(reportId).matches()) {
			throw new IllegalArgumentException("'" + reportId + "' is not a report id");
		}
		return folder.resolve(reportId + SUFFIX);
	}

	synchronized Optional<Entry> read(String reportId) {
		Path file = file(reportId);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try {
			p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException("The distribution record " + file + " cannot be read: " + e.getMessage(), e);
		}
		String step = p.getProperty("step", "");
		List<ChannelState> states = new ArrayList<>();
		for (String channel : p.getProperty("channels", "").split(",")) {
			if (channel.isBlank()) {
				continue;
			}
			Stage stage;
			try {
				stage = Stage.valueOf(p.getProperty(channel + ".stage", "PENDING"));
			} catch (IllegalArgumentException e) {
				stage = Stage.PENDING;
			}
			states.add(new ChannelState(reportId, channel, p.getProperty(channel + ".label"), step, stage,
					p.getProperty(channel + ".detail"), instant(p.getProperty(channel + ".at"))));
		}
		return Optional.of(new Entry(step, List.copyOf(states)));
	}

	private static Instant instant(String value) {
		try {
			return value == null ? null : Instant.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Replaces the record of a report with a new step and its states. */
	synchronized void write(String reportId, String step, List<ChannelState> states) throws IOException {
		Properties p = new Properties();
		p.setProperty("step", step);
		p.setProperty("channels", String.join(",", states.stream().map(ChannelState::channel).toList()));
		for (ChannelState s : states) {
			p.setProperty(s.channel() + ".label", s.label());
			p.setProperty(s.channel() + ".stage", s.stage().name());
			p.setProperty(s.channel() + ".detail", s.detail());
			p.setProperty(s.channel() + ".at", s.at().toString());
		}
		StringWriter text = new StringWriter();
		p.store(text, "distribution of report " + reportId);
		Files.createDirectories(folder);
		AtomicFiles.write(file(reportId), text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Records a channel's new state, unless the report has moved on to another step since.
	 *
	 * @return whether it was recorded
	 */
	synchronized boolean update(ChannelState state) throws IOException {
		Optional<Entry> entry = read(state.reportId());
		if (entry.isEmpty() || !entry.get().step().equals(state.step())) {
			return false;
		}
		List<ChannelState> states = new ArrayList<>(entry.get().states());
		boolean known = states.stream().anyMatch(s -> s.channel().equals(state.channel()));
		if (known) {
			states.replaceAll(s -> s.channel().equals(state.channel()) ? state : s);
		} else {
			states.add(state);
		}
		write(state.reportId(), state.step(), states);
		return true;
	}

	/**
	 * @return when this ledger was started: signed steps older than that were sent
	 *         before the distribution service existed and are not recovered
	 */
	synchronized Instant baseline() throws IOException {
		Path file = folder.resolve(BASELINE);
		if (Files.isRegularFile(file)) {
			try {
				return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
			} catch (DateTimeParseException e) {
				throw new IOException("The start time in " + file + " is unreadable; delete the file to start anew", e);
			}
		}
		Instant now = Instant.now();
		Files.createDirectories(folder);
		AtomicFiles.write(file, now.toString().getBytes(StandardCharsets.UTF_8));
		return now;
	}

	/** @return the ids of every recorded report */
	synchronized List<String> reportIds() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
					.map(n -> n.substring(0, n.length() - SUFFIX.length())).filter(id -> SAFE_ID.matcher(id).matches())
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("The distribution folder " + folder + " cannot be listed: " + e.getMessage(), e);
		}
	}
}
