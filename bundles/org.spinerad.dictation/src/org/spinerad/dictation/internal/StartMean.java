package org.spinerad.dictation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The acoustic model as the decoder that decodes while the phrase is spoken
 * sees it: the same files, but a cepstral mean to start from that fits speech
 * as a dictation phrase sounds. Decoding as the audio comes, the decoder
 * normalizes the cepstrum with a running mean that starts from the model's
 * {@code -cmninit}; the one the US English model ships is far from the mean of
 * spoken phrases (its first coefficient 41 against about 63), so a newly
 * started decoder misheard its first phrase or two ("normal cord" as nothing)
 * until the mean had moved. The model's {@code feat.params} takes precedence
 * over the command line for this setting, so the decoder gets a folder of
 * links to the model's files with its own {@code feat.params}.
 */
final class StartMean {

	/**
	 * The mean of the 13 cepstral coefficients of spoken phrases: the average of
	 * the means pocketsphinx takes over whole phrases of the dictation corpus
	 * spoken by three voices at two speeds.
	 */
	static final String MEAN = System.getProperty("spinerad.pocketsphinx.cmninit",
			"63.56,0.53,-3.02,29.17,-13.36,-0.57,-9.59,-15.71,-0.60,-9.95,7.51,-7.42,1.18");

	private static final String SETTING = "-cmninit";

	private StartMean() {
	}

	/**
	 * Makes a model folder under {@code parent} that links to every file of
	 * {@code model} and starts the cepstral mean at {@link #MEAN}.
	 *
	 * @return the folder, or {@code model} itself when the mean is set empty
	 */
	static Path model(Path model, Path parent) throws IOException {
		if (MEAN.isBlank()) {
			return model;
		}
		Path folder = parent.resolve("model-while-spoken");
		if (Files.isRegularFile(folder.resolve("feat.params"))) {
			return folder;
		}
		Files.createDirectories(folder);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(model)) {
			for (Path file : files) {
				Path link = folder.resolve(file.getFileName().toString());
				if (!file.getFileName().toString().equals("feat.params") && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
					Files.createSymbolicLink(link, file.toAbsolutePath());
				}
			}
		}
		Files.writeString(folder.resolve("feat.params"), params(Files.readString(model.resolve("feat.params"), StandardCharsets.US_ASCII)),
				StandardCharsets.US_ASCII);
		return folder;
	}

	/** @return the model's settings with the start mean replaced (or added) */
	static String params(String modelParams) {
		List<String> lines = new ArrayList<>();
		for (String line : modelParams.split("\n")) {
			if (!line.strip().startsWith(SETTING + " ") && !line.isBlank()) {
				lines.add(line.strip());
			}
		}
		lines.add(SETTING + " " + MEAN.strip());
		return String.join("\n", lines) + "\n";
	}
}
