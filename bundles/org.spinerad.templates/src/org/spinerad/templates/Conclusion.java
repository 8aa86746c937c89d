package org.spinerad.templates;

import java.util.List;
import java.util.Objects;

/**
 * One result of decision support: a score, a grade or a suggestion, always
 * with the reasons behind it so the radiologist can trust or override it.
 *
 * @param ruleId      stable id of the rule, e.g. {@code tumor.sins}; overrides refer to it
 * @param label       what it is, e.g. "SINS T6"
 * @param value       the result, e.g. "7 (indeterminate)" or "abscess"
 * @param level       how much it matters
 * @param reasons     the findings and facts that led to it
 * @param caveats     limits of the conclusion (early postoperative imaging, missing inputs, ...)
 * @param acrCategory the ACR communication category of the result (guide 7.2); sign-off
 *                    and rendering read it; {@link AcrCategory#NONE} when routine
 */
public record Conclusion(String ruleId, String label, String value, ConclusionLevel level, List<Reason> reasons,
		List<String> caveats, AcrCategory acrCategory) {

	public Conclusion {
		reasons = List.copyOf(reasons);
		caveats = List.copyOf(caveats);
		Objects.requireNonNull(acrCategory, "acrCategory");
	}

	/** A conclusion that needs no non-routine communication. */
	public Conclusion(String ruleId, String label, String value, ConclusionLevel level, List<Reason> reasons,
			List<String> caveats) {
		this(ruleId, label, value, level, reasons, caveats, AcrCategory.NONE);
	}

	/** @return this conclusion with another ACR category */
	public Conclusion withAcrCategory(AcrCategory category) {
		return new Conclusion(ruleId, label, value, level, reasons, caveats, category);
	}
}
