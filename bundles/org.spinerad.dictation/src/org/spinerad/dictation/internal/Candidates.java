package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.spinerad.dictation.internal.PhraseLanguage.Assign;
import org.spinerad.dictation.internal.PhraseLanguage.Entry;
import org.spinerad.dictation.internal.PhraseLanguage.FieldInfo;
import org.spinerad.dictation.internal.PhraseLanguage.Kind;
import org.spinerad.dictation.internal.Scanner.Bare;
import org.spinerad.dictation.internal.Scanner.Field;
import org.spinerad.dictation.internal.Scanner.Item;
import org.spinerad.dictation.internal.Scanner.Level;
import org.spinerad.dictation.internal.Scanner.Region;
import org.spinerad.model.RegionKind;

/**
 * The phrases that may follow the words of a phrase typed so far, each with
 * what it sets: a field's values after its name, the rest of a phrase begun,
 * else every phrase that fits the region and sets a field not yet set. A
 * field's name followed by one of its values is one candidate; a number or a
 * level a field takes is a slot ({@link #NUMBER}, {@link #LEVEL}).
 */
final class Candidates {

	/** The word of a candidate that stands for a number typed. */
	static final String NUMBER = "#";
	/** The word of a candidate that stands for a level typed. */
	static final String LEVEL = "@";
	/** The value the scanner gives a text field: the words after its name. */
	private static final String TEXT = "\u0000text";

	/**
	 * A phrase that may come next.
	 *
	 * @param words  its words (tokens as {@link Words#split} makes them), slots included
	 * @param effect what it does that nothing typed before does; equal effects are one alternative
	 */
	record Candidate(List<String> words, String effect) {
	}

	/**
	 * What the words typed so far said; {@code finding} when they said
	 * something of a finding (the clinical header is then not proposed),
	 * {@code text} when a text field's words began (nothing is proposed).
	 */
	private record Context(Set<RegionKind> regions, boolean regionNamed, boolean levelNamed, Map<String, String> assigned,
			String pendingField, boolean empty, RegionKind last, boolean finding, boolean text) {

		/** @return whether fields of these regions are placed: one region is left, or the last finding's */
		boolean placed(Set<RegionKind> of) {
			Set<RegionKind> left = EnumSet.noneOf(RegionKind.class);
			left.addAll(regions);
			left.retainAll(of);
			return left.size() == 1 || last != null && left.contains(last);
		}
	}

	private final PhraseLanguage language;

	/** The fields a value said alone may be for, by its words; none when the words read as another phrase. */
	private final Map<List<String>, List<String>> valueFields = new java.util.HashMap<>();
	private final Map<Entry, Boolean> readAs = new java.util.HashMap<>();
	private final Map<List<String>, Boolean> reads = new java.util.HashMap<>();

	Candidates(PhraseLanguage language) {
		this.language = language;
		for (Entry e : language.entries()) {
			if (e.meaning().kind() == Kind.VALUE && !valueFields.containsKey(e.words())) {
				List<Item> read = new Scanner(language, e.words()).scan();
				valueFields.put(e.words(), read.size() == 1 && read.get(0) instanceof Bare b && b.end() == e.words().size()
						? b.candidates().stream().map(Assign::feature).distinct().toList()
						: List.of());
			}
		}
	}

	/** @return whether the words of a phrase, said alone, are read as that phrase (not as a level or another field) */
	private boolean readAs(Entry e) {
		return readAs.computeIfAbsent(e, x -> {
			List<Item> read = new Scanner(language, x.words()).scan();
			if (read.size() != 1 || read.get(0).end() != x.words().size()) {
				return false;
			}
			return read.get(0) instanceof Scanner.Set set && set.assigns().equals(x.meaning().assigns());
		});
	}

	/** @return whether a level was said in these tokens */
	boolean levelNamed(List<String> tokens) {
		return context(tokens, null).levelNamed();
	}

	/**
	 * @param last the region of the finding named last, or null
	 * @return the candidates after these tokens
	 */
	List<Candidate> after(List<String> tokens, RegionKind last) {
		Context context = context(tokens, last);
		List<Candidate> out = new ArrayList<>();
		if (context.text()) {
			return out; // the rest of the phrase is the text field's value
		}
		if (context.pendingField() != null) {
			valuesOf(language.fields().get(context.pendingField()), List.of(), context, out);
		} else {
			for (Entry e : language.entries()) {
				fresh(e, context, out);
			}
		}
		continuations(tokens, context, out);
		return out;
	}

