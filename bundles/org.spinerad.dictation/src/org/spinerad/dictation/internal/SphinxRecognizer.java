package org.spinerad.dictation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.dictation.Dictation;
import org.spinerad.dictation.Listening;
import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/**
 * Recognizes utterances with Debian's {@code pocketsphinx_batch}, separate
 * processes kept running per phrase language (model and grammar loaded once;
 * two decode side by side while the phrase is spoken, the speech as it
 * sounds and with its spectrum warped, and the better fit is taken; one
 * decodes a doubtful phrase whole again when
 * {@code spinerad.pocketsphinx.recheck} asks for it),
 * constrained by the JSGF grammar of the phrase language: speech outside the
 * language (another language, noise) reaches no final state of the grammar
 * and is heard as nothing. A decoder that does not answer in time is killed.
 * Audio is decoded while it is spoken: its samples flow to the decoder
 * through a named pipe and are never written to disk.
 */
@Component(service = SpeechRecognizer.class)
public final class SphinxRecognizer implements SpeechRecognizer {

	/** The recognizer program (Debian package pocketsphinx). */
	public static final String PROGRAM = System.getProperty("spinerad.pocketsphinx", "/usr/bin/pocketsphinx_batch");
	/** The US English model folder (Debian package pocketsphinx-en-us). */
	public static final Path MODEL = Path.of(System.getProperty("spinerad.pocketsphinx.model", "/usr/share/pocketsphinx/model/en-us"));
	/** Longest a decoding may take (a phrase decoded twice may take twice as long). */
	public static final long TIMEOUT_MS = 10_000;

	/**
	 * Settings of the decoder: beams far wider than pocketsphinx's defaults, so
	 * a long phrase keeps its path to the end of the grammar instead of being
	 * heard as nothing (with beams of 1e-60, "l three l four epidural abscess rim
	 * enhancing five millimetres thick" reached no final state of the grammar in
	 * half of the voices; the decoder then answers nothing at all); a higher
	 * price for each word, so the silence after a phrase is not heard as one
	 * more short word ("thick", "ap").
	 */
	static final List<String> TUNING = arguments("spinerad.pocketsphinx.tuning", "-beam 1e-80 -pbeam 1e-80 -wbeam 1e-60 -wip 0.2");

	/**
	 * More settings of the decoder that decodes while the phrase is spoken: no
	 * noise subtraction, whose estimate starts from the first sound of a phrase
	 * decoded as it comes and took the hiss of "c" ("c two" heard as "t two").
	 * A whole phrase decodes better with it, so that is a decoder of its own.
	 */
	static final List<String> WHILE_SPOKEN = arguments("spinerad.pocketsphinx.streaming", "-remove_noise no");

	/**
	 * Frequency warps of further decoders that decode each phrase side by side
	 * with the first, which hears the speech as it is (pocketsphinx's
	 * {@code -warp_type inverse_linear}): a voice whose vocal tract is longer or
	 * shorter than those the model learnt from sounds closer to them with its
	 * spectrum warped. Of the decodings, the one whose words fit the speech best
	 * (the highest confidence) is taken, so each phrase picks its warp and a
	 * voice the model fits as it is keeps the plain decoding. Empty: one decoder.
	 */
	static final List<String> WARPS = arguments("spinerad.pocketsphinx.warps", "0.8");

	/**
	 * Acoustic score per 10 ms frame of the words heard (silence and noise left
	 * out) that gives confidence 0, and the score that gives confidence 1.
	 * The decoder scores each frame against the best path it keeps, so the
	 * scores depend on the beams: with those of {@link #TUNING}, speech in the
	 * phrase language scores about -40 to -70, other speech forced through the
	 * grammar (another language) -70 to -90.
	 */
	static final double NO_CONFIDENCE = -90, FULL_CONFIDENCE = -30;

	/**
	 * Least share of the loud part of the audio that the words heard must
	 * span. Speech outside the language is heard, if at all, as a few words of
	 * the grammar with the rest taken for silence ("modic three" in a German
	 * sentence: a fifth of it); a phrase of the language heard right spans 0.8
	 * of it and more.
	 */
	static final double LEAST_COVERAGE = 0.6;

	/** Least confidence of what is taken as heard; below it the phrase is not understood. */
	static final double LEAST_CONFIDENCE = Double.parseDouble(System.getProperty("spinerad.pocketsphinx.confidence", "0.36"));

	/**
	 * Confidence of the decoding made while the phrase was spoken below which the
	 * whole utterance is decoded once more after its end (also when the words
	 * heard do not all find their place): then the cepstral mean is taken over
	 * the whole phrase instead of being estimated as it comes. 0 never decodes
	 * twice (the default: the decoder starts from the mean of spoken phrases, see
	 * {@link StartMean}, so its first phrase is heard like the later ones); above
	 * 1 the phrase is not decoded while spoken, only whole after its end (about a
	 * second slower).
	 */
	static final double RECHECK_BELOW = Double.parseDouble(System.getProperty("spinerad.pocketsphinx.recheck", "0"));

