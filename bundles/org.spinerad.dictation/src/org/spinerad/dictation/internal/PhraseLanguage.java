package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.RegionKind;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.StandardForms;

/**
 * The words of one template's phrase language: generated from its form
 * definition (regions, fields, pick-list values with their labels) and
 * completed by the template's {@code dictation.txt} (synonyms, function
 * words, clinical phrases, the fields of the clinical header it dictates).
 * A field added to the form is dictatable at once.
 */
public final class PhraseLanguage {

	/** What a phrase means. */
	public enum Kind {
		REGION, FIELD, ASSIGN, VALUE, NEGATION, NORMAL, NOUN, FILLER, TO, BY, UNIT, YES, NO
	}

	/** The type of a field's value. */
	public enum Type {
		ENUM, BOOL, INT, DOUBLE, LEVEL, TEXT
	}

	/** One field = value. */
	public record Assign(String feature, String value) {
	}

	/**
	 * The meaning of a phrase.
	 *
	 * @param region  the region named (REGION, or ASSIGN of a clinical phrase), else null
	 * @param feature the field named (FIELD) or the unit (UNIT), else null
	 * @param assigns the values set (ASSIGN, VALUE)
	 */
	public record Meaning(Kind kind, RegionKind region, String feature, List<Assign> assigns) {
	}

	/** A phrase of the language: its words and meaning; {@code curated} when from dictation.txt. */
	public record Entry(List<String> words, Meaning meaning, boolean curated) {
	}

	/** A field of findings: its type, the regions that have it and the phrases of its values. */
	public record FieldInfo(String feature, Type type, Set<RegionKind> regions, Map<List<String>, String> values,
			EStructuralFeature source) {
	}

	/** Values too weak to be said alone (only after the field's name). */
	private static final Set<String> WEAK = Set.of("none", "unspecified", "not_assessed", "other", "undetermined",
			"indeterminate", "not_assessable", "normal", "normal_marrow", "not_applicable_below_conus");
	private static final Set<String> NOT_FIELDS = Set.of("from", "to");
	/** How the fields of the clinical header are named among the fields ({@code clinical.pain}). */
	public static final String HEADER = "clinical.";

	private final Map<String, FieldInfo> fields = new LinkedHashMap<>();
	private final Map<RegionKind, List<String>> regionFields = new LinkedHashMap<>();
	private final Map<String, List<Entry>> byFirst = new HashMap<>();
	private final List<Entry> entries = new ArrayList<>();
	private final Map<RegionKind, String> normalStatements = new LinkedHashMap<>();
	private final Map<String, String> sounds = new LinkedHashMap<>();
	/** The right side of a line naming a level field that takes the finding's own level. */
	private static final String OWN_LEVEL = "its level when ";
	private final Map<Assign, List<String>> ownLevels = new LinkedHashMap<>();

	private PhraseLanguage() {
	}

	/**
	 * @param form    the template's form definition
	 * @param curated the lines of the template's {@code dictation.txt}
	 * @throws IllegalArgumentException naming the line of {@code dictation.txt} that is wrong
	 */
	public static PhraseLanguage of(FormDefinition form, List<String> curated) {
		PhraseLanguage language = new PhraseLanguage();
		for (RegionForm region : form.regions()) {
			language.addRegion(region);
		}
		for (FieldInfo field : language.fields.values()) {
			for (Map.Entry<List<String>, String> value : field.values().entrySet()) {
				if (!WEAK.contains(value.getValue())) {
					language.add(value.getKey(), new Meaning(Kind.VALUE, null, field.feature(),
							List.of(new Assign(field.feature(), value.getValue()))), false);
				}
			}
		}
		int n = 0;
		for (String line : curated) {
			n++;
			language.addCurated(line, n);
		}
		return language;
	}

	private void addRegion(RegionForm region) {
		RegionKind kind = region.kind();
		normalStatements.put(kind, region.normalStatement());
		add(Words.split(region.label().replace(",", " ")), new Meaning(Kind.REGION, kind, null, List.of()), false);
		add(Words.split(kind.getLiteral().replace('_', ' ')), new Meaning(Kind.REGION, kind, null, List.of()), false);
		EClass type = Reports.findingClass(kind);
		List<String> names = new ArrayList<>();
		for (FieldSpec spec : region.fields()) {
			EStructuralFeature feature = StandardForms.feature(type, spec.feature());
			if (feature == null || NOT_FIELDS.contains(spec.feature())) {
				continue;
			}
			names.add(spec.feature());
			FieldInfo info = fields.computeIfAbsent(spec.feature(),
					f -> new FieldInfo(f, typeOf(feature), EnumSet.noneOf(RegionKind.class), new LinkedHashMap<>(), feature));
			info.regions().add(kind);
			if (feature.getEType() instanceof EEnum e) {
				for (String literal : spec.choices()) {
					info.values().putIfAbsent(Words.split(Vocabulary.label(e, literal).replaceAll("[(),]", " ")), literal);
					info.values().putIfAbsent(Words.split(literal.replace('_', ' ')), literal);
				}
			}
			Meaning field = new Meaning(Kind.FIELD, null, spec.feature(), List.of());
			String label = spec.label().replaceAll("\\(.*?\\)", " ");
			add(Words.split(label), field, false);
			int dot = spec.feature().indexOf('.');
			if (dot > 0) {
				add(Words.split(spec.feature().substring(0, dot) + " " + label), field, false);
			}
		}
		regionFields.put(kind, List.copyOf(names));
	}

