package org.spinerad.templates;

import java.net.URL;

/**
 * A report template, contributed by a template plugin as an OSGi service
 * ({@code @Component(service = TemplateProvider.class)}): what the form shows,
 * what decision support runs, and the FreeMarker templates that render the
 * report. Templates are loaded from the plugin's own bundle; a department
 * folder may override them (see {@link TemplateService}).
 */
public interface TemplateProvider {

	/** Template file of the plain-text report (what goes to the RIS). */
	String TEXT_TEMPLATE = "report.txt.ftl";
	/** Template file of the HTML report (preview and print; auto-escaped). */
	String HTML_TEMPLATE = "report.ftlh";

	/** @return stable id, e.g. {@code org.spinerad.templates.infection} */
	String id();

	/** @return version of the shipped template, e.g. {@code 1.0.0} */
	String version();

	/** @return name shown to users, e.g. "Spinal infection" */
	String label();

	/** @return the clinical scenario: {@code infection}, {@code tumor} or {@code postop} */
	String scenario();

	/** @return the form: regions, fields, pick lists, defaults, normal statements */
	FormDefinition form();

	/** @return the decision support of this template */
	DecisionSupport decisionSupport();

	/**
	 * @return what this template drafts into the impression; by default nothing of
	 *         its own (only what every template drafts)
	 */
	default ImpressionSelection impressionSelection() {
		return ImpressionSelection.NONE;
	}

	/**
	 * @param name a template file name, e.g. {@link #TEXT_TEMPLATE}
	 * @return the shipped template file, or null when the plugin has none of that name
	 */
	URL templateResource(String name);
}
