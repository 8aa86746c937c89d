package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.validation.Communications;
import org.spinerad.model.validation.Problem;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.SigningCheck;

/**
 * The communication rules of decision support at sign-off (guide 7.2 and 7.3):
 * each conclusion with an ACR category needs its record, unless the
 * radiologist overrode it with a reason.
 */
public final class CriticalResults {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private CriticalResults() {
	}

	/** @return the sign-off errors of the conclusions of this report */
	public static List<Problem> check(Report report, List<Conclusion> conclusions) {
		List<Problem> problems = new ArrayList<>();
		for (Conclusion c : conclusions) {
			boolean critical = c.level() == ConclusionLevel.CRITICAL || c.acrCategory() != AcrCategory.NONE;
			DecisionOverride override = override(c, report.getOverrides());
			if (override != null && critical && blank(override.getReason())) {
				problems.add(new Problem(Diagnostic.ERROR, SigningCheck.OVERRIDE_REASON, override,
						P.getDecisionOverride_Reason(), "The override of " + describe(c)
								+ " has no reason; enter why the conclusion does not apply"));
				continue;
			}
			if (override != null || c.acrCategory() == AcrCategory.NONE) {
				continue;
			}
			List<CriticalCommunication> records = report.getCommunications();
			if (c.acrCategory().needsRecord()
					&& records.stream().noneMatch(r -> Communications.complete(r, c.acrCategory().leastUrgent()))) {
				problems.add(new Problem(Diagnostic.ERROR, SigningCheck.DECISION_COMMUNICATION, report,
						P.getReport_Communications(), "Decision support reports " + describe(c)
								+ " but no complete communication record covers it; document recipient, method, time, "
								+ "read-back and ACR category " + range(c.acrCategory())
								+ ", or override the conclusion with a reason"));
			} else if (c.acrCategory().needsNotice() && records.stream().noneMatch(r -> Communications.notified(r)
					|| Communications.routine(r) || Communications.complete(r, 3))) {
				problems.add(new Problem(Diagnostic.ERROR, SigningCheck.DECISION_NOTIFICATION, report,
						P.getReport_Communications(), "Decision support reports " + describe(c)
								+ " but neither a notification nor routine communication is documented; record whom "
								+ "you notified (recipient, method, time) or choose routine communication"));
			}
		}
		return problems;
	}

	/** @return the radiologist's override of the conclusion (the last one), or null */
	public static DecisionOverride override(Conclusion c, List<DecisionOverride> overrides) {
		return overrides.stream()
				.filter(o -> c.ruleId().equals(o.getRuleId())
						&& (o.getSuggestion() == null || o.getSuggestion().equals(c.value())))
				.reduce((a, b) -> b).orElse(null);
	}

	private static String describe(Conclusion c) {
		return c.label() + " = " + c.value() + " (ACR category " + c.acrCategory().label() + ", "
				+ c.acrCategory().urgency() + ")";
	}

	private static String range(AcrCategory category) {
		return category.leastUrgent() == 1 ? "1" : "1 or 2";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
