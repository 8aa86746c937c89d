package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Saves the open report (Ctrl+S), also from a window outside the window
 * model such as the phrase bar: the part is found in the application and
 * saved through its own window's part service.
 */
public final class SaveHandler {

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.isDirty();
	}

	@Execute
	public void execute(MApplication application, EModelService models) {
		if (models.find(ReportPart.ID, application) instanceof MPart part && part.getContext() != null) {
			part.getContext().get(EPartService.class).savePart(part, false);
		}
	}
}
