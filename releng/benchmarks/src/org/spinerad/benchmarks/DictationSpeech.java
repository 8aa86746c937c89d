package org.spinerad.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.internal.Corpus;
import org.spinerad.dictation.internal.DictationService;
import org.spinerad.dictation.internal.Fixtures;
import org.spinerad.dictation.internal.Grammar;
import org.spinerad.dictation.internal.PhraseLanguage;
import org.spinerad.dictation.internal.Sentences;
import org.spinerad.dictation.internal.SphinxRecognizer;

/**
 * Spoken dictation end to end: each corpus phrase (every n-th) is synthesized
 * with espeak-ng in several voices and speeds, converted with sox to 16 kHz
 * mono, recognized by pocketsphinx with the template's grammar and
 * interpreted. Prints exact-edit accuracy, word accuracy and the latency from
 * the end of the audio to the edit (recognition plus interpretation); the
 * audio reaches the recognizer as it is spoken, so it decodes meanwhile.
 * Then audio that must give nothing (silence, noise, German) is counted.
 * Usage: DictationSpeech [every-nth-phrase, default 4] [first-phrases, default 0]: a
 * different first phrase gives another subset, to confirm on phrases a change was not tuned on;
 * several, separated by commas ({@code 30 5,10}), take the union of their subsets.
 */
public final class DictationSpeech {

	private static final List<String> VOICES = List.of("en-us", "en-us+m3", "en-us+f2");
	private static final List<Integer> SPEEDS = List.of(140, 175);

	/** One phrase said by one voice at one speed. */
	private record Turn(Corpus.Case phrase, String voice, int speed) {
	}

