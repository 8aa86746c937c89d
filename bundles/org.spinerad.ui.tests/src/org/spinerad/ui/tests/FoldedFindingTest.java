package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * A report opens with each finding as one line; its fields are built when the
 * caret reaches it: Tab onto the line, or a jump to its level (Ctrl+L).
 */
class FoldedFindingTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String FINDING = FindingForms.FORM;
	private final Ui ui = Ui.of(Display.getCurrent());

	private static Object focusId() {
		Control focus = Display.getCurrent().getFocusControl();
		return focus == null ? null : focus.getData(WidgetIds.KEY);
	}

	private void awaitFocus(String id) {
		ui.waitUntil("the caret in " + id + " (it is in " + focusId() + ")", WAIT, () -> id.equals(focusId()));
	}

	@AfterEach
	void close() {
		Workbench.service(ReportSession.class).close();
	}

	@Test
	void aFindingShowsOneLineUntilTheCaretReachesIt() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		session.close();
		session.open("case-INF-01");
		Workbench.showReport();
		ui.onUi(() -> {
			ui.get(ReportPart.ID, Composite.class).getShell().forceActive();
			return null;
		});
		ui.waitUntil("finding F1 as one line", WAIT, () -> ui.find(FINDING + "F1.show").isPresent());
		assertFalse(ui.find(FINDING + "F1.from").isPresent(), "no fields before the finding is expanded");
		assertFalse(ui.find(FINDING + "F3.maxThicknessMm").isPresent());
		String line = ui.onUi(() -> ui.get(FINDING + "F1.show", Button.class).getText());
		assertTrue(line.contains("L3") && line.contains("infectious"), line);
		ui.onUi(() -> { // the folded lines in view for the screenshot, below the header and decision support
			Button first = ui.get(FINDING + "F1.show", Button.class);
			for (Composite c = first.getParent(); c != null; c = c.getParent()) {
				if (c instanceof ScrolledComposite scroller) {
					Point at = scroller.getContent().toControl(first.toDisplay(0, 0));
					scroller.setOrigin(0, Math.max(0, at.y - 60)); // the first line near the top, more below it
					break;
				}
			}
			return null;
		});
		ui.flush();
		ui.screenshot(ui.get(ReportPart.ID, Composite.class).getShell(), Screenshots.file("folded-findings"));

		// Tab from the finding's Delete onto its line: the fields show, the caret in its level
		ui.focus(ui.get(FINDING + "F1.delete", Button.class));
		ui.press(SWT.TAB, 0);
		awaitFocus(FINDING + "F1.from");
		assertFalse(ui.find(FINDING + "F1.show").isPresent(), "the line gives way to the fields");
		assertTrue(ui.onUi(() -> ui.get(FINDING + "F1.from", Text.class).isVisible()));

		// Ctrl+L to a level only a folded finding covers: its fields show with the caret in its level
		ui.press('l', SWT.MOD1);
		Text level = ui.get(ReportPart.ID + ".level", Text.class);
		ui.waitUntil("the level field to have the caret", WAIT, level::isFocusControl);
		ui.type(level, "L2");
		ui.press(SWT.CR, 0);
		awaitFocus(FINDING + "F3.from");
		assertTrue(ui.find(FINDING + "F3.maxThicknessMm").isPresent());
		assertTrue(ui.find(FINDING + "F4.show").isPresent(), "the other findings stay folded");
	}
}
