package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.spinerad.dictation.internal.PhraseLanguage.Assign;
import org.spinerad.dictation.internal.PhraseLanguage.Entry;
import org.spinerad.dictation.internal.PhraseLanguage.FieldInfo;
import org.spinerad.dictation.internal.PhraseLanguage.Kind;
import org.spinerad.dictation.internal.PhraseLanguage.Type;
import org.spinerad.model.RegionKind;

/**
 * The JSGF grammar of a phrase language, for the speech recognizer. One rule
 * per region: the region's name or clinical phrase (never left out: a
 * grammar that may skip it loses the phrase) before or after a level,
 * then any number of that region's own field phrases; or field phrases alone
 * for the finding named last. A clinical phrase that only one region's
 * findings can have names that region too ("l three to l five roots
 * clumped"), as it does typed. Levels allow real
 * vertebrae only, and each field offers only its own values, so the
 * recognizer cannot trade a trailing value for another field's. Speech
 * outside the language (noise, another language) reaches no final state of
 * the grammar and is heard as nothing. Alternatives that begin alike are
 * written with their beginning once ({@link Trie}), which halves the
 * decoder's work. A field whose value is a number takes it after its name
 * or, with its unit, before it, never its name alone (which sets nothing
 * and, offered, stood in for a region's last word: "epidural space" heard as
 * "epidural thick"); a name of {@link #LONG_NAME} words or more takes a
 * number before it without unit too ("forty minutes after injection"); a
 * whole-number field takes no decimals. A text field
 * takes a level after its name. A value may be said without its field's
 * name where it fits one field of the region named and has three syllables
 * or more ("c four cord intramedullary"); a shorter one took the place of
 * other words more often than it was said ("hematoma" heard as "tumor
 * tumor"), and none is offered without a region named. The fields of the
 * clinical header the template dictates are said in a phrase of their own.
 */
public final class Grammar {

	/** Words of a field's name from which a number may come before it without a unit. */
	static final int LONG_NAME = 3;

	/** Syllables from which a value may be said without its field's name. */
	static final int ALONE_SYLLABLES = 3;

	private Grammar() {
	}

