package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.ui.internal.ReportStarter;
import org.spinerad.ui.internal.dialogs.PacsStudyChooser;

/** Queries the PACS (DICOMweb QIDO-RS) for MR studies of the last week and starts a report for one. */
public final class PacsWorklistHandler {

	@Execute
	public void execute(ReportStarter starter, @Optional PacsService pacs,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		PacsStudyChooser.choose(shell, pacs).ifPresent(study -> starter.start(shell, study));
	}
}
