package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spinerad.dictation.internal.PhraseLanguage.Assign;
import org.spinerad.dictation.internal.PhraseLanguage.Entry;
import org.spinerad.dictation.internal.PhraseLanguage.FieldInfo;
import org.spinerad.dictation.internal.PhraseLanguage.Kind;
import org.spinerad.dictation.internal.PhraseLanguage.Type;
import org.spinerad.model.RegionKind;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;

/**
 * Reads the tokens of one utterance into items, left to right: a field name
 * followed by one of its values, levels and ranges, measurements, and the
 * phrases of the language; what matches nothing is an unknown word.
 */
final class Scanner {

	/** A piece of the utterance, tokens {@code start} to {@code end} (exclusive). */
	sealed interface Item permits Region, Level, Set, Bare, Field, Measure, Word, Unknown {
		int start();

		int end();
	}

	record Region(int start, int end, RegionKind kind) implements Item {
	}

	record Level(int start, int end, SpineLevel from, SpineLevel to) implements Item {
	}

	/** Fields set; {@code region} when the phrase implies one. */
	record Set(int start, int end, RegionKind region, List<Assign> assigns) implements Item {
	}

	/** A value said without its field: the candidates. */
	record Bare(int start, int end, List<Assign> candidates) implements Item {
	}

	/** A field named without a value. */
	record Field(int start, int end, String feature) implements Item {
	}

	/** Numbers ({@code 12 by 10 by 18}) with their unit ({@code mm}, {@code percent}) or none. */
	record Measure(int start, int end, List<Double> values, String unit) implements Item {
	}

	/** A function word: negation, normal, or a generic noun. */
	record Word(int start, int end, Kind kind) implements Item {
	}

	record Unknown(int start, int end) implements Item {
	}

	private final PhraseLanguage language;
	private final List<String> tokens;

	Scanner(PhraseLanguage language, List<String> tokens) {
		this.language = language;
		this.tokens = tokens;
	}

