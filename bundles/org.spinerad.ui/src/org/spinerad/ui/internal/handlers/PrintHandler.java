package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;
import org.spinerad.ui.internal.dialogs.PrintPreviewDialog;
import org.spinerad.ui.session.ReportSession;

/** Print preview and printing of the open signed report (Ctrl+P), in the layout of its PDF. */
public final class PrintHandler {

	@CanExecute
	public boolean canExecute(ReportSession session, @Optional PdfService pdfs) {
		return pdfs != null && session.report()
				.map(r -> r.getStatus() != null && r.getStatus() != ReportStatus.DRAFT).orElse(false);
	}

	@Execute
	public void execute(ReportSession session, PdfService pdfs, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Report report = session.report().orElseThrow();
		try {
			new PrintPreviewDialog(shell, pdfs, pdfs.render(report), pdfs.fileName(report)).open();
		} catch (PdfException e) {
			MessageDialog.openError(shell, "Print", e.getMessage());
		}
	}
}
