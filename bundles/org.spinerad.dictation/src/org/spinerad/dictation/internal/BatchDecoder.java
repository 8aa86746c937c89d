package org.spinerad.dictation.internal;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running {@code pocketsphinx_batch} for one grammar: the acoustic model
 * and the grammar are loaded once, then each utterance is handed over as a
 * line of its control input naming a named pipe in a private folder, and its
 * samples flow through that pipe while they are spoken. The decoder reads and
 * decodes them as they come, so when the speaker stops only the last moment
 * is left to decode; the hypothesis is read back when the pipe is closed. The
 * whole audio is one utterance, so a pause inside a phrase never splits it,
 * and nothing of it is written to disk. A decoder that does not answer in
 * time is killed; the next utterance starts a new one.
 */
final class BatchDecoder implements AutoCloseable {

	/**
	 * A hypothesis line with its segmentation: utterance id, {@code S} scale,
	 * {@code T} total, {@code A} acoustic and {@code L} grammar score, then for
	 * each word its start frame, acoustic score, grammar score and the word,
	 * and last the number of frames.
	 */
	private static final Pattern HYPOTHESIS = Pattern.compile("^(\\S+) S \\S+ T (-?\\d+) A -?\\d+ L -?\\d+ (.*)$");
	/** Another pronunciation of a word in the dictionary: {@code one(2)}. */
	private static final Pattern VARIANT = Pattern.compile("\\(\\d+\\)$");
	private static final String END = "\u0000end";
	private static final byte[] END_OF_AUDIO = new byte[0];
	/** A 10 ms frame of 16-bit samples at 16 kHz. */
	private static final int BYTES_PER_FRAME = 320;

	private final Process process;
	private final Writer control;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final Path audio;
	private int utterance;
	private Stream current;
	/** Set when stopped: the process may still be ending, but its folder is gone. */
	private volatile boolean closed;

	/**
	 * What the decoder heard.
	 *
	 * @param text         the words, empty when nothing
	 * @param score        the path score (0 when nothing)
	 * @param speechScore  the acoustic score of the words alone, without silence and noise
	 * @param speechFrames the 10 ms frames of those words
	 */
	record Heard(String text, long score, long speechScore, int speechFrames) {

		/** Reads a hypothesis with its segmentation (the part after the scores). */
		static Heard parse(long score, String segments) {
			String[] t = segments.strip().split("\\s+");
			List<String> words = new ArrayList<>();
			long acoustic = 0;
			int frames = 0;
			for (int i = 0; i + 4 < t.length; i += 4) {
				String word = t[i + 3];
				if (word.startsWith("<") || word.startsWith("(") || word.startsWith("[") || word.startsWith("+")) {
					continue; // silence, empty transitions, noise
				}
				words.add(VARIANT.matcher(word).replaceFirst(""));
				acoustic += Long.parseLong(t[i + 1]);
				frames += Integer.parseInt(t[i + 4]) - Integer.parseInt(t[i]);
			}
			return new Heard(String.join(" ", words), words.isEmpty() ? 0 : score, acoustic, frames);
		}
	}

