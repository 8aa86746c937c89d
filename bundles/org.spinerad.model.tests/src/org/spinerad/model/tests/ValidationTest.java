package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Side;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Rules;
import org.spinerad.model.validation.Validation;

/** Every rule, each on a valid report broken in exactly one place. */
class ValidationTest {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private final Report report = Samples.infection();

	private List<Problem> problems(Phase phase, String code) {
		return Validation.validate(report, phase).stream().filter(p -> p.code().equals(code)).toList();
	}

	private Problem only(Phase phase, String code, int severity) {
		List<Problem> found = problems(phase, code);
		assertEquals(1, found.size(), "exactly one " + code + " problem: " + Validation.validate(report, phase));
		assertEquals(severity, found.get(0).severity(), found.get(0).toString());
		return found.get(0);
	}

	private MarrowFinding marrow() {
		return (MarrowFinding) Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getFindings().get(0);
	}

	private DiscFinding disc() {
		return (DiscFinding) Reports.region(report, RegionKind.DISC).orElseThrow().getFindings().get(0);
	}

	private EpiduralFinding epidural() {
		return (EpiduralFinding) Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().get(0);
	}

	@Test
	void theSampleIsCleanEvenForSigning() {
		assertEquals(List.of(), Validation.validate(report, Phase.SIGNING));
	}

	@Test
	void problemsAreLocatedAtTheObjectAndField() {
		epidural().setMaxThicknessMm(-2.0);
		Problem p = only(Phase.EDITING, Rules.MEASUREMENT_POSITIVE, Diagnostic.ERROR);
		assertSame(epidural(), p.object());
		assertSame(P.getEpiduralFinding_MaxThicknessMm(), p.feature());
		// plain words: the clinical vocabulary of the edit layer is not running in these tests
		assertEquals("Epidural, finding F3 (L2 to L4): max thickness mm", p.location());
		assertTrue(p.toString().startsWith("error: Epidural, finding F3 (L2 to L4): max thickness mm: "));
	}

