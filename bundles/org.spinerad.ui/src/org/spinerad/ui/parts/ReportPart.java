package org.spinerad.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.spinerad.ui.WidgetIds;

/** The structured report editor. A placeholder until the report model lands. */
public class ReportPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.report";

	private Label message;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(parent);
		message = WidgetIds.tag(new Label(parent, SWT.WRAP), ID + ".empty");
		message.setText("No report open. Open a study from the worklist to start reporting.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(message);
	}

	@Focus
	public void setFocus() {
		message.setFocus();
	}
}
