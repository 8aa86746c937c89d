package org.spinerad.templates;

/** What a template renders. */
public enum OutputFormat {
	/** Plain text, as sent to the RIS. */
	TEXT(TemplateProvider.TEXT_TEMPLATE),
	/** HTML for preview and print. */
	HTML(TemplateProvider.HTML_TEMPLATE);

	private final String templateName;

	OutputFormat(String templateName) {
		this.templateName = templateName;
	}

	/** @return the file name of the template for this format */
	public String templateName() {
		return templateName;
	}
}
