package org.spinerad.model.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One validation message, located: the object and field it concerns.
 *
 * @param severity {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}
 * @param code     the rule, one of {@link Rules}
 * @param object   the object concerned (null when the whole report)
 * @param feature  the field concerned, or null
 * @param message  what is wrong and how to fix it
 */
public record Problem(int severity, String code, EObject object, EStructuralFeature feature, String message) {

	/** @return whether this problem blocks signing */
	public boolean isError() {
		return severity >= Diagnostic.ERROR;
	}

	/** @return "error", "warning" or "info" */
	public String severityLabel() {
		return severity >= Diagnostic.ERROR ? "error" : severity >= Diagnostic.WARNING ? "warning" : "info";
	}

	/** @return where the problem is, in words */
	public String location() {
		return Locations.describe(object, feature);
	}

	/** @return one line: severity, location, message, rule */
	@Override
	public String toString() {
		return severityLabel() + ": " + location() + ": " + message + " [" + code + "]";
	}
}
