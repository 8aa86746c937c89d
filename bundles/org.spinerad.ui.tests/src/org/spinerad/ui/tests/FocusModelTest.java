package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.store.ReportSummary;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.editor.CopyQuestion;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.parts.WorklistPart;
import org.spinerad.ui.session.ReportSession;

/** Every command leaves the caret where the user types next, and the form shows where it is. */
class FocusModelTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String FORM = "org.spinerad.ui.report.";
	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private static Object focusId() {
		Control focus = Display.getCurrent().getFocusControl();
		return focus == null ? null : focus.getData(WidgetIds.KEY);
	}

	private Shell shell() {
		return ui.get(ReportPart.ID, Composite.class).getShell();
	}

	/** No window manager under Xvfb: the window is made active again after a dialog, as a user's click would. */
	private void activate() {
		ui.onUi(() -> {
			shell().forceActive();
			return null;
		});
		ui.flush();
	}

	private void awaitFocus(String id) {
		ui.waitUntil("the caret in " + id + " (it is in " + focusId() + ")", WAIT, () -> id.equals(focusId()));
		ui.flush();
		assertEquals(id, focusId(), "the caret stays in " + id);
		assertInView(Display.getCurrent().getFocusControl());
	}

	/** The focused control lies inside the visible part of the scrolled form. */
	private static void assertInView(Control control) {
		for (Control c = control.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroller) {
				Rectangle view = scroller.getClientArea();
				Rectangle box = control.getDisplay().map(control.getParent(), scroller, control.getBounds());
				assertTrue(box.y >= 0 && box.y + box.height <= view.height && box.x >= 0
						&& box.x + box.width <= view.width, control.getData(WidgetIds.KEY) + " at " + box
								+ " is in sight of the form " + view);
				return;
			}
		}
	}

	private static ScrolledComposite scroller(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof ScrolledComposite s) {
				return s;
			}
			if (child instanceof Composite c && scroller(c) != null) {
				return scroller(c);
			}
		}
		return null;
	}

	private static Control firstInput(Composite composite) {
		for (Control child : composite.getChildren()) {
			if ((child instanceof Text t && t.getEditable() || child instanceof Combo) && child.isVisible()) {
				return child;
			}
			if (child instanceof Composite c && !(child instanceof Combo) && child.isVisible()) {
				Control found = firstInput(c);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@AfterEach
	void removeCreated() throws Exception {
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
		ui.onUi(() -> {
			((WorklistPart) Workbench.part(WorklistPart.ID).getObject()).refresh();
			return null;
		});
	}

	@Test
	void everyCommandLeavesTheCaretWhereTheUserTypesNext() throws Exception {
		var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.tumor").orElseThrow();
		var before = session().store().list().stream().map(ReportSummary::id).toList();
		Text filter = ui.get(WorklistPart.ID + ".filter", Text.class);

		// Ctrl+N from the worklist: the caret goes into the new report's header (its first empty required field)
		ui.focus(filter);
		Workbench.answerDialog(ui, "New report", template.label());
		ui.press('n', SWT.MOD1);
		ui.waitUntil("the new report", WAIT,
				() -> session().report().map(r -> !before.contains(r.getId())).orElse(false));
		created.add(session().report().orElseThrow().getId());
		activate();
		Composite form = (Composite) scroller(ui.get(ReportPart.ID, Composite.class)).getContent();
		ui.waitUntil("the caret in the new report's header (it is in " + focusId() + ")", WAIT, () -> {
			Control focus = Display.getCurrent().getFocusControl();
			return focus != null && focus == ui.get("org.spinerad.ui.report.header.patient.name", Control.class);
		});
		// the findings start with the first region's statement
		ui.focus(firstInput(form));
		Region marrow = Reports.region(session().report().orElseThrow(), RegionKind.BONE_MARROW).orElseThrow();

		// Ctrl+Shift+A: a new finding in the region of the caret, the caret in its level
		ui.press('a', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the new finding", WAIT, () -> marrow.getFindings().size() == 1);
		String f = FORM + "finding." + marrow.getFindings().get(0).getId() + ".";
		awaitFocus(f + "from");
		ui.type(ui.get(f + "from", Text.class), "T6");

		// Tab follows the visible layout: level to level, and past fields that do not apply
		ui.press(SWT.TAB, 0);
		awaitFocus(f + "to");
		ui.focus(ui.get(f + "t1", Combo.class));
		ui.press(SWT.TAB, 0);
		awaitFocus(f + "t2");

		// a new impression item: the caret in its text, scrolled into sight
		int items = session().report().orElseThrow().getImpression().size();
		ui.click(ui.get(FORM + "impression.add", Button.class));
		awaitFocus(FORM + "impression." + (items + 1));

		// Ctrl+L takes one press, also from the worklist
		ui.focus(filter);
		ui.press('l', SWT.MOD1);
		Text level = ui.get(ReportPart.ID + ".level", Text.class);
		ui.waitUntil("the level field to have the caret", WAIT, level::isFocusControl);
		ui.flush();
		assertTrue(level.isFocusControl(), "the level field keeps the caret after one Ctrl+L");

		// copy to another level: the question, then the caret in the copy's level; Ctrl+Z takes it back
		ui.focus(ui.get(f + "from", Text.class));
		Workbench.answerInput(ui, CopyQuestion.TITLE, "T8");
		ui.press('c', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the copy", WAIT, () -> marrow.getFindings().size() == 2);
		var copy = marrow.getFindings().get(1);
		assertEquals(SpineLevel.valueOf("T8"), copy.getFrom());
		activate();
		awaitFocus(FORM + "finding." + copy.getId() + ".from");
		ui.press('z', SWT.MOD1);
		ui.waitUntil("Ctrl+Z to take the copy back", WAIT, () -> marrow.getFindings().size() == 1);

		// a question cancelled: the caret goes back where it was
		ui.focus(ui.get(f + "t2", Combo.class));
		StringBuilder asked = Workbench.answer(ui, CopyQuestion.TITLE, "Cancel", s -> {
		});
		ui.press('c', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the question", WAIT, () -> asked.length() > 0);
		activate();
		awaitFocus(f + "t2");
		assertTrue(asked.toString().contains("Patient:"), "the question names the patient: " + asked);

		// Delete: the finding goes, the caret to its region's statement
		ui.click(ui.get(f + "delete", Button.class));
		ui.waitUntil("the finding deleted", WAIT, () -> marrow.getFindings().isEmpty());
		awaitFocus(FORM + "region.bone_marrow.statement");
	}

	@Test
	void enterInTheWorklistOpensTheReportWithTheCaretInTheEditor() {
		session().close();
		Table table = ui.get(WorklistPart.ID + ".table", Table.class);
		ui.onUi(() -> {
			ui.get(WorklistPart.ID + ".filter", Text.class).setText("");
			return null;
		});
		ui.focus(table);
		String id = ui.onUi(() -> {
			TableItem item = table.getItem(0);
			table.setSelection(item);
			return ((ReportSummary) item.getData()).id();
		});
		ui.press(SWT.CR, 0);
		ui.waitUntil("the report to open", WAIT, () -> session().report().map(r -> r.getId().equals(id)).orElse(false));
		Composite part = ui.get(ReportPart.ID, Composite.class);
		ui.waitUntil("the caret in the editor (it is in " + focusId() + ")", WAIT, () -> {
			for (Control c = Display.getCurrent().getFocusControl(); c != null; c = c.getParent()) {
				if (c == part) {
					return true;
				}
			}
			return false;
		});
		session().close();
	}
}
