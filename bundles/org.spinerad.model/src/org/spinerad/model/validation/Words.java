package org.spinerad.model.validation;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.RegionKind;

/**
 * The words of validation messages and locations. They come from the clinical
 * vocabulary of the edit layer, which registers it as an OSGi service of type
 * {@link EValidator.SubstitutionLabelProvider}; without it (plain Java, tests of
 * this bundle alone) literals and names are spelled out plainly, here and
 * nowhere else in this bundle.
 */
public final class Words {

	private static final EValidator.SubstitutionLabelProvider PLAIN = new EValidator.SubstitutionLabelProvider() {
		@Override
		public String getObjectLabel(EObject object) {
			return name(object.eClass().getName());
		}

		@Override
		public String getFeatureLabel(EStructuralFeature feature) {
			return name(feature.getName());
		}

		@Override
		public String getValueLabel(EDataType type, Object value) {
			return value instanceof Enumerator e ? e.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')
					: String.valueOf(value);
		}
	};

	private Words() {
	}

	/** @return the label of an enum value, e.g. "compression, no CSF" */
	public static String value(Enumerator value) {
		if (value == null) {
			return "";
		}
		EClassifier type = ReportPackage.eINSTANCE.getEClassifier(value.getClass().getSimpleName());
		return withLabels(labels -> labels.getValueLabel(type instanceof EDataType d ? d : null, value));
	}

	/** @return the label of a region, e.g. "Epidural space" */
	public static String region(RegionKind kind) {
		String label = value(kind);
		return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	/** @return the label of a field, e.g. "Volume (mL)" */
	public static String feature(EStructuralFeature feature) {
		return withLabels(labels -> labels.getFeatureLabel(feature));
	}

	/** @return the label of a kind of object, e.g. "marrow finding" */
	public static String kind(EObject object) {
		return withLabels(labels -> labels.getObjectLabel(object));
	}

	/** @return "volumeMl" as "volume ml", "ContrastAdministration" as "contrast" */
	private static String name(String camel) {
		String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		return spaced.equals("contrast administration") ? "contrast" : spaced;
	}

	private static String withLabels(Function<EValidator.SubstitutionLabelProvider, String> words) {
		Bundle bundle = FrameworkUtil.getBundle(Words.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<EValidator.SubstitutionLabelProvider> reference = context == null ? null
				: context.getServiceReference(EValidator.SubstitutionLabelProvider.class);
		EValidator.SubstitutionLabelProvider labels = reference == null ? null : context.getService(reference);
		try {
			String word = words.apply(labels != null ? labels : PLAIN);
			return word != null ? word : words.apply(PLAIN);
		} finally {
			if (labels != null) {
				context.ungetService(reference);
			}
		}
	}
}
