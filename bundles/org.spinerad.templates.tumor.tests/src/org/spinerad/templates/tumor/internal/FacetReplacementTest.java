package org.spinerad.templates.tumor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.add;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.hasReason;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.lesion;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.only;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.report;

import org.junit.jupiter.api.Test;
import org.spinerad.model.Alignment;
import org.spinerad.model.BoneLesionType;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Laterality;
import org.spinerad.model.LesionNature;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.Side;
import org.spinerad.templates.Conclusion;

/**
 * Posterior elements and cortex: a facet replaced by tumour at the lesion's level is posterior element
 * involvement for SINS; a posterior cortical breach without epidural tumor asks for a second look.
 */
class FacetReplacementTest {

	private final TumorDecisionSupport ds = new TumorDecisionSupport();

	private static FacetFinding replacedFacet(Report report, String level, Side side) {
		FacetFinding facet = add(report, RegionKind.FACETS, ReportFactory.eINSTANCE.createFacetFinding(), "K1", level,
				LesionNature.NEOPLASTIC);
		facet.setSide(side);
		facet.setTumorReplacement(true);
		return facet;
	}

	@Test
	void aReplacedFacetMakesPosteriorElementsInvolvedOnItsSide() {
		Report report = report(PainCharacter.OCCASIONAL_NON_MECHANICAL);
		lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 25, 70, Laterality.NONE);
		assertEquals("6 (stable)", only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value());
		replacedFacet(report, "T6", Side.LEFT);
		Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
		assertEquals("7 (indeterminate)", c.value());
		assertTrue(hasReason(c, "M1", "unilateral (left; K1 left facet replaced by tumor)"), c.reasons().toString());
	}

	@Test
	void replacedFacetsOnTheOtherSideMakeItBilateral() {
		Report report = report(PainCharacter.OCCASIONAL_NON_MECHANICAL);
		lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 25, 70, Laterality.LEFT);
		replacedFacet(report, "T6-T7", Side.RIGHT);
		Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
		assertEquals("9 (indeterminate)", c.value());
		assertTrue(hasReason(c, "bilateral"), c.reasons().toString());
	}

	@Test
	void aReplacedFacetElsewhereOrWithoutSideIsJudgedAsSuch() {
		Report report = report(PainCharacter.OCCASIONAL_NON_MECHANICAL);
		lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 25, 70, Laterality.NONE);
		FacetFinding facet = replacedFacet(report, "T9-T10", Side.LEFT);
		assertEquals("6 (stable)", only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value(),
				"a facet at another level does not count");
		facet.setFrom(org.spinerad.model.levels.SpineLevel.valueOf("T5-T6"));
		facet.setSide(Side.UNSPECIFIED);
		Conclusion c = only(ds.decide(report), TumorDecisionSupport.SINS_RULE);
		assertEquals("7-9 (indeterminate; side of the replaced facet not recorded)", c.value());
	}

	@Test
	void aScleroticLesionWithAReplacedFacetIsScored() {
		Report report = report(PainCharacter.PAIN_FREE);
		lesion(report, "M1", "T6", BoneLesionType.BLASTIC, Alignment.NORMAL, 0, 20, Laterality.NONE);
		assertEquals(TumorDecisionSupport.SINS_NOT_COMPUTED, only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value());
		replacedFacet(report, "T6", Side.RIGHT);
		assertEquals("2 (stable)", only(ds.decide(report), TumorDecisionSupport.SINS_RULE).value());
	}

	@Test
	void theFormExplainsTheReplacedFacetForSins() {
		String help = new TumorTemplate().form().region(RegionKind.FACETS).orElseThrow().fields().stream()
				.filter(f -> f.feature().equals("tumorReplacement")).findFirst().orElseThrow().help();
		assertTrue(help.contains("SINS"), help);
	}

	@Test
	void aPosteriorCorticalBreachWithoutEpiduralTumorAsksToLookAgain() {
		Report report = report(PainCharacter.OCCASIONAL_NON_MECHANICAL);
		org.spinerad.model.MarrowFinding m = lesion(report, "M1", "T6", BoneLesionType.LYTIC, Alignment.NORMAL, 25, 70,
				Laterality.NONE);
		assertTrue(only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE).caveats().isEmpty());
		m.setPosteriorCorticalBreach(true);
		Conclusion c = only(ds.decide(report), TumorDecisionSupport.BILSKY_RULE);
		assertTrue(c.value().startsWith("0"), c.value());
		assertTrue(c.caveats().get(0).startsWith("Posterior cortical breach at T6: check the epidural space"),
				c.caveats().toString());
	}
}
