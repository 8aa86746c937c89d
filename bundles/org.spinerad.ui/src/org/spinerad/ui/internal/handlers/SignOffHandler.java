package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.edit.ReportLifecycle;
import org.spinerad.model.ReportStatus;
import org.spinerad.templates.SigningCheck;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.internal.Delivery;
import org.spinerad.ui.internal.dialogs.SignOff;
import org.spinerad.ui.session.ReportSession;

/** Signs the open report after showing what remains to check (Ctrl+Shift+S). */
public final class SignOffHandler {

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.report().map(r -> ReportLifecycle.canSign(r, ReportStatus.FINAL)).orElse(false);
	}

	@Execute
	public void execute(ReportSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			UserIdentity user, TemplateService templates, SigningCheck signing, IEclipseContext context) {
		new SignOff(session, user, shell, report -> Delivery.queuedWithSigning(report, context),
				report -> Delivery.afterSigning(report, context, shell),
				templates::effectiveVersion, signing).run();
	}
}
