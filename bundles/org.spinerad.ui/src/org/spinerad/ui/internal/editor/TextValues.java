package org.spinerad.ui.internal.editor;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Formats;

/**
 * How a value of the model is shown in a text field and read back from what
 * was typed: numbers with a point, dates as {@code 2024-09-12}, a person's
 * name as people read it ("Moreau, Émile") while the model keeps the DICOM
 * form ("Moreau^Émile").
 */
final class TextValues {

	private static final EAttribute PERSON_NAME = ReportPackage.Literals.PATIENT__NAME;

	private TextValues() {
	}

	static String format(Object value, EAttribute feature) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
		}
		if (value instanceof java.util.Date date) {
			return Dates.format(date);
		}
		if (feature == PERSON_NAME) {
			return java.util.Objects.requireNonNullElse(Formats.personName((String) value), "");
		}
		return EcoreUtil.convertToString(feature.getEAttributeType(), value);
	}

	static boolean means(String text, Object value, EAttribute feature) {
		try {
			Object typed = parse(text, feature);
			// a name means the stored one when it reads the same ("Case, Tum01" is still "CASE^TUM01")
			return value != null && (value.equals(typed) || feature == PERSON_NAME && typed != null
					&& java.util.Objects.equals(Formats.personName((String) value), Formats.personName((String) typed)));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	static Object parse(String text, EAttribute feature) {
		String t = text.strip();
		EDataType type = feature.getEAttributeType();
		if (t.isEmpty()) {
			return null;
		}
		if (feature == PERSON_NAME) {
			return Formats.dicomPersonName(t);
		}
		Class<?> instance = type.getInstanceClass();
		try {
			if (instance == Double.class || instance == double.class) {
				return Double.valueOf(t.replace(',', '.'));
			}
			if (instance == Integer.class || instance == int.class) {
				return Integer.valueOf(t.replace("%", "").strip());
			}
			if (instance == java.util.Date.class) {
				return Dates.parse(t);
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + t + "' is not a number");
		}
		return EcoreUtil.createFromString(type, t);
	}
}
