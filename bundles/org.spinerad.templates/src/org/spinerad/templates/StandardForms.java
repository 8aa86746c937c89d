package org.spinerad.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.RegionKind;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition.Clause;
import org.spinerad.templates.FormDefinition.Condition;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;

/**
 * Builds form definitions from the model: for each region the fields of its
 * finding class, with pick lists from the model's enums, and when each field
 * applies ({@link #CONDITIONS}). Template plugins give the normal statements,
 * mark required fields, narrow pick lists and declare conditions of their own.
 */
public final class StandardForms {

	private static final String[] ABSCESS = { "abscess", "mixed" };

	/**
	 * When a field applies, by feature name, in every template: a field not
	 * named here applies to every finding. An alternative on a feature the
	 * region's finding does not have is left out there.
	 */
	public static final Map<String, Condition> CONDITIONS = Map.ofEntries(
			Map.entry("t1Reference", Condition.when("t1", "hypo", "iso", "hyper", "fluid_hyper")),
			Map.entry("enhancement.intensity", Condition.when("enhancement.presence", "present", "equivocal")),
			Map.entry("enhancement.pattern", Condition.when("enhancement.presence", "present", "equivocal")),
			Map.entry("enhancement.rimQuality", Condition.when("enhancement.pattern", "rim", "ring")
					.or("classification", ABSCESS).or("collection", ABSCESS)),
			Map.entry("enhancement.center", Condition.when("enhancement.pattern", "rim", "ring")
					.or("classification", ABSCESS).or("collection", ABSCESS)),
			// bone marrow: SINS inputs for tumour, fracture checklist once there is collapse
			Map.entry("endplate", Condition.when("nature", "infectious", "degenerative", "osteoporotic")),
			Map.entry("collapsePercent", Condition.when("nature", "neoplastic", "osteoporotic", "infectious")),
			Map.entry("bodyInvolvementPercent", Condition.when("nature", "neoplastic")),
			Map.entry("posteriorElements", Condition.when("nature", "neoplastic", "osteoporotic", "infectious")),
			Map.entry("boneLesion", Condition.when("nature", "neoplastic")),
			Map.entry("alignment", Condition.when("nature", "neoplastic", "osteoporotic")),
			Map.entry("modicType", Condition.when("nature", "degenerative")),
			Map.entry("intraosseousAbscess", Condition.when("nature", "infectious")),
			Map.entry("completeReplacement", fracture()),
			Map.entry("convexPosteriorCortex", fracture()),
			Map.entry("retropulsion", fracture()),
			Map.entry("fluidSign", fracture()),
			// disc
			Map.entry("vacuum", Condition.when("nature", "degenerative")),
			Map.entry("herniation", Condition.when("nature", "degenerative", "postoperative")),
			// epidural: scar versus disc, cauda equina below the conus
			Map.entry("massEffect", scarOrDisc()),
			Map.entry("rootRelation", scarOrDisc()),
			Map.entry("continuityWithDisc", scarOrDisc()),
			Map.entry("assessedMinutesAfterInjection", scarOrDisc()),
			Map.entry("margins", Condition.when("classification", "scar", "disc", "abscess", "phlegmon", "mixed", "tumor")
					.or("collection", "abscess", "phlegmon", "mixed", "tumor")),
			Map.entry("caudaEquinaCompression", Condition.when("cordEffect", "not_applicable_below_conus")),
			// cord, roots and meninges: by compartment
			Map.entry("edemaLengthMm", Condition.when("cordSignal", "t2_hyper")),
			Map.entry("cordExpanded", Condition.when("compartment", "cord", "conus", "intramedullary")),
			Map.entry("cyst", Condition.when("compartment", "cord", "conus", "intramedullary",
					"intradural_extramedullary")),
			Map.entry("leptomeningealPattern", Condition.when("compartment", "leptomeningeal", "pachymeningeal",
					"cauda_equina_roots")),
			Map.entry("rootsThickened", Condition.when("compartment", "cauda_equina_roots", "leptomeningeal")),
			Map.entry("rootsClumped", Condition.when("compartment", "cauda_equina_roots", "leptomeningeal")),
			Map.entry("arachnoiditisGroup", Condition.when("compartment", "cauda_equina_roots")
					.or("nature", "postoperative", "inflammatory")),
			// observations added later: delayed images once the early enhancement is described
			Map.entry("delayedEnhancement.presence", Condition.when("enhancement.presence", "present", "equivocal", "absent")),
			Map.entry("delayedEnhancement.intensity", Condition.when("delayedEnhancement.presence", "present", "equivocal")),
			Map.entry("delayedEnhancement.pattern", Condition.when("delayedEnhancement.presence", "present", "equivocal")),
			Map.entry("delayedEnhancement.rimQuality", Condition.when("delayedEnhancement.pattern", "rim", "ring")),
			Map.entry("delayedEnhancement.center", Condition.when("delayedEnhancement.pattern", "rim", "ring")),
			Map.entry("delayedMinutesAfterInjection", Condition.when("delayedEnhancement.presence", "present", "equivocal", "absent")),
			Map.entry("posteriorCorticalBreach", Condition.when("nature", "neoplastic", "infectious", "undetermined")),
			Map.entry("continuityWithSurgicalTract", Condition.when("nature", "postoperative").or("classification", "scar", "disc", "indeterminate")),
			Map.entry("tumorReplacement", Condition.when("nature", "neoplastic")),
			// nodular enhancement over several levels: the largest nodule, its size and level
			Map.entry("largestNoduleMm", nodular()),
			Map.entry("largestNoduleLevel", nodular()),
			// paraspinal
			Map.entry("connectsToDisc", Condition.when("collection", "abscess", "phlegmon", "mixed")
					.or("nature", "infectious")));

