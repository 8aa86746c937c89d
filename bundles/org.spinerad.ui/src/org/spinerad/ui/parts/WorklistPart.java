package org.spinerad.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.ui.WidgetIds;

/** The worklist: studies and reports to work on. A placeholder until the report store lands. */
public class WorklistPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.worklist";

	private Text filter;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH), ID + ".filter");
		filter.setMessage("Filter by patient, accession or status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		Label empty = WidgetIds.tag(new Label(parent, SWT.WRAP), ID + ".empty");
		empty.setText("No studies yet. Studies to report will be listed here.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(empty);
	}

	@Focus
	public void setFocus() {
		filter.setFocus();
	}
}
