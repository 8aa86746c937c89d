package org.spinerad.ui.internal.handlers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.ImportedStudy;
import org.spinerad.dicom.report.StudyImporter;
import org.spinerad.store.StoreException;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.internal.dialogs.PickDialog;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.session.ReportSession;

/**
 * Imports a study from a folder of DICOM files (or a DICOMDIR) and starts its
 * report with patient, study and exam filled in; bad files are listed.
 */
public final class ImportDicomHandler {

	@Execute
	public void execute(ReportSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		DirectoryDialog chooser = new DirectoryDialog(shell);
		chooser.setText("Import DICOM study");
		chooser.setMessage("Folder with the DICOM files of the study (searched recursively), or with a DICOMDIR");
		String folder = chooser.open();
		if (folder == null) {
			return;
		}
		StudyImporter importer = StudyImporter.create();
		AtomicReference<ImportResult> result = new AtomicReference<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask("Reading DICOM files in " + folder + "...", -1);
				try {
					result.set(importer.importFrom(Path.of(folder)));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, "Import DICOM study", "The folder cannot be read: " + e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		ImportResult imported = result.get();
		if (!imported.badFiles().isEmpty()) {
			MessageDialog.openWarning(shell, "Import DICOM study", imported.badFiles().size() + " file(s) were skipped:\n"
					+ String.join("\n", imported.badFiles().stream().limit(10).map(b -> b.file().getFileName() + ": " + b.reason()).toList()));
		}
		if (imported.studies().isEmpty()) {
			MessageDialog.openInformation(shell, "Import DICOM study", "No DICOM study was found in " + folder + ".");
			return;
		}
		int index = imported.studies().size() == 1 ? 0 : new PickDialog(shell, "Studies found", imported.studies().stream()
				.map(s -> s.studyDateTime() + "  " + s.patientName() + "  " + s.accessionNumber() + "  " + s.description())
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
		ImportedStudy study = imported.studies().get(index);
		var report = NewReports.create(templates.get(template), UiPreferences.get(UiPreferences.USER_NAME));
		importer.fill(report, study);
		try {
			session.store().save(report);
			session.open(report.getId());
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Import DICOM study", e.getMessage());
		}
	}
}
