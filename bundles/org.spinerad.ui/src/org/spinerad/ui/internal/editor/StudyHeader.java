package org.spinerad.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.Report;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Rules;
import org.spinerad.model.validation.Validation;
import org.spinerad.ui.WidgetIds;

/**
 * The study and clinical header at the top of the report editor: one summary
 * line (patient, accession, exam, contrast, template) and, below it, the
 * header's fields, editable by keyboard and undoable like every other edit.
 * The fields collapse to the summary line (the button before it, or Space on
 * it); a report whose required header fields are empty opens with them shown.
 * The fields are built the first time they show.
 */
public final class StudyHeader {

	/** Id of the button that shows or hides the fields. */
	public static final String TOGGLE_ID = HeaderFields.ID + ".toggle";
	/** Id of the composite that holds the fields. */
	public static final String FIELDS_ID = HeaderFields.ID + ".fields";

	private final Composite root;
	private final Button toggle;
	private final Label summary;
	private Composite grid;
	private Binder binder;
	private HeaderFields fields;
	private Report report;
	private EditingDomain domain;
	private boolean editable;
	private String template;
	/** The user's last choice; a report with missing header fields shows them anyway. */
	private boolean wantExpanded;
	private boolean expanded;

	/**
	 * @param parent    where the header goes (a grid layout)
	 * @param summaryId the id of the summary line
	 */
	public StudyHeader(Composite parent, String summaryId) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 2).applyTo(root);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		toggle = WidgetIds.tag(new Button(root, SWT.PUSH | SWT.FLAT), TOGGLE_ID);
		toggle.addListener(SWT.Selection, e -> setExpanded(!expanded, true));
		// one line whatever the width: what does not fit ends in an ellipsis, the whole line is its tool tip
		summary = WidgetIds.tag(new Label(root, SWT.NONE), summaryId);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT)
				.applyTo(summary);
		summary.addListener(SWT.Resize, e -> SummaryLine.fit(summary));
		SummaryLine.readWhole(summary);
		apply(false);
	}

	/** @return the header's root control */
	public Control control() {
		return root;
	}

	/**
	 * Shows a report (or none). The fields are built again only when the report,
	 * its editability or one of its header parts changed, so typing in the
	 * header never loses the focus.
	 *
	 * @param template the template's label and version, for the summary line
	 */
	public void show(Report report, EditingDomain domain, String template, boolean editable) {
		this.template = template;
		boolean same = report == this.report && domain == this.domain && editable == this.editable && binder != null
				&& (fields == null || fields.current());
		this.report = report;
		this.domain = domain;
		this.editable = editable;
		if (!same) {
			disposeFields();
			if (report != null && domain != null) {
				binder = new Binder(domain);
				binder.setReadOnly(!editable);
				grid = WidgetIds.tag(new Composite(root, SWT.NONE), FIELDS_ID);
				GridLayoutFactory.fillDefaults().spacing(6, 3).applyTo(grid);
				GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(grid);
				// the fields are built when first shown: a complete header stays one line, and opens at once
				apply(wantExpanded || editable && !missing().isEmpty());
			}
		}
		refresh();
	}

	/** Builds the fields into their grid, once per report. */
	private void buildFields() {
		if (fields == null && grid != null && !grid.isDisposed()) {
			fields = new HeaderFields(grid, binder, report);
			fields.build();
		}
	}

	/** Updates the summary line after an edit. */
	public void refresh() {
		if (summary.isDisposed()) {
			return;
		}
		SummaryLine.show(summary, report == null
				? "No report open. Open a study from the worklist (Enter) to start reporting."
				: ContextHeader.header(report, template));
		toggle.setVisible(binder != null);
	}

	/** @return the header problems that block signing, in the header's order */
	public List<Problem> missing() {
		return report == null ? List.of()
				: Validation.validate(report, Phase.SIGNING).stream()
						.filter(p -> p.code().equals(Rules.HEADER_REQUIRED)).toList();
	}

	/**
	 * Focuses the first required field that is empty (a new report starts there).
	 *
	 * @return whether a field got the focus
	 */
	public boolean focusFirstMissing() {
		if (!editable || fields == null) {
			return false;
		}
		for (Problem problem : missing()) {
			if (reveal(problem.object(), problem.feature())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Shows and focuses the header field bound to a feature of an object (from
	 * the problems list).
	 *
	 * @return whether the header has that field
	 */
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (binder == null || object == null || !inHeader(object)) {
			return false;
		}
		buildFields();
		Control control = binder.control(object, feature);
		if (control == null && object == report && fields != null) {
			control = fields.firstOf(feature);
		}
		if (control == null || control.isDisposed()) {
			return false;
		}
		setExpanded(true, false);
		return control.setFocus();
	}

	/** @return whether an object is the report or one of its header parts (not a region, finding or impression) */
	private static boolean inHeader(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof org.spinerad.model.Region || o instanceof org.spinerad.model.ImpressionItem) {
				return false;
			}
		}
		return true;
	}

	/** @return whether the fields are shown */
	public boolean isExpanded() {
		return expanded;
	}

	/** Shows or hides the fields; a choice of the user is kept for the next report. */
	public void setExpanded(boolean expand, boolean byUser) {
		if (byUser) {
			wantExpanded = expand;
		}
		apply(expand);
		root.getParent().layout(true, true);
	}

	/** Shows or hides the fields (built the first time they show); the caller lays the part out. */
	private void apply(boolean expand) {
		expanded = expand;
		toggle.setText(expand ? "\u25BE Header" : "\u25B8 Header");
		toggle.setToolTipText(expand ? "Hide the study and clinical header (Space)" : "Show the study and clinical header (Space)");
		if (grid != null && !grid.isDisposed()) {
			if (expand) {
				buildFields();
			}
			((org.eclipse.swt.layout.GridData) grid.getLayoutData()).exclude = !expand;
			grid.setVisible(expand);
		}
	}

	private void disposeFields() {
		if (binder != null) {
			binder.dispose();
			binder = null;
		}
		if (grid != null) {
			grid.dispose();
			grid = null;
		}
		fields = null;
	}

	public void dispose() {
		disposeFields();
	}
}
