package org.spinerad.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.Sex;

/**
 * {@link Rules#HEADER_REQUIRED}: the study and clinical header a report needs
 * before it is signed. Checked at sign-off only, so stored reports and drafts
 * stay valid; each missing field is one error that names it, pointing at the
 * field (or, when its part is absent, at the report's part) so the editor can
 * go there.
 */
final class HeaderRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private HeaderRules() {
	}

	/** A required field: where it belongs and whether it is filled. */
	private record Field(EObject owner, EReference part, EStructuralFeature feature, String label) {
	}

	/** {@link Rules#HEADER_REQUIRED} */
	static void required(Report report, Checker check) {
		if (check.phase != Phase.SIGNING) {
			return;
		}
		for (Field field : missing(report)) {
			EObject object = field.owner() != null ? field.owner() : report;
			EStructuralFeature feature = field.owner() != null ? field.feature() : field.part();
			check.error(Rules.HEADER_REQUIRED, object, feature, "The study header has no " + field.label()
					+ "; enter it in the header at the top of the report before signing");
		}
	}

	/** @return the required header fields that are empty, in the header's order */
	static List<Field> missing(Report report) {
		List<Field> missing = new ArrayList<>();
		Patient patient = report.getPatient();
		check(missing, patient, P.getReport_Patient(), P.getPatient_Name(), "patient name");
		check(missing, patient, P.getReport_Patient(), P.getPatient_PatientId(), "patient ID");
		if (patient == null || patient.getSex() == null || patient.getSex() == Sex.UNKNOWN) {
			missing.add(new Field(patient, P.getReport_Patient(), P.getPatient_Sex(), "sex"));
		}
		if (patient == null || patient.getBirthDate() == null && patient.getAgeYears() == null) {
			missing.add(new Field(patient, P.getReport_Patient(), P.getPatient_BirthDate(), "birth date or age"));
		}
		var study = report.getStudy();
		check(missing, study, P.getReport_Study(), P.getStudy_AccessionNumber(), "accession number");
		check(missing, study, P.getReport_Study(), P.getStudy_ClinicalIndication(), "clinical indication");
		var exam = report.getExam();
		if (exam == null || !exam.isSetRegionImaged()) {
			missing.add(new Field(exam, P.getReport_Exam(), P.getExam_RegionImaged(), "exam (region imaged)"));
		}
		var clinical = report.getClinical();
		if (clinical != null && clinical.getPriorSurgery() != null && clinical.getPriorSurgery().getDate() == null) {
			missing.add(new Field(clinical.getPriorSurgery(), P.getReport_Clinical(), P.getPriorSurgery_Date(),
					"date of the prior surgery"));
		}
		return missing;
	}

	private static void check(List<Field> missing, EObject owner, EReference part, EStructuralFeature feature,
			String label) {
		Object value = owner == null ? null : owner.eGet(feature);
		if (value == null || value instanceof String text && text.isBlank()) {
			missing.add(new Field(owner, part, feature, label));
		}
	}
}