	private Context context(List<String> tokens, RegionKind last) {
		Set<RegionKind> regions = EnumSet.copyOf(language.regions());
		boolean named = false;
		boolean level = false;
		boolean finding = false;
		boolean text = false;
		Map<String, String> assigned = new TreeMap<>();
		String pending = null;
		List<Item> items = tokens.isEmpty() ? List.of() : new Scanner(language, tokens).scan();
		for (Item item : items) {
			pending = null;
			switch (item) {
			case Region r -> {
				regions.retainAll(Set.of(r.kind()));
				named = true;
				finding = true;
			}
			case Scanner.Set s when s.assigns().stream().allMatch(a -> language.header(a.feature())) -> {
				regions.clear(); // the clinical header: no finding in the same phrase
				s.assigns().forEach(a -> assigned.put(a.feature(), a.value()));
				text |= s.assigns().stream().anyMatch(a -> a.value().equals(TEXT));
			}
			case Field f when language.header(f.feature()) -> {
				regions.clear();
				pending = f.end() == tokens.size() ? f.feature() : null;
			}
			case Scanner.Set s -> {
				finding = true;
				text |= s.assigns().stream().anyMatch(a -> a.value().equals(TEXT));
				if (s.region() != null) {
					regions.retainAll(Set.of(s.region()));
					named = true;
				}
				for (Assign a : s.assigns()) {
					regions.retainAll(language.fields().get(a.feature()).regions());
					assigned.put(a.feature(), a.value());
				}
			}
			case Bare b -> {
				finding = true;
				Set<RegionKind> some = EnumSet.noneOf(RegionKind.class);
				b.candidates().forEach(a -> some.addAll(language.fields().get(a.feature()).regions()));
				regions.retainAll(some);
				List<Assign> fit = b.candidates().stream().filter(a -> fits(a.feature(), regions)).toList();
				if (fit.size() == 1) {
					assigned.put(fit.get(0).feature(), fit.get(0).value());
				}
			}
			case Field f -> {
				finding = true;
				regions.retainAll(language.fields().get(f.feature()).regions());
				if (f.end() == tokens.size()) {
					pending = f.feature();
				}
			}
			case Level l -> {
				// a second level is a field's name when it reads as one (t1, t2)
				List<String> words = tokens.subList(l.start(), l.end());
				pending = level && l.end() == tokens.size() ? fieldNamed(words) : null;
				level = true;
				finding = true;
			}
			default -> {
			}
			}
		}
		return new Context(regions, named, level, assigned, pending, items.isEmpty(), last, finding, text);
	}

	private String fieldNamed(List<String> words) {
		for (Entry e : language.entries()) {
			if (e.meaning().kind() == Kind.FIELD && e.words().equals(words)) {
				return e.meaning().feature();
			}
		}
		return null;
	}

	private boolean fits(String feature, Set<RegionKind> regions) {
		for (RegionKind r : regions) {
			if (language.fields().get(feature).regions().contains(r)) {
				return true;
			}
		}
		return false;
	}

	/** A phrase said at a fresh place of the phrase. */
	private void fresh(Entry e, Context context, List<Candidate> out) {
		switch (e.meaning().kind()) {
		case REGION -> {
			if (!context.regionNamed() && context.regions().contains(e.meaning().region())) {
				out.add(new Candidate(e.words(), "region " + e.meaning().region().getLiteral()));
			}
		}
		case FIELD -> {
			FieldInfo field = language.fields().get(e.meaning().feature());
			boolean fits = language.header(field.feature()) ? !context.finding() : context.placed(field.regions());
			if (fits && !context.assigned().containsKey(field.feature())) {
				valuesOf(field, e.words(), context, out);
			}
		}
		case ASSIGN -> assign(e, context, out);
		case VALUE -> {
			// a value said alone is placed only when one field of the region takes it
			Assign a = e.meaning().assigns().get(0);
			List<String> fitting = valueFields.getOrDefault(e.words(), List.of()).stream()
					.filter(f -> fits(f, context.regions())).toList();
			if (fitting.equals(List.of(a.feature())) && context.placed(language.fields().get(a.feature()).regions())
					&& !context.assigned().containsKey(a.feature())) {
				out.add(new Candidate(e.words(), a.feature() + " = " + a.value()));
			}
		}
		case NEGATION, NORMAL -> {
			if (context.empty() || !context.regionNamed() && context.assigned().isEmpty()) {
				out.add(new Candidate(e.words(), e.meaning().kind().name().toLowerCase(java.util.Locale.ROOT)));
			}
		}
		default -> {
			// function words, units and answers complete nothing on their own
		}
		}
	}

