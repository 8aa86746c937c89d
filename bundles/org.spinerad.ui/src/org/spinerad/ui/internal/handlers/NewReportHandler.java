package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.ui.internal.ReportStarter;

/** Starts a new report with a chosen template, every region normal by default (Ctrl+N). */
public final class NewReportHandler {

	@Execute
	public void execute(ReportStarter starter, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		starter.start(shell, report -> {
			// no study yet: the header is filled in the editor
		});
	}
}
