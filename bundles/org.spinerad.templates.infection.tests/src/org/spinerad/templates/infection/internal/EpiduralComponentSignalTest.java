package org.spinerad.templates.infection.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.edematousMarrow;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.enhancement;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.epidural;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.hasReason;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.only;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.report;
import static org.spinerad.templates.infection.internal.InfectionDecisionSupportTest.rim;

import org.junit.jupiter.api.Test;
import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.TransitionalAnatomy;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.templates.Conclusion;

/**
 * T2 and diffusion of an epidural component weigh in abscess versus phlegmon;
 * the sacral disc S1-S2 is a candidate only when S1 is lumbarized.
 */
class EpiduralComponentSignalTest {

	private final InfectionDecisionSupport ds = new InfectionDecisionSupport();

	private static Component component(EpiduralFinding e, CollectionType type) {
		Component c = ReportFactory.eINSTANCE.createComponent();
		c.setType(type);
		c.setFrom(SpineLevel.valueOf("L3-L4"));
		e.getComponents().add(c);
		return c;
	}

	@Test
	void aRimAroundANonEnhancingCenterWithRestrictedDiffusionIsAnAbscess() {
		Report report = report();
		EpiduralFinding e = epidural(report, "E1", "L2", "L4", CollectionType.MIXED, null);
		component(e, CollectionType.PHLEGMON).setEnhancement(enhancement(EnhancementPattern.HOMOGENEOUS));
		Component pus = component(e, CollectionType.ABSCESS);
		pus.setEnhancement(rim(LesionCenter.NON_ENHANCING));
		assertEquals(EpiduralCollections.PHLEGMON, only(ds.decide(report), EpiduralCollections.RULE).value(),
				"a rim around a center only known to be non-enhancing does not tell");
		pus.setT2(SignalIntensity.FLUID_HYPER);
		pus.setDwi(DiffusionResult.RESTRICTED);
		Conclusion c = only(ds.decide(report), EpiduralCollections.RULE);
		assertEquals(EpiduralCollections.MIXED, c.value());
		assertTrue(hasReason(c, "E1", "abscess component L3-L4: rim enhancement around a non-enhancing center (abscess); "
				+ "T2 fluid-like hyperintense, restricted diffusion (supports liquefied pus)"), c.reasons().toString());
	}

	@Test
	void restrictedDiffusionNeverMakesADiscLikeCoreAnAbscess() {
		Report report = report();
		EpiduralFinding e = epidural(report, "E1", "L2", null, CollectionType.ABSCESS, null);
		Component core = component(e, CollectionType.ABSCESS);
		core.setEnhancement(rim(LesionCenter.DISC_LIKE));
		core.setDwi(DiffusionResult.RESTRICTED);
		assertEquals(EpiduralCollections.INDETERMINATE, only(ds.decide(report), EpiduralCollections.RULE).value());
	}

	@Test
	void theSacralDiscIsACandidateOnlyWhenS1IsLumbarized() {
		Report report = report();
		edematousMarrow(report, "M1", "S1", "S2");
		assertTrue(Spondylodiscitis.candidateDiscs(report).isEmpty(), Spondylodiscitis.candidateDiscs(report).toString());
		report.getExam().setTransitionalAnatomy(TransitionalAnatomy.LUMBARIZED_S1);
		assertEquals(SpineLevel.valueOf("S1-S2"), Spondylodiscitis.candidateDiscs(report).first());
	}
}