	/** Fields every finding shows first, in this order. */
	private static final List<String> COMMON = List.of("from", "to", "side", "description", "nature", "t1",
			"t1Reference", "t2", "stir", "dwi", "enhancement.presence", "enhancement.intensity",
			"enhancement.pattern", "enhancement.rimQuality", "enhancement.center");
	/** Fields every finding shows last. */
	private static final List<String> TAIL = List.of("apMm", "transverseMm", "craniocaudalMm", "critical", "remark");
	/**
	 * Fields added to the model later, shown after {@link #TAIL} so that the
	 * places of the earlier fields stay as they were; each shows where its
	 * finding class has it.
	 */
	private static final List<String> LATER = List.of("delayedEnhancement.presence", "delayedEnhancement.intensity",
			"delayedEnhancement.pattern", "delayedEnhancement.rimQuality", "delayedEnhancement.center",
			"delayedMinutesAfterInjection", "posteriorCorticalBreach", "continuityWithSurgicalTract", "nerveRoot",
			"tumorReplacement", "largestNoduleMm", "largestNoduleLevel");

	private StandardForms() {
	}

	/**
	 * @param normalStatements the normal statement of each region
	 * @param required         features required before signing, per region (may be empty)
	 * @param choices          narrowed pick lists by feature name (all regions), may be empty
	 * @param help             tooltip texts by feature name, may be empty
	 */
	public static FormDefinition of(Map<RegionKind, String> normalStatements, Map<RegionKind, List<String>> required,
			Map<String, List<String>> choices, Map<String, String> help) {
		return of(normalStatements, required, choices, help, Map.of());
	}

	/**
	 * @param normalStatements the normal statement of each region
	 * @param required         features required before signing, per region (may be empty)
	 * @param choices          narrowed pick lists by feature name (all regions), may be empty
	 * @param help             tooltip texts by feature name, may be empty
	 * @param conditions       when a field applies, by feature name; replaces the
	 *                         standard condition of that feature ({@link #CONDITIONS})
	 */
	public static FormDefinition of(Map<RegionKind, String> normalStatements, Map<RegionKind, List<String>> required,
			Map<String, List<String>> choices, Map<String, String> help, Map<String, Condition> conditions) {
		List<RegionForm> regions = new ArrayList<>();
		for (RegionKind kind : RegionKind.values()) {
			EClass findingClass = Reports.findingClass(kind);
			List<String> names = new ArrayList<>(COMMON);
			for (EStructuralFeature feature : findingClass.getEStructuralFeatures()) {
				if (!feature.isMany() && !(feature.getEType() instanceof EClass) && !LATER.contains(feature.getName())) {
					names.add(feature.getName());
				}
			}
			names.addAll(TAIL);
			names.addAll(LATER);
			List<FieldSpec> fields = new ArrayList<>();
			List<String> requiredHere = required.getOrDefault(kind, List.of());
			for (String name : names) {
				EStructuralFeature feature = feature(findingClass, name);
				if (feature == null) {
					continue;
				}
				List<String> offered = choices.getOrDefault(name, enumChoices(feature));
				Condition when = conditions.getOrDefault(name, CONDITIONS.getOrDefault(name, Condition.ALWAYS));
				fields.add(new FieldSpec(name, label(findingClass, name, feature), requiredHere.contains(name), offered, null,
						help.getOrDefault(name, documentation(feature)), within(findingClass, when)));
			}
			regions.add(new RegionForm(kind, Vocabulary.label(kind), normalStatements.getOrDefault(kind, ""), fields));
		}
		return new FormDefinition(regions);
	}