	private void assign(Entry e, Context context, List<Candidate> out) {
		RegionKind region = e.meaning().region();
		if (region != null && !context.regions().contains(region)) {
			return;
		}
		Set<RegionKind> regions = region == null ? EnumSet.copyOf(context.regions()) : EnumSet.of(region);
		Map<String, String> fresh = new LinkedHashMap<>();
		for (Assign a : e.meaning().assigns()) {
			regions.retainAll(language.fields().get(a.feature()).regions());
			if (!a.value().equals(context.assigned().get(a.feature()))) {
				if (context.assigned().containsKey(a.feature())) {
					return; // would set a field said already to another value
				}
				fresh.put(a.feature(), a.value());
			}
		}
		boolean newRegion = region != null && !context.regionNamed();
		if (regions.isEmpty() || fresh.isEmpty() && !newRegion || !readAs(e) || region == null && !context.placed(regions)) {
			return;
		}
		StringBuilder effect = new StringBuilder(newRegion ? "region " + region.getLiteral() : "");
		fresh.forEach((f, v) -> effect.append(effect.isEmpty() ? "" : ", ").append(f).append(" = ").append(v));
		out.add(new Candidate(e.words(), effect.toString()));
	}

	/**
	 * A field's name (may be empty: the field was named) followed by each of
	 * its values, when the words are read so.
	 */
	private void valuesOf(FieldInfo field, List<String> name, Context context, List<Candidate> out) {
		String f = field.feature();
		switch (field.type()) {
		case ENUM -> field.values().forEach((words, literal) -> add(join(name, words), f, literal, name, out));
		case BOOL -> {
			if (name.isEmpty()) {
				out.add(new Candidate(List.of("yes"), f + " = true"));
				out.add(new Candidate(List.of("no"), f + " = false"));
			} else {
				add(name, f, "true", name, out);
			}
		}
		case INT, DOUBLE -> add(join(name, List.of(NUMBER)), f, NUMBER, name, out);
		case LEVEL -> add(join(name, List.of(LEVEL)), f, LEVEL, name, out);
		case TEXT -> {
			if (!name.isEmpty()) {
				out.add(new Candidate(name, f + " (text)"));
			}
		}
		default -> {
		}
		}
	}

	private void add(List<String> words, String feature, String value, List<String> name, List<Candidate> out) {
		if (name.isEmpty() || reads(words, feature, value)) {
			String shown = value.equals(NUMBER) ? "a number" : value.equals(LEVEL) ? "a level" : value;
			out.add(new Candidate(words, feature + " = " + shown));
		}
	}

	/** @return whether a field's name and value, said alone, are read as that field and value */
	private boolean reads(List<String> words, String feature, String value) {
		return reads.computeIfAbsent(words, w -> {
			List<String> said = new ArrayList<>();
			for (String x : w) {
				said.addAll(x.equals(NUMBER) ? List.of("1") : x.equals(LEVEL) ? List.of("t", "6") : List.of(x));
			}
			List<Item> read = new Scanner(language, said).scan();
			return read.size() == 1 && read.get(0).end() == said.size() && read.get(0) instanceof Scanner.Set set
					&& set.assigns().size() == 1 && set.assigns().get(0).feature().equals(feature)
					&& (value.equals(NUMBER) || value.equals(LEVEL) || set.assigns().get(0).value().equals(value));
		});
	}

	/** The rest of longer phrases whose first words are the last words typed. */
	private void continuations(List<String> tokens, Context context, List<Candidate> out) {
		for (int k = Math.min(3, tokens.size()); k >= 1; k--) {
			List<String> tail = tokens.subList(tokens.size() - k, tokens.size());
			List<Candidate> longer = new ArrayList<>();
			for (Entry e : language.entries()) {
				if (e.words().size() > k && e.words().subList(0, k).equals(tail)) {
					fresh(e, new Context(context.regions(), false, context.levelNamed(), Map.of(), null, false, context.last(),
							context.finding(), false), longer);
				} else if (k > 1 && e.meaning().kind() == Kind.FIELD && e.words().equals(tail) && context.pendingField() == null
						&& !context.assigned().containsKey(e.meaning().feature())) {
					// a field's name read as something else (t1 as a level): its values
					valuesOf(language.fields().get(e.meaning().feature()), List.of(), context, out);
				}
			}
			for (Candidate c : longer) {
				out.add(new Candidate(c.words().subList(k, c.words().size()), c.effect()));
			}
		}
	}

	private static List<String> join(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}
}
