package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.spinerad.ui.internal.editor.EditHistory;
import org.spinerad.ui.session.ReportSession;

/** Redoes the last undone change of the open report (Ctrl+Shift+Z). */
public final class RedoHandler {

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.domain().map(d -> d.getCommandStack().canRedo()).orElse(false);
	}

	@Execute
	public void execute(ReportSession session) {
		session.domain().ifPresent(d -> EditHistory.redo(d.getCommandStack()));
	}
}
