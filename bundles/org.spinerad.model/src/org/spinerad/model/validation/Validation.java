package org.spinerad.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;

/**
 * Validates reports with EMF's {@link Diagnostician} and our {@link ReportValidator},
 * and turns the diagnostics into located {@link Problem}s.
 */
public final class Validation {

	/** Context key holding the {@link Phase}. */
	public static final String PHASE = "org.spinerad.model.validation.phase";

	private static final ReportValidator VALIDATOR = new ReportValidator();

	static {
		EValidator.Registry.INSTANCE.put(ReportPackage.eINSTANCE, VALIDATOR);
	}

	private Validation() {
	}

	/** @return the validator of the report package (also in EMF's global registry) */
	public static EValidator validator() {
		return VALIDATOR;
	}

	/**
	 * Validates a whole report.
	 *
	 * @return the problems, errors first, in the order of the report
	 */
	public static List<Problem> validate(Report report, Phase phase) {
		return problems(diagnose(report, phase));
	}

	/** @return the EMF diagnostic of a whole report */
	public static Diagnostic diagnose(Report report, Phase phase) {
		Map<Object, Object> context = new HashMap<>();
		context.put(PHASE, phase);
		Diagnostician diagnostician = new Diagnostician(registry()) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return Locations.describe(eObject);
			}

			@Override
			public String getFeatureLabel(EStructuralFeature feature) {
				return Words.feature(feature);
			}

			@Override
			public String getValueLabel(EDataType type, Object value) {
				return value instanceof Enumerator e ? Words.value(e) : super.getValueLabel(type, value);
			}
		};
		context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
		BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(report);
		diagnostician.validate(report, chain, context);
		return chain;
	}

	private static EValidator.Registry registry() {
		EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
		registry.put(ReportPackage.eINSTANCE, VALIDATOR);
		return registry;
	}

	/** @return the phase in a validation context, EDITING by default */
	static Phase phase(Map<Object, Object> context) {
		return context != null && context.get(PHASE) instanceof Phase phase ? phase : Phase.EDITING;
	}

	/** @return the leaves of a diagnostic as problems, errors first */
	public static List<Problem> problems(Diagnostic diagnostic) {
		List<Problem> result = new ArrayList<>();
		collect(diagnostic, result);
		result.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
		return result;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> result) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK) {
				List<?> data = diagnostic.getData();
				EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
				EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
				String source = diagnostic.getSource() == null ? "" : diagnostic.getSource();
				String code = source.startsWith(Rules.SOURCE + "/") ? source.substring(Rules.SOURCE.length() + 1)
						: "emf." + diagnostic.getCode();
				result.add(new Problem(diagnostic.getSeverity(), code, object, feature, diagnostic.getMessage()));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, result);
		}
	}

	/** @return whether any problem is an error */
	public static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(Problem::isError);
	}
}
