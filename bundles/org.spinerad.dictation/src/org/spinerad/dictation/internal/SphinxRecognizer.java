package org.spinerad.dictation.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/**
 * Recognizes utterances with Debian's {@code pocketsphinx_batch}, a separate
 * process kept running per phrase language (model and grammar loaded once),
 * constrained by the JSGF grammar of the phrase language: speech outside the
 * language (another language, noise) reaches no final state of the grammar
 * and is heard as nothing. A decoder that does not answer in time is killed.
 * The audio file is only read; its samples are handed over in a private
 * temporary file that is deleted right after decoding.
 */
@Component(service = SpeechRecognizer.class)
public final class SphinxRecognizer implements SpeechRecognizer {

	/** The recognizer program (Debian package pocketsphinx). */
	public static final String PROGRAM = System.getProperty("spinerad.pocketsphinx", "/usr/bin/pocketsphinx_batch");
	/** The US English model folder (Debian package pocketsphinx-en-us). */
	public static final Path MODEL = Path.of(System.getProperty("spinerad.pocketsphinx.model", "/usr/share/pocketsphinx/model/en-us"));
	/** Longest a recognition may take. */
	public static final long TIMEOUT_MS = 10_000;

	/**
	 * Search settings of the decoder: beams wider than pocketsphinx's defaults,
	 * so a long phrase keeps its path to the end of the grammar instead of
	 * being heard as nothing.
	 */
	static final List<String> TUNING = List.of(System.getProperty("spinerad.pocketsphinx.tuning",
			"-beam 1e-60 -pbeam 1e-60 -wbeam 1e-40").split("\\s+")).stream()
			.filter(w -> !w.isEmpty()).toList();

	/**
	 * Poorest acoustic score per 10 ms frame of a path still taken as heard:
	 * speech in the phrase language scores about -40, other speech forced
	 * through the grammar (another language) about -60, white noise a little
	 * better: -58 lets noise through.
	 */
	static final double POOREST_SCORE_PER_FRAME = Double.parseDouble(System.getProperty("spinerad.pocketsphinx.poorest", "-52"));

	private final Map<String, Path> prepared = new ConcurrentHashMap<>();
	private final Map<Path, BatchDecoder> decoders = new HashMap<>();
	private final Map<TemplateProvider, PhraseLanguage> languages = new ConcurrentHashMap<>();

	@Reference
	TemplateRegistry registry;

	@Override
	public String unavailableReason() {
		if (!Files.isExecutable(Path.of(PROGRAM))) {
			return "no speech recognizer: " + PROGRAM + " is missing; install it with 'apt-get install pocketsphinx pocketsphinx-en-us'";
		}
		if (!Files.isDirectory(MODEL.resolve("en-us"))) {
			return "no speech model: " + MODEL.resolve("en-us") + " is missing; install it with 'apt-get install pocketsphinx-en-us'";
		}
		return null;
	}

	@Override
	public Recognition recognize(Path wav, String templateId) throws IOException {
		TemplateProvider provider = registry.find(templateId)
				.orElseThrow(() -> new IOException("no template '" + templateId + "' is installed"));
		return recognize(wav, languages.computeIfAbsent(provider, DictationService::load));
	}

	/** Recognizes a 16 kHz mono WAV file in a phrase language. */
	public Recognition recognize(Path wav, PhraseLanguage language) throws IOException {
		String reason = unavailableReason();
		if (reason != null) {
			throw new IOException(reason);
		}
		byte[] samples = Wav.samples(wav);
		Path folder = prepare(language);
		long start = System.nanoTime();
		if (samples.length < Wav.SHORTEST || Wav.silent(samples)) {
			return heard("", 0);
		}
		BatchDecoder.Heard heard;
		synchronized (decoders) {
			BatchDecoder decoder = decoders.get(folder);
			if (decoder == null || !decoder.alive()) {
				decoder = new BatchDecoder(PROGRAM, MODEL.resolve("en-us"), folder, TUNING);
				decoders.put(folder, decoder);
			}
			heard = decoder.decode(samples, TIMEOUT_MS);
		}
		long frames = Math.max(1, samples.length / 2 / (Wav.RATE / 100));
		// a phrase names a place and what is there: a single word is what noise most often turns into
		boolean fits = heard.score() / (double) frames >= POOREST_SCORE_PER_FRAME
				&& heard.text().strip().split("\\s+").length >= 2;
		return heard(fits ? heard.text() : "", (System.nanoTime() - start) / 1_000_000);
	}

	/** Starts the decoder of a phrase language ahead of the first utterance, so it does not wait for the model. */
	public void warmUp(PhraseLanguage language) throws IOException {
		if (unavailableReason() == null) {
			recognize(Wav.silence(), language);
		}
	}

	/** Stops every running decoder. */
	@Deactivate
	public void close() {
		synchronized (decoders) {
			decoders.values().forEach(BatchDecoder::close);
			decoders.clear();
		}
	}

	/**
	 * Reads the recognizer's output. Nothing printed means the speech reached no
	 * final state of the grammar: not in the phrase language.
	 */
	static Recognition heard(String output, long millis) {
		List<String> words = new ArrayList<>(Arrays.asList(output.strip().split("\\s+")));
		words.removeIf(String::isEmpty);
		return new Recognition(String.join(" ", words), words.isEmpty() ? 0 : 1, millis);
	}

	/** Writes the grammar and its dictionary once per phrase language. */
	private Path prepare(PhraseLanguage language) throws IOException {
		String grammar = Grammar.jsgf(language);
		String key = Integer.toHexString(grammar.hashCode()) + Integer.toHexString(language.sounds().hashCode());
		Path existing = prepared.get(key);
		if (existing != null && Files.exists(existing.resolve("phrases.dict"))) {
			return existing;
		}
		Path folder = Files.createTempDirectory("spinerad-dictation-");
		List<String> missing = new ArrayList<>();
		String dictionary = Pronunciations.dictionary(Grammar.vocabulary(grammar),
				Pronunciations.cmu(MODEL.resolve("cmudict-en-us.dict")), language.sounds(), missing);
		if (!missing.isEmpty()) {
			throw new IOException("no pronunciation for " + missing
					+ ": add a line 'word : sounds PHONES' to the template's dictation.txt");
		}
		Files.writeString(folder.resolve("phrases.gram"), grammar);
		Files.writeString(folder.resolve("phrases.dict"), dictionary);
		prepared.put(key, folder);
		return folder;
	}
}
