package org.spinerad.ui.internal.handlers;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.dicom.report.StudyQuery;
import org.spinerad.dicom.report.WorklistStudy;
import org.spinerad.store.StoreException;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.internal.dialogs.PickDialog;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.session.ReportSession;

/** Queries the PACS (DICOMweb QIDO-RS) for MR studies of the last week and starts a report for one. */
public final class PacsWorklistHandler {

	@Execute
	public void execute(ReportSession session, @Optional PacsService pacs,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		String url = UiPreferences.get(UiPreferences.PACS_URL);
		if (pacs == null || url.isBlank()) {
			MessageDialog.openInformation(shell, "PACS", "No PACS is configured; set its DICOMweb URL in the preferences (Ctrl+,).");
			return;
		}
		List<WorklistStudy> studies = new ArrayList<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask("Querying the PACS for MR studies of the last 7 days...", -1);
				try {
					studies.addAll(pacs.searchStudies(StudyQuery.mr(LocalDate.now().minusDays(7), LocalDate.now())));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, "PACS", "The PACS query failed: " + e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		if (studies.isEmpty()) {
			MessageDialog.openInformation(shell, "PACS", "The PACS has no MR studies of the last 7 days.");
			return;
		}
		int index = new PickDialog(shell, "Studies in the PACS", studies.stream()
				.map(s -> s.studyDate() + "  " + s.patientName() + "  " + s.accessionNumber() + "  " + s.description())
				.toList()).pick();
		var templates = session.templates().templates();
		if (index < 0 || templates.isEmpty()) {
			return;
		}
		int template = new MessageDialog(shell, "New report", null, "Which template?", MessageDialog.QUESTION,
				templates.stream().map(t -> t.label()).toArray(String[]::new), 0).open();
		if (template < 0) {
			return;
		}
		try {
			var report = NewReports.forStudy(templates.get(template), UiPreferences.get(UiPreferences.USER_NAME),
					studies.get(index));
			session.store().save(report);
			session.open(report.getId());
		} catch (StoreException e) {
			MessageDialog.openError(shell, "New report", e.getMessage());
		}
	}
}
