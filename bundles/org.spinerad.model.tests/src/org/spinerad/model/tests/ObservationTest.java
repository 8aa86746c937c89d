package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.Component;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.NormalRange;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.TransitionalAnatomy;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIO.Format;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.model.validation.Communications;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Rules;
import org.spinerad.model.validation.Validation;

/** What radiologists record beyond the basic finding: it is held, read back, and checked. */
class ObservationTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;
	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private final Report report = Samples.infection();

	private List<Problem> problems(Phase phase, String code) {
		return Validation.validate(report, phase).stream().filter(p -> p.code().equals(code)).toList();
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

	private static Report read(byte[] bytes, Format format) throws ReportIOException {
		return ReportIO.read(new ByteArrayInputStream(bytes), format, "input");
	}

	/** Sets every feature added for what radiologists see, each to a value other than its default. */
	private void recordEverything() {
		MarrowFinding marrow = marrow();
		marrow.setPosteriorCorticalBreach(true);
		marrow.setT2(SignalIntensity.INTERMEDIATE);
		marrow.setDelayedEnhancement(Samples.enhancement(EnhancementPresence.PRESENT, EnhancementIntensity.MILD,
				EnhancementPattern.HETEROGENEOUS));
		marrow.setDelayedMinutesAfterInjection(32.0);
		disc().setNerveRoot("L4");
		EpiduralFinding epidural = epidural();
		epidural.setAxialPosition(AxialPosition.VENTROLATERAL);
		epidural.setNerveRoot("L4");
		epidural.setContinuityWithSurgicalTract(false);
		Component abscess = epidural.getComponents().get(0);
		abscess.setT2(SignalIntensity.FLUID_HYPER);
		abscess.setDwi(DiffusionResult.RESTRICTED);
		abscess.getEnhancement().setCenter(LesionCenter.NON_ENHANCING);
		CordFinding cord = F.createCordFinding();
		cord.setId("F4");
		cord.setFrom(SpineLevel.valueOf("L3"));
		cord.setNerveRoot("L3");
		Reports.region(report, RegionKind.CORD_ROOTS_MENINGES).orElseThrow().getFindings().add(cord);
		FacetFinding facet = F.createFacetFinding();
		facet.setId("F5");
		facet.setFrom(SpineLevel.valueOf("L3-L4"));
		facet.setTumorReplacement(true);
		Reports.region(report, RegionKind.FACETS).orElseThrow().getFindings().add(facet);
		ParaspinalFinding paraspinal = F.createParaspinalFinding();
		paraspinal.setId("F6");
		paraspinal.setFrom(SpineLevel.valueOf("L3"));
		paraspinal.setContinuityWithSurgicalTract(true);
		Reports.region(report, RegionKind.PARASPINAL).orElseThrow().getFindings().add(paraspinal);
		NormalRange range = F.createNormalRange();
		range.setFrom(SpineLevel.valueOf("T11"));
		range.setTo(SpineLevel.valueOf("L2"));
		range.setStatement("Normal marrow signal");
		Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getNormalRanges().add(range);
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.UNKNOWN);
		CriticalCommunication pending = F.createCriticalCommunication();
		pending.setPending(true);
		pending.setAcrCategory(2);
		report.getCommunications().add(pending);
	}

	@Test
	void everyNewFeatureSurvivesJsonAndXmi() throws Exception {
		recordEverything();
		for (Format format : Format.values()) {
			byte[] bytes = ReportIO.toBytes(report, format);
			Report back = read(bytes, format);
			assertTrue(EcoreUtil.equals(report, back), "the report survives " + format);
		}
		String json = new String(ReportIO.toBytes(report, Format.JSON), StandardCharsets.UTF_8);
		for (String field : List.of("\"posteriorCorticalBreach\" : true", "\"delayedEnhancement\"",
				"\"delayedMinutesAfterInjection\" : 32.0", "\"nerveRoot\" : \"L4\"", "\"ventrolateral\"",
				"\"continuityWithSurgicalTract\" : false", "\"dwi\" : \"restricted\"", "\"non_enhancing\"",
				"\"intermediate\"", "\"tumorReplacement\" : true", "\"normalRanges\"", "\"neurologicalStatus\" : \"unknown\"",
				"\"pending\" : true")) {
			assertTrue(json.contains(field), field + " in\n" + json);
		}
	}

	@Test
	void theNewFeaturesHaveDefaultsThatChangeNothing() throws Exception {
		Report fresh = F.createReport();
		assertEquals(NeurologicalStatus.NOT_DOCUMENTED, F.createClinicalContext().getNeurologicalStatus());
		assertFalse(F.createCriticalCommunication().isPending());
		assertEquals(SignalIntensity.NOT_ASSESSED, F.createComponent().getT2());
		assertEquals(DiffusionResult.NOT_ASSESSED, F.createComponent().getDwi());
		String json = new String(ReportIO.toBytes(report, Format.JSON), StandardCharsets.UTF_8);
		for (String field : List.of("nerveRoot", "delayed", "pending", "neurologicalStatus", "normalRanges",
				"tumorReplacement", "SurgicalTract", "CorticalBreach")) {
			assertFalse(json.contains(field), "a report that does not record " + field + " does not write it");
		}
		assertTrue(fresh.getRegions().isEmpty());
		recordEverything();
		List<Problem> problems = Validation.validate(report, Phase.EDITING);
		assertFalse(Validation.hasErrors(problems), problems.toString());
	}

	@Test
	void theSacralDiscIsALevelOnlyWhenS1IsLumbarized() {
		DiscFinding disc = disc();
		disc.setFrom(SpineLevel.valueOf("S1-S2"));
		List<Problem> found = problems(Phase.EDITING, Rules.LEVEL_TRANSITIONAL_DISC);
		assertEquals(1, found.size(), found.toString());
		assertEquals(Diagnostic.ERROR, found.get(0).severity());
		assertSame(disc, found.get(0).object());
		assertSame(P.getLocated_From(), found.get(0).feature());
		assertTrue(found.get(0).message().contains("lumbarized S1"), found.get(0).message());
		report.getExam().setTransitionalAnatomy(TransitionalAnatomy.LUMBARIZED_S1);
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.LEVEL_TRANSITIONAL_DISC));
		// every level field, not only a finding's own level
		report.getExam().setTransitionalAnatomy(TransitionalAnatomy.SACRALIZED_L5);
		disc.setFrom(SpineLevel.valueOf("L5-S1"));
		report.getClinical().setPriorSurgery(F.createPriorSurgery());
		report.getClinical().getPriorSurgery().getLevels().add(SpineLevel.valueOf("S1-S2"));
		epidural().setWorstLevel(SpineLevel.valueOf("S1-S2"));
		assertEquals(2, problems(Phase.EDITING, Rules.LEVEL_TRANSITIONAL_DISC).size());
	}

	@Test
	void theSacralDiscIsTheOnlyDiscBelowL5S1() {
		assertEquals("S1-S2", SpineLevel.valueOf("s1-2").toString());
		assertTrue(SpineLevel.valueOf("S1-S2").isTransitionalDisc());
		assertTrue(SpineLevel.valueOf("L5-S1").isAbove(SpineLevel.valueOf("S1-S2")));
		assertThrows(IllegalArgumentException.class, () -> SpineLevel.valueOf("S2-S3"));
		assertThrows(IllegalArgumentException.class, () -> SpineLevel.valueOf("S1-S3"));
	}

	@Test
	void aLevelErrorInJsonGivesLineAndColumn() throws Exception {
		String json = new String(ReportIO.toBytes(report, Format.JSON), StandardCharsets.UTF_8)
				.replace("\"from\" : \"L3-L4\",\n", "\"from\" : \"L3-L5\",\n");
		String[] lines = json.split("\n", -1);
		int line = 0;
		while (!lines[line].contains("L3-L5")) {
			line++;
		}
		int column = lines[line].indexOf("\"L3-L5\"") + 1;
		ReportIOException e = assertThrows(ReportIOException.class,
				() -> read(json.getBytes(StandardCharsets.UTF_8), Format.JSON));
		assertTrue(e.getMessage().startsWith("input: line " + (line + 1) + ", column " + column + ": at regions[1]"),
				e.getMessage());
		assertTrue(e.getMessage().contains("'L3-L5' is not a spinal level (There is no disc between L3 and L5)"),
				e.getMessage());
	}

	@Test
	void aNerveRootNamesASpinalNerve() {
		disc().setNerveRoot("C8");
		epidural().setNerveRoot("S1");
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.NERVE_ROOT));
		epidural().setNerveRoot("left S1");
		List<Problem> found = problems(Phase.EDITING, Rules.NERVE_ROOT);
		assertEquals(1, found.size(), found.toString());
		assertEquals(Diagnostic.ERROR, found.get(0).severity());
		assertSame(P.getEpiduralFinding_NerveRoot(), found.get(0).feature());
		disc().setNerveRoot("L9");
		assertEquals(2, problems(Phase.EDITING, Rules.NERVE_ROOT).size());
	}

	@Test
	void aNormalRangeHasLevelsAndCoversNoFindingOfItsRegion() {
		NormalRange range = F.createNormalRange();
		Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getNormalRanges().add(range);
		List<Problem> missing = problems(Phase.EDITING, Rules.LEVEL_MISSING);
		assertEquals(1, missing.size(), missing.toString());
		assertEquals(Diagnostic.ERROR, missing.get(0).severity());
		range.setFrom(SpineLevel.valueOf("T10"));
		range.setTo(SpineLevel.valueOf("L2"));
		assertEquals(List.of(), Validation.validate(report, Phase.SIGNING));
		range.setTo(SpineLevel.valueOf("L3"));
		List<Problem> overlap = problems(Phase.EDITING, Rules.REGION_NORMAL_RANGE_OVERLAP);
		assertEquals(1, overlap.size(), overlap.toString());
		assertEquals(Diagnostic.WARNING, overlap.get(0).severity());
		assertTrue(overlap.get(0).message().contains("finding F1"), overlap.get(0).message());
		range.setTo(SpineLevel.valueOf("L1"));
		range.setFrom(SpineLevel.valueOf("L2"));
		assertEquals(1, problems(Phase.EDITING, Rules.LEVEL_RANGE_ORDER).size(), "a normal range runs downwards");
	}

	@Test
	void theNeurologicalStatusAgreesWithTheDeficitFlag() {
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.UNKNOWN);
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.NEUROLOGICAL_STATUS), "unknown, deficit flag unset");
		report.getClinical().setNeurologicalDeficit(false);
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.NONE);
		assertEquals(List.of(), problems(Phase.SIGNING, Rules.NEUROLOGICAL_STATUS));
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.DEFICIT);
		assertEquals(1, problems(Phase.EDITING, Rules.NEUROLOGICAL_STATUS).size());
		report.getClinical().setNeurologicalDeficit(true);
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.UNKNOWN);
		assertEquals(1, problems(Phase.EDITING, Rules.NEUROLOGICAL_STATUS).size());
	}

	@Test
	void theDocumentedDeficitComesFromTheStatusOrElseTheFlag() {
		assertEquals(null, Reports.neurologicalDeficit(report), "not documented");
		report.getClinical().setNeurologicalDeficit(true);
		assertEquals(Boolean.TRUE, Reports.neurologicalDeficit(report));
		report.getClinical().setNeurologicalDeficit(null);
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.NONE);
		assertEquals(Boolean.FALSE, Reports.neurologicalDeficit(report));
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.UNKNOWN);
		assertEquals(null, Reports.neurologicalDeficit(report), "unknown is not none");
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.DEFICIT);
		assertEquals(Boolean.TRUE, Reports.neurologicalDeficit(report));
	}

	@Test
	void aRequiredCommunicationNotYetDoneHoldsItsCategoryAndBlocksSigning() {
		CriticalCommunication pending = F.createCriticalCommunication();
		pending.setPending(true);
		pending.setAcrCategory(2);
		report.getCommunications().add(pending);
		List<Problem> editing = Validation.validate(report, Phase.EDITING).stream()
				.filter(p -> p.object() == pending).toList();
		assertEquals(1, editing.size(), "one note while editing, not a list of missing fields: " + editing);
		assertEquals(Rules.COMMUNICATION_PENDING, editing.get(0).code());
		assertEquals(Diagnostic.WARNING, editing.get(0).severity());
		assertTrue(editing.get(0).message().contains("ACR category 2"), editing.get(0).message());
		List<Problem> signing = problems(Phase.SIGNING, Rules.COMMUNICATION_PENDING);
		assertEquals(1, signing.size());
		assertEquals(Diagnostic.ERROR, signing.get(0).severity());
		// a complete record still marked pending does not count as done
		CriticalCommunication done = report.getCommunications().get(0);
		assertTrue(Communications.complete(done, 1));
		done.setPending(true);
		assertFalse(Communications.complete(done, 1));
	}

	@Test
	void theDelayOfDelayedImagesIsPositive() {
		marrow().setDelayedMinutesAfterInjection(-5.0);
		assertEquals(1, problems(Phase.EDITING, Rules.MEASUREMENT_POSITIVE).size());
	}

	@Test
	void aFindingWithoutALevelIsAWarningWhileEditing() {
		epidural().setFrom(null);
		epidural().setTo(null);
		List<Problem> found = problems(Phase.EDITING, Rules.LEVEL_MISSING);
		assertEquals(1, found.size(), found.toString());
		assertEquals(Diagnostic.WARNING, found.get(0).severity());
		assertTrue(found.get(0).message().contains("has no level"), found.get(0).message());
	}
}
