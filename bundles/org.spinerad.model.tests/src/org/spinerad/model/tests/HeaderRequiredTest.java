package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Rules;
import org.spinerad.model.validation.Validation;

/** {@link Rules#HEADER_REQUIRED}: the study and clinical header a report needs before it is signed. */
class HeaderRequiredTest {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private final Report report = Samples.infection();

	private List<Problem> header(Phase phase) {
		return Validation.validate(report, phase).stream().filter(p -> p.code().equals(Rules.HEADER_REQUIRED))
				.toList();
	}

	private List<String> missing() {
		return header(Phase.SIGNING).stream().map(Problem::message)
				.map(m -> m.substring("The study header has no ".length(), m.indexOf(';'))).toList();
	}

	@Test
	void aCompleteHeaderPasses() {
		assertEquals(List.of(), header(Phase.SIGNING));
	}

	@Test
	void eachMissingFieldIsOneErrorThatNamesIt() {
		report.getPatient().setPatientId(" ");
		report.getPatient().setSex(Sex.UNKNOWN);
		report.getPatient().setBirthDate(null);
		report.getStudy().setAccessionNumber(null);
		report.getStudy().setClinicalIndication(null);
		report.getExam().unsetRegionImaged();
		assertEquals(List.of("patient ID", "sex", "birth date or age", "accession number", "clinical indication",
				"exam (region imaged)"), missing());
		Problem first = header(Phase.SIGNING).get(0);
		assertEquals(Diagnostic.ERROR, first.severity());
		assertSame(report.getPatient(), first.object(), "located at the field, for the editor to go there");
		assertSame(P.getPatient_PatientId(), first.feature());
		assertTrue(first.message().endsWith("enter it in the header at the top of the report before signing"),
				first.message());
	}

	@Test
	void anAgeStandsInForTheBirthDate() {
		report.getPatient().setBirthDate(null);
		report.getPatient().setAgeYears(61);
		assertEquals(List.of(), header(Phase.SIGNING));
	}

	@Test
	void aPriorSurgeryNeedsItsDate() {
		report.setClinical(ReportFactory.eINSTANCE.createClinicalContext());
		report.getClinical().setPriorSurgery(ReportFactory.eINSTANCE.createPriorSurgery());
		report.getClinical().getPriorSurgery().setProcedure("L4-L5 discectomy");
		assertEquals(List.of("date of the prior surgery"), missing());
	}

	@Test
	void anAbsentPartNamesEachOfItsFieldsAtThePart() {
		report.setStudy(null);
		assertEquals(List.of("accession number", "clinical indication"), missing());
		assertSame(report, header(Phase.SIGNING).get(0).object());
		assertSame(P.getReport_Study(), header(Phase.SIGNING).get(0).feature());
	}

	@Test
	void draftsAndStoredReportsAreNotChecked() {
		report.getStudy().setAccessionNumber(null);
		assertEquals(List.of(), header(Phase.EDITING), "a draft may lack the header while it is written");
		report.setStatus(ReportStatus.FINAL);
		report.setSigner("Dr. Earlier");
		report.setSignedAt(Samples.time("2026-11-20T11:00:00Z"));
		assertEquals(List.of(), header(Phase.EDITING), "a report signed before the rule stays readable and valid");
	}
}