	public static String jsgf(PhraseLanguage language) {
		Map<Kind, Set<String>> function = new LinkedHashMap<>();
		Map<RegionKind, Set<String>> names = new LinkedHashMap<>();
		Map<RegionKind, Set<String>> heads = new LinkedHashMap<>();
		Map<String, Set<String>> fieldNames = new LinkedHashMap<>();
		List<Entry> curatedAssigns = new ArrayList<>();
		Map<String, Set<String>> units = new LinkedHashMap<>();
		for (Entry e : language.entries()) {
			String words = spoken(e.words());
			switch (e.meaning().kind()) {
			case REGION -> names.computeIfAbsent(e.meaning().region(), k -> new LinkedHashSet<>()).add(words);
			case FIELD -> fieldNames.computeIfAbsent(e.meaning().feature(), k -> new LinkedHashSet<>()).add(words);
			case ASSIGN -> {
				if (e.meaning().region() != null) {
					heads.computeIfAbsent(e.meaning().region(), k -> new LinkedHashSet<>()).add(words);
				} else {
					curatedAssigns.add(e);
				}
			}
			case VALUE -> {
			}
			case UNIT -> {
				function.computeIfAbsent(Kind.UNIT, k -> new LinkedHashSet<>()).add(words);
				units.computeIfAbsent("percent".equals(e.meaning().feature()) ? "percent" : "length",
						k -> new LinkedHashSet<>()).add(words);
			}
			default -> function.computeIfAbsent(e.meaning().kind(), k -> new LinkedHashSet<>()).add(words);
			}
		}
		StringBuilder g = new StringBuilder("#JSGF V1.0;\ngrammar spinerad;\n\n");
		List<String> top = new ArrayList<>();
		Set<List<String>> allAttrs = new LinkedHashSet<>();
		for (RegionKind region : language.regions()) {
			String r = region.getLiteral();
			List<String> here = language.fieldsOf(region);
			Set<List<String>> attrs = new LinkedHashSet<>();
			for (String feature : here) {
				attrs.addAll(field(language.fields().get(feature), fieldNames.get(feature), function));
			}
			Set<String> head = new TreeSet<>(names.getOrDefault(region, Set.of()));
			head.addAll(heads.getOrDefault(region, Set.of()));
			for (Entry e : curatedAssigns) {
				if (fits(e, region, language)) {
					attrs.addAll(negatable(Set.of(spoken(e.words())), function));
					// a clinical phrase only this region's findings have names the region ("l three roots clumped")
					if (language.regions().stream().filter(other -> fits(e, other, language)).count() == 1) {
						head.add(spoken(e.words()));
					}
				}
			}
			attrs.add(List.of("<measure>"));
			allAttrs.addAll(attrs);
			attrs.addAll(alone(language, region));
			// after the region's name, its own clinical phrases too ("l one vertebral body pathologic fracture")
			attrs.addAll(split(heads.getOrDefault(region, Set.of())));
			Set<String> name = names.getOrDefault(region, Set.of());
			g.append("<name_").append(r).append("> = ").append(alt(name)).append(";\n");
			g.append("<head_").append(r).append("> = ").append(Trie.of(split(head))).append(";\n");
			g.append("<attr_").append(r).append("> = ").append(Trie.of(attrs)).append(";\n");
			g.append("<finding_").append(r).append("> = (<level> <head_").append(r).append("> | <head_").append(r)
					.append("> [<level>]) <attr_").append(r).append(">*;\n");
			g.append("<normal_").append(r).append("> = ").append(alt(function.getOrDefault(Kind.NEGATION, Set.of())))
					.append(" <name_").append(r).append("> [").append(alt(function.getOrDefault(Kind.NOUN, Set.of("finding"))))
					.append("] | ").append(alt(function.getOrDefault(Kind.NORMAL, Set.of("normal")))).append(" <name_")
					.append(r).append("> | <name_").append(r).append("> ")
					.append(alt(function.getOrDefault(Kind.NORMAL, Set.of("normal")))).append(";\n\n");
			top.add("<finding_" + r + ">");
			top.add("<normal_" + r + ">");
		}
		// the clinical header: its fields with their values (a text field's free words cannot be offered)
		Set<List<String>> header = new LinkedHashSet<>();
		for (FieldInfo f : language.fields().values()) {
			if (language.header(f.feature()) && f.type() != PhraseLanguage.Type.TEXT) {
				header.addAll(field(f, fieldNames.get(f.feature()), function));
			}
		}
		if (!header.isEmpty()) {
			g.append("<header> = ").append(Trie.of(header)).append(";\n");
			top.add("<header>+");
		}
		g.append("<more> = ").append(Trie.of(allAttrs)).append(";\n");
		g.append("public <utterance> = ").append(String.join(" | ", top)).append(" | <more>+;\n\n");
		Set<String> numbers = new TreeSet<>(Words.numberWords());
		numbers.remove("zero");
		g.append("<digit> = one | two | three | four | five | six | seven | eight | nine;\n");
		g.append("<number> = <digit> | ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen")
				.append(" | eighteen | nineteen | (twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety) [<digit>]")
				.append(" | one hundred;\n");
		g.append("<decimal> = (<number> | zero) [point (<digit> | zero)];\n");
		String by = alt(said(function.getOrDefault(Kind.BY, Set.of("by"))));
		g.append("<unit> = ").append(alt(said(function.getOrDefault(Kind.UNIT, Set.of("millimetres"))))).append(";\n");
		g.append("<unit_length> = ").append(alt(said(units.getOrDefault("length", Set.of("millimetres"))))).append(";\n");
		g.append("<unit_percent> = ").append(alt(said(units.getOrDefault("percent", Set.of("percent"))))).append(";\n");
		g.append("<measure> = <decimal> [").append(by)
				.append(" <decimal> [").append(by)
				.append(" <decimal>]] <unit>;\n");
		g.append("<single> = ").append(Trie.of(split(levels()))).append(";\n");
		g.append("<level> = [").append(alt(new LinkedHashSet<>(List.of("at", "from", "level")))).append("] <single> [").append(alt(function.getOrDefault(Kind.TO, Set.of("to")))).append(" <single>];\n");
		return g.toString();
	}

