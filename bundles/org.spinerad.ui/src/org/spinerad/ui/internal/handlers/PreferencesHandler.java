package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.ui.internal.dialogs.PreferencesDialog;

/** Opens the preferences (Ctrl+,). */
public final class PreferencesHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEclipseContext context) {
		new PreferencesDialog(shell, context).open();
	}
}
