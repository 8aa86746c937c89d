package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.spinerad.dictation.internal.PhraseLanguage.Assign;
import org.spinerad.dictation.internal.PhraseLanguage.FieldInfo;
import org.spinerad.dictation.internal.PhraseLanguage.Kind;
import org.spinerad.dictation.internal.PhraseLanguage.Type;
import org.spinerad.dictation.internal.Scanner.Bare;
import org.spinerad.dictation.internal.Scanner.Field;
import org.spinerad.dictation.internal.Scanner.Item;
import org.spinerad.dictation.internal.Scanner.Level;
import org.spinerad.dictation.internal.Scanner.Measure;
import org.spinerad.dictation.internal.Scanner.Region;
import org.spinerad.dictation.internal.Scanner.Set;
import org.spinerad.dictation.internal.Scanner.Unknown;
import org.spinerad.dictation.internal.Scanner.Word;
import org.spinerad.model.RegionKind;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.levels.SpineLevel;

/**
 * Understands one utterance: which region, which finding (by level, else the
 * finding named last), which fields take which values, and what could not be
 * placed. The result is a {@link Plan}; {@link PlanCommand} makes it one command.
 */
final class Interpreter {

	/**
	 * What an utterance means.
	 *
	 * @param region   the region, null when none could be told
	 * @param normal   whether the region is stated normal
	 * @param from     level of the finding, or null
	 * @param to       end of a range, or null
	 * @param values   field to value (text as in {@link Assign}), in the order spoken
	 * @param unplaced what could not be placed, with the reason
	 * @param leftover the words to keep verbatim in the remark
	 * @param header   fields of the clinical header to value, in the order spoken (a phrase of its own)
	 */
	record Plan(RegionKind region, boolean normal, SpineLevel from, SpineLevel to, Map<String, String> values,
			List<String> unplaced, List<String> leftover, Map<String, String> header) {
	}

	private static final List<String> DIMENSIONS = List.of("apMm", "transverseMm", "craniocaudalMm");

	private final PhraseLanguage language;
	private final List<String> tokens;
	private final String[] words;
	private final List<Words.Token> positions;
	private final List<String> unplaced = new ArrayList<>();
	private final java.util.Set<Integer> leftoverWords = new TreeSet<>();

	Interpreter(PhraseLanguage language, String utterance) {
		this.language = language;
		this.positions = Words.tokens(utterance);
		this.tokens = positions.stream().map(Words.Token::text).toList();
		this.words = Words.originalWords(utterance);
	}

	/**
	 * @param lastRegion the region of the finding named last, or null
	 */
	Plan interpret(RegionKind lastRegion) {
		List<Item> items = tokens.isEmpty() ? List.of() : new Scanner(language, tokens).scan();
		if (items.stream().anyMatch(this::header)) {
			if (items.stream().allMatch(i -> header(i) || i instanceof Word || i instanceof Unknown)) {
				return header(items);
			}
			items = new ArrayList<>(items);
			for (Item item : items) {
				if (header(item)) {
					place(item, "the clinical header is dictated in a phrase of its own");
				}
			}
			items.removeIf(this::header);
		}
		RegionKind region = null;
		boolean normal = false;
		SpineLevel from = null;
		SpineLevel to = null;
		for (int k = 0; k < items.size(); k++) {
			Item item = items.get(k);
			RegionKind named = item instanceof Region r ? r.kind() : item instanceof Set s ? s.region() : null;
			if (named != null && region == null) {
				region = named;
				normal |= negatedOrNormal(items, k);
			} else if (named != null && named != region) {
				place(item, "a second region in one phrase: dictate it separately");
			} else if (item instanceof Level l && from == null) {
				from = l.from();
				to = l.to();
			} else if (item instanceof Level l) {
				place(l, "a second level in one phrase: dictate it separately");
			}
		}
		if (region == null) {
			region = inferRegion(items, lastRegion);
		}
		if (region == null) {
			return new Plan(null, false, from, to, Map.of(), unplaced, List.of(), Map.of());
		}
		Map<String, String> values = new LinkedHashMap<>();
		if (!normal) {
			assign(items, region, values);
		}
		for (Item item : items) {
			if (item instanceof Unknown u) {
				leftover(u);
			}
		}
		List<String> leftover = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int previous = -2;
		for (int w : leftoverWords) {
			if (w != previous + 1 && run.length() > 0) {
				leftover.add(run.toString());
				run.setLength(0);
			}
			run.append(run.length() > 0 ? " " : "").append(words[w].replaceAll("[,;.]+$", ""));
			previous = w;
		}
		if (run.length() > 0) {
			leftover.add(run.toString());
		}
		for (String words : leftover) {
			if (unplaced.stream().noneMatch(x -> words.equals(said(x)))) {
				unplaced.add("'" + words + "': not understood, kept in the remark");
			}
		}
		return new Plan(region, normal, from, to, values, unplaced, leftover, Map.of());
	}