	/**
	 * A field of the clinical header that the template dictates ({@code header pain}):
	 * its type, values and name come from the model and the vocabulary, as a form field's do.
	 *
	 * @return the field's name among the fields
	 */
	private String header(String name, int line) {
		EClass clinical = ReportPackage.eINSTANCE.getClinicalContext();
		EStructuralFeature feature = clinical.getEStructuralFeature(name);
		Type type = feature == null || feature.isMany() ? null : typeOf(feature);
		if (type == null || type == Type.LEVEL) {
			List<String> names = new ArrayList<>();
			for (EStructuralFeature f : clinical.getEAttributes()) {
				if (!f.isMany() && typeOf(f) != Type.LEVEL) {
					names.add(f.getName());
				}
			}
			throw new IllegalArgumentException("dictation.txt line " + line + ": '" + name
					+ "' is not a field of the clinical header; fields: " + String.join(", ", names));
		}
		String key = HEADER + name;
		if (!fields.containsKey(key)) {
			FieldInfo info = new FieldInfo(key, type, EnumSet.noneOf(RegionKind.class), new LinkedHashMap<>(), feature);
			if (feature.getEType() instanceof EEnum e) {
				for (var literal : e.getELiterals()) {
					info.values().putIfAbsent(Words.split(Vocabulary.label(literal).replaceAll("[(),]", " ")), literal.getLiteral());
					info.values().putIfAbsent(Words.split(literal.getLiteral().replace('_', ' ')), literal.getLiteral());
				}
			}
			fields.put(key, info);
			add(Words.split(Vocabulary.label(feature)), new Meaning(Kind.FIELD, null, key, List.of()), false);
		}
		return key;
	}

	/** @return whether a field is one of the clinical header, not of findings */
	public boolean header(String feature) {
		return feature.startsWith(HEADER);
	}

