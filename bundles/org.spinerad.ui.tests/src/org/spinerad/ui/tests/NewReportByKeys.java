package org.spinerad.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Report;
import org.spinerad.store.ReportSummary;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.ReportStarter;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.parts.WorklistPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Starts reports as a radiologist does with the keyboard alone (Ctrl+N from
 * the worklist, the template chosen with Tab and Space in the question) and
 * removes them again after the test.
 */
final class NewReportByKeys {

	private final Ui ui;
	private final Keyboard keys;
	private final Duration wait;
	private final List<String> created = new ArrayList<>();

	NewReportByKeys(Ui ui, Keyboard keys, Duration wait) {
		this.ui = ui;
		this.keys = keys;
		this.wait = wait;
	}

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	/**
	 * @param activate makes the main window active once the report is open, as
	 *                 the caller's test does it (no window manager under Xvfb)
	 * @return the new report, with the caret inside the report editor
	 */
	Report start(TemplateProvider template, Runnable activate) throws Exception {
		session().close();
		var before = session().store().list().stream().map(ReportSummary::id).toList();
		ui.focus(ui.get(WorklistPart.ID + ".filter", Text.class));
		chooseTemplate(template.label());
		keys.press('n', SWT.MOD1);
		ui.waitUntil("the new report", wait,
				() -> session().report().map(r -> !before.contains(r.getId())).orElse(false));
		Report report = session().report().orElseThrow();
		created.add(report.getId());
		activate.run();
		Composite part = ui.get(ReportPart.ID, Composite.class);
		ui.waitUntil("the caret in the new report", wait, () -> inside(keys.focus(), part));
		return report;
	}

	/** Closes the report and deletes every report started here. */
	void removeCreated() throws Exception {
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
		created.clear();
		ui.onUi(() -> {
			((WorklistPart) Workbench.part(WorklistPart.ID).getObject()).refresh();
			return null;
		});
	}

	/** When the template question opens, Tab to the template's button, then Space. */
	private void chooseTemplate(String label) {
		Display display = ui.display();
		long deadline = System.currentTimeMillis() + wait.toMillis();
		Control[] last = { null };
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (s.isVisible() && s.getText().equals(ReportStarter.TITLE)) {
					Control focus = display.getFocusControl();
					if (focus != null && focus != last[0] && focus.getShell() == s) {
						last[0] = focus;
						if (focus instanceof Button b && b.getText().replace("&", "").equals(label)) {
							keys.postLater(' ');
							return;
						}
						keys.postLater(SWT.TAB);
					} else if (focus == null || focus.getShell() != s) {
						s.forceActive();
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(20, poll[0]);
			}
		};
		display.timerExec(20, poll[0]);
	}

	/** @return whether the control is the parent or inside it */
	private static boolean inside(Control control, Composite parent) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == parent) {
				return true;
			}
		}
		return false;
	}
}
