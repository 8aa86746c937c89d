package org.spinerad.templates;

import java.util.List;

import org.spinerad.model.Report;

/**
 * The decision support of a report template: derives scores, grades and
 * suggestions from the findings. It never changes the report; results are
 * suggestions the radiologist may override.
 */
@FunctionalInterface
public interface DecisionSupport {

	/** @return the conclusions for the report, most important first */
	List<Conclusion> decide(Report report);
}
