package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.WorklistPart;

/**
 * The worklist's columns are fitted again when the table gets a new width, not at every layout pass that
 * resizes it with the same width (many while the window opens; each fit measures every cell).
 */
class WorklistColumnFitTest {

	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void aResizeKeepingTheWidthKeepsTheColumnsAndANewWidthFitsThem() {
		Table table = ui.get(WorklistPart.ID + ".table", Table.class);
		TableColumn patient = table.getColumn(1);
		Point size = table.getSize();
		try {
			table.setSize(size.x + 40, size.y);
			int fitted = patient.getWidth();

			patient.setWidth(fitted + 37);
			table.notifyListeners(SWT.Resize, new Event());
			assertEquals(fitted + 37, patient.getWidth(), "a resize with the same width left the columns alone");

			table.setSize(size);
			assertEquals(fitted, patient.getWidth(), "a new width fits the columns again");
		} finally {
			table.setSize(size);
			table.getParent().layout(true);
		}
	}
}