	private static Type typeOf(EStructuralFeature feature) {
		if (feature.getEType() instanceof EEnum) {
			return Type.ENUM;
		}
		Class<?> c = feature.getEType().getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return Type.BOOL;
		}
		if (c == int.class || c == Integer.class) {
			return Type.INT;
		}
		if (c == double.class || c == Double.class) {
			return Type.DOUBLE;
		}
		if (c == String.class) {
			return Type.TEXT;
		}
		return Type.LEVEL;
	}

	/** Reads one line {@code words | words : meaning} of dictation.txt. */
	private void addCurated(String line, int number) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#")) {
			return;
		}
		int colon = text.lastIndexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException(
					"dictation.txt line " + number + ": expected 'spoken words : meaning', found '" + text + "'");
		}
		String right = text.substring(colon + 1).strip();
		if (right.startsWith("sounds ")) {
			for (String w : text.substring(0, colon).split("\\|")) {
				sounds.put(w.strip().toLowerCase(java.util.Locale.ROOT), right.substring(7).strip());
			}
			return;
		}
		if (right.startsWith(OWN_LEVEL)) {
			ownLevel(text.substring(0, colon).strip(), right.substring(OWN_LEVEL.length()), number);
			return;
		}
		Meaning meaning = meaning(right, number);
		for (String words : text.substring(0, colon).split("\\|")) {
			List<String> tokens = Words.split(words);
			if (!tokens.isEmpty()) {
				add(tokens, meaning, true);
			}
		}
	}

	/**
	 * Reads {@code worstLevel : its level when thecalSacDeformed = true | cordEffect = contact}:
	 * a level field that a finding at one level takes when one of the values is said.
	 */
	private void ownLevel(String field, String when, int line) {
		FieldInfo info = fields.get(field);
		if (info == null || info.type() != Type.LEVEL) {
			throw new IllegalArgumentException("dictation.txt line " + line + ": '" + field
					+ "' is not a level field of this template's form");
		}
		for (String trigger : when.split("\\|")) {
			String[] fv = trigger.split("=", 2);
			if (fv.length != 2 || !fields.containsKey(fv[0].strip())) {
				throw new IllegalArgumentException("dictation.txt line " + line + ": '" + trigger.strip()
						+ "' is not 'field = value' with a field of this template's form");
			}
			ownLevels.computeIfAbsent(new Assign(fv[0].strip(), fv[1].strip()), k -> new ArrayList<>()).add(field);
		}
	}

	private Meaning meaning(String text, int line) {
		String[] head = text.split("\\s+", 2);
		String rest = head.length > 1 ? head[1].strip() : "";
		switch (head[0]) {
		case "negation", "normal", "noun", "filler", "to", "by", "yes", "no":
			return new Meaning(Kind.valueOf(head[0].toUpperCase(java.util.Locale.ROOT)), null, null, List.of());
		case "unit":
			return new Meaning(Kind.UNIT, null, rest, List.of());
		case "header":
			return new Meaning(Kind.FIELD, null, header(rest, line), List.of());
		case "field":
			if (!fields.containsKey(rest)) {
				throw new IllegalArgumentException("dictation.txt line " + line + ": '" + rest
						+ "' is not a field of this template's form; fields: " + String.join(", ", fields.keySet()));
			}
			return new Meaning(Kind.FIELD, null, rest, List.of());
		default:
			break;
		}
		RegionKind region = null;
		List<Assign> assigns = new ArrayList<>();
		for (String part : text.split(",")) {
			String p = part.strip();
			if (p.startsWith("region ")) {
				region = RegionKind.get(p.substring(7).strip());
				if (region == null) {
					throw new IllegalArgumentException("dictation.txt line " + line + ": '" + p
							+ "' names no region; regions: bone_marrow, disc, epidural, cord_roots_meninges, facets, paraspinal");
				}
				continue;
			}
			String[] fv = p.split("=", 2);
			if (fv.length != 2 || !fields.containsKey(fv[0].strip())) {
				throw new IllegalArgumentException("dictation.txt line " + line + ": '" + p
						+ "' is not 'field = value' with a field of this template's form");
			}
			assigns.add(new Assign(fv[0].strip(), fv[1].strip()));
		}
		if (region != null && assigns.isEmpty()) {
			return new Meaning(Kind.REGION, region, null, List.of());
		}
		return new Meaning(Kind.ASSIGN, region, null, List.copyOf(assigns));
	}

	private void add(List<String> words, Meaning meaning, boolean curated) {
		if (words.isEmpty()) {
			return;
		}
		Entry entry = new Entry(List.copyOf(words), meaning, curated);
		entries.add(entry);
		byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(entry);
	}

	/**
	 * The longest phrases starting at a position, all of the same length; a
	 * curated phrase hides generated ones of the same words, a region or field
	 * name hides a bare value.
	 */
	public List<Entry> longest(List<String> tokens, int at) {
		List<Entry> best = new ArrayList<>();
		int length = 0;
		for (Entry e : byFirst.getOrDefault(tokens.get(at), List.of())) {
			int n = e.words().size();
			if (n < length || at + n > tokens.size() || !tokens.subList(at, at + n).equals(e.words())) {
				continue;
			}
			if (n > length) {
				best.clear();
				length = n;
			}
			best.add(e);
		}
		if (best.stream().anyMatch(Entry::curated)) {
			best.removeIf(e -> !e.curated());
		} else if (best.stream().anyMatch(e -> e.meaning().kind() != Kind.VALUE)) {
			best.removeIf(e -> e.meaning().kind() == Kind.VALUE);
		}
		return best;
	}

	/** @return every field name that starts at a position */
	public List<Entry> fieldsAt(List<String> tokens, int at) {
		List<Entry> found = new ArrayList<>();
		for (Entry e : byFirst.getOrDefault(tokens.get(at), List.of())) {
			int n = e.words().size();
			if (e.meaning().kind() == Kind.FIELD && at + n <= tokens.size() && tokens.subList(at, at + n).equals(e.words())) {
				found.add(e);
			}
		}
		return found;
	}

	/** @return the fields by feature name */
	public Map<String, FieldInfo> fields() {
		return fields;
	}

	/** @return the fields of a region's findings, in form order */
	public List<String> fieldsOf(RegionKind region) {
		return regionFields.getOrDefault(region, List.of());
	}

	/** @return every phrase of the language */
	public List<Entry> entries() {
		return entries;
	}

	/** @return the normal statement of a region */
	public String normalStatement(RegionKind region) {
		return normalStatements.getOrDefault(region, "");
	}

	/**
	 * @param said the fields said of a finding with their values
	 * @return the level fields a finding at one level then takes its level in (worst level)
	 */
	public List<String> ownLevels(Map<String, String> said) {
		List<String> out = new ArrayList<>();
		for (Map.Entry<String, String> f : said.entrySet()) {
			for (String level : ownLevels.getOrDefault(new Assign(f.getKey(), f.getValue()), List.of())) {
				if (!out.contains(level)) {
					out.add(level);
				}
			}
		}
		return out;
	}

	/** @return pronunciations the template gives for words (ARPAbet phones) */
	public Map<String, String> sounds() {
		return sounds;
	}

	/** @return the regions of the form */
	public Set<RegionKind> regions() {
		return new LinkedHashSet<>(regionFields.keySet());
	}
}
