package org.spinerad.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.internal.Corpus;
import org.spinerad.dictation.internal.DictationService;
import org.spinerad.dictation.internal.Grammar;
import org.spinerad.dictation.internal.PhraseLanguage;
import org.spinerad.dictation.internal.SphinxRecognizer;
import org.spinerad.dictation.internal.Words;

/**
 * Spoken dictation end to end: each corpus phrase (every n-th) is synthesized
 * with espeak-ng in several voices and speeds, converted with sox to 16 kHz
 * mono, recognized by pocketsphinx with the template's grammar and
 * interpreted. Prints exact-edit accuracy, word accuracy and the latency from
 * the end of the audio to the edit (recognition plus interpretation).
 * Usage: DictationSpeech [every-nth-phrase, default 4]
 */
public final class DictationSpeech {

	private static final List<String> VOICES = List.of("en-us", "en-us+m3", "en-us+f2");
	private static final List<Integer> SPEEDS = List.of(140, 175);

	public static void main(String[] args) throws Exception {
		int every = args.length > 0 ? Integer.parseInt(args[0]) : 4;
		// SPINERAD_BENCH_AUDIO keeps the synthesized audio between runs (espeak-ng output is deterministic)
		String cache = System.getenv("SPINERAD_BENCH_AUDIO");
		Path dir = cache != null ? Files.createDirectories(Path.of(cache)) : Files.createTempDirectory("dictation-bench");
		SphinxRecognizer recognizer = new SphinxRecognizer();
		Map<String, PhraseLanguage> languages = new HashMap<>();
		List<Corpus.Case> all = Corpus.cases();
		int runs = 0, exact = 0, outside = 0;
		long words = 0, wordErrors = 0;
		List<Long> latencies = new ArrayList<>();
		Map<String, int[]> byVoice = new HashMap<>();
		for (int i = 0; i < all.size(); i += every) {
			Corpus.Case c = all.get(i);
			if (c.expected().equals("(nothing)")) {
				continue;
			}
			PhraseLanguage language = languages.computeIfAbsent(c.template(),
					t -> DictationService.load(Corpus.TEMPLATES.get(t)));
			Set<String> vocabulary = Grammar.vocabulary(Grammar.jsgf(language));
			String said = spoken(c.phrase());
			if (!vocabulary.containsAll(Arrays.asList(said.split(" ")))) {
				outside++; // words outside the grammar (kept in the remark when typed)
				continue;
			}
			for (String voice : VOICES) {
				for (int speed : SPEEDS) {
					Path wav = synthesize(dir, said, voice, speed, cache != null);
					long start = System.nanoTime();
					Recognition heard = recognizer.recognize(wav, language);
					String edits = Corpus.edits(Corpus.apply(c, language, heard.text()));
					latencies.add((System.nanoTime() - start) / 1_000_000);
					if (cache == null) {
						Files.delete(wav);
					}
					runs++;
					boolean ok = edits.equals(c.expected());
					exact += ok ? 1 : 0;
					byVoice.computeIfAbsent(voice + " " + speed, k -> new int[2])[ok ? 0 : 1]++;
					List<String> ref = List.of(said.split(" "));
					List<String> hyp = heard.text().isEmpty() ? List.of() : List.of(heard.text().split(" "));
					words += ref.size();
					wordErrors += distance(ref, hyp);
					if (!ok) {
						System.out.println("MISS [" + voice + " " + speed + "] said: " + said + "\n     heard: " + heard.text());
					}
				}
			}
		}
		latencies.sort(null);
		System.out.println("decoder settings: " + System.getProperty("spinerad.pocketsphinx.tuning", "(built in)"));
		System.out.printf("phrases spoken: %d runs (%d voices x %d speeds); %d phrases skipped (words outside the grammar)%n",
				runs, VOICES.size(), SPEEDS.size(), outside);
		System.out.printf("exact edit: %.1f %% (%d of %d)%n", 100.0 * exact / runs, exact, runs);
		System.out.printf("word accuracy: %.1f %%%n", 100.0 * (words - wordErrors) / words);
		System.out.printf("latency end of audio -> edit: p50 %d ms, p95 %d ms, max %d ms%n",
				latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)),
				latencies.get(latencies.size() - 1));
		byVoice.forEach((k, v) -> System.out.printf("  %-14s %d of %d exact%n", k, v[0], v[0] + v[1]));
	}

	/** How a radiologist says a typed phrase: numbers in words, disc levels as two vertebrae. */
	static String spoken(String typed) {
		List<String> tokens = Words.split(typed);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String t = tokens.get(i);
			if (t.equals("-") || t.equals("/")) {
				boolean numberNext = i + 1 < tokens.size() && tokens.get(i + 1).matches("\\d+");
				if (numberNext && i >= 2 && tokens.get(i - 2).matches("[ctls]")) {
					out.add(tokens.get(i - 2));
				}
				continue;
			}
			if (t.equals("mm")) {
				out.add("millimetres");
			} else if (t.matches("\\d+(\\.\\d+)?")) {
				out.addAll(List.of(Words.spoken(Double.parseDouble(t)).split(" ")));
			} else {
				out.add(t);
			}
		}
		return String.join(" ", out);
	}

	private static Path synthesize(Path dir, String text, String voice, int speed, boolean keep)
			throws IOException, InterruptedException {
		Path raw = dir.resolve("raw-" + ProcessHandle.current().pid() + ".wav");
		Path wav = dir.resolve(keep ? (text + " " + voice + " " + speed).replaceAll("[^a-z0-9+]+", "_") + ".wav" : "u.wav");
		if (keep && Files.exists(wav)) {
			return wav;
		}
		// abbreviations are said letter by letter, as the pronunciation dictionary has them
		String said = (" " + text + " ").replace(" dwi ", " D W I ").replace(" ap ", " A P ").replace(" csf ", " C S F ")
				.replace(" ct ", " C T ").replace(" cm ", " C M ").strip();
		run("espeak-ng", "-v", voice, "-s", Integer.toString(speed), "-w", raw.toString(), said);
		run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
		return wav;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (p.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed");
		}
	}

	private static int distance(List<String> a, List<String> b) {
		int[][] d = new int[a.size() + 1][b.size() + 1];
		for (int i = 0; i <= a.size(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.size(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.size(); i++) {
			for (int j = 1; j <= b.size(); j++) {
				int sub = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + sub);
			}
		}
		return d[a.size()][b.size()];
	}
}
