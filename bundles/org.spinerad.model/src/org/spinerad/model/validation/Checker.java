package org.spinerad.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Collects the diagnostics of the rules for one object. */
final class Checker {
	final Phase phase;
	private final DiagnosticChain diagnostics;
	private boolean failed;

	Checker(DiagnosticChain diagnostics, Phase phase) {
		this.diagnostics = diagnostics;
		this.phase = phase;
	}

	/** @return whether an error was reported */
	boolean failed() {
		return failed;
	}

	void error(String code, EObject object, EStructuralFeature feature, String message) {
		add(Diagnostic.ERROR, code, object, feature, message);
	}

	void warning(String code, EObject object, EStructuralFeature feature, String message) {
		add(Diagnostic.WARNING, code, object, feature, message);
	}

	/** An error when signing, a warning while editing. */
	void signingError(String code, EObject object, EStructuralFeature feature, String message) {
		add(phase == Phase.SIGNING ? Diagnostic.ERROR : Diagnostic.WARNING, code, object, feature, message);
	}

	private void add(int severity, String code, EObject object, EStructuralFeature feature, String message) {
		if (severity == Diagnostic.ERROR) {
			failed = true;
		}
		if (diagnostics != null) {
			Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
			diagnostics.add(new BasicDiagnostic(severity, Rules.SOURCE + "/" + code, 0, message, data));
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
