package org.spinerad.ui.internal.dialogs;

import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.TemplateProvider;

/** New reports: every region starts normal with the template's normal statement, so only exceptions are edited. */
public final class NewReports {

	private NewReports() {
	}

	/** @return a new draft of a template, all regions normal */
	public static Report create(TemplateProvider template, String author) {
		Report report = Reports.newDraft(author);
		report.setTemplateId(template.id());
		report.setTemplateVersion(template.version());
		for (Region region : report.getRegions()) {
			template.form().region(region.getKind()).ifPresent(form -> {
				region.setNormal(true);
				region.setStatement(form.normalStatement());
			});
		}
		return report;
	}
}
