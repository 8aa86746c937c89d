package org.spinerad.ui.internal.dialogs;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.ImportedStudy;
import org.spinerad.dicom.report.StudyImporter;
import org.spinerad.model.Report;

/**
 * Chooses a study from a folder of DICOM files (or a DICOMDIR): reads it with
 * progress, lists the bad files, lets the user pick one study.
 */
public final class DicomStudyChooser {

	private static final String TITLE = "Import DICOM study";

	private DicomStudyChooser() {
	}

	/** @return what fills a new report from the chosen study; empty when cancelled or nothing was found */
	public static Optional<Consumer<Report>> choose(Shell shell) {
		DirectoryDialog chooser = new DirectoryDialog(shell);
		chooser.setText(TITLE);
		chooser.setMessage("Folder with the DICOM files of the study (searched recursively), or with a DICOMDIR");
		String folder = chooser.open();
		if (folder == null) {
			return Optional.empty();
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
			MessageDialog.openError(shell, TITLE, "The folder cannot be read: " + e.getCause().getMessage());
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		ImportResult imported = result.get();
		if (!imported.badFiles().isEmpty()) {
			MessageDialog.openWarning(shell, TITLE, imported.badFiles().size() + " file(s) were skipped:\n"
					+ String.join("\n", imported.badFiles().stream().limit(10)
							.map(b -> b.file().getFileName() + ": " + b.reason()).toList()));
		}
		if (imported.studies().isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "No DICOM study was found in " + folder + ".");
			return Optional.empty();
		}
		int index = imported.studies().size() == 1 ? 0 : new PickDialog(shell, "Studies found", imported.studies()
				.stream().map(s -> s.studyDateTime() + "  " + org.spinerad.model.edit.Formats.personName(s.patientName()) + "  " + s.accessionNumber() + "  "
						+ s.description())
				.toList()).pick();
		if (index < 0) {
			return Optional.empty();
		}
		ImportedStudy study = imported.studies().get(index);
		return Optional.of(report -> importer.fill(report, study));
	}
}
