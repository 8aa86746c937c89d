package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.ui.internal.ReportStarter;
import org.spinerad.ui.internal.dialogs.DicomStudyChooser;

/**
 * Imports a study from a folder of DICOM files (or a DICOMDIR) and starts its
 * report with patient, study and exam filled in; bad files are listed.
 */
public final class ImportDicomHandler {

	@Execute
	public void execute(ReportStarter starter, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		DicomStudyChooser.choose(shell).ifPresent(study -> starter.start(shell, study));
	}
}
