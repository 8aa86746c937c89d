package org.spinerad.dictation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/**
 * Recognizes one utterance with Debian's {@code pocketsphinx_continuous} as a
 * separate process, constrained by the JSGF grammar of the phrase language
: speech outside the language (another language, noise) reaches no final
 * state of the grammar and is heard as nothing. The
 * process is killed when it does not finish in time. The audio file is only read.
 */
@Component(service = SpeechRecognizer.class)
public final class SphinxRecognizer implements SpeechRecognizer {

	/** The recognizer program (Debian package pocketsphinx). */
	public static final String PROGRAM = System.getProperty("spinerad.pocketsphinx", "/usr/bin/pocketsphinx_continuous");
	/** The US English model folder (Debian package pocketsphinx-en-us). */
	public static final Path MODEL = Path.of(System.getProperty("spinerad.pocketsphinx.model", "/usr/share/pocketsphinx/model/en-us"));
	/** Longest a recognition may take. */
	public static final long TIMEOUT_MS = 10_000;

	private final Map<String, Path> prepared = new ConcurrentHashMap<>();
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
		Path folder = prepare(language);
		long start = System.nanoTime();
		List<String> command = List.of(PROGRAM, "-infile", wav.toString(), "-jsgf", folder.resolve("phrases.gram").toString(),
				"-dict", folder.resolve("phrases.dict").toString(), "-hmm", MODEL.resolve("en-us").toString(),
				"-logfn", "/dev/null", "-wip", "1e-3");
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException("the speech recognizer did not finish within " + TIMEOUT_MS / 1000
						+ " s and was stopped; try a shorter phrase");
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("speech recognition was interrupted", e);
		}
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (process.exitValue() != 0) {
			throw new IOException("the speech recognizer failed (exit " + process.exitValue() + ") on " + wav.getFileName()
					+ "; the audio must be 16 kHz mono 16-bit WAV");
		}
		return heard(out, millis);
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
