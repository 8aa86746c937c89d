package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits phrases into the tokens the phrase language matches: lower case,
 * letters apart from digits ({@code L4} is {@code l 4}), punctuation gone
 * except the level separators {@code -} and {@code /}. Reads numbers written
 * in digits or words.
 */
public final class Words {

	/** A token and the index of the typed word it came from. */
	public record Token(String text, int word) {
	}

	private static final String[] SMALL = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
			"nineteen" };
	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety" };
	private static final Map<String, Integer> VALUES = values();

	private Words() {
	}

	private static Map<String, Integer> values() {
		java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
		for (int i = 0; i < SMALL.length; i++) {
			m.put(SMALL[i], i);
		}
		for (int i = 2; i < TENS.length; i++) {
			m.put(TENS[i], i * 10);
		}
		m.put("oh", 0);
		return Map.copyOf(m);
	}

	/** @return the tokens of a text, each with the index of its whitespace-separated word */
	public static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		String[] words = text.strip().split("\\s+");
		for (int w = 0; w < words.length; w++) {
			for (String t : split(words[w])) {
				tokens.add(new Token(t, w));
			}
		}
		return tokens;
	}

	/** @return the original words of a text, as {@link Token#word()} counts them */
	public static String[] originalWords(String text) {
		return text.strip().split("\\s+");
	}

	/** @return the tokens of a phrase, without word positions */
	public static List<String> split(String text) {
		String t = text.toLowerCase(Locale.ROOT).replace("%", " percent ");
		t = t.replaceAll("(?<=[a-z]{2})-(?=[a-z])", " ");
		t = t.replaceAll("(?<=[a-z])(?=\\d)|(?<=\\d)(?=[a-z])", " ");
		t = t.replaceAll("[^a-z0-9.\\-/]+", " ");
		t = t.replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ");
		t = t.replaceAll("([-/])", " $1 ");
		List<String> raw = new ArrayList<>();
		for (String s : t.strip().split("\\s+")) {
			if (!s.isEmpty()) {
				raw.add(s);
			}
		}
		List<String> out = new ArrayList<>();
		for (int i = 0; i < raw.size();) {
			Number n = VALUES.containsKey(raw.get(i)) ? number(raw, i) : null;
			if (n != null) {
				out.add(format(n.value()));
				i += n.length();
			} else {
				out.add(raw.get(i));
				i++;
			}
		}
		return out;
	}

	/** A number read from tokens. */
	public record Number(double value, int length, boolean integer) {
	}

	/**
	 * Reads a number at a position: digits ({@code 12}, {@code 2.5}) or words
	 * ({@code twenty five}, {@code two point five}, {@code one hundred}).
	 *
	 * @return the number, or null when none starts there
	 */
	public static Number number(List<String> tokens, int at) {
		if (at >= tokens.size()) {
			return null;
		}
		String first = tokens.get(at);
		if (first.matches("\\d+(\\.\\d+)?")) {
			return new Number(Double.parseDouble(first), 1, !first.contains("."));
		}
		int i = at;
		Integer v = VALUES.get(first);
		if (v == null || first.equals("oh")) {
			return null;
		}
		int value = v;
		i++;
		if (value >= 20 && value % 10 == 0 && i < tokens.size()) {
			Integer unit = VALUES.get(tokens.get(i));
			if (unit != null && unit > 0 && unit < 10) {
				value += unit;
				i++;
			}
		}
		if (value > 0 && value < 10 && i < tokens.size() && tokens.get(i).equals("hundred")) {
			value *= 100;
			i++;
		}
		if (i + 1 < tokens.size() && tokens.get(i).equals("point")) {
			Integer decimal = VALUES.get(tokens.get(i + 1));
			if (decimal != null && decimal < 10) {
				return new Number(value + decimal / 10.0, i + 2 - at, false);
			}
		}
		return new Number(value, i - at, true);
	}

	/** @return a number in spoken words, e.g. {@code twenty five}, {@code two point five} */
	public static String spoken(double value) {
		long whole = (long) Math.floor(value);
		String text = spokenWhole(whole);
		long tenth = Math.round((value - whole) * 10);
		return tenth == 0 ? text : text + " point " + SMALL[(int) tenth];
	}

	private static String spokenWhole(long n) {
		if (n < 20) {
			return SMALL[(int) n];
		}
		if (n < 100) {
			return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : " " + SMALL[(int) (n % 10)]);
		}
		return spokenWhole(n / 100) + " hundred" + (n % 100 == 0 ? "" : " " + spokenWhole(n % 100));
	}

	/** @return the number words the grammar offers, for numbers up to 99 and tenths */
	public static List<String> numberWords() {
		List<String> all = new ArrayList<>(List.of(SMALL));
		for (int i = 2; i < TENS.length; i++) {
			all.add(TENS[i]);
		}
		return all;
	}

	/** @return how a number is written in an edit: no trailing {@code .0} */
	public static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
