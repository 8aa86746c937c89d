package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.spinerad.ui.internal.WorklistZoom;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.parts.WorklistPart;

/** Widens the worklist to the whole window, or gives the report editor its room back (F7). */
public final class WorklistZoomHandler {

	@Execute
	public void execute(EPartService parts) {
		var worklist = parts.findPart(WorklistPart.ID);
		if (worklist == null) {
			return;
		}
		if (WorklistZoom.isZoomed(worklist)) {
			WorklistZoom.restore(worklist);
			var report = parts.findPart(ReportPart.ID);
			if (report != null) {
				parts.activate(report, true);
			}
		} else {
			WorklistZoom.zoom(worklist, parts);
		}
	}
}
