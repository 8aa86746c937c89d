package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.store.StoreException;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.internal.dialogs.Reasons;
import org.spinerad.ui.session.ReportSession;

/**
 * An admin takes over the claim of another workstation on the open report
 * (Ctrl+Shift+T), with a reason the store records in the audit trail.
 */
public final class TakeOverHandler {

	/** Title of the question for the reason. */
	public static final String TITLE = "Take over the claim";

	@CanExecute
	public boolean canExecute(ReportSession session, UserIdentity user) {
		return user.isAdmin() && session.blockedBy().isPresent();
	}

	@Execute
	public void execute(ReportSession session, UserIdentity user,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		var claim = session.blockedBy().orElse(null);
		if (claim == null || user.require(shell).isEmpty()) {
			return;
		}
		String reason = Reasons.ask(shell, TITLE, "This report is " + claim.describe()
				+ ".\nTaking over makes it editable here and read-only there. Reason (recorded in the audit trail):",
				"Enter the reason for the takeover").orElse(null);
		if (reason == null) {
			return;
		}
		try {
			session.takeOver(reason);
		} catch (StoreException e) {
			MessageDialog.openError(shell, TITLE, "The claim could not be taken over: " + e.getMessage()
					+ "\nTry again; if it persists, check the report store in Preferences.");
		}
	}
}
