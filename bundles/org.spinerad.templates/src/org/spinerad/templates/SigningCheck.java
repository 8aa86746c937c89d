package org.spinerad.templates;

import java.util.List;

import org.spinerad.model.Report;
import org.spinerad.model.validation.Problem;

/**
 * The check a report passes before it is signed: the validator with the
 * sign-off rules, plus the communication rules of its template's decision
 * support. A conclusion of ACR category 1-2 needs a complete communication
 * record (recipient, method, date and time, read-back, category), one of
 * category 3 a documented notification or an explicit routine choice, and a
 * critical conclusion may be overridden only with a recorded reason. The
 * sign-off dialog and {@code cli validate --signing} both use it.
 */
public interface SigningCheck {

	/** Rule: a category 1-2 conclusion has no complete communication record. */
	String DECISION_COMMUNICATION = "decision.communication";
	/** Rule: a category 3 conclusion has neither a documented notification nor a routine choice. */
	String DECISION_NOTIFICATION = "decision.notification";
	/** Rule: a critical conclusion was overridden without a reason. */
	String OVERRIDE_REASON = "decision.override.reason";
	/** Rule: the report's template is not installed, so its decision support cannot be checked. */
	String TEMPLATE_MISSING = "decision.template.missing";

	/**
	 * Checks a report as sign-off does. The report is only read.
	 *
	 * @return every problem; errors block signing
	 */
	List<Problem> check(Report report);

	/** @return the conclusions of the report's decision support that need communication, most urgent first */
	List<Conclusion> communicationNeeded(Report report);
}