	/** @return whether an item names a field of the clinical header */
	private boolean header(Item item) {
		return item instanceof Set s && s.region() == null && s.assigns().stream().allMatch(a -> language.header(a.feature()))
				|| item instanceof Field f && language.header(f.feature());
	}

	/** A phrase of the clinical header ("pain occasional non mechanical known primary lung"). */
	private Plan header(List<Item> items) {
		Map<String, String> header = new LinkedHashMap<>();
		for (int k = 0; k < items.size(); k++) {
			boolean negated = k > 0 && items.get(k - 1) instanceof Word w && w.kind() == Kind.NEGATION;
			switch (items.get(k)) {
			case Set s -> {
				for (Assign a : s.assigns()) {
					FieldInfo info = language.fields().get(a.feature());
					String value = a.value().equals("\u0000text") ? remainderAfterName(s) : a.value();
					if (negated && info.type() == Type.BOOL) {
						value = Boolean.toString(!Boolean.parseBoolean(value));
					} else if (negated && info.values().containsValue("none")) {
						value = "none";
					}
					header.put(a.feature(), value);
				}
			}
			case Field f when negated && language.fields().get(f.feature()).values().containsValue("none") -> header
					.put(f.feature(), "none");
			case Field f -> unplaced.add("'" + text(f) + "': say a value for " + Vocabulary
					.label(language.fields().get(f.feature()).source()).toLowerCase(java.util.Locale.ROOT));
			case Unknown u -> unplaced.add("'" + text(u) + "': not understood, left out of the clinical header");
			default -> {
			}
			}
		}
		return new Plan(null, false, null, null, Map.of(), unplaced, List.of(), header);
	}

	/** "no epidural collection", "normal cord", "cord normal". */
	private static boolean negatedOrNormal(List<Item> items, int k) {
		if (k > 0 && items.get(k - 1) instanceof Word w && (w.kind() == Kind.NEGATION || w.kind() == Kind.NORMAL)) {
			return true;
		}
		return k + 1 < items.size() && items.get(k + 1) instanceof Word w && w.kind() == Kind.NORMAL;
	}

	/** The region all the fields said belong to; the last finding's region when it fits. */
	private RegionKind inferRegion(List<Item> items, RegionKind lastRegion) {
		java.util.Set<RegionKind> candidates = EnumSet.copyOf(language.regions());
		boolean any = false;
		for (Item item : items) {
			List<String> features = switch (item) {
			case Set s -> s.assigns().stream().map(Assign::feature).toList();
			case Field f -> List.of(f.feature());
			case Bare b -> null;
			default -> List.of();
			};
			if (features == null) {
				java.util.Set<RegionKind> some = EnumSet.noneOf(RegionKind.class);
				((Bare) item).candidates().forEach(a -> some.addAll(language.fields().get(a.feature()).regions()));
				candidates.retainAll(some);
				any = true;
				continue;
			}
			for (String f : features) {
				candidates.retainAll(language.fields().get(f).regions());
				any = true;
			}
		}
		if (!any) {
			unplaced.add("no region or field understood in '" + String.join(" ", words) + "'");
			return null;
		}
		if (lastRegion != null && candidates.contains(lastRegion)) {
			return lastRegion;
		}
		if (candidates.size() == 1) {
			return candidates.iterator().next();
		}
		unplaced.add("say the region: the fields fit " + (candidates.isEmpty() ? "no single region" : candidates));
		return null;
	}

	private void assign(List<Item> items, RegionKind region, Map<String, String> values) {
		List<String> here = language.fieldsOf(region);
		for (int k = 0; k < items.size(); k++) {
			Item item = items.get(k);
			boolean negated = k > 0 && items.get(k - 1) instanceof Word w && w.kind() == Kind.NEGATION;
			switch (item) {
			case Set s -> {
				for (Assign a : s.assigns()) {
					put(a, region, here, negated, s, values);
				}
			}
			case Bare b -> {
				List<Assign> fit = b.candidates().stream().filter(a -> here.contains(a.feature())).toList();
				if (fit.size() == 1) {
					put(fit.get(0), region, here, negated, b, values);
				} else {
					place(b, fit.isEmpty() ? "not a value of " + label(region) + " findings"
							: "could be " + String.join(" or ", fit.stream().map(Assign::feature).toList())
									+ ": say the field first");
				}
			}
			case Field f -> field(items, k, f, region, here, negated, values);
			case Measure m -> measure(items, k, m, region, here, values);
			default -> {
			}
			}
		}
	}

