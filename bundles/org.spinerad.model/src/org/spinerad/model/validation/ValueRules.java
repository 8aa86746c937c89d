package org.spinerad.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.Measured;
import org.spinerad.model.ReportPackage;

/** The rules of single values: measurements, percentages, grades. */
final class ValueRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private ValueRules() {
	}

	/** {@link Rules#MEASUREMENT_POSITIVE} and {@link Rules#MEASUREMENT_PLAUSIBLE} of the three diameters */
	static void measurements(Measured measured, Checker check) {
		diameter(measured, P.getMeasured_ApMm(), measured.getApMm(), check);
		diameter(measured, P.getMeasured_TransverseMm(), measured.getTransverseMm(), check);
		diameter(measured, P.getMeasured_CraniocaudalMm(), measured.getCraniocaudalMm(), check);
	}

	static void diameter(EObject object, EStructuralFeature feature, Double value, Checker check) {
		positive(object, feature, value, ReportValidator.MAX_DIAMETER_MM, check);
	}

	/** {@link Rules#MEASUREMENT_POSITIVE} and {@link Rules#MEASUREMENT_PLAUSIBLE} */
	static void positive(EObject object, EStructuralFeature feature, Double value, double max, Checker check) {
		if (value == null) {
			return;
		}
		if (!(value > 0) || value.isInfinite()) {
			check.error(Rules.MEASUREMENT_POSITIVE, object, feature,
					"The measurement is " + value + " mm; measurements are positive, in millimetres");
		} else if (value > max) {
			check.warning(Rules.MEASUREMENT_PLAUSIBLE, object, feature, "The measurement " + value
					+ " mm is implausibly large (more than " + (int) max + " mm); was it entered in the wrong unit?");
		}
	}

	/** {@link Rules#PERCENT_RANGE} */
	static void percent(EObject object, EStructuralFeature feature, Integer value, Checker check) {
		if (value != null && (value < 0 || value > 100)) {
			check.error(Rules.PERCENT_RANGE, object, feature,
					"The value " + value + " % is outside 0 to 100 %; enter a percentage");
		}
	}

	/** {@link Rules#GRADE_RANGE} */
	static void grade(EObject object, EStructuralFeature feature, Integer value, int max, Checker check) {
		if (value != null && (value < 1 || value > max)) {
			check.error(Rules.GRADE_RANGE, object, feature,
					"The value " + value + " is not a grade from 1 to " + max + "; choose 1 to " + max);
		}
	}
}
