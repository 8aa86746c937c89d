package org.spinerad.dictation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running {@code pocketsphinx_batch} for one grammar: the acoustic model
 * and the grammar are loaded once, then each utterance is handed over as a
 * line of its control input (a raw 16 kHz mono file in a private folder) and
 * its hypothesis is read back. The whole audio is one utterance, so a pause
 * inside a phrase never splits it. A decoder that does not answer in time is
 * killed; the next utterance starts a new one.
 */
final class BatchDecoder implements AutoCloseable {

	/** A hypothesis line: words, then the utterance id and the path score in parentheses. */
	private static final Pattern HYPOTHESIS = Pattern.compile("^(.*?)\\s*\\((\\S+)\\s+(-?\\d+)\\)\\s*$");
	private static final String END = "\u0000end";

	private final Process process;
	private final Writer control;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final Path audio;
	private int utterance;

	/** What the decoder heard, with its path score (0 when nothing). */
	record Heard(String text, long score) {
	}

	BatchDecoder(String program, Path model, Path grammarFolder, List<String> tuning) throws IOException {
		audio = Files.createTempDirectory("spinerad-utterance-");
		List<String> command = new ArrayList<>(List.of(program, "-ctl", "/dev/stdin", "-adcin", "yes", "-adchdr", "0",
				"-cepdir", audio.toString(), "-cepext", ".raw", "-samprate", "16000", "-hyp", "/dev/stdout",
				"-jsgf", grammarFolder.resolve("phrases.gram").toString(), "-dict", grammarFolder.resolve("phrases.dict").toString(),
				"-hmm", model.toString(), "-logfn", "/dev/null"));
		command.addAll(tuning);
		process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		control = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
		Thread reader = new Thread(this::read, "speech decoder output");
		reader.setDaemon(true);
		reader.start();
	}

	private void read() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lines.add(line);
			}
		} catch (IOException e) {
			// the decoder was stopped
		} finally {
			lines.add(END);
		}
	}

	boolean alive() {
		return process.isAlive();
	}

	/**
	 * Decodes 16-bit little-endian samples at 16 kHz.
	 *
	 * @throws IOException when the decoder ended or did not answer within the time limit (it is then killed)
	 */
	Heard decode(byte[] samples, long timeoutMillis) throws IOException {
		String id = "u" + ++utterance;
		Path file = audio.resolve(id + ".raw");
		Files.write(file, samples);
		try {
			control.write(id + "\n");
			control.flush();
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
			while (true) {
				long left = deadline - System.nanoTime();
				String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
				if (line == null) {
					close();
					throw new IOException("the speech recognizer did not finish within " + timeoutMillis / 1000
							+ " s and was stopped; try a shorter phrase");
				}
				if (line == END) {
					close();
					throw new IOException("the speech recognizer stopped unexpectedly (exit "
							+ (process.isAlive() ? "unknown" : process.exitValue()) + ")");
				}
				Matcher m = HYPOTHESIS.matcher(line);
				if (m.matches() && m.group(2).equals(id)) {
					return new Heard(m.group(1).strip(), Long.parseLong(m.group(3)));
				}
			}
		} catch (InterruptedException e) {
			close();
			Thread.currentThread().interrupt();
			throw new IOException("speech recognition was interrupted", e);
		} finally {
			Files.deleteIfExists(file);
		}
	}

	@Override
	public void close() {
		process.destroyForcibly();
		try {
			control.close();
		} catch (IOException e) {
			// already gone
		}
		try {
			Files.deleteIfExists(audio);
		} catch (IOException e) {
			// an utterance file is still being written; the folder is empty otherwise
		}
	}
}
