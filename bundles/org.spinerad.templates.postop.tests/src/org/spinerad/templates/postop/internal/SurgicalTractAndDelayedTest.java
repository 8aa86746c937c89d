package org.spinerad.templates.postop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.enhancement;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.epidural;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.hasCaveat;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.hasReason;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.only;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.report;
import static org.spinerad.templates.postop.internal.PostopDecisionSupportTest.rim;

import org.junit.jupiter.api.Test;
import org.spinerad.model.CollectionType;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.MassEffect;
import org.spinerad.model.Report;
import org.spinerad.model.SignalIntensity;
import org.spinerad.templates.Conclusion;

/** Continuity with the surgical tract, intermediate T2 and delayed enhancement in scar versus disc. */
class SurgicalTractAndDelayedTest {

	private final PostopDecisionSupport ds = new PostopDecisionSupport();

	@Test
	void continuityWithTheSurgicalTractAndIntermediateT2CountForScar() {
		Report report = report(790);
		EpiduralFinding e = epidural(report, CollectionType.INDETERMINATE, enhancement(EnhancementPattern.LINEAR), 4.0);
		e.setMassEffect(MassEffect.RETRACTS_SAC);
		assertEquals(ScarVsDisc.INDETERMINATE, only(ds.decide(report), ScarVsDisc.RULE).value());
		e.setContinuityWithSurgicalTract(true);
		Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
		assertEquals(ScarVsDisc.SCAR, c.value());
		assertTrue(hasReason(c, "E1", "continuous with the surgical tract (scar)"), c.reasons().toString());
		e.setContinuityWithSurgicalTract(false);
		e.setT2(SignalIntensity.INTERMEDIATE);
		c = only(ds.decide(report), ScarVsDisc.RULE);
		assertEquals(ScarVsDisc.SCAR, c.value());
		assertTrue(hasReason(c, "E1", "T2 intermediate (scar)"), c.reasons().toString());
	}

	@Test
	void enhancementOnDelayedImagesIsReportedButNeverScored() {
		Report report = report(400);
		EpiduralFinding e = epidural(report, CollectionType.DISC, rim(LesionCenter.DISC_LIKE), 4.0);
		assertEquals(ScarVsDisc.DISC, only(ds.decide(report), ScarVsDisc.RULE).value());
		e.setDelayedEnhancement(enhancement(EnhancementPattern.HETEROGENEOUS));
		e.setDelayedMinutesAfterInjection(32.0);
		Conclusion c = only(ds.decide(report), ScarVsDisc.RULE);
		assertEquals(ScarVsDisc.DISC, c.value(), "the early images decide");
		assertTrue(hasReason(c, "E1", "heterogeneous enhancement on the delayed images (32 min) (not scored)"),
				c.reasons().toString());
		assertTrue(hasCaveat(c, "disc material may fill in late"), c.caveats().toString());
	}

	@Test
	void theFormExplainsTheSurgicalTractAndTheDelayedImages() {
		var fields = new PostopTemplate().form().region(org.spinerad.model.RegionKind.EPIDURAL).orElseThrow().fields();
		assertTrue(fields.stream().anyMatch(f -> f.feature().equals("continuityWithSurgicalTract")
				&& f.help().contains("counts for scar")), fields.toString());
		assertTrue(fields.stream().anyMatch(f -> f.feature().equals("delayedEnhancement.pattern")
				&& f.help().contains("never decides")), fields.toString());
	}
}
