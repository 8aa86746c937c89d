package org.spinerad.ui.internal;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * The worklist at the width of the window. Beside the report editor and the
 * preview the worklist keeps the columns that pick a case (priority,
 * patient, MRN, age/sex); F7 widens it to the whole window with every
 * column, and opening a report (Enter, F8) or F7 again gives the editor its
 * room back.
 */
public final class WorklistZoom {

	private WorklistZoom() {
	}

	/** @return whether the worklist fills the window */
	public static boolean isZoomed(MPart worklist) {
		MUIElement stack = stack(worklist);
		return stack != null && stack.getTags().contains(IPresentationEngine.MAXIMIZED);
	}

	/** Widens the worklist to the window and puts the caret into it. */
	public static void zoom(MPart worklist, EPartService parts) {
		MUIElement stack = stack(worklist);
		if (stack != null && !isZoomed(worklist)) {
			stack.getTags().add(IPresentationEngine.MAXIMIZED);
		}
		parts.activate(worklist, true);
	}

	/** Gives the other parts their room back (before one of them is activated). */
	public static void restore(MPart worklist) {
		MUIElement stack = stack(worklist);
		if (stack != null) {
			stack.getTags().remove(IPresentationEngine.MAXIMIZED);
		}
	}

	private static MUIElement stack(MPart worklist) {
		return worklist == null ? null : (MUIElement) worklist.getParent();
	}
}
