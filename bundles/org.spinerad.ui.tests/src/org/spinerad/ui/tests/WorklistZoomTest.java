package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.WorklistColumns;
import org.spinerad.ui.internal.WorklistZoom;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.parts.WorklistPart;
import org.spinerad.ui.session.ReportSession;

/**
 * At 1280×800 the worklist beside the editor shows the columns that pick a
 * case; F7 widens it to the window with every column whole, and opening a
 * report (Enter) gives the editor its width back with the caret in it.
 */
class WorklistZoomTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String ID = "zoom-tum-01";

	private final Ui ui = Ui.of(Display.getCurrent());
	private final MainWindow mainWindow = new MainWindow(ui);

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	@AfterEach
	void cleanUp() throws Exception {
		EPartService parts = Workbench.service(EPartService.class);
		ui.onUi(() -> {
			WorklistZoom.restore(parts.findPart(WorklistPart.ID));
			return null;
		});
		session().close();
		if (session().store().revision(ID) != null) {
			session().store().delete(ID);
		}
		mainWindow.restore();
	}

	/** @return how many columns, from the left, are whole inside the table */
	private static int wholeColumns(Table table) {
		int width = table.getClientArea().width;
		int right = 0;
		int whole = 0;
		for (int index : table.getColumnOrder()) {
			right += table.getColumn(index).getWidth();
			if (right <= width) {
				whole++;
			}
		}
		return whole;
	}

	@Test
	void f7ShowsEveryWorklistColumnAndOpeningAReportGivesTheEditorItsRoomBack() throws Exception {
		var copy = SampleCases.load("TUM-01");
		copy.setId(ID);
		session().close();
		if (session().store().revision(ID) != null) {
			session().store().delete(ID);
		}
		session().store().save(copy, Revision.NEW, new Actor("Dr Seed", "ws-test"));
		Shell window = mainWindow.resize(1280, 800);
		ui.flush();
		Table table = ui.get(WorklistPart.ID + ".table", Table.class);
		Composite editor = ui.get(ReportPart.ID, Composite.class);
		ui.waitUntil("the copy in the worklist", WAIT, () -> row(table) >= 0);
		int columns = table.getColumnCount();
		int editorWidth = ui.onUi(() -> editor.getSize().x);
		int narrow = ui.onUi(() -> wholeColumns(table));
		ui.screenshot(window, Screenshots.file("worklist-beside-editor-1280x800"));
		assertTrue(narrow >= 3, "priority, patient and MRN beside the editor; whole: " + narrow);

		ui.focus(ui.get(WorklistPart.ID + ".filter", Text.class));
		ui.press(SWT.F7, 0);
		ui.waitUntil("F7 to widen the worklist", WAIT, () -> table.getSize().x > 1000);
		ui.flush();
		ui.screenshot(window, Screenshots.file("worklist-full-width-1280x800"));
		assertEquals(columns, wholeColumns(table), () -> "every column whole in " + table.getClientArea().width
				+ " px: " + java.util.Arrays.stream(table.getColumns()).map(c -> c.getText() + " " + c.getWidth())
						.toList());
		int tableWidth = ui.onUi(() -> table.getClientArea().width);
		int used = ui.onUi(() -> {
			int sum = 0;
			GC gc = new GC(table);
			try {
				for (TableColumn column : table.getColumns()) {
					sum += column.getWidth();
					assertTrue(gc.textExtent(column.getText()).x <= column.getWidth(), column.getText());
					int index = table.indexOf(column);
					if (WorklistColumns.leastWidth(index) > 0) { // gives way to the other columns, down to a least width
						assertTrue(column.getWidth() >= WorklistColumns.leastWidth(index),
								column.getText() + " " + column.getWidth());
						continue;
					}
					for (var item : table.getItems()) {
						assertTrue(gc.textExtent(item.getText(index)).x <= column.getWidth(),
								column.getText() + ": " + item.getText(index));
					}
				}
			} finally {
				gc.dispose();
			}
			return sum;
		});
		assertTrue(isFocusIn(table) || isFocusIn(ui.get(WorklistPart.ID + ".filter", Text.class)),
				"the caret stays in the worklist");

		// Enter on a row opens it beside the worklist again, the caret in the editor
		ui.onUi(() -> {
			table.setFocus();
			table.setSelection(row(table));
			return null;
		});
		ui.press(SWT.CR, 0);
		ui.waitUntil("Enter to open the copy", WAIT,
				() -> session().report().map(r -> r.getId().equals(ID)).orElse(false));
		ui.waitUntil("the editor at its width again", WAIT, () -> editor.getSize().x == editorWidth);
		ui.waitUntil("the caret in the editor", WAIT, () -> isFocusIn(editor));
		assertEquals(narrow, (int) ui.onUi(() -> wholeColumns(table)), "the worklist beside the editor again");
		System.out.println("worklist at 1280x800: " + narrow + " of " + columns + " columns beside a " + editorWidth
				+ " px editor; F7: all " + columns + " in " + used + " of " + tableWidth + " px");

		// F7 twice: widened, then back to the editor
		ui.press(SWT.F7, 0);
		ui.waitUntil("F7 from the editor to widen the worklist", WAIT, () -> wholeColumns(table) == columns);
		ui.press(SWT.F7, 0);
		ui.waitUntil("F7 again to give the editor its width", WAIT, () -> editor.getSize().x == editorWidth);
	}

	private static int row(Table table) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() instanceof org.spinerad.store.ReportSummary s && s.id().equals(ID)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isFocusIn(Control parent) {
		for (Control c = parent.getDisplay().getFocusControl(); c != null; c = c.getParent()) {
			if (c == parent) {
				return true;
			}
		}
		return false;
	}
}
