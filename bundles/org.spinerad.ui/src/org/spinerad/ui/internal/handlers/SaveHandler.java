package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/** Saves the open report (Ctrl+S). */
public final class SaveHandler {

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.isDirty();
	}

	@Execute
	public void execute(EPartService parts) {
		var part = parts.findPart(ReportPart.ID);
		if (part != null) {
			parts.savePart(part, false);
		}
	}
}
