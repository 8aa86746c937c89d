package org.spinerad.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.RegionKind;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;

/**
 * Builds form definitions from the model: for each region the fields of its
 * finding class, with pick lists from the model's enums. Template plugins
 * give the normal statements, mark required fields and narrow pick lists.
 */
public final class StandardForms {



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
			"tumorReplacement");

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
				fields.add(new FieldSpec(name, label(findingClass, name, feature), requiredHere.contains(name), offered, null,
						help.getOrDefault(name, documentation(feature))));
			}
			regions.add(new RegionForm(kind, Vocabulary.label(kind), normalStatements.getOrDefault(kind, ""), fields));
		}
		return new FormDefinition(regions);
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