	List<Item> scan() {
		List<Item> items = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Item item = next(i);
			if (item != null) {
				items.add(item);
				i = item.end();
			} else {
				i++;
			}
		}
		return items;
	}

	/** @return the item at a position, or null for a filler word */
	private Item next(int i) {
		List<Entry> matches = language.longest(tokens, i);
		int length = matches.isEmpty() ? 0 : matches.get(0).words().size();
		int lexiconEnd = i + length;
		Item valued = null;
		for (Entry e : language.fieldsAt(tokens, i)) {
			Item v = fieldValue(e.meaning().feature(), i, i + e.words().size());
			if (v != null && (valued == null || v.end() > valued.end())) {
				valued = v;
			}
		}
		if (valued != null && valued.end() >= lexiconEnd) {
			return valued;
		}
		Level level = level(i);
		if (level != null && level.end() >= lexiconEnd) {
			return level;
		}
		Measure measure = measure(i);
		if (measure != null && measure.end() >= lexiconEnd) {
			return measure;
		}
		if (matches.isEmpty()) {
			return tokens.get(i).equals("-") || tokens.get(i).equals("/") ? null : new Unknown(i, i + 1);
		}
		Entry first = matches.get(0);
		int end = i + length;
		return switch (first.meaning().kind()) {
		case REGION -> new Region(i, end, first.meaning().region());
		case FIELD -> new Field(i, end, first.meaning().feature());
		case ASSIGN -> new Set(i, end, first.meaning().region(), first.meaning().assigns());
		case VALUE -> new Bare(i, end, matches.stream().flatMap(m -> m.meaning().assigns().stream()).toList());
		case NEGATION, NORMAL, NOUN -> new Word(i, end, first.meaning().kind());
		case FILLER, TO, BY, UNIT, YES, NO -> null;
		};
	}

	/** A field's name followed by its value, or null when no value follows. */
	private Item fieldValue(String feature, int start, int at) {
		FieldInfo field = language.fields().get(feature);
		switch (field.type()) {
		case ENUM: {
			int best = 0;
			String literal = null;
			for (Map.Entry<List<String>, String> v : field.values().entrySet()) {
				int n = v.getKey().size();
				if (n > best && at + n <= tokens.size() && tokens.subList(at, at + n).equals(v.getKey())) {
					best = n;
					literal = v.getValue();
				}
			}
			return literal == null ? null : new Set(start, at + best, null, List.of(new Assign(feature, literal)));
		}
		case BOOL: {
			Optional<Kind> answer = at < tokens.size() ? kindOf(at) : Optional.empty();
			if (answer.isPresent() && (answer.get() == Kind.YES || answer.get() == Kind.NO)) {
				int n = language.longest(tokens, at).get(0).words().size();
				return new Set(start, at + n, null, List.of(new Assign(feature, Boolean.toString(answer.get() == Kind.YES))));
			}
			return new Set(start, at, null, List.of(new Assign(feature, "true")));
		}
		case INT, DOUBLE: {
			Measure m = measure(at);
			if (m == null || m.values().size() != 1) {
				return null;
			}
			double value = "cm".equals(m.unit()) ? m.values().get(0) * 10 : m.values().get(0);
			return new Set(start, m.end(), null, List.of(new Assign(feature, Words.format(value))));
		}
		case LEVEL: {
			Level l = level(at);
			return l == null ? null : new Set(start, l.end(), null, List.of(new Assign(feature, l.from().toString())));
		}
		case TEXT:
			return at < tokens.size() ? new Set(start, tokens.size(), null, List.of(new Assign(feature, "\u0000text"))) : null;
		default:
			return null;
		}
	}

	private Optional<Kind> kindOf(int at) {
		List<Entry> m = language.longest(tokens, at);
		return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).meaning().kind());
	}

	/** Numbers joined by "by", then an optional unit. */
	private Measure measure(int at) {
		Words.Number n = Words.number(tokens, at);
		if (n == null) {
			return null;
		}
		List<Double> values = new ArrayList<>(List.of(n.value()));
		int i = at + n.length();
		while (i < tokens.size() && kindOf(i).orElse(null) == Kind.BY) {
			Words.Number more = Words.number(tokens, i + 1);
			if (more == null) {
				break;
			}
			values.add(more.value());
			i += 1 + more.length();
		}
		String unit = null;
		if (i < tokens.size()) {
			List<Entry> m = language.longest(tokens, i);
			if (!m.isEmpty() && m.get(0).meaning().kind() == Kind.UNIT) {
				unit = m.get(0).meaning().feature();
				i += m.get(0).words().size();
			}
		}
		return new Measure(at, i, values, unit);
	}

	/** A vertebra: a segment letter and a number ({@code l 4}, {@code l four}). */
	private record Vert(Vertebra vertebra, int end) {
	}

	private Vert vertebra(int at) {
		if (at >= tokens.size()) {
			return null;
		}
		String letter = tokens.get(at);
		if (letter.equals("coccyx")) {
			return new Vert(Vertebra.CO, at + 1);
		}
		if (!letter.matches("[ctls]")) {
			return null;
		}
		Words.Number n = Words.number(tokens, at + 1);
		if (n == null || !n.integer() || n.length() > 2) {
			return null;
		}
		return Vertebra.parse(letter + (int) n.value()).map(v -> new Vert(v, at + 1 + n.length())).orElse(null);
	}

	/** One level: a vertebra, or a disc ({@code l 4 l 5}, {@code l 4 - 5}, {@code c 7 - t 1}). */
	private Level single(int at) {
		Vert upper = vertebra(at);
		if (upper == null) {
			return null;
		}
		int j = upper.end();
		boolean separated = j < tokens.size() && (tokens.get(j).equals("-") || tokens.get(j).equals("/"));
		int k = separated ? j + 1 : j;
		Vert lower = vertebra(k);
		if (lower == null && separated) {
			Words.Number n = Words.number(tokens, k);
			if (n != null && n.integer() && n.length() == 1) {
				Optional<Vertebra> v = Vertebra.parse(upper.vertebra().segment() + (int) n.value());
				lower = v.map(x -> new Vert(x, k + 1)).orElse(null);
			}
		}
		if (lower != null && upper.vertebra().hasDiscTo(lower.vertebra())) {
			SpineLevel disc = SpineLevel.disc(upper.vertebra(), lower.vertebra());
			return new Level(at, lower.end(), disc, null);
		}
		if (lower != null && separated && lower.vertebra().ordinal() > upper.vertebra().ordinal()) {
			return new Level(at, lower.end(), SpineLevel.of(upper.vertebra()), SpineLevel.of(lower.vertebra()));
		}
		return new Level(at, j, SpineLevel.of(upper.vertebra()), null);
	}

	/** A level or a range {@code LEVEL to LEVEL}. */
	private Level level(int at) {
		Level first = single(at);
		if (first == null || first.to() != null) {
			return first;
		}
		int j = first.end();
		if (j < tokens.size() && (kindOf(j).orElse(null) == Kind.TO || tokens.get(j).equals("-"))) {
			int n = tokens.get(j).equals("-") ? 1 : language.longest(tokens, j).get(0).words().size();
			Level second = single(j + n);
			SpineLevel end = second == null ? null : second.to() != null ? second.to() : second.from();
			if (end != null && first.from().isAbove(end)) {
				return new Level(at, second.end(), first.from(), end);
			}
		}
		return first;
	}
}
