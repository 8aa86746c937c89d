package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.store.StoreException;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.session.ReportSession;

/** Starts a new report with a chosen template, every region normal by default (Ctrl+N). */
public final class NewReportHandler {

	@Execute
	public void execute(ReportSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		var templates = session.templates().templates();
		if (templates.isEmpty()) {
			MessageDialog.openError(shell, "New report", "No report template is installed.");
			return;
		}
		String[] labels = templates.stream().map(TemplateProvider::label).toArray(String[]::new);
		int choice = new MessageDialog(shell, "New report", null, "Which template?", MessageDialog.QUESTION, labels, 0)
				.open();
		if (choice < 0) {
			return;
		}
		try {
			var report = NewReports.create(templates.get(choice), UiPreferences.get(UiPreferences.USER_NAME));
			session.store().save(report);
			session.open(report.getId());
		} catch (StoreException e) {
			MessageDialog.openError(shell, "New report", e.getMessage());
		}
	}
}
