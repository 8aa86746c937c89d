package org.spinerad.dictation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pronunciation dictionary for a grammar: the CMU dictionary's entries of
 * its words, the template's own pronunciations ({@code sounds} lines of
 * dictation.txt, which replace the CMU dictionary's and may give several),
 * and for a compound the CMU dictionary lacks ({@code hyperintense}) the
 * pronunciations of its parts.
 */
public final class Pronunciations {

	private static final Map<Path, Map<String, List<String>>> LOADED = new HashMap<>();
	/** Forms of connected speech the CMU dictionary lacks: "t eight" glides into its vowel. */
	private static final Map<String, String> CONNECTED = Map.of("eight", "Y EY T");

	private Pronunciations() {
	}

	/** @return the CMU dictionary: word to its pronunciations */
	public static synchronized Map<String, List<String>> cmu(Path dictionary) throws IOException {
		Map<String, List<String>> cached = LOADED.get(dictionary);
		if (cached != null) {
			return cached;
		}
		Map<String, List<String>> words = new HashMap<>();
		for (String line : Files.readAllLines(dictionary, StandardCharsets.UTF_8)) {
			int space = line.indexOf(' ');
			if (space <= 0) {
				continue;
			}
			String word = line.substring(0, space).replaceAll("\\(\\d+\\)$", "");
			words.computeIfAbsent(word, k -> new ArrayList<>()).add(line.substring(space + 1).strip());
		}
		LOADED.put(dictionary, words);
		return words;
	}

	/**
	 * @param words  the words of a grammar
	 * @param cmu    the CMU dictionary
	 * @param extra  the template's own pronunciations
	 * @param missing receives the words nothing could pronounce
	 * @return the dictionary text, one {@code word PHONES} per line
	 */
	public static String dictionary(Set<String> words, Map<String, List<String>> cmu, Map<String, String> extra,
			List<String> missing) {
		Map<String, List<String>> out = new TreeMap<>();
		for (String w : words) {
			List<String> p = extra.containsKey(w) ? alternatives(extra.get(w)) : cmu.get(w);
			if (p != null && p.isEmpty()) {
				p = null; // a sounds line without phones: reported as missing, never an empty entry
			}
			if (p != null && CONNECTED.containsKey(w)) {
				p = new ArrayList<>(p);
				p.add(CONNECTED.get(w));
			}
			if (p == null) {
				p = compound(w, cmu);
			}
			if (p == null) {
				missing.add(w);
			} else {
				out.put(w, p);
			}
		}
		StringBuilder text = new StringBuilder();
		out.forEach((w, ps) -> {
			for (int i = 0; i < ps.size(); i++) {
				text.append(w).append(i == 0 ? "" : "(" + (i + 1) + ")").append(' ').append(ps.get(i)).append('\n');
			}
		});
		return text.toString();
	}

	/** @return the pronunciations of a {@code sounds} line: several are separated by {@code |} */
	static List<String> alternatives(String sounds) {
		return Arrays.stream(sounds.split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** Two known words joined ({@code hyper} + {@code intense}). */
	private static List<String> compound(String word, Map<String, List<String>> cmu) {
		for (int i = 2; i <= word.length() - 2; i++) {
			List<String> a = cmu.get(word.substring(0, i));
			List<String> b = cmu.get(word.substring(i));
			if (a != null && b != null) {
				return List.of(a.get(0) + " " + b.get(0));
			}
		}
		return null;
	}
}