	private final Map<String, Path> prepared = new ConcurrentHashMap<>();
	private final Map<Path, BatchDecoder> decoders = new HashMap<>();
	private final Map<TemplateProvider, PhraseLanguage> languages = new ConcurrentHashMap<>();

	@Reference
	TemplateRegistry registry;

	@Reference
	Dictation dictation;

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
		return recognize(wav, language(templateId));
	}

	@Override
	public Listening listen(String templateId) throws IOException {
		Utterance utterance = start(language(templateId));
		MicrophoneCapture capture = new MicrophoneCapture();
		try {
			capture.start(utterance::write);
		} catch (IOException e) {
			utterance.close();
			throw e;
		}
		return new Listening() {
			@Override
			public Recognition stop() throws IOException {
				capture.stop();
				return utterance.finish();
			}

			@Override
			public void cancel() {
				capture.stop();
				utterance.close();
			}
		};
	}

	/** The template's phrase language as typed dictation has it (with the department's words). */
	private PhraseLanguage language(String templateId) throws IOException {
		TemplateProvider provider = registry.find(templateId)
				.orElseThrow(() -> new IOException("no template '" + templateId + "' is installed"));
		return dictation instanceof DictationService service ? service.language(provider)
				: languages.computeIfAbsent(provider, DictationService::load);
	}

	/** Recognizes a 16 kHz mono WAV file in a phrase language. */
	public Recognition recognize(Path wav, PhraseLanguage language) throws IOException {
		byte[] samples = Wav.samples(wav);
		try (Utterance utterance = start(language)) {
			utterance.write(samples, 0, samples.length);
			return utterance.finish();
		}
	}

	/**
	 * Starts an utterance in a phrase language: its samples are decoded while
	 * they are written, so {@link Utterance#finish()} only waits for the rest.
	 */
	public Utterance start(PhraseLanguage language) throws IOException {
		String reason = unavailableReason();
		if (reason != null) {
			throw new IOException(reason);
		}
		BatchDecoder whole = RECHECK_BELOW > 0 ? wholeDecoder(language) : null;
		List<BatchDecoder.Stream> streams = new ArrayList<>();
		if (RECHECK_BELOW <= 1) {
			try {
				streams.add(decoder(language).open());
				for (String warp : WARPS) {
					streams.add(decoder(language, true, warp).open());
				}
			} catch (IOException e) {
				streams.forEach(BatchDecoder.Stream::close);
				throw e;
			}
		}
		return new Utterance(whole, streams, language);
	}

	/** One utterance being recognized while it is spoken. */
	public static final class Utterance implements AutoCloseable {

		private static final BatchDecoder.Heard NOTHING = new BatchDecoder.Heard("", 0, 0, 0);
		/** The decoder of the whole phrase after its end, null when it is never decoded twice. */
		private final BatchDecoder decoder;
		/** The decodings while spoken (plain, then warped), none when the phrase is only decoded whole after its end. */
		private final List<BatchDecoder.Stream> streams;
		private final PhraseLanguage language;
		/** The samples so far, in memory only, for a second decoding of the whole phrase. */
		private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
		private final Wav.Loudness loudness = new Wav.Loudness();
		private boolean loud;
		private long bytes;

		Utterance(BatchDecoder decoder, List<BatchDecoder.Stream> streams, PhraseLanguage language) {
			this.decoder = decoder;
			this.streams = streams;
			this.language = language;
		}

		/** Hands over 16 kHz mono 16-bit little-endian samples as they are captured. */
		public void write(byte[] samples, int offset, int length) {
			loud |= !Wav.silent(Arrays.copyOfRange(samples, offset, offset + length));
			bytes += length;
			loudness.add(samples, offset, length);
			for (BatchDecoder.Stream stream : streams) {
				stream.write(samples, offset, length);
			}
			if (RECHECK_BELOW > 0) {
				this.samples.write(samples, offset, length);
			}
		}

		/**
		 * Ends the audio and returns what was heard in the phrase language (bounded
		 * in time). When the decoding made while it was spoken is poor or does not
		 * all find its place, the whole phrase is decoded once more.
		 */
		public Recognition finish() throws IOException {
			long start = System.nanoTime();
			BatchDecoder.Heard heard = NOTHING;
			double confidence = 0;
			// the decoders worked side by side while the phrase was spoken: each has only its end left
			for (BatchDecoder.Stream stream : streams) {
				BatchDecoder.Heard h = stream.finish(TIMEOUT_MS);
				double c = confidence(h);
				if (c > confidence) {
					heard = h;
					confidence = c;
				}
			}
			if (RECHECK_BELOW > 0 && loud && (streams.isEmpty() || confidence < RECHECK_BELOW || !placed(heard.text()))) {
				// bounded on its own: given all at once, noise can take most of the first limit already
				heard = decoder.decodeWhole(samples.toByteArray(), TIMEOUT_MS);
				confidence = confidence(heard);
			}
			samples.reset();
			// a phrase names a place and what is there: a single word is what noise most often turns into;
			// a steady sound is no speech, however well the grammar's words fit it
			boolean fits = loud && !loudness.steady() && bytes >= Wav.SHORTEST && confidence >= LEAST_CONFIDENCE
					&& heard.speechFrames() >= LEAST_COVERAGE * loudness.loudFrames()
					&& heard.text().split(" ").length >= 2;
			long millis = (System.nanoTime() - start) / 1_000_000;
			return fits ? new Recognition(Written.of(heard.text()), confidence, millis) : new Recognition("", confidence, millis);
		}

		/** @return whether every word heard finds its place (the finding named before is not known here) */
		private boolean placed(String text) {
			if (text.isBlank()) {
				return false;
			}
			Interpreter.Plan plan = new Interpreter(language, text).interpret(null);
			return plan.unplaced().isEmpty() && plan.leftover().isEmpty();
		}

		/** Drops the utterance. */
		@Override
		public void close() {
			streams.forEach(BatchDecoder.Stream::close);
			samples.reset();
		}
	}

	/** @return from 0 to 1: how well the words heard fit the acoustic model, per frame of speech */
	static double confidence(BatchDecoder.Heard heard) {
		if (heard.speechFrames() == 0) {
			return 0;
		}
		double perFrame = heard.speechScore() / (double) heard.speechFrames();
		return Math.max(0, Math.min(1, (perFrame - NO_CONFIDENCE) / (FULL_CONFIDENCE - NO_CONFIDENCE)));
	}

	/** Starts the decoder of a phrase language ahead of the first utterance, so it does not wait for the model. */
	public void warmUp(PhraseLanguage language) throws IOException {
		if (unavailableReason() == null) {
			if (RECHECK_BELOW <= 1) {
				decoder(language);
				for (String warp : WARPS) {
					decoder(language, true, warp);
				}
			}
			if (RECHECK_BELOW > 0) {
				wholeDecoder(language);
			}
		}
	}

	/** The running decoder of a phrase language that decodes while spoken, started when there is none. */
	BatchDecoder decoder(PhraseLanguage language) throws IOException {
		return decoder(language, true, null);
	}

	/** The running decoder of a phrase language that decodes whole phrases, started when there is none. */
	BatchDecoder wholeDecoder(PhraseLanguage language) throws IOException {
		return decoder(language, false, null);
	}

	/**
	 * @param whileSpoken the decoder while spoken, else the decoder of whole phrases
	 * @param warp        the frequency warp of a decoder while spoken, null for none
	 */
	private BatchDecoder decoder(PhraseLanguage language, boolean whileSpoken, String warp) throws IOException {
		Path folder = prepare(language);
		Path key = whileSpoken ? folder.resolve("while-spoken" + (warp == null ? "" : "-warp-" + warp)) : folder;
		synchronized (decoders) {
			BatchDecoder decoder = decoders.get(key);
			if (decoder == null || !decoder.alive()) {
				List<String> settings = new ArrayList<>(TUNING);
				if (whileSpoken) {
					settings.addAll(WHILE_SPOKEN);
				}
				if (warp != null) {
					settings.addAll(List.of("-warp_type", "inverse_linear", "-warp_params", warp));
				}
				Path model = whileSpoken ? StartMean.model(MODEL.resolve("en-us"), folder) : MODEL.resolve("en-us");
				decoder = new BatchDecoder(PROGRAM, model, folder, settings);
				decoders.put(key, decoder);
			}
			return decoder;
		}
	}

	private static List<String> arguments(String property, String defaults) {
		return List.of(System.getProperty(property, defaults).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
	}

	/** Stops every running decoder and removes the grammars written for them. */
	@Deactivate
	public void close() {
		synchronized (decoders) {
			decoders.values().forEach(BatchDecoder::close);
			decoders.clear();
			prepared.values().forEach(SphinxRecognizer::remove);
			prepared.clear();
		}
	}

	private static void remove(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// left in the temporary folder: a grammar and links to the model, nothing spoken
		}
	}

	/** Writes the grammar and its dictionary once per phrase language. */
	Path prepare(PhraseLanguage language) throws IOException {
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
