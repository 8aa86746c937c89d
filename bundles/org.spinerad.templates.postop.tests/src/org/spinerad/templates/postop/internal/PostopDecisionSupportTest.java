package org.spinerad.templates.postop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
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
import org.spinerad.model.MassEffect;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.PriorSurgery;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.RimQuality;
import org.spinerad.model.RootRelation;
import org.spinerad.model.Sequence;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/** The postoperative rules on small reports built in code, then on the three postoperative example cases. */
class PostopDecisionSupportTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;
	private static final Instant STUDY = Instant.parse("2026-11-20T09:00:00Z");

	private final PostopDecisionSupport ds = new PostopDecisionSupport();

	// ------------------------------------------------------------------ builders

	/** A report of a study some days after an L4-L5 discectomy, with one early post-contrast series. */
	static Report report(int daysSinceSurgery) {
		Report report = Reports.newDraft("test");
		report.getStudy().setStudyDateTime(Date.from(STUDY));
		PriorSurgery surgery = F.createPriorSurgery();
		surgery.setDate(Date.from(STUDY.minus(Duration.ofDays(daysSinceSurgery))));
		surgery.getLevels().add(SpineLevel.valueOf("L4-L5"));
		surgery.setProcedure("microdiscectomy");
		report.getClinical().setPriorSurgery(surgery);
		series(report, "ax T1 FS post", 4.0);
		return report;
	}

	static Sequence series(Report report, String name, Double minutes) {
		Sequence s = F.createSequence();
		s.setName(name);
		s.setPostContrast(true);
		s.setMinutesAfterInjection(minutes);
		report.getExam().getSequences().add(s);
		return s;
	}

	static <T extends Finding> T add(Report report, RegionKind kind, T finding, String id, String from) {
		finding.setId(id);
		finding.setFrom(SpineLevel.valueOf(from));
		finding.setNature(LesionNature.POSTOPERATIVE);
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

	static EpiduralFinding epidural(Report report, CollectionType type, Enhancement enhancement, Double minutes) {
		EpiduralFinding e = add(report, RegionKind.EPIDURAL, F.createEpiduralFinding(), "E1", "L4-L5");
		e.setClassification(type);
		e.setEnhancement(enhancement);
		e.setAssessedMinutesAfterInjection(minutes);
		return e;
	}

	/** Typical scar: prompt homogeneous enhancement, retracts the sac, encases the root. */
	static EpiduralFinding scar(Report report, Double minutes) {
		EpiduralFinding e = epidural(report, CollectionType.SCAR, enhancement(EnhancementPattern.HOMOGENEOUS), minutes);
		e.setMassEffect(MassEffect.RETRACTS_SAC);
		e.setRootRelation(RootRelation.ENCASED);
		return e;
	}

	/** Typical recurrent disc: rim around a disc-like core, displaces the sac, continuous with the disc. */
	static EpiduralFinding disc(Report report) {
		EpiduralFinding e = epidural(report, CollectionType.DISC, rim(LesionCenter.DISC_LIKE), 4.0);
		e.setMassEffect(MassEffect.DISPLACES_SAC);
		e.setContinuityWithDisc(true);
		return e;
	}

	static Component component(CollectionType type, Enhancement enhancement) {
		Component c = F.createComponent();
		c.setType(type);
		c.setFrom(SpineLevel.valueOf("L4-L5"));
		c.setEnhancement(enhancement);
		return c;
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
		return c.reasons().stream().anyMatch(r -> Objects.equals(r.findingId(), findingId) && r.text().contains(text));
	}

	static boolean hasReason(Conclusion c, String text) {
		return c.reasons().stream().map(Reason::text).anyMatch(t -> t.contains(text));
	}

	static boolean hasCaveat(Conclusion c, String text) {
		return c.caveats().stream().anyMatch(t -> t.contains(text));
	}

	// ------------------------------------------------------------------ scar versus disc

	@Nested
	class ScarVersusDisc {

		@Test
		void promptHomogeneousRetractingTissueIsScar() {
			Report report = report(400);
			scar(report, 4.0);
			Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.SCAR, c.value());
			assertEquals("Scar vs disc L4-L5", c.label());
			assertTrue(hasReason(c, "E1", "prompt homogeneous enhancement (scar)"));
			assertTrue(hasReason(c, "E1", "retracts the thecal sac toward it (scar)"));
			assertTrue(hasReason(c, "E1", "encases the nerve root (scar)"));
			assertTrue(c.caveats().isEmpty(), c.caveats()::toString);
		}

		@Test
		void rimAroundDiscLikeCoreThatDisplacesIsDisc() {
			Report report = report(400);
			disc(report).setRootRelation(RootRelation.DISPLACED);
			Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.DISC, c.value());
			assertTrue(hasReason(c, "E1", "rim enhancement around a non-enhancing disc-like core (disc)"));
			assertTrue(hasReason(c, "E1", "continuous with the parent disc (disc)"));
			assertTrue(hasReason(c, "E1", "displaces the nerve root (disc)"));
		}

		@Test
		void scarAndDiscComponentsAreBoth() {
			Report report = report(400);
			EpiduralFinding e = epidural(report, CollectionType.MIXED, null, 3.0);
			e.getComponents().add(component(CollectionType.DISC, rim(LesionCenter.DISC_LIKE)));
			e.getComponents().add(component(CollectionType.SCAR, enhancement(EnhancementPattern.HOMOGENEOUS)));
			Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.BOTH, c.value());
			assertTrue(hasReason(c, "E1", "disc component: rim enhancement"));
			assertTrue(hasReason(c, "E1", "scar component: prompt homogeneous enhancement"));
		}

		@Test
		void aDiscComponentEnhancingLikeScarIsFlagged() {
			Report report = report(400);
			EpiduralFinding e = epidural(report, CollectionType.MIXED, null, 3.0);
			e.getComponents().add(component(CollectionType.DISC, enhancement(EnhancementPattern.HOMOGENEOUS)));
			e.getComponents().add(component(CollectionType.SCAR, enhancement(EnhancementPattern.HOMOGENEOUS)));
			assertTrue(hasCaveat(only(ds.decide(report), ScarVsDisc.RULE), "The disc component enhances like scar"));
		}

		@Test
		void withoutDiscriminatingFeaturesItIsIndeterminate() {
			Report report = report(400);
			epidural(report, CollectionType.INDETERMINATE, rim(LesionCenter.NOT_ASSESSABLE), 4.0);
			assertEquals(ScarVsDisc.INDETERMINATE, only(ds.decide(report), ScarVsDisc.RULE).value());
		}

		@Test
		void conflictingFeaturesAreIndeterminateWithACaveat() {
			Report report = report(400);
			EpiduralFinding e = scar(report, 4.0);
			e.setMassEffect(MassEffect.DISPLACES_SAC);
			e.setContinuityWithDisc(true);
			e.setRootRelation(RootRelation.DISPLACED);
			Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.INDETERMINATE, c.value());
			assertTrue(hasCaveat(c, "Mixed features (scar 2, disc 3 points)"));
		}

		@Test
		void otherCollectionsAreNoScarVersusDiscQuestion() {
			Report report = report(400);
			epidural(report, CollectionType.PSEUDOMENINGOCELE, rim(LesionCenter.FLUID), 4.0);
			assertTrue(rule(ds.decide(report), ScarVsDisc.RULE).isEmpty());
		}
	}

	// ------------------------------------------------------------------ time since surgery

	@Nested
	class TimeSinceSurgery {

		@Test
		void day179IsEarlyAndDowngradesRecurrentHerniation() {
			Report report = report(179);
			disc(report);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.DISC + " possible (low confidence: 179 days after surgery)", c.value());
			assertTrue(hasCaveat(c, "Within about 6 months of surgery (179 days)"));
			Conclusion interval = only(all, PostopDecisionSupport.INTERVAL_RULE);
			assertEquals("179 days (early postoperative, under 180 days)", interval.value());
			assertEquals(ConclusionLevel.WARNING, interval.level());
		}

		@Test
		void day180IsNoLongerEarly() {
			Report report = report(180);
			disc(report);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.DISC, c.value());
			assertFalse(hasCaveat(c, "Within about 6 months"));
			Conclusion interval = only(all, PostopDecisionSupport.INTERVAL_RULE);
			assertEquals("180 days", interval.value());
			assertEquals(ConclusionLevel.INFO, interval.level());
		}

		@Test
		void earlyScarKeepsItsValueButGetsTheCaveat() {
			Report report = report(30);
			scar(report, 4.0);
			Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.SCAR, c.value());
			assertTrue(hasCaveat(c, "do not call recurrent herniation"));
		}

		@Test
		void earlyPeriodIsConfigurable() {
			Report report = report(100);
			disc(report);
			assertEquals(ScarVsDisc.DISC,
					only(new PostopDecisionSupport(20, 90).decide(report), ScarVsDisc.RULE).value());
		}

		@Test
		void missingSurgeryDateIsAWarning() {
			Report report = report(100);
			report.getClinical().getPriorSurgery().setDate(null);
			Conclusion interval = only(ds.decide(report), PostopDecisionSupport.INTERVAL_RULE);
			assertEquals("unknown", interval.value());
			assertEquals(ConclusionLevel.WARNING, interval.level());
		}

		@Test
		void surgeryAfterTheStudyIsAWarning() {
			Report report = report(-3);
			Conclusion interval = only(ds.decide(report), PostopDecisionSupport.INTERVAL_RULE);
			assertEquals("surgery after the study", interval.value());
			assertEquals(ConclusionLevel.WARNING, interval.level());
		}

		@Test
		void thresholdsMustBePositive() {
			assertThrows(IllegalArgumentException.class, () -> new PostopDecisionSupport(0, 180));
			assertThrows(IllegalArgumentException.class, () -> new PostopDecisionSupport(20, 0));
			assertEquals(20.0, ds.delayedPhaseMinutes());
			assertEquals(180, ds.earlyPostoperativeDays());
		}
	}

	// ------------------------------------------------------------------ contrast timing

	@Nested
	class ContrastTiming {

		@Test
		void twentyMinutesIsStillEarly() {
			Report report = report(400);
			series(report, "sag T1 FS post", 20.0);
			scar(report, 20.0);
			List<Conclusion> all = ds.decide(report);
			Conclusion c = only(all, ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.SCAR, c.value());
			assertTrue(hasReason(c, "E1", "prompt homogeneous enhancement (scar)"), c::toString);
			assertTrue(rule(all, PostopDecisionSupport.ENHANCEMENT_TIMING_RULE).isEmpty(), all::toString);
		}

		@Test
		void judgedOnlyAfterTwentyMinutesIsAWarningAndHomogeneousEnhancementNoLongerCounts() {
			Report report = report(400);
			series(report, "sag T1 FS post (delayed)", 20.5);
			scar(report, 20.5);
			List<Conclusion> all = ds.decide(report);
			Conclusion timing = only(all, PostopDecisionSupport.ENHANCEMENT_TIMING_RULE);
			assertEquals("judged only on delayed images (20.5 min, over 20 min)", timing.value());
			assertEquals(ConclusionLevel.WARNING, timing.level());
			Conclusion c = only(all, ScarVsDisc.RULE);
			assertTrue(hasReason(c, "E1", "homogeneous enhancement on delayed images only"));
			assertEquals(ScarVsDisc.SCAR, c.value(), "retraction and encasement still favor scar");
			assertTrue(hasCaveat(timing, "Disc material may enhance on delayed images"));
		}

		@Test
		void delayedHomogeneousEnhancementAloneIsIndeterminate() {
			Report report = report(400);
			epidural(report, CollectionType.INDETERMINATE, enhancement(EnhancementPattern.HOMOGENEOUS), 32.0);
			assertEquals(ScarVsDisc.INDETERMINATE, only(ds.decide(report), ScarVsDisc.RULE).value());
		}

		@Test
		void delayedThresholdIsConfigurable() {
			Report report = report(400);
			epidural(report, CollectionType.INDETERMINATE, enhancement(EnhancementPattern.HOMOGENEOUS), 25.0);
			List<Conclusion> all = new PostopDecisionSupport(30, 180).decide(report);
			assertEquals(ScarVsDisc.SCAR, only(all, ScarVsDisc.RULE).value());
			assertTrue(rule(all, PostopDecisionSupport.ENHANCEMENT_TIMING_RULE).isEmpty());
		}

		@Test
		void aDelayedSeriesBesideTheEarlyOneIsAPitfallWarning() {
			Report report = report(400);
			series(report, "sag T1 FS post (delayed)", 32.0);
			scar(report, 4.0);
			Conclusion timing = only(ds.decide(report), PostopDecisionSupport.ENHANCEMENT_TIMING_RULE);
			assertEquals("delayed series (32 min) present; classified on the 4 min images", timing.value());
			assertTrue(hasCaveat(timing, "interpret with the early series only"));
		}

		@Test
		void unknownTimingWithADelayedSeriesIsAWarning() {
			Report report = report(400);
			series(report, "sag T1 FS post (delayed)", 32.0);
			scar(report, null);
			assertTrue(only(ds.decide(report), PostopDecisionSupport.ENHANCEMENT_TIMING_RULE).value()
					.startsWith("timing not recorded"));
		}

		@Test
		void unknownTimingWithOnlyEarlySeriesNeedsNoWarning() {
			Report report = report(400);
			scar(report, null);
			assertTrue(rule(ds.decide(report), PostopDecisionSupport.ENHANCEMENT_TIMING_RULE).isEmpty());
		}

		@Test
		void postContrastSeriesWithoutDelayIsAWarning() {
			Report report = report(400);
			series(report, "sag T1 FS post", null);
			Conclusion c = only(ds.decide(report), PostopDecisionSupport.CONTRAST_TIMING_RULE);
			assertEquals(ConclusionLevel.WARNING, c.level());
			assertTrue(hasReason(c, null, "'sag T1 FS post' without minutes after injection"));
			assertEquals(1, c.reasons().size(), "the timed series is fine");
		}
	}

	// ------------------------------------------------------------------ other postoperative findings

	@Nested
	class OtherFindings {

		@Test
		void compressiveEpiduralAbscessIsCritical() {
			Report report = report(20);
			EpiduralFinding e = epidural(report, CollectionType.ABSCESS, rim(LesionCenter.FLUID), 4.0);
			e.setCaudaEquinaCompression(true);
			List<Conclusion> all = ds.decide(report);
			Conclusion abscess = only(all, PostoperativeEntities.ABSCESS_RULE);
			assertEquals("compressive postoperative abscess", abscess.value());
			assertEquals(ConclusionLevel.CRITICAL, abscess.level());
			assertEquals(ConclusionLevel.CRITICAL, only(all, PostopDecisionSupport.CRITICAL_RULE).level());
			assertEquals(ConclusionLevel.CRITICAL, all.get(0).level());
		}

		@ParameterizedTest
		@ValueSource(strings = { "CONTACT", "DEFORMATION", "NONE" })
		void nonCompressiveAbscessIsNotCritical(String effect) {
			Report report = report(20);
			epidural(report, CollectionType.ABSCESS, rim(LesionCenter.FLUID), 4.0).setCordEffect(CordEffect.valueOf(effect));
			List<Conclusion> all = ds.decide(report);
			assertEquals(ConclusionLevel.SUGGESTION, only(all, PostoperativeEntities.ABSCESS_RULE).level());
			assertTrue(rule(all, PostopDecisionSupport.CRITICAL_RULE).isEmpty());
		}

		@Test
		void compressiveHematomaIsCritical() {
			Report report = report(2);
			epidural(report, CollectionType.HEMATOMA, null, null).setCordEffect(CordEffect.COMPRESSION_NO_CSF);
			assertTrue(only(ds.decide(report), PostopDecisionSupport.CRITICAL_RULE).value()
					.contains("epidural hematoma at L4-L5"));
		}

		@Test
		void pseudomeningoceleTypicalAndAtypical() {
			Report report = report(49);
			ParaspinalFinding p = add(report, RegionKind.PARASPINAL, F.createParaspinalFinding(), "P1", "L3");
			p.setTo(SpineLevel.valueOf("L5"));
			p.setCollection(CollectionType.PSEUDOMENINGOCELE);
			p.setSite(ParaspinalSite.SURGICAL_BED);
			p.setT2(SignalIntensity.FLUID_HYPER);
			Enhancement thin = rim(LesionCenter.FLUID);
			thin.setRimQuality(RimQuality.THIN_SMOOTH);
			p.setEnhancement(thin);
			Conclusion c = only(ds.decide(report), PostoperativeEntities.PSEUDOMENINGOCELE_RULE);
			assertEquals(PostoperativeEntities.PSEUDOMENINGOCELE, c.value());
			assertTrue(hasReason(c, "P1", "CSF-like signal"));
			assertTrue(hasCaveat(c, "inform the operating surgeon"));
			thin.setRimQuality(RimQuality.THICK_IRREGULAR);
			c = only(ds.decide(report), PostoperativeEntities.PSEUDOMENINGOCELE_RULE);
			assertEquals("pseudomeningocele, atypical features", c.value());
			assertTrue(hasCaveat(c, "infected collection is not excluded"));
		}

		@Test
		void seromaCannotExcludeInfection() {
			Report report = report(20);
			epidural(report, CollectionType.SEROMA, rim(LesionCenter.FLUID), 4.0);
			assertTrue(hasCaveat(only(ds.decide(report), PostoperativeEntities.SEROMA_RULE), "cannot exclude infection"));
		}

		@ParameterizedTest
		@CsvSource({ "1, roots clumped centrally", "2, 'roots adherent to the dural wall, empty sac'",
				"3, soft-tissue mass replacing the subarachnoid space" })
		void arachnoiditisByDelamarterGroup(int group, String meaning) {
			Report report = report(400);
			CordFinding c = add(report, RegionKind.CORD_ROOTS_MENINGES, F.createCordFinding(), "C1", "L4");
			c.setArachnoiditisGroup(group);
			assertEquals("arachnoiditis, Delamarter group " + group + " (" + meaning + ")",
					only(ds.decide(report), PostoperativeEntities.ARACHNOIDITIS_RULE).value());
		}

		@Test
		void clumpedRootsWithoutGroupArePossibleArachnoiditis() {
			Report report = report(400);
			add(report, RegionKind.CORD_ROOTS_MENINGES, F.createCordFinding(), "C1", "L4").setRootsClumped(true);
			assertEquals("possible arachnoiditis (Delamarter group not recorded)",
					only(ds.decide(report), PostoperativeEntities.ARACHNOIDITIS_RULE).value());
		}

		@Test
		void postoperativeDiscitisCriteria() {
			Report report = report(40);
			MarrowFinding m = add(report, RegionKind.BONE_MARROW, F.createMarrowFinding(), "M1", "L4");
			m.setTo(SpineLevel.valueOf("L5"));
			m.setStir(SignalIntensity.HYPER);
			m.setEndplate(EndplateContour.INTACT);
			DiscFinding d = add(report, RegionKind.DISC, F.createDiscFinding(), "D1", "L4-L5");
			d.setEnhancement(enhancement(EnhancementPattern.LINEAR));
			Conclusion c = only(ds.decide(report), PostoperativeEntities.DISCITIS_RULE);
			assertEquals(PostoperativeEntities.DISCITIS_NOT_SUPPORTED, c.value());
			assertEquals(ConclusionLevel.INFO, c.level());
			assertTrue(hasCaveat(c, "more reliable for excluding than for confirming"));

			d.setEnhancement(enhancement(EnhancementPattern.DIFFUSE));
			assertEquals("possible (1 of 5 criteria)",
					only(ds.decide(report), PostoperativeEntities.DISCITIS_RULE).value());

			m.setEndplate(EndplateContour.ERODED_DESTROYED);
			assertEquals(PostoperativeEntities.DISCITIS_SUGGESTED,
					only(ds.decide(report), PostoperativeEntities.DISCITIS_RULE).value());
		}

		@Test
		void discitisIsNotJudgedWithoutDiscOrEndplateSigns() {
			Report report = report(40);
			add(report, RegionKind.DISC, F.createDiscFinding(), "D1", "L4-L5").setT2(SignalIntensity.HYPO);
			assertTrue(rule(ds.decide(report), PostoperativeEntities.DISCITIS_RULE).isEmpty());
		}
	}

	// ------------------------------------------------------------------ example cases

	@Nested
	class ExampleCases {

		@ParameterizedTest
		@ValueSource(strings = { "POST-01", "POST-02", "POST-03" })
		void noScoresNoCriticalResult(String id) {
			List<Conclusion> all = ds.decide(SampleCases.load(id));
			for (Conclusion c : all) {
				assertTrue(c.ruleId().startsWith("postop."), c::toString);
				assertFalse(c.value().toLowerCase().contains("sins") || c.value().toLowerCase().contains("bilsky"));
				assertFalse(c.level() == ConclusionLevel.CRITICAL, c::toString);
			}
		}

		@Test
		void post01EpiduralFibrosisAndArachnoiditis() {
			List<Conclusion> all = ds.decide(SampleCases.load("POST-01"));
			Conclusion c = only(all, ScarVsDisc.RULE);
			assertEquals("Scar vs disc L5-S1", c.label());
			assertEquals(ScarVsDisc.SCAR, c.value());
			// YAML scar_vs_disc: early homogeneous, retraction toward, not continuous, root encased
			assertTrue(hasReason(c, "F4", "prompt homogeneous enhancement (scar)"));
			assertTrue(hasReason(c, "F4", "retracts the thecal sac toward it (scar)"));
			assertTrue(hasReason(c, "F4", "encases the nerve root (scar)"));
			assertTrue(hasReason(c, "F4", "not continuous with the disc"));
			assertEquals("arachnoiditis, Delamarter group 1 (roots clumped centrally)",
					only(all, PostoperativeEntities.ARACHNOIDITIS_RULE).value());
			assertEquals("790 days", only(all, PostopDecisionSupport.INTERVAL_RULE).value());
			assertTrue(all.stream().noneMatch(x -> x.level() == ConclusionLevel.WARNING), all::toString);
		}

		@Test
		void post02ScarPlusRecurrentDiscWithDelayedPhasePitfall() {
			List<Conclusion> all = ds.decide(SampleCases.load("POST-02"));
			Conclusion c = only(all, ScarVsDisc.RULE);
			assertEquals(ScarVsDisc.BOTH, c.value());
			assertTrue(hasReason(c, "F3", "disc component: rim enhancement around a non-enhancing disc-like core"));
			assertTrue(hasReason(c, "F3", "displaces the thecal sac (disc)"));
			assertTrue(hasReason(c, "F3", "continuous with the parent disc (disc)"));
			Conclusion timing = only(all, PostopDecisionSupport.ENHANCEMENT_TIMING_RULE);
			assertEquals(ConclusionLevel.WARNING, timing.level());
			assertEquals("delayed series (32 min) present; classified on the 3 min images", timing.value());
			assertTrue(hasCaveat(timing, "Delayed post-contrast series (32 min) used for the scar-versus-disc question"));
			assertEquals(timing, all.get(0), "the warning comes first");
			assertEquals("425 days", only(all, PostopDecisionSupport.INTERVAL_RULE).value());
		}

		@Test
		void post03EarlyPseudomeningocele() {
			List<Conclusion> all = ds.decide(SampleCases.load("POST-03"));
			Conclusion interval = only(all, PostopDecisionSupport.INTERVAL_RULE);
			assertEquals("49 days (early postoperative, under 180 days)", interval.value());
			assertTrue(hasCaveat(interval, "do not call recurrent herniation"));

			Conclusion pmc = only(all, PostoperativeEntities.PSEUDOMENINGOCELE_RULE);
			assertEquals(PostoperativeEntities.PSEUDOMENINGOCELE, pmc.value());
			assertTrue(hasReason(pmc, "F7", "(4.5 x 3.0 x 7.2 cm (transverse x AP x craniocaudal))"));

			List<Conclusion> scarVsDisc = rule(all, ScarVsDisc.RULE);
			assertEquals(2, scarVsDisc.size());
			assertEquals(ScarVsDisc.INDETERMINATE, scarVsDisc.get(0).value(), "F4, the peripherally enhancing tissue");
			assertEquals(ScarVsDisc.SCAR, scarVsDisc.get(1).value(), "F5, the dorsal granulation tissue");
			scarVsDisc.forEach(c -> assertTrue(hasCaveat(c, "Within about 6 months of surgery (49 days)")));

			Conclusion discitis = only(all, PostoperativeEntities.DISCITIS_RULE);
			assertEquals(PostoperativeEntities.DISCITIS_NOT_SUPPORTED, discitis.value());
			// YAML criteria: marrow edema mild only, disc enhancement linear only, no soft tissue, no erosion
			assertTrue(hasReason(discitis, "F3", "disc enhancement: linear only"));
			assertTrue(hasReason(discitis, "enhancing paravertebral soft tissue: no"));
			assertTrue(hasReason(discitis, "endplate erosion: no"));
			assertTrue(rule(all, PostopDecisionSupport.ENHANCEMENT_TIMING_RULE).isEmpty());
			assertTrue(rule(all, PostopDecisionSupport.CONTRAST_TIMING_RULE).isEmpty());
		}
	}

	@Test
	void thePostoperativeCasesNeedNoUrgentCommunication() {
		for (String id : List.of("POST-01", "POST-02", "POST-03")) {
			for (Conclusion c : ds.decide(SampleCases.load(id))) {
				assertEquals(org.spinerad.templates.AcrCategory.NONE, c.acrCategory(), id + " " + c);
			}
		}
	}
}
