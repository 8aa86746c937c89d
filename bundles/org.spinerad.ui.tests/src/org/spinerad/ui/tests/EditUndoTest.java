package org.spinerad.ui.tests;

import java.time.Duration;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.query.Reports;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.session.ReportSession;

/** Undo and redo go by edit: what was typed into one field is taken back with one Ctrl+Z. */
class EditUndoTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void oneUndoTakesBackWhatWasTypedIntoAField() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		session.close();
		session.open("case-INF-02");
		Workbench.showReport();
		Region marrow = Reports.region(session.report().orElseThrow(), RegionKind.BONE_MARROW).orElseThrow();
		String before = marrow.getRemark();
		Text remark = ui.get("org.spinerad.ui.report.region.bone_marrow.remark", Text.class);

		ui.type(remark, "no fatty replacement");
		ui.waitUntil("the typing in the model", WAIT,
				() -> marrow.getRemark() != null && marrow.getRemark().endsWith("no fatty replacement"));
		String typed = marrow.getRemark();

		ui.press('z', SWT.MOD1);
		ui.waitUntil("one Ctrl+Z to take back the whole typing (remark now '" + marrow.getRemark() + "')", WAIT,
				() -> Objects.equals(before, marrow.getRemark()));
		ui.press('y', SWT.MOD1);
		ui.waitUntil("one Ctrl+Y to bring it back (remark now '" + marrow.getRemark() + "')", WAIT,
				() -> typed.equals(marrow.getRemark()));
		session.close();
	}
}
