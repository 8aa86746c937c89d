package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.ImpressionItem;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.internal.editor.ImpressionFollower;
import org.spinerad.ui.session.ReportSession;

import jakarta.inject.Named;

/** Redraft: restores the drafted text of the impression item being edited, or of every drafted item. */
public final class RedraftHandler {

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.isEditable() && session.template().isPresent();
	}

	@Execute
	public void execute(ReportSession session, TemplateService templates,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		ImpressionItem item = shell == null ? null
				: ImpressionFocus.item(shell.getDisplay().getFocusControl(), session.report().orElse(null));
		ImpressionFollower.redraft(session, templates, item);
	}
}
