package org.spinerad.ui.admin.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.spinerad.ui.UserIdentity;

/** Switches between the Reporting and the Template admin perspectives. */
public final class PerspectiveHandler {

	/** Template administration is for the admin role (Preferences > Role). */
	@CanExecute
	public boolean canExecute(@Named("org.spinerad.ui.admin.commandparameter.perspective") String id,
			UserIdentity user) {
		return !id.endsWith(".perspective.templates") || user.isAdmin();
	}

	@Execute
	public void execute(@Named("org.spinerad.ui.admin.commandparameter.perspective") String id, MApplication app,
			EModelService models, EPartService parts) {
		var found = models.find(id, app);
		if (found instanceof MPerspective perspective) {
			parts.switchPerspective(perspective);
		}
	}
}
