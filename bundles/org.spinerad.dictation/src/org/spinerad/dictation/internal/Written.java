package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.spinerad.model.levels.Vertebra;

/**
 * Heard words in the form a radiologist types them: vertebrae as {@code L5},
 * two adjacent vertebrae as the disc level {@code L4-L5}, numbers in digits
 * ({@code 12 by 10 millimetres}, {@code 2.5}). The phrase language reads both
 * forms alike, except where it keeps words verbatim (a text field such as the
 * nerve root, the remark): there the written form is what belongs in the
 * report. The phrase bar shows this form too.
 */
public final class Written {

	private Written() {
	}

	/** @return the written form of words heard in the spoken form */
	public static String of(String heard) {
		if (heard.isBlank()) {
			return "";
		}
		List<String> raw = List.of(heard.strip().split("\\s+"));
		List<String> out = new ArrayList<>();
		for (int i = 0; i < raw.size();) {
			Vert upper = vertebra(raw, i);
			if (upper != null) {
				Vert lower = vertebra(raw, upper.end());
				if (lower == null) {
					lower = sameSegment(raw, upper);
				}
				if (lower != null && upper.vertebra().hasDiscTo(lower.vertebra())) {
					out.add(upper.vertebra().label() + "-" + lower.vertebra().label());
					i = lower.end();
				} else {
					out.add(upper.vertebra().label());
					i = upper.end();
				}
				continue;
			}
			Words.Number n = raw.get(i).equals("oh") ? null : Words.number(raw, i);
			if (n != null) {
				out.add(Words.format(n.value()));
				i += n.length();
			} else {
				out.add(raw.get(i));
				i++;
			}
		}
		return String.join(" ", out);
	}

	/** A vertebra and the index of the word after it. */
	private record Vert(Vertebra vertebra, int end) {
	}

	/** A segment letter and a whole number up to twelve in words ({@code l four}). */
	private static Vert vertebra(List<String> words, int at) {
		if (at >= words.size() || !words.get(at).matches("[ctls]")) {
			return null;
		}
		Words.Number n = Words.number(words, at + 1);
		if (n == null || !n.integer() || n.length() != 1) {
			return null;
		}
		Optional<Vertebra> v = Vertebra.parse(words.get(at).toUpperCase(Locale.ROOT) + (int) n.value());
		return v.map(x -> new Vert(x, at + 2)).orElse(null);
	}

	/** The lower vertebra of a disc said with its number alone ({@code l four five}). */
	private static Vert sameSegment(List<String> words, Vert upper) {
		int at = upper.end();
		if (at >= words.size()) {
			return null;
		}
		Words.Number n = Words.number(words, at);
		if (n == null || !n.integer() || n.length() != 1) {
			return null;
		}
		Optional<Vertebra> v = Vertebra.parse(upper.vertebra().segment() + (int) n.value());
		return v.map(x -> new Vert(x, at + 1)).orElse(null);
	}
}
