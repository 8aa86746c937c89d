package org.spinerad.templates.infection.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CordSignal;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EndplateContour;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/** The infection rules on small reports built in code, then on the three infection example cases. */
class InfectionDecisionSupportTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;

	private final InfectionDecisionSupport ds = new InfectionDecisionSupport();

	// ------------------------------------------------------------------ builders

	static Report report() {
		Report report = Reports.newDraft("test");
		report.getExam().setRegionImaged(SpineSegment.WHOLE_SPINE);
		return report;
	}

	static <T extends Finding> T add(Report report, RegionKind kind, T finding, String id, String from, String to) {
		finding.setId(id);
		finding.setFrom(SpineLevel.valueOf(from));
		if (to != null) {
			finding.setTo(SpineLevel.valueOf(to));
		}
		finding.setNature(LesionNature.INFECTIOUS);
		Reports.region(report, kind).orElseThrow().getFindings().add(finding);
		return finding;
	}

	static Enhancement enhancement(EnhancementPattern pattern) {
		Enhancement e = F.createEnhancement();
		e.setPresence(EnhancementPresence.PRESENT);
		e.setPattern(pattern);
		return e;
	}

	static Enhancement rim(LesionCenter center) {
		Enhancement e = enhancement(EnhancementPattern.RIM);
		e.setCenter(center);
		return e;
	}

	static MarrowFinding edematousMarrow(Report report, String id, String from, String to) {
		MarrowFinding m = add(report, RegionKind.BONE_MARROW, F.createMarrowFinding(), id, from, to);
		m.setT1(SignalIntensity.HYPO);
		m.setStir(SignalIntensity.HYPER);
		m.setEnhancement(enhancement(EnhancementPattern.DIFFUSE));
		return m;
	}

	static DiscFinding disc(Report report, String id, String level, SignalIntensity t2, Enhancement enhancement) {
		DiscFinding d = add(report, RegionKind.DISC, F.createDiscFinding(), id, level, null);
		d.setT2(t2);
		d.setEnhancement(enhancement);
		return d;
	}

	static EpiduralFinding epidural(Report report, String id, String from, String to, CollectionType type,
			Enhancement enhancement) {
		EpiduralFinding e = add(report, RegionKind.EPIDURAL, F.createEpiduralFinding(), id, from, to);
		e.setClassification(type);
		e.setEnhancement(enhancement);
		e.setCordEffect(CordEffect.NONE);
		return e;
	}

	/** A pyogenic L3-L4 spondylodiscitis with all four core criteria and nothing else. */
	static Report spondylodiscitis() {
		Report report = report();
		edematousMarrow(report, "M1", "L3", "L4").setEndplate(EndplateContour.ERODED_DESTROYED);
		disc(report, "D1", "L3-L4", SignalIntensity.FLUID_HYPER, rim(LesionCenter.FLUID));
		return report;
	}

	/** Modic type 1 change at L4-L5: edema on both sides, intact endplates, dark vacuum disc, claw sign. */
	static Report modic1() {
		Report report = report();
		MarrowFinding m = edematousMarrow(report, "M1", "L4", "L5");
		m.setNature(LesionNature.DEGENERATIVE);
		m.setEnhancement(enhancement(EnhancementPattern.LINEAR));
		m.setEndplate(EndplateContour.IRREGULAR_INTACT);
		m.setDwi(DiffusionResult.CLAW_SIGN);
		DiscFinding d = disc(report, "D1", "L4-L5", SignalIntensity.HYPO, enhancement(EnhancementPattern.LINEAR));
		d.setNature(LesionNature.DEGENERATIVE);
		d.setVacuum(true);
		return report;
	}

	static List<Conclusion> rule(List<Conclusion> conclusions, String ruleId) {
		return conclusions.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
	}

	static Conclusion only(List<Conclusion> conclusions, String ruleId) {
		List<Conclusion> found = rule(conclusions, ruleId);
		assertEquals(1, found.size(), () -> ruleId + " once in " + conclusions);
		return found.get(0);
	}

	static boolean hasReason(Conclusion c, String findingId, String text) {
		return c.reasons().stream().anyMatch(r -> Objects.equals(r.findingId(), findingId)
				&& r.text().contains(text));
	}

	static boolean hasReason(Conclusion c, String text) {
		return c.reasons().stream().map(Reason::text).anyMatch(t -> t.contains(text));
	}

	// ------------------------------------------------------------------ spondylodiscitis

	@Nested
	class SpondylodiscitisRule {

		@Test
		void fullConstellationIsStronglySuggested() {
			Conclusion c = only(ds.decide(spondylodiscitis()), Spondylodiscitis.RULE);
			assertEquals("Spondylodiscitis L3-L4", c.label());
			assertEquals(Spondylodiscitis.STRONGLY_SUGGESTED, c.value());
			assertEquals(ConclusionLevel.SUGGESTION, c.level());
			assertTrue(hasReason(c, "D1", "disc fluid-like T2 signal: yes"));
			assertTrue(hasReason(c, "D1", "disc or endplate enhancement: yes"));
			assertTrue(hasReason(c, "M1", "endplate erosion: yes"));
			assertTrue(hasReason(c, "M1", "marrow edema/enhancement in both L3 and L4: yes"));
			assertTrue(hasReason(c, "soft-tissue involvement (paraspinal/psoas abscess or epidural collection): no"));
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("biopsy/culture")));
		}

		@Test
		void withoutErosionItIsOnlyPossible() {
			Report report = spondylodiscitis();
			((MarrowFinding) Reports.findings(report).get(0)).setEndplate(EndplateContour.BLURRED);
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertEquals("possible (3 of 5 criteria)", c.value());
			assertTrue(hasReason(c, "endplate erosion: no (endplate blurred"));
		}

		@Test
		void edemaInOnlyOneVertebraIsNotBothSides() {
			Report report = report();
			edematousMarrow(report, "M1", "L3", null).setEndplate(EndplateContour.ERODED_DESTROYED);
			disc(report, "D1", "L3-L4", SignalIntensity.FLUID_HYPER, rim(LesionCenter.FLUID));
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertEquals("possible (3 of 5 criteria)", c.value());
			assertTrue(hasReason(c, "marrow edema/enhancement in both L3 and L4: no (only L3)"));
		}

		@Test
		void softTissueCountsAndIsNamed() {
			Report report = spondylodiscitis();
			ParaspinalFinding psoas = add(report, RegionKind.PARASPINAL, F.createParaspinalFinding(), "P1", "L3", "L4");
			psoas.setSite(ParaspinalSite.PSOAS);
			psoas.setCollection(CollectionType.ABSCESS);
			psoas.setDescription("psoas abscess");
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertTrue(hasReason(c, "P1", "soft-tissue involvement (paraspinal/psoas abscess or epidural collection): yes"));
		}

		@Test
		void psoasAbscessAtAnotherLevelDoesNotCount() {
			Report report = spondylodiscitis();
			ParaspinalFinding psoas = add(report, RegionKind.PARASPINAL, F.createParaspinalFinding(), "P1", "L5", null);
			psoas.setCollection(CollectionType.ABSCESS);
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertTrue(hasReason(c, "soft-tissue involvement (paraspinal/psoas abscess or epidural collection): no"));
		}

		@Test
		void modic1PatternFavorsDegeneration() {
			Conclusion c = only(ds.decide(modic1()), Spondylodiscitis.RULE);
			assertEquals(Spondylodiscitis.FAVORS_DEGENERATIVE, c.value());
			assertTrue(hasReason(c, "M1", "DWI claw sign"));
			assertTrue(hasReason(c, "D1", "vacuum"));
			assertTrue(hasReason(c, "endplate erosion: no (endplates irregular but intact)"));
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("short-interval follow-up MRI")));
		}

		@Test
		void modic1PatternWithAnEpiduralCollectionIsNoLongerDegenerative() {
			Report report = modic1();
			epidural(report, "E1", "L4", "L5", CollectionType.PHLEGMON, enhancement(EnhancementPattern.HOMOGENEOUS));
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertEquals("possible (3 of 5 criteria)", c.value());
		}

		@Test
		void diffuseDwiPatternPreventsTheDegenerativeSuggestion() {
			Report report = modic1();
			((MarrowFinding) Reports.findings(report).get(0)).setDwi(DiffusionResult.DIFFUSE);
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertEquals("possible (2 of 5 criteria)", c.value());
			assertTrue(hasReason(c, "no claw sign (favors infection)"));
		}

		@Test
		void marrowEdemaOnBothSidesMakesADiscLevelWithoutDiscFinding() {
			Report report = report();
			edematousMarrow(report, "M1", "T8", "T9");
			Conclusion c = only(ds.decide(report), Spondylodiscitis.RULE);
			assertEquals("Spondylodiscitis T8-T9", c.label());
			assertEquals("not suggested (1 of 5 criteria)", c.value());
		}

		@Test
		void aNormalDiscGivesNoConclusion() {
			Report report = report();
			disc(report, "D1", "C5-C6", SignalIntensity.HYPO, null);
			assertTrue(rule(ds.decide(report), Spondylodiscitis.RULE).isEmpty());
		}
	}

	// ------------------------------------------------------------------ epidural collections

	@Nested
	class EpiduralCollectionRule {

		@Test
		void rimAroundFluidIsAnAbscess() {
			Report report = report();
			epidural(report, "E1", "L2", "L4", CollectionType.INDETERMINATE, rim(LesionCenter.FLUID));
			Conclusion c = only(ds.decide(report), EpiduralCollections.RULE);
			assertEquals(EpiduralCollections.ABSCESS, c.value());
			assertEquals("Epidural collection L2 to L4", c.label());
			assertTrue(hasReason(c, "E1", "rim enhancement around a fluid center (abscess)"));
		}

		@Test
		void rimAroundNecroticCenterIsAnAbscess() {
			Report report = report();
			epidural(report, "E1", "L2", null, CollectionType.INDETERMINATE, rim(LesionCenter.NECROTIC));
			assertEquals(EpiduralCollections.ABSCESS, only(ds.decide(report), EpiduralCollections.RULE).value());
		}

		@Test
		void homogeneousEnhancementIsAPhlegmon() {
			Report report = report();
			epidural(report, "E1", "L2", null, CollectionType.PHLEGMON, enhancement(EnhancementPattern.HOMOGENEOUS));
			Conclusion c = only(ds.decide(report), EpiduralCollections.RULE);
			assertEquals(EpiduralCollections.PHLEGMON, c.value());
			assertTrue(c.caveats().stream().noneMatch(t -> t.contains("drainable")));
		}

		@Test
		void phlegmonAndAbscessComponentsAreMixed() {
			Report report = report();
			EpiduralFinding e = epidural(report, "E1", "L2", "L4", CollectionType.MIXED, null);
			Component phlegmon = F.createComponent();
			phlegmon.setType(CollectionType.PHLEGMON);
			phlegmon.setEnhancement(enhancement(EnhancementPattern.HOMOGENEOUS));
			Component abscess = F.createComponent();
			abscess.setType(CollectionType.ABSCESS);
			abscess.setFrom(SpineLevel.valueOf("L3-L4"));
			abscess.setEnhancement(rim(LesionCenter.FLUID));
			e.getComponents().add(phlegmon);
			e.getComponents().add(abscess);
			Conclusion c = only(ds.decide(report), EpiduralCollections.RULE);
			assertEquals(EpiduralCollections.MIXED, c.value());
			assertTrue(hasReason(c, "abscess component L3-L4: rim enhancement"));
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("drainable")));
		}

		@Test
		void rimWithoutRecordedCenterIsIndeterminate() {
			Report report = report();
			epidural(report, "E1", "L2", null, CollectionType.INDETERMINATE, enhancement(EnhancementPattern.RIM));
			assertEquals(EpiduralCollections.INDETERMINATE, only(ds.decide(report), EpiduralCollections.RULE).value());
		}

		@Test
		void aRecordedClassificationThatDisagreesGetsACaveat() {
			Report report = report();
			epidural(report, "E1", "L2", null, CollectionType.PHLEGMON, rim(LesionCenter.FLUID));
			Conclusion c = only(ds.decide(report), EpiduralCollections.RULE);
			assertEquals(EpiduralCollections.ABSCESS, c.value());
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("Recorded as phlegmon")), c.caveats()::toString);
		}

		@Test
		void epiduralTumorOrBulgeIsNotACollection() {
			Report report = report();
			epidural(report, "E1", "L2", null, CollectionType.TUMOR, enhancement(EnhancementPattern.HOMOGENEOUS))
					.setNature(LesionNature.NEOPLASTIC);
			epidural(report, "E2", "L4-L5", null, CollectionType.NONE, null).setNature(LesionNature.DEGENERATIVE);
			assertTrue(rule(ds.decide(report), EpiduralCollections.RULE).isEmpty());
		}
	}

	// ------------------------------------------------------------------ critical

	@Nested
	class CriticalRule {

		@ParameterizedTest
		@ValueSource(strings = { "COMPRESSION_CSF_PRESERVED", "COMPRESSION_NO_CSF" })
		void cordCompressionByInfectionIsCritical(String effect) {
			Report report = report();
			EpiduralFinding e = epidural(report, "E1", "T8", "T10", CollectionType.PHLEGMON,
					enhancement(EnhancementPattern.HOMOGENEOUS));
			e.setCordEffect(CordEffect.valueOf(effect));
			CordFinding edema = add(report, RegionKind.CORD_ROOTS_MENINGES, F.createCordFinding(), "C1", "T9", null);
			edema.setCordSignal(CordSignal.T2_HYPER);
			Conclusion c = only(ds.decide(report), InfectionDecisionSupport.CRITICAL_RULE);
			assertEquals(ConclusionLevel.CRITICAL, c.level());
			assertEquals("cord compression by infection at T8 to T10", c.value());
			assertTrue(hasReason(c, "C1", "cord T2 hyperintensity"));
		}

		@Test
		void caudaEquinaCompressionIsCritical() {
			Report report = report();
			EpiduralFinding e = epidural(report, "E1", "L2", "L4", CollectionType.PHLEGMON,
					enhancement(EnhancementPattern.HOMOGENEOUS));
			e.setCordEffect(CordEffect.NOT_APPLICABLE_BELOW_CONUS);
			e.setCaudaEquinaCompression(true);
			e.setWorstLevel(SpineLevel.valueOf("L3-L4"));
			Conclusion c = only(ds.decide(report), InfectionDecisionSupport.CRITICAL_RULE);
			assertEquals("cauda equina compression by infection at L3-L4", c.value());
		}

		@Test
		void phlegmonTouchingTheCordIsNotCritical() {
			Report report = report();
			epidural(report, "E1", "T8", null, CollectionType.PHLEGMON, enhancement(EnhancementPattern.HOMOGENEOUS))
					.setCordEffect(CordEffect.CONTACT);
			assertTrue(rule(ds.decide(report), InfectionDecisionSupport.CRITICAL_RULE).isEmpty());
		}

		@Test
		void epiduralAbscessWithoutCompressionIsCriticalByDefaultMapping() {
			Report report = report();
			epidural(report, "E1", "T8", null, CollectionType.ABSCESS, rim(LesionCenter.FLUID));
			Conclusion c = only(ds.decide(report), InfectionDecisionSupport.CRITICAL_RULE);
			assertEquals("epidural abscess T8", c.value());
		}

		@Test
		void tumorCompressingTheCordIsNotAnInfectionResult() {
			Report report = report();
			EpiduralFinding e = epidural(report, "E1", "T8", null, CollectionType.TUMOR, null);
			e.setNature(LesionNature.NEOPLASTIC);
			e.setCordEffect(CordEffect.COMPRESSION_NO_CSF);
			assertTrue(rule(ds.decide(report), InfectionDecisionSupport.CRITICAL_RULE).isEmpty());
		}

		@Test
		void criticalComesFirst() {
			Report report = spondylodiscitis();
			epidural(report, "E1", "L3", "L4", CollectionType.ABSCESS, rim(LesionCenter.FLUID))
					.setCaudaEquinaCompression(true);
			List<Conclusion> all = ds.decide(report);
			assertEquals(InfectionDecisionSupport.CRITICAL_RULE, all.get(0).ruleId());
			for (int i = 1; i < all.size(); i++) {
				assertTrue(all.get(i - 1).level().compareTo(all.get(i).level()) >= 0, all::toString);
			}
		}
	}

	// ------------------------------------------------------------------ TB discriminators

	@Nested
	class TbRule {

		/** Thoracic involvement of three vertebrae with heterogeneous enhancement: exactly 3 discriminators. */
		Report threeDiscriminators() {
			Report report = report();
			edematousMarrow(report, "M1", "T8", "T10").setEnhancement(enhancement(EnhancementPattern.HETEROGENEOUS));
			return report;
		}

		@Test
		void thresholdReachedSuggestsTb() {
			Conclusion c = only(ds.decide(threeDiscriminators()), TbDiscriminators.RULE);
			assertEquals("3 of 11 discriminators: consider tuberculous/granulomatous spondylitis", c.value());
			assertEquals(ConclusionLevel.SUGGESTION, c.level());
			assertEquals(3, c.reasons().size());
			assertTrue(hasReason(c, "M1", "involvement of 3 vertebrae"));
			assertTrue(hasReason(c, "M1", "thoracic predominance"));
			assertTrue(hasReason(c, "M1", "heterogeneous/focal vertebral enhancement"));
		}

		@Test
		void belowThresholdIsInformationOnly() {
			Report report = report();
			edematousMarrow(report, "M1", "T8", "T9").setEnhancement(enhancement(EnhancementPattern.HETEROGENEOUS));
			Conclusion c = only(ds.decide(report), TbDiscriminators.RULE);
			assertEquals("2 of 11 discriminators", c.value());
			assertEquals(ConclusionLevel.INFO, c.level());
		}

		@Test
		void thresholdIsConfigurable() {
			Conclusion c = only(new InfectionDecisionSupport(4).decide(threeDiscriminators()), TbDiscriminators.RULE);
			assertEquals("3 of 11 discriminators", c.value());
			assertEquals(4, new InfectionDecisionSupport(4).tbThreshold());
			assertEquals(3, ds.tbThreshold());
		}

		@Test
		void thresholdMustBePositive() {
			assertThrows(IllegalArgumentException.class, () -> new InfectionDecisionSupport(0));
		}

		@Test
		void markedCollapseStartsAtFiftyPercent() {
			Report report = report();
			MarrowFinding m = edematousMarrow(report, "M1", "L3", null);
			m.setCollapsePercent(49);
			assertFalse(hasReason(only(ds.decide(report), TbDiscriminators.RULE), "marked collapse"));
			m.setCollapsePercent(50);
			assertTrue(hasReason(only(ds.decide(report), TbDiscriminators.RULE), "M1", "marked collapse (50 %"));
		}

		@Test
		void discPreservationNeedsDestructionAndLittleHeightLoss() {
			Report report = report();
			MarrowFinding m = edematousMarrow(report, "M1", "L3", "L4");
			DiscFinding d = disc(report, "D1", "L3-L4", SignalIntensity.HYPER, null);
			d.setHeightLossPercent(25);
			assertFalse(hasReason(only(ds.decide(report), TbDiscriminators.RULE), "relative disc preservation"),
					"no vertebral destruction yet");
			m.setCollapsePercent(30);
			assertTrue(hasReason(only(ds.decide(report), TbDiscriminators.RULE), "D1", "relative disc preservation"));
			d.setHeightLossPercent(26);
			Conclusion c = only(ds.decide(report), TbDiscriminators.RULE);
			assertFalse(hasReason(c, "relative disc preservation"));
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("disc destruction at L3-L4")));
		}

		@Test
		void noInfectiousFindingNoTbConclusion() {
			assertTrue(rule(ds.decide(modic1()), TbDiscriminators.RULE).isEmpty());
		}
	}

	// ------------------------------------------------------------------ negative work-up

	@Nested
	class NegativeWorkUpRule {

		@Test
		void aNormalWorkUpStatesTheNegativeCriteria() {
			Report report = report();
			disc(report, "D1", "C5-C6", SignalIntensity.HYPO, null).setNature(LesionNature.DEGENERATIVE);
			Conclusion c = only(ds.decide(report), NegativeWorkUp.RULE);
			assertEquals(ConclusionLevel.INFO, c.level());
			assertEquals("Infection work-up", c.label());
			assertEquals("negative: no fluid-like disc signal, no disc or endplate enhancement, no endplate erosion, "
					+ "no vertebral marrow edema, no epidural or paraspinal collection, no septic facet arthritis",
					c.value());
		}

		@Test
		void anyInfectionConclusionReplacesTheNegativeWorkUp() {
			assertTrue(rule(ds.decide(spondylodiscitis()), NegativeWorkUp.RULE).isEmpty());
			assertTrue(rule(ds.decide(modic1()), NegativeWorkUp.RULE).isEmpty());
		}

		@Test
		void onlyWhatIsAbsentIsStatedAbsent() {
			Report report = report();
			edematousMarrow(report, "M1", "T8", null).setNature(LesionNature.DEGENERATIVE);
			Conclusion c = only(ds.decide(report), NegativeWorkUp.RULE);
			assertFalse(c.value().contains("marrow edema"), c.value());
			assertFalse(c.value().contains("enhancement"), c.value());
			assertTrue(c.value().contains("no endplate erosion"), c.value());
		}
	}

	// ------------------------------------------------------------------ skip lesions

	@Nested
	class SkipLesionRule {

		@Test
		void separateLesionsAreSkipLesions() {
			Report report = report();
			edematousMarrow(report, "M1", "T4", null);
			disc(report, "D1", "L2-L3", SignalIntensity.FLUID_HYPER, null);
			Conclusion c = only(ds.decide(report), SkipLesions.RULE);
			assertEquals("present: T4; L2 to L3", c.value());
			assertEquals(ConclusionLevel.SUGGESTION, c.level());
			assertTrue(hasReason(c, "M1", "T4"));
			assertTrue(hasReason(c, "D1", "L2 to L3"));
		}

		@Test
		void contiguousLesionsAcrossAnAbsentT13AreNoSkip() {
			Report report = report();
			edematousMarrow(report, "M1", "T12", null);
			epidural(report, "E1", "L1", "L2", CollectionType.PHLEGMON, enhancement(EnhancementPattern.HOMOGENEOUS));
			Conclusion c = only(ds.decide(report), SkipLesions.RULE);
			assertEquals("none on whole-spine imaging", c.value());
			assertTrue(c.caveats().isEmpty());
		}

		@Test
		void oneUninvolvedVertebraMakesASkip() {
			Report report = report();
			edematousMarrow(report, "M1", "L1", null);
			edematousMarrow(report, "M2", "L3", null);
			assertEquals("present: L1; L3", only(ds.decide(report), SkipLesions.RULE).value());
		}

		@Test
		void partialCoverageCannotExcludeSkipLesions() {
			Report report = spondylodiscitis();
			report.getExam().setRegionImaged(SpineSegment.LUMBAR);
			Conclusion c = only(ds.decide(report), SkipLesions.RULE);
			assertEquals("none in the imaged levels", c.value());
			assertTrue(c.caveats().get(0).startsWith("Whole spine not imaged"));
		}
	}

	// ------------------------------------------------------------------ septic facet

	@Nested
	class SepticFacetRule {

		@Test
		void erosionWithPeriarticularEdemaSuggestsSepticFacet() {
			Report report = report();
			var facet = add(report, RegionKind.FACETS, F.createFacetFinding(), "X1", "L3-L4", null);
			facet.setErosion(true);
			facet.setPeriarticularEdema(true);
			facet.setEffusion(true);
			assertEquals(SepticFacets.SUGGESTED, only(ds.decide(report), SepticFacets.RULE).value());
			facet.setErosion(false);
			assertEquals(SepticFacets.POSSIBLE, only(ds.decide(report), SepticFacets.RULE).value());
			facet.setPeriarticularEdema(false);
			assertTrue(rule(ds.decide(report), SepticFacets.RULE).isEmpty(), "effusion alone is no septic facet");
		}
	}

	// ------------------------------------------------------------------ example cases

	@Nested
	class ExampleCases {

		@ParameterizedTest
		@ValueSource(strings = { "INF-01", "INF-02", "INF-03" })
		void infectionNeverScoresBilskyOrSins(String id) {
			for (Conclusion c : ds.decide(SampleCases.load(id))) {
				assertTrue(c.ruleId().startsWith("infection."), c::toString);
				assertFalse(c.value().toLowerCase().contains("bilsky") || c.value().toLowerCase().contains("sins"));
			}
		}

		@Test
		void inf01PyogenicSpondylodiscitisWithCompressingAbscess() {
			List<Conclusion> all = ds.decide(SampleCases.load("INF-01"));
			Conclusion critical = all.get(0);
			assertEquals(InfectionDecisionSupport.CRITICAL_RULE, critical.ruleId());
			assertEquals(ConclusionLevel.CRITICAL, critical.level());
			assertTrue(critical.value().contains("cauda equina compression by infection at L3-L4"));
			assertTrue(hasReason(critical, "F3", "cauda equina compressed"));

			Conclusion sd = only(all, Spondylodiscitis.RULE);
			assertEquals("Spondylodiscitis L3-L4", sd.label());
			assertEquals(Spondylodiscitis.STRONGLY_SUGGESTED, sd.value());
			// YAML spondylodiscitis_criteria: all five true
			assertEquals(5, sd.reasons().stream().filter(r -> r.text().contains(": yes")).count(), sd::toString);
			assertTrue(hasReason(sd, "F7", "psoas sign"));

			Conclusion collection = only(all, EpiduralCollections.RULE);
			assertEquals(EpiduralCollections.MIXED, collection.value());

			Conclusion tb = only(all, TbDiscriminators.RULE);
			// YAML says 0; the only one found is the thin dural enhancement next to the collection (F4),
			// which the model cannot tell from TB-type meningeal enhancement.
			assertEquals("1 of 11 discriminators", tb.value());
			assertTrue(hasReason(tb, "F4", "meningeal enhancement"));
			assertTrue(tb.caveats().get(0).contains("thick, irregular abscess wall"));

			assertEquals("none on whole-spine imaging", only(all, SkipLesions.RULE).value());
			assertEquals(SepticFacets.SUGGESTED, only(all, SepticFacets.RULE).value());
		}

		@Test
		void inf02TuberculousSpondylitisWithCordCompression() {
			List<Conclusion> all = ds.decide(SampleCases.load("INF-02"));
			Conclusion critical = only(all, InfectionDecisionSupport.CRITICAL_RULE);
			assertEquals(ConclusionLevel.CRITICAL, critical.level());
			assertTrue(critical.value().startsWith("cord compression by infection at T9"), critical::value);
			assertTrue(hasReason(critical, "F6", "compression, no CSF"));
			assertTrue(hasReason(critical, "F7", "cord T2 hyperintensity"));

			Conclusion tb = only(all, TbDiscriminators.RULE);
			assertEquals("10 of 11 discriminators: consider tuberculous/granulomatous spondylitis", tb.value());
			assertEquals(ConclusionLevel.SUGGESTION, tb.level());
			// the ten discriminators of the YAML, in the guide's order
			assertTrue(hasReason(tb, "F3", "relative disc preservation"));
			assertTrue(hasReason(tb, "F5", "subligamentous spread over at least 3 levels (T7 to T11)"));
			assertTrue(hasReason(tb, "F1", "involvement of 3 vertebrae"));
			assertTrue(hasReason(tb, "F1", "thoracic predominance"));
			assertTrue(hasReason(tb, "F9", "thin, smooth abscess wall"));
			assertTrue(hasReason(tb, "F9", "well-defined paraspinal abscess margins"));
			assertTrue(hasReason(tb, "F2", "intraosseous rim-enhancing abscess at T9"));
			assertTrue(hasReason(tb, "F1", "heterogeneous/focal vertebral enhancement"));
			assertTrue(hasReason(tb, "F2", "posterior element/pedicle involvement (left)"));
			assertTrue(hasReason(tb, "F8", "meningeal enhancement"));
			assertFalse(hasReason(tb, "marked collapse"), "40 % with mild kyphosis is no marked collapse");

			List<Conclusion> collections = rule(all, EpiduralCollections.RULE);
			assertEquals(1, collections.size(), "the subligamentous spread is no collection");
			assertEquals(EpiduralCollections.ABSCESS, collections.get(0).value());
			assertEquals("none on whole-spine imaging", only(all, SkipLesions.RULE).value());
		}

		@Test
		void inf03Modic1IsNotInfection() {
			List<Conclusion> all = ds.decide(SampleCases.load("INF-03"));
			assertTrue(all.stream().noneMatch(c -> c.level() == ConclusionLevel.CRITICAL), all::toString);
			Conclusion sd = only(all, Spondylodiscitis.RULE);
			assertEquals("Spondylodiscitis L4-L5", sd.label());
			assertEquals(Spondylodiscitis.FAVORS_DEGENERATIVE, sd.value());
			// YAML criteria: fluid no, enhancement yes, erosion no, both sides yes, soft tissue no, claw sign yes
			assertTrue(hasReason(sd, "disc fluid-like T2 signal: no"));
			assertTrue(hasReason(sd, "disc or endplate enhancement: yes"));
			assertTrue(hasReason(sd, "endplate erosion: no"));
			assertTrue(hasReason(sd, "marrow edema/enhancement in both L4 and L5: yes"));
			assertTrue(hasReason(sd, "soft-tissue involvement (paraspinal/psoas abscess or epidural collection): no"));
			assertTrue(hasReason(sd, "F1", "DWI claw sign"));
			assertTrue(rule(all, EpiduralCollections.RULE).isEmpty());
			assertTrue(rule(all, TbDiscriminators.RULE).isEmpty());
			assertTrue(rule(all, SkipLesions.RULE).isEmpty());
			assertTrue(rule(all, SepticFacets.RULE).isEmpty());
		}
	}
}
