package org.spinerad.ui.tests;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.ReportPart;

/** Access to the running workstation for UI tests. */
final class Workbench {

	private Workbench() {
	}

	static MApplication application() {
		BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		return context.getService(context.getServiceReference(IWorkbench.class)).getApplication();
	}

	static <T> T service(Class<T> type) {
		if (type == EPartService.class && !application().getChildren().isEmpty()) {
			// the part service of the main window, whichever context is active (a dialog just closed, no window manager)
			return application().getChildren().get(0).getContext().get(type);
		}
		return application().getContext().get(type);
	}

	/** Brings the report editor to the front with the keyboard, for the report the session has open. */
	static EPartService showReport() {
		EPartService parts = service(EPartService.class);
		parts.activate(parts.findPart(ReportPart.ID), true);
		return parts;
	}

	static MPart part(String id) {
		return (MPart) application().getContext().get(EModelService.class).find(id, application());
	}

	/**
	 * When a dialog with this title opens (in its own event loop), presses the
	 * button with this label. Returns at once; the press happens later.
	 */
	static void answerDialog(Ui ui, String title, String button) {
		answer(ui, title, button, shell -> {
		});
	}

	/**
	 * When a question with this title opens (in its own event loop), enters the
	 * text in its field and presses OK. Returns at once; the answer comes later.
	 */
	static void answerInput(Ui ui, String title, String text) {
		answer(ui, title, "OK", shell -> ui.all(shell, org.eclipse.swt.widgets.Text.class).get(0).setText(text));
	}

	/**
	 * When a dialog with this title opens (in its own event loop), lets
	 * {@code fill} fill it in and presses the button with this label. Returns at
	 * once; the answer comes later.
	 *
	 * @return the text of the dialog's labels, filled in once it was answered
	 */
	static StringBuilder answer(Ui ui, String title, String button, java.util.function.Consumer<Shell> fill) {
		StringBuilder seen = new StringBuilder();
		Display display = ui.display();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 20_000;
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().equals(title)) {
					for (Button b : ui.all(shell, Button.class)) {
						if (b.getText().replace("&", "").equals(button)) {
							ui.all(shell, org.eclipse.swt.widgets.Label.class)
									.forEach(l -> seen.append(l.getText()).append('\n'));
							fill.accept(shell);
							b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
							return;
						}
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		return seen;
	}
}
