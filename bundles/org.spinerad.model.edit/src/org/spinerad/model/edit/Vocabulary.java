package org.spinerad.model.edit;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EDataType;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.provider.ReportEditPlugin;

/**
 * The words of the report model for people: one label for every enum literal,
 * feature and class, read from this bundle's {@code plugin.properties} (keys
 * {@code _UI_<Enum>_<literal>_literal}, {@code _UI_<Class>_<feature>_feature},
 * {@code _UI_<Class>_type}), worded for clinicians. The UI, the renderers, the
 * SR text and messages take their words from here; numbers, sizes and levels
 * are written by {@link Formats}.
 */
public final class Vocabulary {

	private static final Map<Class<?>, EEnum> ENUMS = new ConcurrentHashMap<>();

	private Vocabulary() {
	}

	/** @return the label of an enum value, e.g. "whole spine" for {@code SpineSegment.WHOLE_SPINE}; null for null */
	public static String label(Enumerator value) {
		if (value == null) {
			return null;
		}
		EEnum type = ENUMS.computeIfAbsent(value.getClass(), Vocabulary::enumOf);
		return type == null ? fallback(value.getLiteral()) : label(type, value.getLiteral());
	}

	/** @return the label of an enum literal */
	public static String label(EEnumLiteral literal) {
		return label(literal.getEEnum(), literal.getLiteral());
	}

	/** @return the label of a literal of an enum, e.g. for a pick list of literals */
	public static String label(EEnum type, String literal) {
		EEnumLiteral known = type.getEEnumLiteralByLiteral(literal);
		String name = known == null ? literal : known.getName();
		return lookup("_UI_" + type.getName() + "_" + name + "_literal", literal);
	}

	/** @return the label of a feature, e.g. "Collapse (%)" for {@code MarrowFinding.collapsePercent} */
	public static String label(EStructuralFeature feature) {
		return lookup("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
				feature.getName());
	}

	/** @return the label of a class, e.g. "Marrow finding" */
	public static String label(EClass type) {
		return lookup("_UI_" + type.getName() + "_type", type.getName());
	}

	/**
	 * @return the labels for EMF diagnostics, to put into a validation context
	 *         under {@code EValidator.SubstitutionLabelProvider.class}, so the
	 *         model's validator writes the same words without depending on this bundle
	 */
	public static EValidator.SubstitutionLabelProvider substitutionLabels() {
		return new EValidator.SubstitutionLabelProvider() {
			@Override
			public String getObjectLabel(EObject object) {
				return label(object.eClass());
			}

			@Override
			public String getFeatureLabel(EStructuralFeature feature) {
				return label(feature);
			}

			@Override
			public String getValueLabel(EDataType type, Object value) {
				return value instanceof Enumerator e ? label(e) : String.valueOf(value);
			}
		};
	}

	private static EEnum enumOf(Class<?> type) {
		for (EClassifier classifier : ReportPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum e && e.getInstanceClass() == type) {
				return e;
			}
		}
		return null;
	}

	private static String lookup(String key, String fallback) {
		try {
			return ReportEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback(fallback);
		}
	}

	/** Words for a name without a label: the one place that turns an identifier into words. */
	private static String fallback(String name) {
		String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replace('_', ' ');
		return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + spaced.substring(1);
	}
}
