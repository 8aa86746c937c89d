package org.spinerad.templates;

/**
 * What a template drafts into the impression: the template plugin chooses the
 * items from the findings and the decision support of a report and gives each
 * its ordering key (guide 7.2). It never words an item (that is the template
 * library {@code lib/impression.ftl}) and never orders the items: the workstation
 * puts critical items first, then sorts by ordering key, and keeps a lesion with
 * its own SINS. A template plugin returns its selection from
 * {@link TemplateProvider#impressionSelection()}, as it returns its decision support.
 */
@FunctionalInterface
public interface ImpressionSelection {

	/** Selects no item of its own: the draft holds only what every template drafts (e.g. cord edema). */
	ImpressionSelection NONE = plan -> {
		// nothing of its own
	};

	/**
	 * Adds the template's items to the plan. The report is only read.
	 *
	 * @param plan the report, its conclusions and the items so far
	 */
	void select(ImpressionPlan plan);
}
