package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.spinerad.ui.internal.editor.EditHistory;
import org.spinerad.ui.session.ReportSession;

/** Undoes the last change of the open report (Ctrl+Z). */
public final class UndoHandler {

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.domain().map(d -> d.getCommandStack().canUndo()).orElse(false);
	}

	@Execute
	public void execute(ReportSession session) {
		session.domain().ifPresent(d -> EditHistory.undo(d.getCommandStack()));
	}
}
