package org.spinerad.dictation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/** The three real template plugins in a registry, and real audio made with espeak-ng and sox. */
public final class Fixtures {

	private Fixtures() {
	}

	public static TemplateRegistry registry() {
		List<TemplateProvider> all = new ArrayList<>(Corpus.TEMPLATES.values());
		return new TemplateRegistry() {
			@Override
			public List<TemplateProvider> templates() {
				return all;
			}

			@Override
			public Optional<TemplateProvider> find(String id) {
				return all.stream().filter(t -> t.id().equals(id)).findFirst();
			}

			@Override
			public Optional<TemplateProvider> forScenario(String scenario) {
				return all.stream().filter(t -> t.scenario().equals(scenario)).findFirst();
			}

			@Override
			public AutoCloseable onChange(Consumer<List<TemplateProvider>> listener) {
				return () -> {
				};
			}
		};
	}

	public static DictationService dictation() {
		DictationService service = new DictationService();
		service.registry = registry();
		return service;
	}

	public static SphinxRecognizer recognizer() {
		SphinxRecognizer recognizer = new SphinxRecognizer();
		recognizer.registry = registry();
		recognizer.dictation = dictation();
		return recognizer;
	}

	/**
	 * Speaks a text with espeak-ng (voice e.g. {@code en-us}, {@code de}) into a 16 kHz mono WAV.
	 * Repeatable: the change of rate makes sox dither, and its dither comes from a fixed seed
	 * (without it, 1 in 12 conversions of a deep voice's "no epidural disease" was heard "intradural").
	 */
	public static Path speak(Path dir, String name, String voice, String text) throws IOException, InterruptedException {
		return speak(dir, name, voice, 150, text);
	}

	/** Speaks a text at a speed in words per minute, as {@link #speak(Path, String, String, String)} does. */
	public static Path speak(Path dir, String name, String voice, int speed, String text) throws IOException, InterruptedException {
		Path raw = dir.resolve(name + "-raw.wav");
		run("espeak-ng", "-v", voice, "-s", Integer.toString(speed), "-w", raw.toString(), text);
		Path wav = dir.resolve(name + ".wav");
		run("sox", "-R", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
		return wav;
	}

	/**
	 * Makes audio with sox: {@code synth 2 whitenoise} or {@code trim 0 2} (silence).
	 * Repeatable: noise comes from a fixed seed, the same samples on every run.
	 */
	public static Path sox(Path dir, String name, String... effect) throws IOException, InterruptedException {
		Path wav = dir.resolve(name + ".wav");
		List<String> command = new ArrayList<>(List.of("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", wav.toString()));
		command.addAll(List.of(effect));
		run(command.toArray(String[]::new));
		return wav;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (p.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed");
		}
	}
}
