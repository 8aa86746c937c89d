package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.spinerad.ui.parts.WorklistPart;

/** Opens the next unreported study of the worklist, with the focus in the editor (F8). */
public final class NextCaseHandler {

	@Execute
	public void execute(EPartService parts) {
		var part = parts.findPart(WorklistPart.ID);
		if (part != null && part.getObject() instanceof WorklistPart worklist) {
			worklist.openNext();
		}
	}
}
