package org.spinerad.templates.tumor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.Alignment;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.BoneLesionType;
import org.spinerad.model.CollectionType;
import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.Laterality;
import org.spinerad.model.LeptomeningealPattern;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/** The tumor rules on small reports built in code, then on the four tumor example cases. */
class TumorDecisionSupportTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;

	private final TumorDecisionSupport ds = new TumorDecisionSupport();

	// ------------------------------------------------------------------ builders

	static Report report(PainCharacter pain) {
		Report report = Reports.newDraft("test");
		report.getClinical().setPain(pain);
		return report;
	}

	static <T extends Finding> T add(Report report, RegionKind kind, T finding, String id, String from,
			LesionNature nature) {
		finding.setId(id);
		finding.setFrom(SpineLevel.valueOf(from));
		finding.setNature(nature);
		Reports.region(report, kind).orElseThrow().getFindings().add(finding);
		return finding;
	}

	/** A neoplastic marrow lesion with every SINS input given. */
	static MarrowFinding lesion(Report report, String id, String level, BoneLesionType bone, Alignment alignment,
			Integer collapse, Integer involvement, Laterality posterior) {
		MarrowFinding m = add(report, RegionKind.BONE_MARROW, F.createMarrowFinding(), id, level,
				LesionNature.NEOPLASTIC);
		m.setBoneLesion(bone);
		m.setAlignment(alignment);
		m.setCollapsePercent(collapse);
		m.setBodyInvolvementPercent(involvement);
		m.setPosteriorElements(posterior);
		return m;
	}

	static EpiduralFinding epiduralTumor(Report report, String id, String level, Boolean sacDeformed,
			CordEffect effect) {
		EpiduralFinding e = add(report, RegionKind.EPIDURAL, F.createEpiduralFinding(), id, level,
				LesionNature.NEOPLASTIC);
		e.setClassification(CollectionType.TUMOR);
		e.setThecalSacDeformed(sacDeformed);
		e.setCordEffect(effect);
		e.setWorstLevel(SpineLevel.valueOf(level));
		return e;
	}

	static Enhancement enhancement(EnhancementPattern pattern, EnhancementIntensity intensity) {
		Enhancement e = F.createEnhancement();
		e.setPresence(EnhancementPresence.PRESENT);
		e.setPattern(pattern);
		e.setIntensity(intensity);
		return e;
	}

	static List<Conclusion> rule(List<Conclusion> conclusions, String ruleId) {
		return conclusions.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
	}

	static Conclusion only(List<Conclusion> conclusions, String ruleId) {
		List<Conclusion> found = rule(conclusions, ruleId);
		assertEquals(1, found.size(), () -> ruleId + " once in " + conclusions);
		return found.get(0);
	}

	static Conclusion labelled(List<Conclusion> conclusions, String ruleId, String label) {
		return conclusions.stream().filter(c -> c.ruleId().equals(ruleId) && c.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(ruleId + " '" + label + "' not in " + conclusions));
	}

	static boolean hasReason(Conclusion c, String findingId, String text) {
		return c.reasons().stream().anyMatch(r -> Objects.equals(r.findingId(), findingId) && r.text().contains(text));
	}

	static boolean hasReason(Conclusion c, String text) {
		return c.reasons().stream().map(Reason::text).anyMatch(t -> t.contains(text));
	}

	// ------------------------------------------------------------------ SINS

	@Nested
	class SinsScoring {

		@ParameterizedTest
		@CsvSource({ "0,STABLE", "6,STABLE", "7,INDETERMINATE", "12,INDETERMINATE", "13,UNSTABLE", "18,UNSTABLE" })
		void categoryBoundariesAreInclusive(int total, Sins.Category expected) {
			assertEquals(expected, Sins.Category.of(total));
		}

		@ParameterizedTest
		@ValueSource(ints = { -1, 19 })
		void totalsOutsideTheScaleAreRejected(int total) {
			assertThrows(IllegalArgumentException.class, () -> Sins.Category.of(total));
		}

		@ParameterizedTest
		@CsvSource({ "C1,3", "C2,3", "C3,2", "C6,2", "C7,3", "T1,3", "T2,3", "T3,1", "T10,1", "T11,3", "T12,3",
				"T13,3", "L1,3", "L2,2", "L4,2", "L5,3", "L6,3", "S1,3", "S2,0", "S5,0", "CO,0" })
		void locationLookup(Vertebra vertebra, int points) {
			assertEquals(points, Sins.locationPoints(vertebra));
		}

		@Test
		void lesionOverSeveralLevelsScoresItsMostUnstableVertebra() {
			Sins.Part part = Sins.location(SpineLevel.valueOf("T10"), SpineLevel.valueOf("T12"));
			assertEquals(3, part.min());
			assertTrue(part.finding().startsWith("T11, junctional (T11-L1)"), part::finding);
		}

		@ParameterizedTest
		@CsvSource(value = { "51,,3,3", "50,,2,2", "49,,2,2", "1,,2,2", "0,51,1,1", "0,50,0,0", "0,,0,1", ",,0,3" })
		void collapsePoints(Integer collapse, Integer involvement, int min, int max) {
			Sins.Part part = Sins.collapse(collapse, involvement);
			assertEquals(min, part.min());
			assertEquals(max, part.max());
		}

		@Test
		void exactlyFiftyPercentCollapseIsScoredAsLessThanFifty() {
			assertTrue(Sins.collapse(50, null).finding().contains("exactly 50 %"));
		}

		@ParameterizedTest
		@CsvSource({ "MECHANICAL,3,3", "OCCASIONAL_NON_MECHANICAL,1,1", "PAIN_FREE,0,0", "NOT_DOCUMENTED,0,3" })
		void painPoints(PainCharacter pain, int min, int max) {
			assertEquals(min, Sins.pain(pain).min());
			assertEquals(max, Sins.pain(pain).max());
		}

		@ParameterizedTest
		@CsvSource({ "LYTIC,2,2", "MIXED,1,1", "BLASTIC,0,0", "NEEDS_CT,0,2", "NOT_ASSESSED,0,2" })
		void boneLesionPoints(BoneLesionType type, int min, int max) {
			assertEquals(min, Sins.boneLesion(type).min());
			assertEquals(max, Sins.boneLesion(type).max());
		}

		@ParameterizedTest
		@CsvSource({ "SUBLUXATION_TRANSLATION,4,4", "DE_NOVO_DEFORMITY,2,2", "NORMAL,0,0", "NOT_ASSESSED,0,4" })
		void alignmentPoints(Alignment alignment, int min, int max) {
			assertEquals(min, Sins.alignment(alignment).min());
			assertEquals(max, Sins.alignment(alignment).max());
		}

		@ParameterizedTest
		@CsvSource({ "BILATERAL,3,3", "LEFT,1,1", "RIGHT,1,1", "NONE,0,0", "NOT_ASSESSED,0,3" })
		void posterolateralPoints(Laterality laterality, int min, int max) {
			assertEquals(min, Sins.posterolateral(laterality).min());
			assertEquals(max, Sins.posterolateral(laterality).max());
		}

		/** The TUM-01 pitfall: no collapse but >50 % involved scores 1, and the total drops to 6. */
		@Test
		void six() {
			Report report = report(PainCharacter.OCCASIONAL_NON_MECHANICAL);
			lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 0, 70, Laterality.LEFT);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
			assertEquals("6 (stable)", c.value());
			assertEquals(ConclusionLevel.INFO, c.level());
			assertTrue(c.caveats().stream().noneMatch(t -> t.contains("surgical consultation")));
		}

		@Test
		void seven() {
			Report report = report(PainCharacter.OCCASIONAL_NON_MECHANICAL);
			lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 25, 70, Laterality.LEFT);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
			assertEquals("7 (indeterminate)", c.value());
			assertEquals("SINS T6", c.label());
			assertEquals(ConclusionLevel.SUGGESTION, c.level());
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("surgical consultation")));
			assertEquals(6, c.reasons().size(), "all six components");
		}

		@Test
		void twelve() {
			Report report = report(PainCharacter.MECHANICAL);
			lesion(report, "M1", "L1", BoneLesionType.LYTIC, Alignment.NORMAL, 60, null, Laterality.RIGHT);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
			assertEquals("12 (indeterminate)", c.value());
			assertEquals(ConclusionLevel.SUGGESTION, c.level());
			assertTrue(rule(ds.decide(report), TumorDecisionSupport.CRITICAL_RULE).isEmpty());
		}

		@Test
		void thirteen() {
			Report report = report(PainCharacter.MECHANICAL);
			lesion(report, "M1", "L1", BoneLesionType.LYTIC, Alignment.NORMAL, 40, null, Laterality.BILATERAL);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, TumorDecisionSupport.SINS_RULE);
			assertEquals("13 (unstable)", c.value());
			assertEquals(ConclusionLevel.CRITICAL, c.level());
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("surgical consultation")));
			assertTrue(only(all, TumorDecisionSupport.CRITICAL_RULE).value().contains("SINS 13 (unstable) at L1"));
		}

		@Test
		void undocumentedPainGivesARange() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			lesion(report, "M1", "L1", BoneLesionType.LYTIC, Alignment.NORMAL, 60, null, Laterality.RIGHT);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
			assertEquals("9-12 (indeterminate; pain not documented)", c.value());
			assertTrue(hasReason(c, null, "pain: pain not documented: 0-3 points"));
		}

		@Test
		void aRangeOverTwoCategoriesSaysSo() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			lesion(report, "M1", "T6", BoneLesionType.NEEDS_CT, Alignment.NORMAL, 25, null, Laterality.LEFT);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
			assertEquals("4-9 (stable to indeterminate; pain not documented, bone lesion needs CT)", c.value());
			assertEquals(ConclusionLevel.SUGGESTION, c.level());
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("may reach 7")));
		}

		@Test
		void noClinicalContextMeansPainNotDocumented() {
			Report report = report(PainCharacter.PAIN_FREE);
			report.setClinical(null);
			lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 25, null, Laterality.NONE);
			assertEquals("5-8 (stable to indeterminate; pain not documented)",
					only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value());
		}

		@ParameterizedTest
		@EnumSource(value = LesionNature.class, names = "NEOPLASTIC", mode = EnumSource.Mode.EXCLUDE)
		void neverForNonNeoplasticLesions(LesionNature nature) {
			Report report = report(PainCharacter.MECHANICAL);
			lesion(report, "M1", "L2", BoneLesionType.LYTIC, Alignment.NORMAL, 30, null, Laterality.NONE)
					.setNature(nature);
			EpiduralFinding e = epiduralTumor(report, "E1", "L2", true, CordEffect.COMPRESSION_NO_CSF);
			e.setNature(nature);
			e.setClassification(CollectionType.ABSCESS);
			List<Conclusion> all = ds.decide(report);
			assertTrue(rule(all, TumorDecisionSupport.SINS_RULE).isEmpty(), all::toString);
			assertTrue(rule(all, TumorDecisionSupport.BILSKY_RULE).isEmpty(), all::toString);
			assertTrue(rule(all, TumorDecisionSupport.CRITICAL_RULE).isEmpty(), all::toString);
		}

		@Test
		void asymptomaticScleroticLesionIsNotScored() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			MarrowFinding m = lesion(report, "M1", "T11", BoneLesionType.BLASTIC, Alignment.NOT_ASSESSED, 0, null,
					Laterality.NOT_ASSESSED);
			assertEquals(TumorDecisionSupport.SINS_NOT_COMPUTED,
					only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value());
			m.setCollapsePercent(10);
			assertTrue(only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value().startsWith("5-15 (stable to unstable"),
					"a collapsed sclerotic lesion is scored");
			m.setCollapsePercent(0);
			report.getClinical().setPain(PainCharacter.MECHANICAL);
			assertFalse(only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value().startsWith("not computed"),
					"a painful sclerotic lesion is scored");
		}
	}

	// ------------------------------------------------------------------ Bilsky

	@Nested
	class BilskyGrades {

		@ParameterizedTest(name = "sac {0}, {1}, cauda {2} -> {3} {4}")
		@CsvSource({ //
				"false, NONE,, GRADED, G1A", //
				", NONE,, GRADED, G1A", //
				"true, NONE,, GRADED, G1B", //
				"true, DEFORMATION,, GRADED, G1B", //
				", DEFORMATION,, GRADED, G1B", //
				"true, CONTACT,, GRADED, G1C", //
				"true, COMPRESSION_CSF_PRESERVED,, GRADED, G2", //
				"true, COMPRESSION_NO_CSF,, GRADED, G3", //
				"false, NOT_ASSESSED,, GRADED, G1A", //
				"true, NOT_APPLICABLE_BELOW_CONUS, true, GRADED, G2", //
				"true, NOT_APPLICABLE_BELOW_CONUS, false, GRADED, G1B", //
				"false, NOT_APPLICABLE_BELOW_CONUS,, GRADED, G1A", //
				"false, COMPRESSION_NO_CSF,, CONTRADICTION,", //
				"false, COMPRESSION_CSF_PRESERVED,, CONTRADICTION,", //
				"false, CONTACT,, CONTRADICTION,", //
				"false, DEFORMATION,, CONTRADICTION,", //
				", NONE, true, CONTRADICTION,", //
				"false, NOT_APPLICABLE_BELOW_CONUS, true, CONTRADICTION,", //
				"true, NOT_ASSESSED,, INCOMPLETE,", //
				", NOT_ASSESSED,, INCOMPLETE,", //
				", NOT_APPLICABLE_BELOW_CONUS,, INCOMPLETE," })
		void gradeFromAtomicInputs(Boolean sac, CordEffect effect, Boolean cauda, Bilsky.Outcome outcome,
				Bilsky.Grade grade) {
			Bilsky.Result result = Bilsky.grade(sac, effect, cauda);
			assertEquals(outcome, result.outcome(), result::text);
			assertEquals(grade, result.grade());
		}

		@ParameterizedTest
		@CsvSource({ "false, NONE, 1a, INFO", "true, DEFORMATION, 1b, INFO", "true, CONTACT, 1c, SUGGESTION",
				"true, COMPRESSION_CSF_PRESERVED, 2, CRITICAL", "true, COMPRESSION_NO_CSF, 3, CRITICAL" })
		void eachGradeWithItsLevel(boolean sac, CordEffect effect, String value, ConclusionLevel level) {
			Report report = report(PainCharacter.PAIN_FREE);
			epiduralTumor(report, "E1", "T6", sac, effect);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, TumorDecisionSupport.BILSKY_RULE);
			assertEquals("Bilsky T6", c.label());
			assertEquals(value, c.value());
			assertEquals(level, c.level());
			assertEquals(level == ConclusionLevel.CRITICAL, !rule(all, TumorDecisionSupport.CRITICAL_RULE).isEmpty());
		}

		@Test
		void boneOnlyLesionIsGradeZero() {
			Report report = report(PainCharacter.PAIN_FREE);
			lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 0, 20, Laterality.NONE);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE);
			assertEquals("0", c.value());
			assertEquals(ConclusionLevel.INFO, c.level());
			assertTrue(hasReason(c, "M1", "tumor confined to bone"));
		}

		@Test
		void lesionWithEpiduralTumorAtItsLevelIsNotGradeZero() {
			Report report = report(PainCharacter.PAIN_FREE);
			lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 0, 20, Laterality.NONE);
			epiduralTumor(report, "E1", "T6", false, CordEffect.NONE);
			assertEquals("1a", only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE).value());
		}

		@Test
		void contradictionIsAWarningButCompressionStaysCritical() {
			Report report = report(PainCharacter.PAIN_FREE);
			epiduralTumor(report, "E1", "T6", false, CordEffect.COMPRESSION_NO_CSF);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, TumorDecisionSupport.BILSKY_RULE);
			assertEquals("not graded: inconsistent inputs", c.value());
			assertEquals(ConclusionLevel.WARNING, c.level());
			assertTrue(c.caveats().get(0).contains("thecal sac is recorded as not deformed"));
			assertTrue(only(all, TumorDecisionSupport.CRITICAL_RULE).value()
					.contains("cord or cauda equina compression by tumor at T6"));
		}

		@Test
		void missingCordEffectIsAWarning() {
			Report report = report(PainCharacter.PAIN_FREE);
			epiduralTumor(report, "E1", "T6", true, CordEffect.NOT_ASSESSED);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE);
			assertEquals("not graded: inputs missing", c.value());
			assertEquals(ConclusionLevel.WARNING, c.level());
		}

		@ParameterizedTest
		@CsvSource({ "L1, COMPRESSION_CSF_PRESERVED, 2,", "L1-L2, COMPRESSION_CSF_PRESERVED, 2, applied by extension (cauda equina)",
				"L3, DEFORMATION, 1b, applied by extension (cauda equina)" })
		void belowTheConusIsAppliedByExtension(String level, CordEffect effect, String grade, String extension) {
			Report report = report(PainCharacter.PAIN_FREE);
			epiduralTumor(report, "E1", level, true, effect);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE);
			assertEquals(extension == null ? grade : grade + ", " + extension, c.value());
		}

		@Test
		void caudaEquinaCompressionBelowTheConusIsHighGrade() {
			Report report = report(PainCharacter.PAIN_FREE);
			EpiduralFinding e = epiduralTumor(report, "E1", "L4", true, CordEffect.NOT_APPLICABLE_BELOW_CONUS);
			e.setCaudaEquinaCompression(true);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, TumorDecisionSupport.BILSKY_RULE);
			assertEquals("2, applied by extension (cauda equina)", c.value());
			assertEquals(ConclusionLevel.CRITICAL, c.level());
			assertEquals(ConclusionLevel.CRITICAL, only(all, TumorDecisionSupport.CRITICAL_RULE).level());
		}

		@Test
		void epiduralTumorWithoutNeoplasticNatureIsNotGradedButFlagged() {
			Report report = report(PainCharacter.PAIN_FREE);
			epiduralTumor(report, "E1", "T6", true, CordEffect.CONTACT).setNature(LesionNature.UNDETERMINED);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE);
			assertEquals(ConclusionLevel.WARNING, c.level());
			assertEquals("not graded: nature not recorded", c.value());
		}
	}

	// ------------------------------------------------------------------ fracture checklist

	@Nested
	class Fractures {

		MarrowFinding fracture(Report report, LesionNature nature) {
			MarrowFinding m = add(report, RegionKind.BONE_MARROW, F.createMarrowFinding(), "M1", "L2", nature);
			m.setCollapsePercent(20);
			return m;
		}

		@Test
		void benignFeaturesFavorOsteoporosis() {
			Report report = report(PainCharacter.MECHANICAL);
			MarrowFinding m = fracture(report, LesionNature.OSTEOPOROTIC);
			m.setCompleteReplacement(false);
			m.setRetropulsion(true);
			m.setFluidSign(true);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.FRACTURE_RULE);
			assertEquals("favors benign osteoporotic", c.value());
			assertTrue(hasReason(c, "M1", "favors benign: fluid sign"));
			assertTrue(hasReason(c, "M1", "favors benign: no epidural mass at L2"));
		}

		@Test
		void malignantFeaturesFavorAPathologicFracture() {
			Report report = report(PainCharacter.MECHANICAL);
			MarrowFinding m = fracture(report, LesionNature.OSTEOPOROTIC);
			m.setCompleteReplacement(true);
			m.setConvexPosteriorCortex(true);
			m.setPosteriorElements(Laterality.RIGHT);
			epiduralTumor(report, "E1", "L2", true, CordEffect.NOT_APPLICABLE_BELOW_CONUS).setNature(LesionNature.UNDETERMINED);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.FRACTURE_RULE);
			assertEquals("favors malignant (pathologic)", c.value());
			assertTrue(hasReason(c, "E1", "favors malignant: epidural or paraspinal soft-tissue mass"));
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("Recorded nature (osteoporotic) differs")));
		}

		@Test
		void balancedFeaturesAreIndeterminate() {
			Report report = report(PainCharacter.MECHANICAL);
			MarrowFinding m = fracture(report, LesionNature.UNDETERMINED);
			m.setConvexPosteriorCortex(true);
			m.setFluidSign(true);
			m.setRetropulsion(true);
			epiduralTumor(report, "E1", "L2", false, CordEffect.NONE);
			Conclusion c = only(ds.decide(report), TumorDecisionSupport.FRACTURE_RULE);
			assertEquals("indeterminate", c.value());
			assertTrue(c.caveats().stream().anyMatch(t -> t.contains("follow-up MRI or biopsy")));
		}

		@Test
		void noCollapseNoChecklist() {
			Report report = report(PainCharacter.MECHANICAL);
			fracture(report, LesionNature.NEOPLASTIC).setCollapsePercent(0);
			assertTrue(rule(ds.decide(report), TumorDecisionSupport.FRACTURE_RULE).isEmpty());
		}

		@Test
		void verdictNeedsTwoItemsAndAMajority() {
			assertEquals(FractureChecklist.Verdict.MALIGNANT, FractureChecklist.verdict(2, 1));
			assertEquals(FractureChecklist.Verdict.INDETERMINATE, FractureChecklist.verdict(1, 0));
			assertEquals(FractureChecklist.Verdict.INDETERMINATE, FractureChecklist.verdict(2, 2));
			assertEquals(FractureChecklist.Verdict.BENIGN, FractureChecklist.verdict(1, 4));
		}
	}

	// ------------------------------------------------------------------ cord patterns

	@Nested
	class CordPatterns {

		CordFinding intramedullary(Report report, String from, String to, AxialPosition position, Enhancement e) {
			CordFinding c = add(report, RegionKind.CORD_ROOTS_MENINGES, F.createCordFinding(), "C1", from,
					LesionNature.NEOPLASTIC);
			c.setTo(SpineLevel.valueOf(to));
			c.setCompartment(CordCompartment.INTRAMEDULLARY);
			c.setAxialPosition(position);
			c.setEnhancement(e);
			return c;
		}

		@Test
		void centralHomogeneousWithCystFavorsEpendymoma() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			intramedullary(report, "C4", "C6", AxialPosition.CENTRAL,
					enhancement(EnhancementPattern.HOMOGENEOUS, EnhancementIntensity.AVID)).setCyst(true);
			Conclusion c = only(ds.decide(report), IntramedullaryPattern.RULE);
			assertEquals("ependymoma favored; differential astrocytoma, hemangioblastoma", c.value());
		}

		@Test
		void eccentricPatchyLongLesionFavorsAstrocytoma() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			intramedullary(report, "C2", "C6", AxialPosition.ECCENTRIC,
					enhancement(EnhancementPattern.PATCHY, EnhancementIntensity.MILD));
			Conclusion c = only(ds.decide(report), IntramedullaryPattern.RULE);
			assertTrue(c.value().startsWith("astrocytoma favored"), c::value);
			assertTrue(hasReason(c, "C1", "astrocytoma: long lesion (C2 to C6)"));
		}

		@Test
		void dorsalAvidNoduleWithCystFavorsHemangioblastoma() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			CordFinding c = intramedullary(report, "T4", "T4", AxialPosition.DORSAL,
					enhancement(EnhancementPattern.NODULAR, EnhancementIntensity.AVID));
			c.setCyst(true);
			c.setCraniocaudalMm(8.0);
			assertTrue(only(ds.decide(report), IntramedullaryPattern.RULE).value().startsWith("hemangioblastoma favored"));
		}

		@Test
		void nodularLeptomeningealEnhancementWithCancerAndDeficitIsCritical() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			report.getClinical().setKnownPrimaryCancer("breast cancer");
			report.getClinical().setNeurologicalDeficit(true);
			CordFinding c = add(report, RegionKind.CORD_ROOTS_MENINGES, F.createCordFinding(), "C1", "L2",
					LesionNature.NEOPLASTIC);
			c.setCompartment(CordCompartment.LEPTOMENINGEAL);
			c.setLeptomeningealPattern(LeptomeningealPattern.NODULAR);
			c.setEnhancement(enhancement(EnhancementPattern.NODULAR, EnhancementIntensity.AVID));
			List<Conclusion> all = ds.decide(report);
			Conclusion lm = only(all, Leptomeningeal.RULE);
			assertEquals("highly suggestive of leptomeningeal metastases (nodular)", lm.value());
			assertEquals(ConclusionLevel.CRITICAL, lm.level());
			assertTrue(only(all, TumorDecisionSupport.CRITICAL_RULE).value().contains("leptomeningeal"));

			report.getClinical().setNeurologicalDeficit(false);
			all = ds.decide(report);
			assertEquals(ConclusionLevel.SUGGESTION, only(all, Leptomeningeal.RULE).level());
			assertTrue(rule(all, TumorDecisionSupport.CRITICAL_RULE).isEmpty());
		}

		@Test
		void smoothEnhancementWithoutCancerIsNonspecific() {
			Report report = report(PainCharacter.NOT_DOCUMENTED);
			CordFinding c = add(report, RegionKind.CORD_ROOTS_MENINGES, F.createCordFinding(), "C1", "T10",
					LesionNature.UNDETERMINED);
			c.setCompartment(CordCompartment.LEPTOMENINGEAL);
			c.setEnhancement(enhancement(EnhancementPattern.LINEAR, EnhancementIntensity.MILD));
			Conclusion lm = only(ds.decide(report), Leptomeningeal.RULE);
			assertTrue(lm.value().startsWith("nonspecific smooth enhancement"), lm::value);
			assertTrue(lm.value().contains("recent lumbar puncture"));
		}
	}

	// ------------------------------------------------------------------ example cases

	@Nested
	class ExampleCases {

		@ParameterizedTest
		@ValueSource(strings = { "INF-01", "INF-02", "INF-03", "POST-01", "POST-02", "POST-03" })
		void nonNeoplasticCasesGetNoSinsOrBilsky(String id) {
			List<Conclusion> all = ds.decide(SampleCases.load(id));
			assertTrue(rule(all, TumorDecisionSupport.SINS_RULE).isEmpty(), all::toString);
			assertTrue(rule(all, TumorDecisionSupport.BILSKY_RULE).isEmpty(), all::toString);
			assertTrue(rule(all, TumorDecisionSupport.CRITICAL_RULE).isEmpty(), all::toString);
		}

		@Test
		void tum01SinsExactlySevenAndBilsky1b() {
			List<Conclusion> all = ds.decide(SampleCases.load("TUM-01"));
			Conclusion sins = labelled(all, TumorDecisionSupport.SINS_RULE, "SINS T6");
			assertEquals("7 (indeterminate)", sins.value());
			// YAML components: location 1, pain 1, lytic 2, alignment 0, collapse 2, posterolateral 1
			assertTrue(hasReason(sins, "F1", "location: T6, semirigid (T3-T10): 1 point"));
			assertTrue(hasReason(sins, null, "pain: occasional, non-mechanical: 1 point"));
			assertTrue(hasReason(sins, "F1", "bone lesion: lytic: 2 points"));
			assertTrue(hasReason(sins, "F1", "alignment: normal: 0 points"));
			assertTrue(hasReason(sins, "F1", "collapse: <50 % collapse (25 %): 2 points"));
			assertTrue(hasReason(sins, "F1", "posterolateral: unilateral (left): 1 point"));
			assertTrue(sins.caveats().stream().anyMatch(t -> t.contains("surgical consultation")));

			Conclusion bilsky = labelled(all, TumorDecisionSupport.BILSKY_RULE, "Bilsky T6");
			assertEquals("1b", bilsky.value());
			assertEquals(ConclusionLevel.INFO, bilsky.level());
			assertEquals("0", labelled(all, TumorDecisionSupport.BILSKY_RULE, "Bilsky T10").value());
			assertEquals("favors malignant (pathologic)",
					labelled(all, TumorDecisionSupport.FRACTURE_RULE, "Compression fracture T6").value());
			assertEquals(1, rule(all, TumorDecisionSupport.FRACTURE_RULE).size(), "T10 is not fractured");
			assertTrue(all.stream().noneMatch(c -> c.level() == ConclusionLevel.CRITICAL), all::toString);
		}

		@Test
		void tum02SinsExactlyThirteenBilsky2AndABenignL2Fracture() {
			List<Conclusion> all = ds.decide(SampleCases.load("TUM-02"));
			Conclusion critical = all.get(0);
			assertEquals(TumorDecisionSupport.CRITICAL_RULE, critical.ruleId());
			assertTrue(critical.value().contains("high-grade ESCC (Bilsky 2) at T12"), critical::value);
			assertTrue(critical.value().contains("SINS 13 (unstable) at T12"), critical::value);

			Conclusion sins = only(all, TumorDecisionSupport.SINS_RULE);
			assertEquals("SINS T12", sins.label());
			assertEquals("13 (unstable)", sins.value());
			// YAML components: location 3, pain 3, lytic 2, alignment 0, collapse 2, posterolateral 3
			assertTrue(hasReason(sins, "F1", "location: T12, junctional (T11-L1): 3 points"));
			assertTrue(hasReason(sins, null, "pain: mechanical: 3 points"));
			assertTrue(hasReason(sins, "F1", "collapse: <50 % collapse (40 %): 2 points"));
			assertTrue(hasReason(sins, "F1", "posterolateral: bilateral: 3 points"));

			Conclusion bilsky = only(all, TumorDecisionSupport.BILSKY_RULE);
			assertEquals("Bilsky T12", bilsky.label());
			assertEquals("2", bilsky.value());
			assertEquals(ConclusionLevel.CRITICAL, bilsky.level());

			assertEquals("favors malignant (pathologic)",
					labelled(all, TumorDecisionSupport.FRACTURE_RULE, "Compression fracture T12").value());
			Conclusion l2 = labelled(all, TumorDecisionSupport.FRACTURE_RULE, "Compression fracture L2");
			assertEquals("favors benign osteoporotic", l2.value());
			assertTrue(hasReason(l2, "F2", "favors benign: fluid sign"));
			assertTrue(hasReason(l2, "F2", "favors benign: retropulsion"));
			assertTrue(hasReason(l2, "F2", "favors benign: preserved fatty marrow"));
			assertTrue(all.stream().noneMatch(c -> c.label().contains("L2") && (c.ruleId().equals(
					TumorDecisionSupport.SINS_RULE) || c.ruleId().equals(TumorDecisionSupport.BILSKY_RULE))),
					"the osteoporotic L2 fracture gets neither SINS nor Bilsky");
		}

		@Test
		void tum03IntramedullaryEpendymomaWithoutScores() {
			List<Conclusion> all = ds.decide(SampleCases.load("TUM-03"));
			assertTrue(rule(all, TumorDecisionSupport.SINS_RULE).isEmpty());
			assertTrue(rule(all, TumorDecisionSupport.BILSKY_RULE).isEmpty());
			assertTrue(all.stream().noneMatch(c -> c.level() == ConclusionLevel.CRITICAL), all::toString);
			Conclusion c = only(all, IntramedullaryPattern.RULE);
			assertEquals("ependymoma favored; differential astrocytoma, hemangioblastoma", c.value());
			assertTrue(hasReason(c, "F2", "ependymoma: central position"));
			assertTrue(hasReason(c, "F2", "ependymoma: homogeneous enhancement"));
		}

		@Test
		void tum04LeptomeningealMetastasesAndBoneOnlySclerosis() {
			List<Conclusion> all = ds.decide(SampleCases.load("TUM-04"));
			Conclusion lm = only(all, Leptomeningeal.RULE);
			assertEquals("highly suggestive of leptomeningeal metastases (mixed smooth and nodular)", lm.value());
			assertEquals(ConclusionLevel.CRITICAL, lm.level());
			assertEquals(ConclusionLevel.CRITICAL, only(all, TumorDecisionSupport.CRITICAL_RULE).level());

			Conclusion dural = only(all, Leptomeningeal.DURAL_RULE);
			assertTrue(dural.value().contains("after lumbar puncture"), dural::value);

			assertEquals("0", labelled(all, TumorDecisionSupport.BILSKY_RULE, "Bilsky T11").value());
			assertEquals("0, applied by extension (cauda equina)",
					labelled(all, TumorDecisionSupport.BILSKY_RULE, "Bilsky L2").value());
			List<Conclusion> sins = rule(all, TumorDecisionSupport.SINS_RULE);
			assertEquals(2, sins.size());
			sins.forEach(s -> assertEquals(TumorDecisionSupport.SINS_NOT_COMPUTED, s.value()));
			assertTrue(rule(all, TumorDecisionSupport.FRACTURE_RULE).isEmpty());
		}

		@Test
		void conclusionsAreOrderedByImportance() {
			List<Conclusion> all = ds.decide(SampleCases.load("TUM-02"));
			for (int i = 1; i < all.size(); i++) {
				assertTrue(all.get(i - 1).level().compareTo(all.get(i).level()) >= 0, all::toString);
			}
			assertNull(only(all, TumorDecisionSupport.SINS_RULE).reasons().get(1).findingId(),
					"pain is a clinical fact, not a finding");
		}
	}
}
