package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinerad.model.CommunicationMethod;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.validation.Problem;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;
import org.spinerad.templates.SigningCheck;

/** The communication rules of decision-support conclusions at sign-off. */
class CriticalResultsTest {

	private final Report report = ReportFactory.eINSTANCE.createReport();

	private static Conclusion conclusion(String rule, AcrCategory category) {
		return new Conclusion(rule, "Result", "value", ConclusionLevel.CRITICAL, List.of(new Reason(null, "x")),
				List.of(), category);
	}

	private CriticalCommunication record(int category, boolean readBack) {
		CriticalCommunication c = ReportFactory.eINSTANCE.createCriticalCommunication();
		c.setRecipientName("Dr. R. Recipient");
		c.setMethod(CommunicationMethod.PHONE);
		c.setDateTime(new Date(0));
		c.setReadBackConfirmed(readBack);
		c.setAcrCategory(category);
		report.getCommunications().add(c);
		return c;
	}

	private List<String> codes(Conclusion... conclusions) {
		return CriticalResults.check(report, List.of(conclusions)).stream().map(Problem::code).toList();
	}

	@Test
	void categoryOneNeedsACompleteRecordOfCategoryOne() {
		Conclusion c = conclusion("r.one", AcrCategory.CATEGORY_1);
		assertEquals(List.of(SigningCheck.DECISION_COMMUNICATION), codes(c));
		CriticalCommunication record = record(2, true);
		assertEquals(List.of(SigningCheck.DECISION_COMMUNICATION), codes(c), "category 2 is not urgent enough");
		record.setAcrCategory(1);
		record.setReadBackConfirmed(false);
		assertEquals(List.of(SigningCheck.DECISION_COMMUNICATION), codes(c), "read-back is part of the record");
		record.setReadBackConfirmed(true);
		assertEquals(List.of(), codes(c));
	}

	@Test
	void categoryOneToTwoTakesARecordOfCategoryTwo() {
		Conclusion c = conclusion("r.oneTwo", AcrCategory.CATEGORY_1_2);
		record(3, true);
		assertEquals(List.of(SigningCheck.DECISION_COMMUNICATION), codes(c));
		record(2, true);
		assertEquals(List.of(), codes(c));
	}

	@Test
	void categoryThreeTakesANotificationOrARoutineChoice() {
		Conclusion c = conclusion("r.three", AcrCategory.CATEGORY_2_3);
		assertEquals(List.of(SigningCheck.DECISION_NOTIFICATION), codes(c));
		CriticalCommunication routine = ReportFactory.eINSTANCE.createCriticalCommunication();
		routine.setRoutine(true);
		routine.setAcrCategory(3);
		report.getCommunications().add(routine);
		assertEquals(List.of(), codes(c));
		report.getCommunications().clear();
		record(3, false);
		assertEquals(List.of(), codes(c), "a documented notification needs no read-back in category 3");
	}

	@Test
	void anOverrideOfACriticalConclusionNeedsAReason() {
		Conclusion c = conclusion("r.one", AcrCategory.CATEGORY_1);
		DecisionOverride o = ReportFactory.eINSTANCE.createDecisionOverride();
		o.setRuleId("r.one");
		o.setDecision("not compressed");
		report.getOverrides().add(o);
		assertEquals(List.of(SigningCheck.OVERRIDE_REASON), codes(c));
		o.setReason("Pulsation artefact; CSF visible on the axial series.");
		assertEquals(List.of(), codes(c));
	}

	@Test
	void aRoutineConclusionNeedsNothing() {
		assertEquals(List.of(), codes(conclusion("r.none", AcrCategory.NONE).withAcrCategory(AcrCategory.NONE)));
		assertTrue(AcrCategory.CATEGORY_1.moreUrgent(AcrCategory.CATEGORY_1_2) == AcrCategory.CATEGORY_1);
	}
}