	private void field(List<Item> items, int k, Field f, RegionKind region, List<String> here, boolean negated,
			Map<String, String> values) {
		FieldInfo info = language.fields().get(f.feature());
		if (!here.contains(f.feature())) {
			place(f, "not a field of " + label(region) + " findings");
		} else if (negated && info.values().containsValue("none")) {
			values.put(f.feature(), "none");
		} else if ((info.type() == Type.INT || info.type() == Type.DOUBLE) && k > 0
				&& items.get(k - 1) instanceof Measure m && m.values().size() == 1) {
			values.put(f.feature(), Words.format(mm(m)));
		} else if (info.type() == Type.INT || info.type() == Type.DOUBLE) {
			place(f, "say a number for " + f.feature());
		} else {
			place(f, "say a value for " + f.feature());
		}
	}

	private void measure(List<Item> items, int k, Measure m, RegionKind region, List<String> here,
			Map<String, String> values) {
		if (k + 1 < items.size() && items.get(k + 1) instanceof Field f
				&& language.fields().get(f.feature()).type() != Type.ENUM && here.contains(f.feature())) {
			return; // bound by the field that follows
		}
		if (m.values().size() > 1 && m.values().size() <= 3 && !"percent".equals(m.unit())) {
			for (int i = 0; i < m.values().size(); i++) {
				double v = "cm".equals(m.unit()) ? m.values().get(i) * 10 : m.values().get(i);
				values.put(DIMENSIONS.get(i), Words.format(v));
			}
			return;
		}
		if (m.unit() == null || m.values().size() != 1) {
			place(m, "a number without its field or unit");
			return;
		}
		List<String> fit = here.stream().filter(f -> !DIMENSIONS.contains(f))
				.filter(f -> "percent".equals(m.unit()) ? f.endsWith("Percent") : f.endsWith("Mm")).toList();
		if (fit.size() == 1) {
			values.put(fit.get(0), Words.format(mm(m)));
		} else {
			place(m, fit.isEmpty() ? "no such measurement in " + label(region) + " findings"
					: "could be " + String.join(" or ", fit) + ": say the field");
		}
	}

	private static double mm(Measure m) {
		return "cm".equals(m.unit()) ? m.values().get(0) * 10 : m.values().get(0);
	}

	private void put(Assign a, RegionKind region, List<String> here, boolean negated, Item item,
			Map<String, String> values) {
		FieldInfo info = language.fields().get(a.feature());
		if (!here.contains(a.feature())) {
			place(item, "not a field of " + label(region) + " findings");
			return;
		}
		String value = a.value();
		if (value.equals("\u0000text")) {
			value = remainderAfterName(item);
		}
		if (negated) {
			if (info.type() == Type.BOOL) {
				value = Boolean.toString(!Boolean.parseBoolean(value));
			} else if (info.values().containsValue("none")) {
				value = "none";
			} else {
				place(item, "cannot be negated: say the value");
				return;
			}
		}
		values.put(a.feature(), value);
	}

	/** The words after a text field's name, verbatim. */
	private String remainderAfterName(Item item) {
		int nameTokens = 1;
		for (PhraseLanguage.Entry e : language.longest(tokens, item.start())) {
			nameTokens = e.words().size();
		}
		int firstWord = positions.get(Math.min(item.start() + nameTokens, tokens.size() - 1)).word();
		return String.join(" ", java.util.Arrays.copyOfRange(words, firstWord, words.length));
	}

	private void place(Item item, String reason) {
		unplaced.add("'" + text(item) + "': " + reason);
		for (int i = item.start(); i < item.end(); i++) {
			leftoverWords.add(positions.get(i).word());
		}
	}

	private void leftover(Unknown u) {
		for (int i = u.start(); i < u.end(); i++) {
			leftoverWords.add(positions.get(i).word());
		}
	}

	private String text(Item item) {
		java.util.Set<Integer> ws = new TreeSet<>();
		for (int i = item.start(); i < item.end(); i++) {
			ws.add(positions.get(i).word());
		}
		List<String> out = new ArrayList<>();
		ws.forEach(w -> out.add(words[w].replaceAll("[,;.]+$", "")));
		return String.join(" ", out);
	}

	/** @return the words a message of {@link #place} quotes, or null */
	private static String said(String message) {
		int end = message.indexOf("':");
		return message.startsWith("'") && end > 0 ? message.substring(1, end) : null;
	}

	private static String label(RegionKind region) {
		return Vocabulary.label(region).toLowerCase(java.util.Locale.ROOT);
	}
}
