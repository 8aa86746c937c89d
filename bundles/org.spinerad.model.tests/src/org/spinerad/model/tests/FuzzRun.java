package org.spinerad.model.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIO.Format;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Validation;
import org.spinerad.samples.SampleCases;

/**
 * Runs mutated example reports through reading, validation, an optional
 * extra step (rendering) and conversion to both formats, each run in its own
 * thread under a time limit, and counts the outcomes. Used by a bounded test
 * and by the fuzz harness in releng/benchmarks.
 */
public final class FuzzRun {

	/** The outcome of one mutated input. */
	public enum Outcome {
		/** Read, validated, rendered and converted. */
		OK,
		/** Refused with a {@link ReportIOException}. */
		USER_ERROR,
		/** Any other exception or error: a fault of the program. */
		INTERNAL_ERROR,
		/** Did not finish within the time limit. */
		HANG,
		/** The input file changed. */
		INPUT_CHANGED
	}

	private final Path dir;
	private final Consumer<Report> extraStep;
	private final long limitMillis;
	private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
	private String firstInternal;

	/**
	 * @param dir       a folder for the input and output files
	 * @param extraStep run on every report read, e.g. rendering; may be null
	 */
	public FuzzRun(Path dir, Consumer<Report> extraStep, long limitMillis) {
		this.dir = dir;
		this.extraStep = extraStep;
		this.limitMillis = limitMillis;
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0);
		}
	}

	/** Runs a number of mutations of the example cases, alternating JSON and XMI. */
	public Map<Outcome, Integer> run(long seed, int mutations, String catcher) throws Exception {
		Mutations mutator = new Mutations(seed, catcher);
		List<String> ids = SampleCases.IDS;
		String[][] sources = new String[ids.size()][2];
		for (int i = 0; i < ids.size(); i++) {
			Report report = SampleCases.load(ids.get(i));
			sources[i][0] = new String(ReportIO.toBytes(report, Format.JSON), StandardCharsets.UTF_8);
			sources[i][1] = new String(ReportIO.toBytes(report, Format.XMI), StandardCharsets.UTF_8);
		}
		for (int n = 0; n < mutations; n++) {
			Format format = n % 2 == 0 ? Format.JSON : Format.XMI;
			String source = sources[n / 2 % ids.size()][n % 2];
			Outcome outcome = once(mutator.mutate(source, format).getBytes(StandardCharsets.UTF_8), format, n);
			counts.merge(outcome, 1, Integer::sum);
		}
		return counts;
	}

	/** @return the first internal error, with the mutation number, or null */
	public String firstInternal() {
		return firstInternal;
	}

	private Outcome once(byte[] input, Format format, int n) throws Exception {
		Path in = dir.resolve("in-" + n + "." + format.extension());
		Files.write(in, input);
		ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "fuzz-" + n);
			thread.setDaemon(true);
			return thread;
		});
		Future<Outcome> future = worker.submit(() -> process(in, n));
		Outcome outcome;
		try {
			outcome = future.get(limitMillis, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			outcome = Outcome.HANG;
		} finally {
			worker.shutdownNow();
		}
		if (outcome != Outcome.HANG && !Arrays.equals(input, Files.readAllBytes(in))) {
			outcome = Outcome.INPUT_CHANGED;
		}
		if (outcome == Outcome.OK || outcome == Outcome.USER_ERROR) {
			Files.deleteIfExists(in);
		}
		return outcome;
	}

	private Outcome process(Path in, int n) {
		try {
			Report report = ReportIO.read(in);
			Validation.validate(report, Phase.SIGNING);
			if (extraStep != null) {
				extraStep.accept(report);
			}
			for (Format format : Format.values()) {
				Path out = dir.resolve("out-" + n + "." + format.extension());
				ReportIO.write(report, out);
				ReportIO.read(out);
				Files.delete(out);
			}
			return Outcome.OK;
		} catch (ReportIOException e) {
			return Outcome.USER_ERROR;
		} catch (Throwable e) {
			synchronized (this) {
				if (firstInternal == null) {
					StackTraceElement[] at = e.getStackTrace();
					firstInternal = "mutation " + n + " (" + in.getFileName() + "): " + e
							+ (at.length > 0 ? " at " + at[0] + (at.length > 1 ? " < " + at[1] : "") : "");
				}
			}
			return Outcome.INTERNAL_ERROR;
		}
	}
}
