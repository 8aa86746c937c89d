package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.PreviewPart;
import org.spinerad.ui.session.ReportSession;

/**
 * The live preview: every keystroke reaches the text without a fixed pause
 * (shown here by order, not by time: the newest state always wins), and the
 * HTML browser is created only when its tab is shown.
 */
class PreviewTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	@AfterEach
	void closeWithoutSaving() {
		session().close();
	}

	@Test
	void theTextFollowsEveryKeystrokeAndTheBrowserStartsWithItsTab() throws Exception {
		session().close();
		session().open("case-TUM-02");
		StyledText text = ui.get(PreviewPart.ID + ".text", StyledText.class);
		ui.waitUntil("the first render", WAIT, () -> text.getText().contains("IMPRESSION"));
		assertFalse(ui.find(PreviewPart.ID + ".html").isPresent(), "no browser (WebKit) before the HTML tab is shown");

		Text remark = ui.get("org.spinerad.ui.report.region.epidural.remark", Text.class);
		ui.type(remark, "Typed quickly");
		String typed = remark.getText().strip();
		String expected = typed.endsWith(".") ? typed : typed + ".";
		ui.waitUntil("the newest text in the preview", WAIT, () -> text.getText().contains(expected));
		ui.flush();
		assertTrue(text.getText().contains(expected), "an older state never replaces the newest one");

		CTabFolder tabs = ui.get(PreviewPart.ID + ".tabs", CTabFolder.class);
		ui.onUi(() -> {
			tabs.setSelection(1);
			tabs.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
			return null;
		});
		ui.waitUntil("the browser of the HTML tab", WAIT, () -> ui.find(PreviewPart.ID + ".html").isPresent());
		assertTrue(tabs.getItem(1).getControl() != null);
		ui.onUi(() -> {
			tabs.setSelection(0);
			tabs.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
			return null;
		});
	}
}
