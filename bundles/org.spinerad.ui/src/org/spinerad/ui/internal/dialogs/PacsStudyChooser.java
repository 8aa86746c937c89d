package org.spinerad.ui.internal.dialogs;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.dicom.report.StudyQuery;
import org.spinerad.dicom.report.WorklistStudy;
import org.spinerad.model.Report;

/** Chooses an MR study of the last week from the PACS (DICOMweb QIDO-RS). */
public final class PacsStudyChooser {

	private static final String TITLE = "PACS";

	private PacsStudyChooser() {
	}

	/** @return what fills a new report from the chosen study; empty when cancelled, failed or none found */
	public static Optional<Consumer<Report>> choose(Shell shell, PacsService pacs) {
		String url = UiPreferences.get(UiPreferences.PACS_URL);
		if (pacs == null || url.isBlank()) {
			MessageDialog.openInformation(shell, TITLE,
					"No PACS is configured; set its DICOMweb URL in the preferences (Ctrl+,).");
			return Optional.empty();
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
			MessageDialog.openError(shell, TITLE, "The PACS query failed: " + e.getCause().getMessage());
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		if (studies.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "The PACS has no MR studies of the last 7 days.");
			return Optional.empty();
		}
		int index = new PickDialog(shell, "Studies in the PACS", studies.stream()
				.map(s -> s.studyDate() + "  " + org.spinerad.model.edit.Formats.personName(s.patientName()) + "  " + s.accessionNumber() + "  " + s.description())
				.toList()).pick();
		if (index < 0) {
			return Optional.empty();
		}
		WorklistStudy study = studies.get(index);
		return Optional.of(report -> NewReports.fill(report, study));
	}
}