	/**
	 * Values said without their field's name: those of {@link #ALONE_SYLLABLES}
	 * syllables or more that fit one field of the region's findings and mean
	 * nothing else (a facet finding's extension "epidural" names a region when
	 * said alone), as the interpreter places them.
	 */
	static List<List<String>> alone(PhraseLanguage language, RegionKind region) {
		List<String> here = language.fieldsOf(region);
		Set<String> named = new TreeSet<>();
		Set<String> otherwise = new TreeSet<>();
		Map<String, Set<Assign>> fits = new LinkedHashMap<>();
		for (Entry e : language.entries()) {
			if (e.meaning().kind() == Kind.VALUE) {
				Set<Assign> f = fits.computeIfAbsent(spoken(e.words()), k -> new LinkedHashSet<>());
				e.meaning().assigns().stream().filter(a -> here.contains(a.feature())).forEach(f::add);
			} else {
				otherwise.add(spoken(e.words()));
				if (e.meaning().kind() == Kind.FIELD) {
					named.add(e.meaning().feature());
				}
			}
		}
		List<List<String>> out = new ArrayList<>();
		fits.forEach((words, f) -> {
			// words that also name a region, a field or a clinical phrase mean that when said alone
			if (f.size() == 1 && named.contains(f.iterator().next().feature()) && !otherwise.contains(words)
					&& syllables(words) >= ALONE_SYLLABLES) {
				out.add(List.of(words.split(" ")));
			}
		});
		return out;
	}

	/** @return the syllables of words as written, by their groups of vowels (a final silent e left out) */
	static int syllables(String words) {
		int count = 0;
		for (String w : words.split(" ")) {
			int groups = w.split("[aeiouy]+", -1).length - 1;
			if (groups > 1 && w.matches(".*[^aeiouy]e")) {
				groups--;
			}
			count += groups;
		}
		return count;
	}

	/** @return whether every field a clinical phrase sets is a field of the region's findings */
	private static boolean fits(Entry e, RegionKind region, PhraseLanguage language) {
		List<String> here = language.fieldsOf(region);
		return e.meaning().assigns().stream().allMatch(a -> here.contains(a.feature()));
	}

	/**
	 * Every vertebra, and every disc level as its two adjacent vertebrae
	 * ("t eight t nine", "l four five"): a pair that is no level cannot be
	 * heard, so the first vertebra of a level is not traded for another.
	 */
	static List<String> levels() {
		String[] words = { "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
				"twelve" };
		List<String> vertebrae = new ArrayList<>();
		int[] counts = { 7, 12, 5, 2 };
		String[] letters = { "c", "t", "l", "s" };
		for (int r = 0; r < letters.length; r++) {
			for (int i = 1; i <= counts[r]; i++) {
				vertebrae.add(letters[r] + " " + words[i]);
			}
		}
		List<String> out = new ArrayList<>(vertebrae);
		for (int i = 0; i + 1 < vertebrae.size(); i++) {
			String upper = vertebrae.get(i);
			String lower = vertebrae.get(i + 1);
			out.add(upper + " " + lower);
			if (upper.charAt(0) == lower.charAt(0)) {
				out.add(upper + " " + lower.substring(2));
			}
		}
		return out;
	}

