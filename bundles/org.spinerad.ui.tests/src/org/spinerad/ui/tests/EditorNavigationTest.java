package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.editor.SpineNavigator;
import org.spinerad.ui.session.ReportSession;

/** Typing a level selects it in the spine navigator and jumps to its finding; a problem jumps to its field. */
class EditorNavigationTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	private Object focusId() {
		Control focus = Display.getCurrent().getFocusControl();
		return focus == null ? null : focus.getData(WidgetIds.KEY);
	}

	@Test
	void typedLevelAndProblemsJumpToTheirFields() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		session.open("case-INF-01");
		FindingForms.expand(ui, "F1");

		ui.focus(ui.get("org.spinerad.ui.report.finding.F1.from", Text.class));
		ui.press('l', SWT.MOD1);
		Text level = ui.get("org.spinerad.ui.part.report.level", Text.class);
		ui.waitUntil("the level field to have the focus", WAIT, level::isFocusControl);
		ui.type(level, "L3-L4");
		ui.press(SWT.CR, 0);
		ui.waitUntil("the first finding at L3-L4 to get the focus", WAIT,
				() -> "org.spinerad.ui.report.finding.F1.from".equals(focusId()));
		SpineNavigator navigator = ui.get("org.spinerad.ui.part.report.navigator", SpineNavigator.class);
		assertEquals(SpineLevel.valueOf("L3-L4"), navigator.selection());

		// a negative thickness is an error in the problems list; Enter on it jumps back to the field
		FindingForms.expand(ui, "F3");
		Text thickness = ui.get("org.spinerad.ui.report.finding.F3.maxThicknessMm", Text.class);
		ui.type(thickness, "-2");
		Table problems = ui.get("org.spinerad.ui.part.problems.table", Table.class);
		ui.waitUntil("the problem to be listed", WAIT, () -> problems.getItemCount() > 0
				&& problems.getItem(0).getText(1).contains("finding F3") && problems.getItem(0).getText(0).equals("error"));
		ui.focus(problems);
		problems.select(0);
		ui.press(SWT.CR, 0);
		ui.waitUntil("the thickness field to get the focus", WAIT,
				() -> "org.spinerad.ui.report.finding.F3.maxThicknessMm".equals(focusId()));
		session.close();
	}
}