	private static Condition fracture() {
		return Condition.when("collapsePercent", Clause.ENTERED).or("nature", "osteoporotic");
	}

	private static Condition scarOrDisc() {
		return Condition.when("classification", "scar", "disc").or("nature", "postoperative");
	}

	private static Condition nodular() {
		return Condition.when("leptomeningealPattern", "nodular").or("enhancement.pattern", "nodular");
	}

	/** @return the condition without alternatives on features this finding class does not have */
	private static Condition within(EClass findingClass, Condition condition) {
		return new Condition(condition.anyOf().stream().filter(c -> feature(findingClass, c.feature()) != null).toList());
	}

	/**
	 * @return the value of a feature of a finding as its literal
	 *         ({@code "neoplastic"}, {@code "true"}, {@code "12"}), or null when
	 *         it holds nothing (nested: {@code enhancement.pattern})
	 */
	public static String value(EObject finding, String name) {
		Object value = raw(finding, name);
		return value == null ? null : value instanceof Enumerator e ? e.getLiteral() : value.toString();
	}

	/** @return whether a feature of a finding holds a value other than the model's default */
	public static boolean entered(EObject finding, String name) {
		Object value = raw(finding, name);
		return value != null && !value.equals(feature(finding.eClass(), name).getDefaultValue());
	}

	private static Object raw(EObject finding, String name) {
		EStructuralFeature feature = feature(finding.eClass(), name);
		if (feature == null || feature.isMany()) {
			return null;
		}
		EObject owner = finding;
		int dot = name.indexOf('.');
		if (dot > 0) {
			owner = (EObject) finding.eGet(finding.eClass().getEStructuralFeature(name.substring(0, dot)));
		}
		return owner == null ? null : owner.eGet(feature);
	}

	/** @return whether a field applies to a finding: its condition holds or it holds a value */
	public static boolean applies(FieldSpec field, EObject finding) {
		return field.when().test(name -> value(finding, name)) || entered(finding, field.feature());
	}

	/** @return the feature for a name like {@code collapsePercent} or {@code enhancement.pattern} */
	public static EStructuralFeature feature(EClass findingClass, String name) {
		int dot = name.indexOf('.');
		if (dot > 0) {
			EStructuralFeature first = findingClass.getEStructuralFeature(name.substring(0, dot));
			return first == null ? null : ((EClass) first.getEType()).getEStructuralFeature(name.substring(dot + 1));
		}
		return findingClass.getEStructuralFeature(name);
	}

	/** @return the label of a field; a field of the delayed enhancement says so, e.g. "Delayed enhancement: pattern" */
	private static String label(EClass findingClass, String name, EStructuralFeature feature) {
		String label = Vocabulary.label(feature);
		int dot = name.indexOf('.');
		if (dot > 0 && !name.startsWith("enhancement.")) {
			String part = Vocabulary.label(findingClass.getEStructuralFeature(name.substring(0, dot)));
			return part + ": " + label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
		}
		return label;
	}

	private static List<String> enumChoices(EStructuralFeature feature) {
		if (feature.getEType() instanceof EEnum e) {
			return e.getELiterals().stream().map(EEnumLiteral::getInstance).map(Enumerator::getLiteral).toList();
		}
		return List.of();
	}

	private static String documentation(EStructuralFeature feature) {
		String doc = org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature);
		return doc == null ? "" : doc;
	}

	/** Keeps the model's literal order for a narrowed pick list. */
	public static List<String> literals(Enumerator... values) {
		return java.util.Arrays.stream(values).map(Enumerator::getLiteral).toList();
	}

}
