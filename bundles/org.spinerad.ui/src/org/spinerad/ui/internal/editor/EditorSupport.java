package org.spinerad.ui.internal.editor;


import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.ui.WidgetIds;

/**
 * Builds the structured form of a report from its template's form definition:
 * one section per region (normal statement, normal ranges, remark, findings
 * with their fields and pick lists), then impression and recommendations.
 * Every control is bound through the {@link Binder}; structure changes (add,
 * delete) go through {@link ReportEdits}, focus movement through
 * {@link FormFocus}. Showing the form never changes the report.
 */
public final class EditorSupport {

	static final String ID = "org.spinerad.ui.report";
	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private final Composite body;
	private final Report report;
	private final FormDefinition form;
	private final Binder binder;
	private final EditingDomain domain;
	private final boolean editable;
	private final ReportEdits edits;
	private final FormFocus focus;
	private Group impression;
	private final Host host;
	private final java.util.List<FindingForm> findings = new java.util.ArrayList<>();
	/** The findings whose fields are shown; kept by the part across rebuilds of the same report. */
	private final java.util.Set<Finding> expanded;

	/** What the form asks of the part that shows it. */
	public interface Host {
		/** Focuses the control of a feature of an object once the form shows it (after a structure change). */
		void focusLater(EObject object, EStructuralFeature feature);

		/** Lays the form out again: fields were shown or hidden. */
		void relayout();
	}

	/**
	 * @param expanded the findings whose fields show (the others show one line until expanded); findings the user
	 *                 or a command expands are added
	 */
	public EditorSupport(Composite body, Report report, EditingDomain domain, FormDefinition form, boolean editable,
			Host host, java.util.Set<Finding> expanded) {
		this.host = host;
		this.expanded = expanded;
		this.body = body;
		this.report = report;
		this.form = form;
		this.editable = editable;
		this.binder = new Binder(domain);
		this.domain = domain;
		binder.setReadOnly(!editable);
		this.edits = new ReportEdits(report, domain, form,
				region -> NormalQuestion.removeFindings(body.getShell(), report, region));
		this.focus = new FormFocus(body, report, binder, this::expand);
	}

	public Binder binder() {
		return binder;
	}

	public void build() {
		for (RegionForm regionForm : form.regions()) {
			Region region = Reports.region(report, regionForm.kind()).orElse(null);
			if (region != null) {
				region(regionForm, region);
			}
		}
		impression();
	}

