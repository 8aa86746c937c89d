package org.spinerad.ui.tests;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.testsupport.Ui;

/**
 * The workstation's main window at a fixed size for a test (e.g. the 1280×800
 * a reading-room screen must work at), and back to its size and maximized
 * state afterwards, so that the classes after the test see the window as the
 * product starts it.
 */
final class MainWindow {

	private static final String TITLE = "Spine MRI Reporting";

	private final Ui ui;
	private Rectangle bounds;
	private boolean maximized;

	MainWindow(Ui ui) {
		this.ui = ui;
	}

	/** Sizes the window (remembering how it was the first time) and activates it; @return the window */
	Shell resize(int width, int height) {
		Shell window = ui.shell(TITLE);
		ui.onUi(() -> {
			if (bounds == null) {
				bounds = window.getBounds();
				maximized = window.getMaximized();
			}
			window.setMaximized(false);
			window.setBounds(0, 0, width, height);
			window.layout(true, true);
			window.forceActive();
			return null;
		});
		return window;
	}

	/** Gives the window back the size and maximized state it had before {@link #resize}, if that was called. */
	void restore() {
		if (bounds == null) {
			return;
		}
		Shell window = ui.shell(TITLE);
		ui.onUi(() -> {
			window.setBounds(bounds);
			window.setMaximized(maximized);
			return null;
		});
		bounds = null;
		ui.flush();
	}
}
