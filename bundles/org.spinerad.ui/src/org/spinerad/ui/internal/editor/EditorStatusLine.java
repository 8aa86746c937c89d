package org.spinerad.ui.internal.editor;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.Report;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.session.ReportSession;

/**
 * The editor's status line: the report's status, whether it is saved (and how
 * long ago its draft was autosaved), and why it is read-only when it is. It
 * refreshes itself every second and on {@link #update()}.
 */
public final class EditorStatusLine {

	private final ReportSession session;
	private final Label label;

	public EditorStatusLine(Composite parent, String id, ReportSession session) {
		this.session = session;
		label = WidgetIds.tag(new Label(parent, SWT.NONE), id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		Display.getCurrent().timerExec(1000, this::tick);
	}

	/** Shows a message until the next refresh. */
	public void show(String message) {
		label.setText(message);
	}

	private void tick() {
		if (label.isDisposed()) {
			return;
		}
		update();
		Display.getCurrent().timerExec(1000, this::tick);
	}

	/** Shows the current state of the open report. */
	public void update() {
		if (label.isDisposed()) {
			return;
		}
		Report report = session.report().orElse(null);
		if (report == null) {
			label.setText("");
			return;
		}
		long autosave = session.lastAutosave();
		String saved = session.isDirty()
				? "Unsaved changes" + (autosave == 0 ? "" : "; draft autosaved "
						+ (System.nanoTime() - autosave) / 1_000_000_000L + " s ago")
				: "Saved";
		label.setText(report.getStatus().getLiteral().toUpperCase(Locale.ROOT) + " - " + saved
				+ (session.isEditable() ? ""
						: session.blockedBy().map(c -> " - " + c.describe() + ", read-only")
								.orElse(" - signed, read-only (add an addendum to amend)")));
	}
}