	private void region(RegionForm regionForm, Region region) {
		String kind = region.getKind().getLiteral();
		Group group = WidgetIds.tag(new Group(body, SWT.NONE), ID + ".region." + kind);
		group.setText(regionForm.label());
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		focus.region(group, region.getKind());

		Button normal = binder.check(WidgetIds.tag(new Button(group, SWT.CHECK), ID + ".region." + kind + ".normal"),
				region, P.getRegion_Normal(), ticked -> edits.setNormal(region, ticked));
		normal.setText("Normal");
		normal.setToolTipText("Ctrl+Shift+N fills the template's normal statement: " + regionForm.normalStatement()
				+ ". A normal region has no findings; adding one removes the normal statement.");
		Text statement = binder.text(WidgetIds.tag(new Text(group, SWT.BORDER), ID + ".region." + kind + ".statement"),
				region, P.getRegion_Statement());
		statement.setMessage("Statement (Ctrl+Shift+N: normal)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(10, SWT.DEFAULT).applyTo(statement);
		Button addRange = WidgetIds.tag(new Button(group, SWT.PUSH), ID + ".region." + kind + ".normalRange.add");
		String rangeLabel = Vocabulary.label(P.getNormalRange());
		int key = rangeLabel.lastIndexOf('g');
		addRange.setText(key < 0 ? rangeLabel : rangeLabel.substring(0, key) + "&" + rangeLabel.substring(key));
		addRange.setToolTipText("Add a " + Vocabulary.label(P.getNormalRange()).toLowerCase(java.util.Locale.ROOT)
				+ ": the region stated normal over levels, e.g. marrow normal from C2 to L1");
		addRange.setEnabled(editable);
		addRange.addListener(SWT.Selection,
				e -> host.focusLater(edits.addNormalRange(region), P.getLocated_From()));
		NormalRanges.build(group, region, binder, domain, edits, editable, ID + ".region." + kind,
				() -> host.focusLater(region, P.getRegion_Statement()));

		for (Finding finding : region.getFindings()) {
			finding(group, regionForm, finding);
		}

		Label remarkLabel = new Label(group, SWT.NONE);
		remarkLabel.setText("Remark");
		Text remark = binder.text(WidgetIds.tag(new Text(group, SWT.BORDER), ID + ".region." + kind + ".remark"), region,
				P.getRegion_Remark());
		remark.setMessage("Free-text remark on this region (kept verbatim)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(10, SWT.DEFAULT).applyTo(remark);
		Button add = WidgetIds.tag(new Button(group, SWT.PUSH), ID + ".region." + kind + ".add");
		add.setText("&Add finding");
		add.setEnabled(editable);
		add.addListener(SWT.Selection, e -> host.focusLater(edits.addFinding(region), P.getLocated_From()));
	}

	private void finding(Composite parent, RegionForm regionForm, Finding finding) {
		Region region = (Region) finding.eContainer();
		findings.add(new FindingForm(parent, regionForm, finding, binder, () -> {
			edits.delete(finding);
			host.focusLater(region, P.getRegion_Statement());
		}, editable, host::relayout, edits, host::focusLater, expanded.contains(finding), () -> {
			expanded.add(finding);
			host.relayout();
		}));
	}

	/**
	 * Shows the fields of a finding that shows one line, and lays the form out again.
	 *
	 * @return whether the finding is on the form
	 */
	boolean expand(Finding finding) {
		for (FindingForm form : findings) {
			if (form.finding() == finding) {
				expanded.add(finding);
				if (form.expand()) {
					host.relayout();
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * Fits the findings' fields to the width of the Report column.
	 *
	 * @return whether any finding changed its columns
	 */
	public boolean fit(int width) {
		boolean changed = false;
		for (FindingForm finding : findings) {
			changed |= finding.fit(width);
		}
		return changed;
	}

	private void impression() {
		impression = WidgetIds.tag(new Group(body, SWT.NONE), ID + ".impression");
		impression.setText("Impression (most critical first)");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(impression);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(impression);
		impressionItems(impression);
	}

	/**
	 * Shows the impression items again after items were added, removed or
	 * reordered (by the radiologist or by the drafted impression), leaving the
	 * findings' controls, and a caret in them, untouched.
	 */
	public void rebuildImpression() {
		if (impression == null || impression.isDisposed()) {
			return;
		}
		for (org.eclipse.swt.widgets.Control child : impression.getChildren()) {
			child.dispose();
		}
		impressionItems(impression);
	}

	private void impressionItems(Group group) {
		int n = 1;
		for (ImpressionItem item : report.getImpression()) {
			Label number = new Label(group, SWT.NONE);
			number.setText(n + ".");
			Text text = binder.text(WidgetIds.tag(new Text(group, SWT.BORDER), ID + ".impression." + n), item,
					P.getImpressionItem_Text());
			GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(text);
			ImpressionMarks.show(number, text, item, n);
			Button critical = binder.check(WidgetIds.tag(new Button(group, SWT.CHECK), ID + ".impression." + n + ".critical"),
					item, P.getImpressionItem_Critical());
			critical.setText("Critical");
			Button delete = new Button(group, SWT.PUSH);
			delete.setText("Delete");
			delete.setEnabled(editable);
			delete.addListener(SWT.Selection, e -> edits.delete(item));
			n++;
		}
		Button add = WidgetIds.tag(new Button(group, SWT.PUSH), ID + ".impression.add");
		add.setText("Add &impression item");
		add.setEnabled(editable);
		add.addListener(SWT.Selection, e -> host.focusLater(edits.addImpressionItem(), P.getImpressionItem_Text()));
		GridDataFactory.fillDefaults().span(4, 1).applyTo(add);
	}

	/** @return the structural edits of this report (commands) */
	public ReportEdits edits() {
		return edits;
	}

	/** @return focus movement through this form */
	public FormFocus focus() {
		return focus;
	}

	public void dispose() {
		findings.forEach(FindingForm::dispose);
		findings.clear();
		binder.dispose();
	}
}
