package org.spinerad.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Keyboard actions of the report editor, one command with an action parameter:
 * nextRegion, previousRegion, normalRegion, addFinding, goToLevel, copyFinding.
 */
public final class EditorActionHandler {

	/** Id of the command parameter naming the action. */
	public static final String ACTION = "org.spinerad.ui.commandparameter.action";

	@CanExecute
	public boolean canExecute(ReportSession session) {
		return session.report().isPresent();
	}

	@Execute
	public void execute(@Named(ACTION) String action, EPartService parts) {
		var part = parts.findPart(ReportPart.ID);
		if (part == null || !(part.getObject() instanceof ReportPart editor)) {
			return;
		}
		switch (action) {
		case "nextRegion" -> editor.focusRegion(1);
		case "previousRegion" -> editor.focusRegion(-1);
		case "normalRegion" -> editor.fillNormal();
		case "addFinding" -> editor.addFinding();
		case "goToLevel" -> editor.focusLevelInput();
		case "copyFinding" -> editor.copyFinding();
		default -> throw new IllegalArgumentException("unknown editor action " + action);
		}
	}
}
