package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.Finding;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.templates.StandardForms;

/**
 * The one line a finding shows while its fields are folded: where it is and
 * what it is, in the clinician's words, e.g. "T6 · left · neoplastic ·
 * Enhancement: present".
 */
final class FindingSummary {

	/** What names a finding at a glance, in this order; a feature the finding's class lacks is left out. */
	private static final List<String> KEY_FIELDS = List.of("side", "nature", "classification", "collection",
			"compartment", "enhancement.presence");

	private FindingSummary() {
	}

	static String of(Finding finding) {
		List<String> parts = new ArrayList<>();
		String levels = LevelRange.format(finding);
		parts.add(levels.isEmpty() ? "no level yet" : levels);
		for (String name : KEY_FIELDS) {
			EStructuralFeature feature = StandardForms.feature(finding.eClass(), name);
			if (feature == null) {
				continue;
			}
			Object value = value(finding, name);
			if (value instanceof Enumerator e && !"not_assessed".equals(e.getLiteral())
					&& !"unknown".equals(e.getLiteral())) {
				String label = Vocabulary.label(e);
				parts.add(name.indexOf('.') > 0 ? Vocabulary.label(feature.getEContainingClass()) + ": " + label : label);
			}
		}
		return String.join(" \u00b7 ", parts);
	}

	private static Object value(EObject finding, String name) {
		int dot = name.indexOf('.');
		EObject owner = finding;
		if (dot > 0) {
			owner = (EObject) finding.eGet(finding.eClass().getEStructuralFeature(name.substring(0, dot)));
		}
		EStructuralFeature feature = StandardForms.feature(finding.eClass(), name);
		return owner == null || !owner.eIsSet(feature) && feature.isUnsettable() ? null : owner.eGet(feature);
	}
}
