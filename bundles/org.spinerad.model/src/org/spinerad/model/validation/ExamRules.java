package org.spinerad.model.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.Exam;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.Sequence;

/** The rules of the exam technique: field strength, coverage, timing, contrast. */
final class ExamRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private ExamRules() {
	}

	static void all(ContrastAdministration contrast, Checker check) {
		contrastComplete(contrast, check);
		contrastPositive(contrast, check);
		contrastDose(contrast, check);
		contrastAboveStandard(contrast, check);
	}

	static void exam(Exam exam, Checker check) {
		fieldStrength(exam, check);
		coverageOrder(exam, check);
	}

	/** {@link Rules#EXAM_FIELD_STRENGTH} */
	static void fieldStrength(Exam exam, Checker check) {
		Double tesla = exam.getFieldStrengthTesla();
		if (tesla != null && (tesla < 0.2 || tesla > 7.5)) {
			check.error(Rules.EXAM_FIELD_STRENGTH, exam, P.getExam_FieldStrengthTesla(),
					"The field strength " + tesla + " T is not a clinical MR field strength; enter it in tesla, e.g. 1.5 or 3");
		}
	}

	/** {@link Rules#LEVEL_RANGE_ORDER} of the imaged range */
	static void coverageOrder(Exam exam, Checker check) {
		if (exam.getCoverageFrom() != null && exam.getCoverageTo() != null
				&& exam.getCoverageTo().isAbove(exam.getCoverageFrom())) {
			check.error(Rules.LEVEL_RANGE_ORDER, exam, P.getExam_CoverageTo(),
					"The imaged range runs upwards; enter the cranial level first");
		}
	}

	/** {@link Rules#EXAM_TIMING} */
	static void sequence(Sequence sequence, Checker check) {
		Double minutes = sequence.getMinutesAfterInjection();
		if (minutes != null && minutes < 0) {
			check.error(Rules.EXAM_TIMING, sequence, P.getSequence_MinutesAfterInjection(),
					"The delay after injection is negative; enter minutes after injection");
		}
	}

	/** {@link Rules#CONTRAST_INCOMPLETE} */
	static void contrastComplete(ContrastAdministration contrast, Checker check) {
		if (check.phase == Phase.SIGNING && contrast.eContainer() instanceof Exam exam
				&& !exam.getSequences().isEmpty() && exam.getSequences().stream().anyMatch(Sequence::isPostContrast)) {
			for (EStructuralFeature feature : List.of(P.getContrastAdministration_Agent(),
					P.getContrastAdministration_ConcentrationMmolPerMl(), P.getContrastAdministration_DoseMmolPerKg(),
					P.getContrastAdministration_VolumeMl())) {
				if (!contrast.eIsSet(feature)) {
					check.warning(Rules.CONTRAST_INCOMPLETE, contrast, feature,
							"Post-contrast sequences were acquired but the " + Words.feature(feature)
									+ " of the contrast agent is missing; complete the technique");
				}
			}
		}
	}

	/** {@link Rules#MEASUREMENT_POSITIVE} of the contrast values */
	static void contrastPositive(ContrastAdministration contrast, Checker check) {
		for (Object[] value : new Object[][] { { P.getContrastAdministration_ConcentrationMmolPerMl(), contrast.getConcentrationMmolPerMl() },
				{ P.getContrastAdministration_DoseMmolPerKg(), contrast.getDoseMmolPerKg() },
				{ P.getContrastAdministration_VolumeMl(), contrast.getVolumeMl() },
				{ P.getContrastAdministration_MinutesAfterInjection(), contrast.getMinutesAfterInjection() } }) {
			if (value[1] != null && ((Double) value[1]) < 0) {
				check.error(Rules.MEASUREMENT_POSITIVE, contrast, (EStructuralFeature) value[0],
						"The value is negative; enter a positive number");
			}
		}
	}

	/** {@link Rules#CONTRAST_DOSE}: volume = dose x weight / concentration */
	static void contrastDose(ContrastAdministration contrast, Checker check) {
		Double concentration = contrast.getConcentrationMmolPerMl();
		Double dose = contrast.getDoseMmolPerKg();
		Double volume = contrast.getVolumeMl();
		Double weight = contrast.eContainer() != null && contrast.eContainer().eContainer() instanceof Report report
				&& report.getPatient() != null ? report.getPatient().getWeightKg() : null;
		if (concentration != null && dose != null && volume != null && weight != null && concentration > 0
				&& weight > 0) {
			double expected = dose * weight / concentration;
			if (Math.abs(volume - expected) > ReportValidator.DOSE_TOLERANCE * expected) {
				check.error(Rules.CONTRAST_DOSE, contrast, P.getContrastAdministration_VolumeMl(),
						String.format(Locale.ROOT,
								"The volume %.1f mL does not match dose x weight / concentration = %.2f x %.1f / %.2f = %.1f mL; correct the volume, dose, concentration or weight",
								volume, dose, weight, concentration, expected));
			}
		}
	}

	/** {@link Rules#CONTRAST_ABOVE_STANDARD} */
	static void contrastAboveStandard(ContrastAdministration contrast, Checker check) {
		Double dose = contrast.getDoseMmolPerKg();
		double standard = contrast.getAgent() == ContrastAgent.GADOPICLENOL ? 0.05 : 0.1;
		if (dose != null && contrast.getAgent() != ContrastAgent.OTHER && dose > standard * 1.05) {
			check.warning(Rules.CONTRAST_ABOVE_STANDARD, contrast, P.getContrastAdministration_DoseMmolPerKg(),
					"The dose " + dose + " mmol/kg is above the standard " + standard + " mmol/kg of "
							+ Words.value(contrast.getAgent()) + "; confirm it was intended");
		}
	}
}