	public static void main(String[] args) throws Exception {
		int every = args.length > 0 ? Integer.parseInt(args[0]) : 4;
		String first = args.length > 1 ? args[1] : "0";
		Set<Integer> starts = new HashSet<>();
		for (String start : first.split(",")) {
			starts.add(Integer.parseInt(start.strip()));
		}
		// SPINERAD_BENCH_PACE: how fast the audio reaches the recognizer, 1 = as spoken (default), 0 = all at once
		double pace = Double.parseDouble(System.getenv().getOrDefault("SPINERAD_BENCH_PACE", "1"));
		// SPINERAD_BENCH_AUDIO keeps the synthesized audio between runs (espeak-ng output is deterministic)
		String cache = System.getenv("SPINERAD_BENCH_AUDIO");
		Path dir = cache != null ? Files.createDirectories(Path.of(cache)) : Files.createTempDirectory("dictation-bench");
		SphinxRecognizer recognizer = new SphinxRecognizer();
		Map<String, PhraseLanguage> languages = new HashMap<>();
		List<Corpus.Case> all = Corpus.cases();
		int runs = 0, exact = 0, outside = 0, timeouts = 0, nothing = 0;
		long words = 0, wordErrors = 0;
		List<Long> latencies = new ArrayList<>();
		List<double[]> good = new ArrayList<>(); // confidence, exact
		List<double[]> badHeard = new ArrayList<>(); // confidence, understood
		Map<String, int[]> byVoice = new HashMap<>();
		List<Corpus.Case> chosen = new ArrayList<>();
		Map<String, Sentences> sentences = new HashMap<>();
		Set<Corpus.Case> typedOnly = new HashSet<>();
		int offeredRuns = 0, offeredExact = 0;
		for (int i = 0; i < all.size(); i++) {
			int index = i;
			if (starts.stream().noneMatch(s -> index >= s && (index - s) % every == 0)) {
				continue;
			}
			Corpus.Case c = all.get(i);
			if (c.expected().equals("(nothing)")) {
				continue;
			}
			PhraseLanguage language = languages.computeIfAbsent(c.template(),
					t -> DictationService.load(Corpus.TEMPLATES.get(t)));
			Set<String> vocabulary = Grammar.vocabulary(Grammar.jsgf(language));
			if (!vocabulary.containsAll(Arrays.asList(spoken(c.phrase()).split(" ")))) {
				outside++; // words outside the grammar (kept in the remark when typed)
				continue;
			}
			chosen.add(c);
			if (!sentences.computeIfAbsent(c.template(), t -> new Sentences(Grammar.jsgf(language))).accepts(spoken(c.phrase()))) {
				typedOnly.add(c); // a value without its field's name, words kept in the remark: typed, not offered to speech
			}
		}
		// SPINERAD_BENCH_ORDER=speaker: each voice says all its phrases in a row, as one radiologist
		// does in a session; default: the voices take turns phrase by phrase (the speaker changes all the time)
		boolean bySpeaker = "speaker".equals(System.getenv("SPINERAD_BENCH_ORDER"));
		List<Turn> order = new ArrayList<>();
		for (String v : VOICES) {
			for (Corpus.Case c : chosen) {
				for (int s : SPEEDS) {
					order.add(new Turn(c, v, s));
				}
			}
		}
		if (!bySpeaker) {
			order.sort(java.util.Comparator.comparingInt(t -> chosen.indexOf(t.phrase())));
		}
		for (Turn turn : order) {
			Corpus.Case c = turn.phrase();
			String voice = turn.voice();
			int speed = turn.speed();
			PhraseLanguage language = languages.get(c.template());
			String said = spoken(c.phrase());
			Path wav = synthesize(dir, said, voice, speed, cache != null);
			long[] end = new long[1];
			Recognition heard;
			try {
				heard = speak(recognizer, language, wav, pace, end);
			} catch (IOException e) {
				timeouts++; // counted as a miss: nothing was heard in time
				heard = new Recognition("", 0, 0);
			}
			String edits = Corpus.edits(Corpus.apply(c, language, heard.text()));
			latencies.add((System.nanoTime() - end[0]) / 1_000_000);
			if (cache == null) {
				Files.delete(wav);
			}
			runs++;
			boolean ok = edits.equals(c.expected());
			good.add(new double[] { heard.confidence(), ok ? 1 : 0 });
			exact += ok ? 1 : 0;
			if (!typedOnly.contains(c)) {
				offeredRuns++;
				offeredExact += ok ? 1 : 0;
			}
			nothing += heard.heard() ? 0 : 1;
			byVoice.computeIfAbsent(voice + " " + speed, k -> new int[2])[ok ? 0 : 1]++;
			List<String> ref = List.of(said.split(" "));
			// the recognizer writes what it heard as typed (L4-L5, 20): compare in the spoken form
			List<String> hyp = heard.text().isEmpty() ? List.of() : List.of(spoken(heard.text()).split(" "));
			words += ref.size();
			wordErrors += distance(ref, hyp);
			if (!ok) {
				System.out.println("MISS [" + voice + " " + speed + "] said: " + said + "\n     heard: " + heard.text()
						+ String.format(" (confidence %.2f, %d ms)", heard.confidence(), heard.millis()));
			}
		}
		List<String> rejected = new ArrayList<>();
		List<String> passed = new ArrayList<>();
		PhraseLanguage infection = languages.computeIfAbsent("infection", t -> DictationService.load(Corpus.TEMPLATES.get(t)));
		for (Map.Entry<String, Path> bad : badAudio(dir).entrySet()) {
			Recognition heard;
			try {
				heard = speak(recognizer, infection, bad.getValue(), pace, new long[1]);
			} catch (IOException e) {
				System.out.println("BAD AUDIO " + bad.getKey() + ": " + e.getMessage());
				heard = new Recognition("", 0, 0);
			}
			boolean none = !Corpus.apply(Corpus.cases().get(0), infection, heard.text()).understood();
			(none ? rejected : passed).add(bad.getKey() + (none ? "" : " -> " + heard.text() + String.format(" (%.2f)", heard.confidence())));
			badHeard.add(new double[] { heard.confidence(), none ? 0 : 1 });
		}
		recognizer.close();
		latencies.sort(null);
		System.out.println("decoder settings: " + System.getProperty("spinerad.pocketsphinx.tuning", "(built in)"));
		System.out.printf("phrases: every %d%s, starting at %s%n", every, every == 1 ? "" : "th", first);
		System.out.printf("phrases spoken: %d runs (%d voices x %d speeds); %d phrases skipped (words outside the grammar)%n",
				runs, VOICES.size(), SPEEDS.size(), outside);
		System.out.printf("exact edit: %.1f %% (%d of %d), recognizer timeouts %d%n", 100.0 * exact / runs, exact, runs, timeouts);
		System.out.printf("  of the %d phrases the spoken grammar offers: %.1f %% (%d of %d); %d phrases are typed only%n",
				chosen.size() - typedOnly.size(), 100.0 * offeredExact / offeredRuns, offeredExact, offeredRuns, typedOnly.size());
		System.out.printf("heard as nothing: %d%n", nothing);
		System.out.printf("word accuracy: %.1f %%%n", 100.0 * (words - wordErrors) / words);
		System.out.printf("latency end of audio -> edit: p50 %d ms, p95 %d ms, max %d ms%n",
				latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)),
				latencies.get(latencies.size() - 1));
		byVoice.forEach((k, v) -> System.out.printf("  %-14s %d of %d exact%n", k, v[0], v[0] + v[1]));
		System.out.printf("bad audio not understood: %d of %d%s%n", rejected.size(), rejected.size() + passed.size(),
				passed.isEmpty() ? "" : "; understood: " + passed);
		System.out.printf("audio pace: %s%n", pace == 0 ? "all at once" : pace + " x real time");
		// what a stricter least confidence would give (meaningful when this run took everything: confidence 0)
		for (int t = 20; t <= 60; t += 2) {
			double least = t / 100.0;
			long ex = good.stream().filter(g -> g[1] == 1 && g[0] >= least).count();
			long through = badHeard.stream().filter(b -> b[1] == 1 && b[0] >= least).count();
			System.out.printf("  least confidence %.2f: exact %.1f %%, bad audio understood %d of %d%n", least,
					100.0 * ex / good.size(), through, badHeard.size());
		}
	}

	/**
	 * Hands a WAV file to the recognizer in tenths of a second, as a microphone
	 * would at the given pace, and records when the last sample was handed over.
	 */
	static Recognition speak(SphinxRecognizer recognizer, PhraseLanguage language, Path wav, double pace, long[] end)
			throws Exception {
		byte[] samples;
		try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
			samples = in.readAllBytes();
		}
		try (SphinxRecognizer.Utterance utterance = recognizer.start(language)) {
			long start = System.nanoTime();
			int chunk = 3200; // a tenth of a second at 16 kHz, 16 bit
			for (int i = 0; i < samples.length; i += chunk) {
				if (pace > 0) {
					long due = start + (long) (i / chunk * 100_000_000L / pace);
					long wait = due - System.nanoTime();
					if (wait > 0) {
						Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
					}
				}
				utterance.write(samples, i, Math.min(chunk, samples.length - i));
			}
			end[0] = System.nanoTime();
			return utterance.finish();
		}
	}

	/** Audio that must give nothing: silence, seeded noise of several kinds and loudness, German speech. */
	static Map<String, Path> badAudio(Path dir) throws IOException, InterruptedException {
		Map<String, Path> bad = new java.util.LinkedHashMap<>();
		bad.put("silence", sox(dir, "silence", "trim", "0", "2"));
		for (String kind : List.of("whitenoise", "pinknoise", "brownnoise")) {
			for (String volume : List.of("0.1", "0.3", "0.6")) {
				bad.put(kind + " " + volume, sox(dir, kind + volume, "synth", "2", kind, "vol", volume));
			}
		}
		List<String> german = List.of("Der Patient hat seit drei Wochen starke Schmerzen im Rücken",
				"Keine Raumforderung im Spinalkanal, das Myelon ist unauffällig",
				"Bandscheibenvorfall in Höhe LWK vier fünf mit Einengung des Neuroforamens");
		for (int i = 0; i < german.size(); i++) {
			for (String voice : List.of("de", "de+m3", "de+f2")) {
				bad.put("german " + i + " " + voice, Fixtures.speak(dir, "de" + i + voice.replace('+', '_'), voice, german.get(i)));
			}
		}
		return bad;
	}

	private static Path sox(Path dir, String name, String... effect) throws IOException, InterruptedException {
		Path wav = dir.resolve("bad-" + name + ".wav");
		List<String> command = new ArrayList<>(List.of("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", wav.toString()));
		command.addAll(List.of(effect));
		run(command.toArray(String[]::new));
		return wav;
	}

	/** How a radiologist says a typed phrase (see {@link Corpus#spoken(String)}). */
	static String spoken(String typed) {
		return Corpus.spoken(typed);
	}

	/**
	 * Clinical words espeak-ng's spelling rules say otherwise than radiologists
	 * do (it has no entry for them), given to it as its phonemes of the
	 * dictionary pronunciation (Merriam-Webster's medical dictionary): "conus"
	 * came out as "kuh-NEWS", "edema" as "ED-i-ma", "metastasis" as
	 * "met-a-STAH-sees". The decoder is not told of them; the speaker only
	 * says the word as it is said.
	 */
	static final Map<String, String> MISSAID = Map.of("conus", "[[k'oUn@s]]", "edema", "[[I#d'i:m@]]",
			"oedema", "[[I#d'i:m@]]", "equina", "[[I#kw'aIn@]]", "thecal", "[[T'i:k@L]]", "metastasis",
			"[[m@t'ast@sIs]]", "meninges", "[[m@n'IndZi:z]]", "syringomyelia", "[[sI2r,INgoUmaI'i:li@]]");

	private static Path synthesize(Path dir, String text, String voice, int speed, boolean keep)
			throws IOException, InterruptedException {
		// abbreviations are said letter by letter, as the pronunciation dictionary has them
		String said = (" " + text + " ").replace(" dwi ", " D W I ").replace(" ap ", " A P ").replace(" csf ", " C S F ")
				.replace(" ct ", " C T ").replace(" cm ", " C M ").strip();
		if (!"no".equals(System.getenv("SPINERAD_BENCH_SAY_RIGHT"))) {
			for (Map.Entry<String, String> w : MISSAID.entrySet()) {
				said = (" " + said + " ").replace(" " + w.getKey() + " ", " " + w.getValue() + " ").strip();
			}
		}
		Path raw = dir.resolve("raw-" + ProcessHandle.current().pid() + ".wav");
		Path wav = dir.resolve(keep ? (said + " " + voice + " " + speed).replaceAll("[^A-Za-z0-9+]+", "_") + ".wav" : "u.wav");
		if (keep && Files.exists(wav)) {
			return wav;
		}
		run("espeak-ng", "-v", voice, "-s", Integer.toString(speed), "-w", raw.toString(), said);
		run("sox", "-R", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
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