	/**
	 * A field's phrases, each a list of words and groups: its name, then its
	 * values; none when it has no spoken name.
	 */
	private static List<List<String>> field(FieldInfo field, Set<String> names, Map<Kind, Set<String>> function) {
		if (names == null || names.isEmpty()) {
			return List.of();
		}
		List<List<String>> out = new ArrayList<>();
		switch (field.type()) {
		case ENUM -> {
			Set<String> values = new TreeSet<>();
			field.values().keySet().forEach(v -> values.add(spoken(v)));
			out.addAll(followedBy(split(names), alt(values)));
			if (field.values().containsValue("none")) {
				out.addAll(negated(names, function));
			}
		}
		case BOOL -> out.addAll(negatable(names, function));
		// a number after the name ("delayed images twenty"), or before it with its unit ("five millimetres thick");
		// the name alone sets nothing, so it is not offered: it cannot stand in for a region's words
		// a length or a percentage (by the model's naming: ...Mm, ...Percent) always with its unit: a length may be
		// in millimetres or centimetres, and a number alone at the end of a phrase was heard in a trailing sound
		case INT, DOUBLE -> {
			String number = field.type() == Type.INT ? "<number>" : "<decimal>";
			String unit = field.feature().endsWith("Mm") ? "<unit_length>"
					: field.feature().endsWith("Percent") ? "<unit_percent>" : null;
			out.addAll(followedBy(split(names), number + (unit == null ? " [<unit>]" : " " + unit)));
			for (List<String> name : split(names)) {
				List<String> q = new ArrayList<>(List.of(number, unit == null ? "<unit>" : unit));
				q.addAll(name);
				out.add(q);
				// a name of three words or more that holds its own unit ("forty minutes after injection") is
				// long enough not to be heard in the trailing sounds of other words, so it takes a number alone
				if (unit == null && name.size() >= LONG_NAME) {
					List<String> bare = new ArrayList<>(List.of(number));
					bare.addAll(name);
					out.add(bare);
				}
			}
		}
		case LEVEL -> out.addAll(followedBy(split(names), "<single>"));
		// free words cannot all be offered to the recognizer; a level can ("nerve root l five")
		case TEXT -> out.addAll(followedBy(split(names), "<single>"));
		}
		return out;
	}

	private static List<List<String>> followedBy(List<List<String>> phrases, String group) {
		List<List<String>> out = new ArrayList<>();
		for (List<String> p : phrases) {
			List<String> q = new ArrayList<>(p);
			q.add(group);
			out.add(q);
		}
		return out;
	}

	/** The phrases, and each after each negation ("no cord expansion"). */
	private static List<List<String>> negatable(Set<String> phrases, Map<Kind, Set<String>> function) {
		List<List<String>> out = new ArrayList<>(split(phrases));
		out.addAll(negated(phrases, function));
		return out;
	}

	/** The phrases after the negations, said as one group so that they share it. */
	private static List<List<String>> negated(Set<String> phrases, Map<Kind, Set<String>> function) {
		String negation = alt(function.getOrDefault(Kind.NEGATION, Set.of("no")));
		List<List<String>> out = new ArrayList<>();
		for (List<String> p : split(phrases)) {
			List<String> q = new ArrayList<>(List.of(negation));
			q.addAll(p);
			out.add(q);
		}
		return out;
	}

	/** Phrases as lists of words. */
	private static List<List<String>> split(java.util.Collection<String> phrases) {
		return phrases.stream().map(p -> List.of(p.split(" "))).toList();
	}

	/**
	 * Written short forms ("mm", "cm", "x") are typed, not said: left out of
	 * the spoken grammar, short sounds cannot stand in for a field's words.
	 */
	private static Set<String> said(Set<String> words) {
		Set<String> out = new TreeSet<>(words);
		out.removeIf(w -> !w.matches(".*[aeiouy].*"));
		return out.isEmpty() ? words : out;
	}

	private static String alt(Set<String> options) {
		return options.size() == 1 ? options.iterator().next() : "(" + String.join(" | ", options) + ")";
	}

	/** Words as spoken: digits become number words. */
	static String spoken(List<String> words) {
		List<String> out = new ArrayList<>();
		for (String w : words) {
			out.add(w.matches("\\d+(\\.\\d+)?") ? Words.spoken(Double.parseDouble(w)) : w);
		}
		return String.join(" ", out);
	}

	/** @return every word a grammar uses */
	public static Set<String> vocabulary(String jsgf) {
		Set<String> words = new TreeSet<>();
		for (String line : jsgf.lines().toList()) {
			int eq = line.indexOf('=');
			if (line.startsWith("#") || line.startsWith("grammar") || eq < 0) {
				continue;
			}
			for (String w : line.substring(eq + 1).replaceAll("<[^>]*>|/[0-9.]+/", " ").split("[\\s()|\\[\\];*+]+")) {
				if (!w.isEmpty()) {
					words.add(w);
				}
			}
		}
		return words;
	}
}