	@Test
	void aSignedReportNeedsItsPatient() {
		report.setPatient(null);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.PATIENT_MISSING), "a draft may still lack the patient");
		only(Phase.SIGNING, Rules.PATIENT_MISSING, Diagnostic.ERROR);
		report.setStatus(ReportStatus.FINAL);
		Problem p = only(Phase.EDITING, Rules.PATIENT_MISSING, Diagnostic.ERROR);
		assertTrue(p.message().startsWith("A final report needs its patient"), p.message());
	}

	@Test
	void signingNeedsTheStudyHeader() {
		report.getStudy().setAccessionNumber(null);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.HEADER_REQUIRED), "more in HeaderRequiredTest");
		assertTrue(only(Phase.SIGNING, Rules.HEADER_REQUIRED, Diagnostic.ERROR).message().contains("accession number"));
	}

	@Test
	void findingIdsAreUnique() {
		disc().setId("F1");
		Problem p = only(Phase.EDITING, Rules.FINDING_ID_DUPLICATE, Diagnostic.ERROR);
		assertSame(disc(), p.object());
		assertTrue(p.message().startsWith("The id F1 is also used by Bone marrow, finding F1"), p.message());
	}

	@Test
	void aFindingNeedsALevelBeforeSigning() {
		marrow().setFrom(null);
		marrow().setTo(null);
		only(Phase.EDITING, Rules.LEVEL_MISSING, Diagnostic.WARNING);
		only(Phase.SIGNING, Rules.LEVEL_MISSING, Diagnostic.ERROR);
	}

	@Test
	void rangesRunCraniocaudally() {
		marrow().setFrom(SpineLevel.valueOf("L4"));
		marrow().setTo(SpineLevel.valueOf("L2"));
		Problem p = only(Phase.EDITING, Rules.LEVEL_RANGE_ORDER, Diagnostic.ERROR);
		assertTrue(p.message().contains("L2 to L4"), p.message());
		assertSame(P.getLocated_To(), p.feature());
	}

	@Test
	void aDiscFindingIsAtADiscLevel() {
		disc().setFrom(SpineLevel.valueOf("L3"));
		only(Phase.EDITING, Rules.LEVEL_KIND, Diagnostic.ERROR);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.LEVEL_RANGE_ORDER), "the range runs the right way");
	}

	@Test
	void aMarrowFindingIsAtAVertebra() {
		marrow().setFrom(SpineLevel.valueOf("L3-L4"));
		marrow().setTo(null);
		Problem p = only(Phase.EDITING, Rules.LEVEL_KIND, Diagnostic.WARNING);
		assertTrue(p.message().contains("give the vertebrae, e.g. L3 to L4"), p.message());
		assertEquals(List.of(), problems(Phase.EDITING, Rules.SIDE_CONTRADICTION), "no side is involved");
	}

	@Test
	void levelsOutsideTheImagedRegionAreFlagged() {
		marrow().setFrom(SpineLevel.valueOf("T2"));
		marrow().setTo(SpineLevel.valueOf("T3"));
		Problem p = only(Phase.SIGNING, Rules.LEVEL_OUTSIDE_EXAM, Diagnostic.WARNING);
		assertTrue(p.message().contains("outside the imaged lumbar"), p.message());
	}

	@Test
	void impressionLevelsMatchTheirFindings() {
		report.getImpression().get(1).setText("Discitis-osteomyelitis at L4-L5.");
		Problem p = only(Phase.EDITING, Rules.LEVEL_NAMING, Diagnostic.WARNING);
		assertTrue(p.message().contains("names L4-L5"), p.message());
		report.getImpression().get(1).setText("Discitis-osteomyelitis at L3-4.");
		assertEquals(List.of(), problems(Phase.EDITING, Rules.LEVEL_NAMING), "the short form L3-4 is the same level");
	}

	@Test
	void onlyRealLevelTokensAreReadAsLevels() {
		ImpressionItem item = report.getImpression().get(1);
		for (String text : List.of("Discitis-osteomyelitis at L3-L4 with T2-hypointense endplates.",
				"Discitis-osteomyelitis at L3-L4, T1 hypointense and T2 hyperintense; levels counted from C2.",
				"Discitis-osteomyelitis at L3-4, bright on T2 and STIR in T2-weighted and T1-weighted images, T2* dark.")) {
			item.setText(text);
			assertEquals(List.of(), problems(Phase.EDITING, Rules.LEVEL_NAMING), text);
		}
		for (String level : List.of("T6", "L4-L5", "C7-T1", "T2")) {
			item.setText("Discitis-osteomyelitis at L3-L4 and " + level + ", T2-hypointense, counted from C2.");
			Problem p = only(Phase.EDITING, Rules.LEVEL_NAMING, Diagnostic.WARNING);
			assertTrue(p.message().contains("names " + level + " "), p.message());
		}
	}

	@Test
	void aRegionIsEitherNormalOrDescribedByItsFindings() {
		Region epidural = Reports.region(report, RegionKind.EPIDURAL).orElseThrow();
		epidural.setStatement("No epidural tumor extension; no thecal sac deformity.");
		only(Phase.EDITING, Rules.REGION_NORMAL_WITH_FINDINGS, Diagnostic.WARNING);
		Problem p = only(Phase.SIGNING, Rules.REGION_NORMAL_WITH_FINDINGS, Diagnostic.ERROR);
		assertSame(epidural, p.object());
		assertTrue(p.message().startsWith(org.spinerad.model.validation.Words.region(org.spinerad.model.RegionKind.EPIDURAL) + " states normal (\"No epidural tumor extension"), p.message());
		assertTrue(p.message().endsWith("but has 1 finding; remove the normal statement or the findings"), p.message());
		epidural.setStatement(" ");
		epidural.setNormal(true);
		p = only(Phase.SIGNING, Rules.REGION_NORMAL_WITH_FINDINGS, Diagnostic.ERROR);
		assertTrue(p.message().contains("is ticked Normal but has 1 finding; remove the normal statement (and untick Normal)"),
				p.message());
		epidural.setNormal(false);
		Region facets = Reports.region(report, RegionKind.FACETS).orElseThrow();
		facets.setNormal(true);
		facets.setStatement("Facet joints normal.");
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.REGION_NORMAL_WITH_FINDINGS), "normal without findings");
	}

	@Test
	void measurementsArePositive() {
		epidural().getComponents().get(0).setApMm(0.0);
		only(Phase.EDITING, Rules.MEASUREMENT_POSITIVE, Diagnostic.ERROR);
	}

	@Test
	void measurementsArePlausible() {
		epidural().getComponents().get(0).setApMm(900.0);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.MEASUREMENT_POSITIVE));
		Problem p = only(Phase.EDITING, Rules.MEASUREMENT_PLAUSIBLE, Diagnostic.WARNING);
		assertTrue(p.message().contains("wrong unit"));
	}

	@Test
	void percentagesStayInRange() {
		marrow().setCollapsePercent(140);
		only(Phase.EDITING, Rules.PERCENT_RANGE, Diagnostic.ERROR);
	}

	@Test
	void gradesStayInRange() {
		marrow().setModicType(4);
		only(Phase.EDITING, Rules.GRADE_RANGE, Diagnostic.ERROR);
	}

	@Test
	void absentEnhancementHasNoIntensityOrPattern() {
		marrow().getEnhancement().setPresence(EnhancementPresence.NONE);
		Problem p = only(Phase.EDITING, Rules.ENHANCEMENT_ABSENT_DETAILS, Diagnostic.ERROR);
		assertSame(P.getEnhancement_Intensity(), p.feature());
		marrow().getEnhancement().setIntensity(EnhancementIntensity.UNSPECIFIED);
		marrow().getEnhancement().setPattern(EnhancementPattern.UNSPECIFIED);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.ENHANCEMENT_ABSENT_DETAILS));
	}

	@Test
	void rimEnhancementNeedsItsCenterBeforeSigning() {
		epidural().getComponents().get(0).getEnhancement().setCenter(org.spinerad.model.LesionCenter.UNSPECIFIED);
		only(Phase.EDITING, Rules.ENHANCEMENT_RIM_CENTER, Diagnostic.WARNING);
		only(Phase.SIGNING, Rules.ENHANCEMENT_RIM_CENTER, Diagnostic.ERROR);
	}

	@Test
	void contrastVolumeMatchesDoseWeightAndConcentration() {
		report.getExam().getContrast().setVolumeMl(20.0);
		Problem p = only(Phase.EDITING, Rules.CONTRAST_DOSE, Diagnostic.ERROR);
		assertTrue(p.message().contains("= 8.2 mL"), p.message());
		report.getExam().getContrast().setVolumeMl(8.5);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.CONTRAST_DOSE), "within 10 %");
	}

	@Test
	void doseAboveTheStandardIsQuestioned() {
		report.getExam().getContrast().setDoseMmolPerKg(0.2);
		report.getExam().getContrast().setVolumeMl(16.4);
		only(Phase.EDITING, Rules.CONTRAST_ABOVE_STANDARD, Diagnostic.WARNING);
	}

	@Test
	void contrastFieldsAreCompleteBeforeSigning() {
		report.getExam().getContrast().setConcentrationMmolPerMl(null);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.CONTRAST_INCOMPLETE));
		Problem p = only(Phase.SIGNING, Rules.CONTRAST_INCOMPLETE, Diagnostic.WARNING);
		assertSame(P.getContrastAdministration_ConcentrationMmolPerMl(), p.feature());
	}

	@Test
	void fieldStrengthIsPlausible() {
		report.getExam().setFieldStrengthTesla(15.0);
		only(Phase.EDITING, Rules.EXAM_FIELD_STRENGTH, Diagnostic.ERROR);
	}

	@Test
	void timingAfterInjectionIsNotNegative() {
		report.getExam().getSequences().get(0).setMinutesAfterInjection(-1.0);
		only(Phase.EDITING, Rules.EXAM_TIMING, Diagnostic.ERROR);
	}

	@Test
	void regionsAreUnique() {
		Region extra = ReportFactory.eINSTANCE.createRegion();
		extra.setKind(RegionKind.DISC);
		report.getRegions().add(extra);
		only(Phase.EDITING, Rules.REGION_DUPLICATE, Diagnostic.ERROR);
	}

	@Test
	void regionsHoldTheirOwnFindings() {
		Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().add(disc());
		only(Phase.EDITING, Rules.REGION_FINDING_TYPE, Diagnostic.ERROR);
	}

	@Test
	void findingsHaveIds() {
		marrow().setId(null);
		report.getImpression().get(1).getFindings().remove(marrow());
		only(Phase.EDITING, Rules.FINDING_ID_MISSING, Diagnostic.WARNING);
	}

	@Test
	void sidesMustNotContradictTheLocation() {
		FacetFinding facet = ReportFactory.eINSTANCE.createFacetFinding();
		facet.setId("F9");
		facet.setFrom(SpineLevel.valueOf("L3-L4"));
		facet.setSide(Side.MIDLINE);
		Reports.region(report, RegionKind.FACETS).orElseThrow().getFindings().add(facet);
		only(Phase.EDITING, Rules.SIDE_CONTRADICTION, Diagnostic.ERROR);
		facet.setSide(Side.RIGHT);
		epidural().setSide(Side.LEFT);
		epidural().setAxialPosition(AxialPosition.RIGHT);
		only(Phase.EDITING, Rules.SIDE_CONTRADICTION, Diagnostic.WARNING);
	}

	@Test
	void bilskyInputsMustNotContradictEachOther() {
		epidural().setThecalSacDeformed(false);
		epidural().setCordEffect(CordEffect.COMPRESSION_CSF_PRESERVED);
		Problem p = only(Phase.EDITING, Rules.BILSKY_INPUTS, Diagnostic.ERROR);
		assertTrue(p.message().contains("compression csf preserved"), p.message());
	}

	@Test
	void sexSpecificContentMatchesThePatient() {
		marrow().setRemark("Incidental ovarian cyst.");
		Problem p = only(Phase.EDITING, Rules.SEX_SPECIFIC, Diagnostic.WARNING);
		assertTrue(p.message().contains("'ovarian'"), p.message());
	}

	@Test
	void signingNeedsAnImpression() {
		report.getImpression().clear();
		assertEquals(List.of(), problems(Phase.EDITING, Rules.IMPRESSION_MISSING));
		only(Phase.SIGNING, Rules.IMPRESSION_MISSING, Diagnostic.ERROR);
	}

	@Test
	void impressionItemsHaveText() {
		ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
		item.setText(" ");
		report.getImpression().add(item);
		only(Phase.EDITING, Rules.IMPRESSION_TEXT, Diagnostic.ERROR);
		assertEquals(List.of(), problems(Phase.EDITING, Rules.IMPRESSION_LINK), "an empty item gets one problem");
	}

	@Test
	void impressionItemsAreLinkedToFindings() {
		ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
		report.getImpression().add(item);
		item.setText("No further abnormality.");
		only(Phase.EDITING, Rules.IMPRESSION_LINK, Diagnostic.WARNING);
	}

	@Test
	void theMostCriticalImpressionComesFirst() {
		ImpressionItem first = report.getImpression().get(0);
		report.getImpression().move(1, first);
		only(Phase.EDITING, Rules.IMPRESSION_ORDER, Diagnostic.WARNING);
	}

	@Test
	void aFinalReportHasASigner() {
		report.setStatus(ReportStatus.FINAL);
		only(Phase.EDITING, Rules.SIGNER_MISSING, Diagnostic.ERROR);
	}

	@Test
	void aFinalReportHasASignTime() {
		report.setStatus(ReportStatus.FINAL);
		only(Phase.EDITING, Rules.SIGN_TIME_MISSING, Diagnostic.ERROR);
		report.setSigner("Dr. S. Signer");
		report.setSignedAt(Samples.time("2026-11-20T11:00:00Z"));
		assertFalse(Validation.hasErrors(Validation.validate(report, Phase.EDITING)));
	}

	@Test
	void aCriticalFindingNeedsACommunicationRecordBeforeSigning() {
		CriticalCommunication record = report.getCommunications().remove(0);
		only(Phase.EDITING, Rules.CRITICAL_COMMUNICATION, Diagnostic.WARNING);
		only(Phase.SIGNING, Rules.CRITICAL_COMMUNICATION, Diagnostic.ERROR);
		CriticalCommunication override = ReportFactory.eINSTANCE.createCriticalCommunication();
		override.setOverrideReason("Referrer already informed at the scanner by the technologist.");
		report.getCommunications().add(override);
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.CRITICAL_COMMUNICATION));
		report.getCommunications().set(0, record);
		record.unsetMethod();
		only(Phase.SIGNING, Rules.COMMUNICATION_INCOMPLETE, Diagnostic.ERROR);
		only(Phase.SIGNING, Rules.CRITICAL_COMMUNICATION, Diagnostic.ERROR);
	}

	@Test
	void aCriticalFindingNeedsReadBackAndAnUrgentCategory() {
		CriticalCommunication record = report.getCommunications().get(0);
		record.setReadBackConfirmed(false);
		only(Phase.SIGNING, Rules.CRITICAL_COMMUNICATION, Diagnostic.ERROR);
		record.setReadBackConfirmed(true);
		record.setAcrCategory(3);
		only(Phase.SIGNING, Rules.CRITICAL_COMMUNICATION, Diagnostic.ERROR);
		record.setAcrCategory(null);
		only(Phase.SIGNING, Rules.COMMUNICATION_INCOMPLETE, Diagnostic.ERROR);
		record.setAcrCategory(2);
		assertEquals(List.of(), Validation.validate(report, Phase.SIGNING));
	}

	@Test
	void routineCommunicationIsOnlyForCategoryThree() {
		CriticalCommunication routine = ReportFactory.eINSTANCE.createCriticalCommunication();
		routine.setRoutine(true);
		routine.setAcrCategory(2);
		report.getCommunications().add(routine);
		only(Phase.SIGNING, Rules.COMMUNICATION_INCOMPLETE, Diagnostic.ERROR);
		routine.setAcrCategory(3);
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.COMMUNICATION_INCOMPLETE));
	}

	@Test
	void anUnsetImpressionCategoryIsNotTheMostUrgent() {
		ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
		assertEquals(org.spinerad.model.ImpressionCategory.UNASSIGNED, item.getCategory());
		item.setText("Incidental haemangioma.");
		item.getFindings().addAll(report.getImpression().get(0).getFindings());
		report.getImpression().forEach(i -> i.setCritical(false));
		report.getImpression().add(0, item);
		Problem p = only(Phase.EDITING, Rules.IMPRESSION_ORDER, Diagnostic.WARNING);
		assertSame(report.getImpression().get(1), p.object());
	}

	@Test
	void everyRuleIsCoveredHereOrInObservationTest() throws Exception {
		List<String> codes = new java.util.ArrayList<>();
		for (java.lang.reflect.Field field : Rules.class.getFields()) {
			if (!field.getName().equals("SOURCE")) {
				codes.add((String) field.get(null));
			}
		}
		String source = new String(ValidationTest.class.getResourceAsStream("ValidationTest.class").readAllBytes(),
				java.nio.charset.StandardCharsets.ISO_8859_1)
				+ new String(ObservationTest.class.getResourceAsStream("ObservationTest.class").readAllBytes(),
						java.nio.charset.StandardCharsets.ISO_8859_1);
		for (String code : codes) {
			assertTrue(source.contains(code), "rule " + code + " has a test");
		}
	}
}