	BatchDecoder(String program, Path model, Path grammarFolder, List<String> tuning) throws IOException {
		audio = Files.createTempDirectory("spinerad-utterance-");
		List<String> command = new ArrayList<>(List.of(program, "-ctl", "/dev/stdin", "-adcin", "yes", "-adchdr", "0",
				"-cepdir", audio.toString(), "-cepext", ".raw", "-samprate", "16000", "-hyp", "/dev/null", "-hypseg", "/dev/stdout",
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
		return !closed && process.isAlive();
	}

	/**
	 * Starts an utterance: its samples go to the decoder as they are written.
	 *
	 * @throws IOException when the decoder ended or another utterance is still open
	 */
	synchronized Stream open() throws IOException {
		return open(0);
	}

	/**
	 * Decodes a whole utterance at once, as the decoder does a file: the cepstral
	 * mean is taken over all of it instead of being estimated as it comes. The
	 * samples still go through a named pipe; its control line names their length
	 * in frames, which makes the decoder read them all before it decodes.
	 *
	 * @throws IOException when the decoder ended or did not answer within the time limit (it is then killed)
	 */
	Heard decodeWhole(byte[] samples, long timeoutMillis) throws IOException {
		Stream whole = open(samples.length / BYTES_PER_FRAME + 1);
		whole.write(samples, 0, samples.length);
		return whole.finish(timeoutMillis);
	}

	/** @param frames the length of the utterance in 10 ms frames, 0 when it is not known (decoded as it comes) */
	private synchronized Stream open(long frames) throws IOException {
		if (current != null && !current.done) {
			throw new IOException("the speech recognizer is still busy with the previous phrase; wait for it");
		}
		if (!alive()) {
			throw new IOException("the speech recognizer stopped unexpectedly; try again");
		}
		String id = "u" + ++utterance;
		Path pipe = audio.resolve(id + ".raw");
		run("mkfifo", "-m", "600", pipe.toString());
		control.write(frames > 0 ? id + " 0 " + frames + "\n" : id + "\n");
		control.flush();
		current = new Stream(id, pipe);
		return current;
	}

	private static void run(String... command) throws IOException {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (p.waitFor() != 0) {
				throw new IOException(String.join(" ", command) + " failed: " + out);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	/** One utterance on its way to the decoder. */
	final class Stream implements AutoCloseable {

		private final String id;
		private final Path pipe;
		private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
		private final Thread writer;
		private volatile boolean opened;
		private volatile boolean done;

		private Stream(String id, Path pipe) {
			this.id = id;
			this.pipe = pipe;
			writer = new Thread(this::pump, "speech decoder input");
			writer.setDaemon(true);
			writer.start();
		}

		/** Copies samples to the decoder's pipe in the order written; the caller never waits for the decoder. */
		private void pump() {
			try (OutputStream out = new FileOutputStream(pipe.toFile())) {
				opened = true;
				for (byte[] b = queue.take(); b != END_OF_AUDIO; b = queue.take()) {
					out.write(b);
				}
			} catch (IOException | InterruptedException e) {
				// the decoder was stopped; finish reports it
			} finally {
				try {
					Files.deleteIfExists(pipe);
				} catch (IOException e) {
					// the private folder goes with the decoder
				}
			}
		}

		/** Hands over 16-bit little-endian samples at 16 kHz. */
		void write(byte[] samples, int offset, int length) {
			if (!done && length > 0) {
				queue.add(Arrays.copyOfRange(samples, offset, offset + length));
			}
		}

		/**
		 * Ends the utterance and waits for its hypothesis.
		 *
		 * @throws IOException when the decoder ended or did not answer within the time limit (it is then killed)
		 */
		Heard finish(long timeoutMillis) throws IOException {
			queue.add(END_OF_AUDIO);
			try {
				long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
				while (true) {
					long left = deadline - System.nanoTime();
					String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
					if (line == null) {
						BatchDecoder.this.close();
						throw new IOException("the speech recognizer did not finish within " + timeoutMillis / 1000
								+ " s and was stopped; try a shorter phrase");
					}
					if (line == END) {
						BatchDecoder.this.close();
						throw new IOException("the speech recognizer stopped unexpectedly (exit "
								+ (process.isAlive() ? "unknown" : process.exitValue()) + ")");
					}
					Matcher m = HYPOTHESIS.matcher(line);
					if (m.matches() && m.group(1).equals(id)) {
						return Heard.parse(Long.parseLong(m.group(2)), m.group(3));
					}
				}
			} catch (InterruptedException e) {
				BatchDecoder.this.close();
				Thread.currentThread().interrupt();
				throw new IOException("speech recognition was interrupted", e);
			} finally {
				done = true;
			}
		}

		/** Drops the utterance: the decoder gets no more audio and its hypothesis is ignored. */
		@Override
		public void close() {
			if (!done) {
				done = true;
				queue.add(END_OF_AUDIO);
			}
		}

		/** Lets a writer still waiting for the decoder to open the pipe go (the decoder is gone). */
		private void release() {
			done = true;
			queue.add(END_OF_AUDIO);
			if (!opened && writer.isAlive()) {
				try (FileInputStream unblock = new FileInputStream(pipe.toFile())) {
					// opening the other end lets the waiting writer through
				} catch (IOException e) {
					// the pipe is already gone
				}
			}
		}
	}

	@Override
	public synchronized void close() {
		closed = true;
		process.destroyForcibly();
		if (current != null) {
			current.release();
		}
		try {
			control.close();
		} catch (IOException e) {
			// already gone
		}
		try {
			Files.deleteIfExists(audio);
		} catch (IOException e) {
			// an utterance pipe is still open; the folder is empty otherwise
		}
	}
}
