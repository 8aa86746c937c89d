package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

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
import org.spinerad.ui.internal.WrappedCells;
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
					assertWhole(table, gc, table.indexOf(column));
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
		assertEquals(1, WrappedCells.lines(table), "one line a row beside the editor");
		ui.screenshot(window, Screenshots.file("worklist-beside-editor-after-f7-1280x800"));
		System.out.println("worklist at 1280x800: " + narrow + " of " + columns + " columns beside a " + editorWidth
				+ " px editor; F7: all " + columns + " in " + used + " of " + tableWidth + " px");

		// F7 twice: widened, then back to the editor
		ui.press(SWT.F7, 0);
		ui.waitUntil("F7 from the editor to widen the worklist", WAIT, () -> wholeColumns(table) == columns);
		ui.press(SWT.F7, 0);
		ui.waitUntil("F7 again to give the editor its width", WAIT, () -> editor.getSize().x == editorWidth);
	}

	/**
	 * Every value of a column is read whole in its cell: on one line, or (exam
	 * and delivery) wrapped at spaces over no more lines than a row has.
	 */
	private static void assertWhole(Table table, GC gc, int index) {
		TableColumn column = table.getColumn(index);
		if (WorklistColumns.leastWidth(index) == 0 || WrappedCells.lines(table) == 1) {
			for (var item : table.getItems()) {
				assertTrue(gc.textExtent(item.getText(index)).x <= column.getWidth(),
						column.getText() + ": " + item.getText(index) + " in " + column.getWidth() + " px");
			}
			return;
		}
		int lines = WrappedCells.lines(table);
		int width = column.getWidth() - 2 * WrappedCells.MARGIN;
		for (var item : table.getItems()) {
			String text = item.getText(index);
			List<String> wrapped = WrappedCells.wrap(gc, text, width);
			assertEquals(text.strip().replaceAll("\\s+", " "), String.join(" ", wrapped),
					column.getText() + ": wrapped at spaces, nothing left out");
			assertTrue(wrapped.size() <= lines, column.getText() + ": " + wrapped + " in " + lines + " lines");
			for (String line : wrapped) {
				assertTrue(gc.textExtent(line).x <= width, column.getText() + ": '" + line + "' in " + width + " px");
			}
		}
		// the rows are as tall as the lines: measured from one row to the next
		int row = table.getItemCount() > 1 ? table.getItem(1).getBounds(index).y - table.getItem(0).getBounds(index).y
				: table.getItemHeight();
		assertTrue(row >= lines * gc.getFontMetrics().getHeight(),
				column.getText() + ": a row of " + row + " px holds " + lines + " lines");
	}

	@Test
	void longExamAndDeliveryValuesWrapWholeInAFullWidthWorklistAt1280() throws Exception {
		String exam = "MRI lumbar spine with and without contrast, whole-spine sagittal screening and axial "
				+ "post-contrast fat-saturated T1 of the thoracolumbar junction";
		String delivery = "RIS delivered; PACS queued (connection refused); FHIR not sent (rejected by the server); "
				+ "PDF not configured";
		Shell shell = ui.onUi(() -> {
			Shell s = new Shell(Display.getCurrent());
			s.setLayout(new org.eclipse.swt.layout.FillLayout());
			Table t = new Table(s, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			t.setHeaderVisible(true);
			for (WorklistColumns.Column c : WorklistColumns.all(r -> null)) {
				new TableColumn(t, SWT.NONE).setText(c.title());
			}
			WrappedCells.install(t, WorklistColumns.EXAM, WorklistColumns.DELIVERY);
			String[][] rows = {
					{ "STAT", "Moreau, Émile", "MRN-000004711", "61 y / M", exam, "ACC-2026-004711",
							"2026-11-02 08:40", "preliminary", delivery },
					{ "Routine", "Case, Inf02", "PID-INF-02", "34 y / F", "MRI whole spine with and without contrast",
							"ACC-INF-02", "2026-11-03 14:10", "final", "RIS delivered; PACS delivered" },
					{ "\u2014", "Moreau, Émile", "MRN-4711", "\u2014", "\u2014", "\u2014", "\u2014", "draft", "\u2014" } };
			for (String[] row : rows) {
				new org.eclipse.swt.widgets.TableItem(t, SWT.NONE).setText(row);
			}
			t.addListener(SWT.Resize, e -> WorklistColumns.fit(t)); // as the worklist part does
			s.setBounds(0, 0, 1280, 800);
			s.open();
			s.layout(true, true);
			WorklistColumns.fit(t);
			return s;
		});
		try {
			Table table = (Table) ui.onUi(() -> shell.getChildren()[0]);
			ui.waitUntil("the table at the width of its window", WAIT, () -> table.getClientArea().width > 1200);
			ui.flush();
			ui.screenshot(shell, Screenshots.file("worklist-wrapped-1280"));
			assertEquals(table.getColumnCount(), (int) ui.onUi(() -> wholeColumns(table)), "every column in the width");
			assertTrue(WrappedCells.lines(table) > 1, "the long values wrap");
			ui.onUi(() -> {
				GC gc = new GC(table);
				try {
					for (int i = 0; i < table.getColumnCount(); i++) {
						assertWhole(table, gc, i);
					}
				} finally {
					gc.dispose();
				}
				return null;
			});
			System.out.println("worklist at 1280 px: exam " + table.getColumn(WorklistColumns.EXAM).getWidth()
					+ " px, delivery " + table.getColumn(WorklistColumns.DELIVERY).getWidth() + " px, "
					+ WrappedCells.lines(table) + " lines a row");
		} finally {
			ui.onUi(() -> {
				shell.dispose();
				return null;
			});
		}
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
