package org.spinerad.templates.tumor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.add;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.enhancement;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.only;
import static org.spinerad.templates.tumor.internal.TumorDecisionSupportTest.report;

import org.junit.jupiter.api.Test;
import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordFinding;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.LeptomeningealPattern;
import org.spinerad.model.LesionNature;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;

/** The documented neurological status decides whether leptomeningeal metastases are a critical result. */
class NeurologicalStatusTest {

	private final TumorDecisionSupport ds = new TumorDecisionSupport();

	private static Report nodularMetastases() {
		Report report = report(PainCharacter.NOT_DOCUMENTED);
		report.getClinical().setKnownPrimaryCancer("breast cancer");
		CordFinding c = add(report, RegionKind.CORD_ROOTS_MENINGES, ReportFactory.eINSTANCE.createCordFinding(), "C1",
				"L2", LesionNature.NEOPLASTIC);
		c.setCompartment(CordCompartment.LEPTOMENINGEAL);
		c.setLeptomeningealPattern(LeptomeningealPattern.NODULAR);
		c.setEnhancement(enhancement(EnhancementPattern.NODULAR, EnhancementIntensity.AVID));
		return report;
	}

	@Test
	void aDeficitRecordedAsStatusIsCritical() {
		Report report = nodularMetastases();
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.DEFICIT);
		assertEquals(ConclusionLevel.CRITICAL, only(ds.decide(report), Leptomeningeal.RULE).level());
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.NONE);
		assertEquals(ConclusionLevel.SUGGESTION, only(ds.decide(report), Leptomeningeal.RULE).level());
	}

	@Test
	void anUnknownStatusIsSaidToMatter() {
		Report report = nodularMetastases();
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.UNKNOWN);
		Conclusion c = only(ds.decide(report), Leptomeningeal.RULE);
		assertEquals(ConclusionLevel.SUGGESTION, c.level());
		assertTrue(c.caveats().contains("Neurological status unknown: with a new deficit this is a critical result "
				+ "(ACR category 2)."), c.caveats().toString());
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.NOT_DOCUMENTED);
		assertTrue(only(ds.decide(report), Leptomeningeal.RULE).caveats().stream()
				.anyMatch(t -> t.startsWith("Neurological status not documented")));
		report.getClinical().setNeurologicalDeficit(false);
		assertTrue(only(ds.decide(report), Leptomeningeal.RULE).caveats().stream()
				.noneMatch(t -> t.startsWith("Neurological status")), "none documented: nothing to add");
	}
}
