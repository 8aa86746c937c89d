package org.spinerad.ui.internal.editor;


import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.StandardForms;
import org.spinerad.ui.WidgetIds;

/**
 * Builds the structured form of a report from its template's form definition:
 * one section per region (normal statement, remark, findings with their fields
 * and pick lists), then impression and recommendations. Every control is bound
 * through the {@link Binder}; structure changes (add, delete) go through
 * {@link ReportEdits}, focus movement through {@link FormFocus}. Showing the form
 * never changes the report.
 */
public final class EditorSupport {

	static final String ID = "org.spinerad.ui.report";
	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private final Composite body;
	private final Report report;
	private final FormDefinition form;
	private final Binder binder;
	private final boolean editable;
	private final ReportEdits edits;
	private final FormFocus focus;

	public EditorSupport(Composite body, Report report, EditingDomain domain, FormDefinition form, boolean editable) {
		this.body = body;
		this.report = report;
		this.form = form;
		this.editable = editable;
		this.binder = new Binder(domain);
		binder.setReadOnly(!editable);
		this.edits = new ReportEdits(report, domain, form,
				region -> NormalQuestion.removeFindings(body.getShell(), report, region));
		this.focus = new FormFocus(body, report, binder);
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
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(statement);

		for (Finding finding : region.getFindings()) {
			finding(group, regionForm, finding);
		}

		Label remarkLabel = new Label(group, SWT.NONE);
		remarkLabel.setText("Remark");
		Text remark = binder.text(WidgetIds.tag(new Text(group, SWT.BORDER), ID + ".region." + kind + ".remark"), region,
				P.getRegion_Remark());
		remark.setMessage("Free-text remark on this region (kept verbatim)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(remark);
		Button add = WidgetIds.tag(new Button(group, SWT.PUSH), ID + ".region." + kind + ".add");
		add.setText("&Add finding");
		add.setEnabled(editable);
		add.addListener(SWT.Selection, e -> edits.addFinding(region));
	}

	private void finding(Composite parent, RegionForm regionForm, Finding finding) {
		String id = finding.getId() == null ? "new" : finding.getId();
		Composite box = WidgetIds.tag(new Composite(parent, SWT.BORDER), ID + ".finding." + id);
		GridLayoutFactory.swtDefaults().numColumns(6).margins(4, 4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(box);
		Label title = new Label(box, SWT.NONE);
		title.setText("Finding " + id);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(5, 1).applyTo(title);
		Button delete = WidgetIds.tag(new Button(box, SWT.PUSH), ID + ".finding." + id + ".delete");
		delete.setText("Delete");
		delete.setEnabled(editable);
		delete.addListener(SWT.Selection, e -> edits.delete(finding));
		// a finding without enhancement gets one with the first edit of its fields, as a command
		EObject enhancement = finding.getEnhancement() != null ? finding.getEnhancement()
				: binder.attachOnEdit(finding, P.getFinding_Enhancement(), ReportFactory.eINSTANCE.createEnhancement());
		for (FieldSpec field : regionForm.fields()) {
			field(box, finding, enhancement, field, id);
		}
	}

	private void field(Composite box, Finding finding, EObject enhancement, FieldSpec field, String findingId) {
		EClass type = finding.eClass();
		EStructuralFeature feature = StandardForms.feature(type, field.feature());
		if (!(feature instanceof EAttribute attribute)) {
			return;
		}
		EObject owner = field.feature().startsWith("enhancement.") ? enhancement : finding;
		Label label = new Label(box, SWT.NONE);
		label.setText(field.label() + (field.required() ? " *" : ""));
		label.setToolTipText(field.help());
		String widgetId = ID + ".finding." + findingId + "." + field.feature();
		Control control;
		Class<?> instance = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum) {
			control = binder.combo(WidgetIds.tag(new Combo(box, SWT.READ_ONLY), widgetId), owner, attribute,
					field.choices());
		} else if (instance == boolean.class) {
			Button check = binder.check(WidgetIds.tag(new Button(box, SWT.CHECK), widgetId), owner, attribute);
			control = check;
		} else if (instance == Boolean.class) {
			control = binder.yesNo(WidgetIds.tag(new Combo(box, SWT.READ_ONLY), widgetId), owner, attribute);
		} else {
			Text text = binder.text(WidgetIds.tag(new Text(box, SWT.BORDER), widgetId), owner, attribute);
			if (instance == SpineLevel.class) {
				text.setMessage("e.g. L4-L5");
			}
			control = text;
		}
		control.setToolTipText(field.help());
		boolean wide = field.feature().equals("remark") || field.feature().equals("description");
		GridDataFactory.fillDefaults().grab(wide, false).span(wide ? 5 : 1, 1).hint(wide ? SWT.DEFAULT : 110, SWT.DEFAULT)
				.applyTo(control);
	}

	private void impression() {
		Group group = WidgetIds.tag(new Group(body, SWT.NONE), ID + ".impression");
		group.setText("Impression (most critical first)");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		int n = 1;
		for (ImpressionItem item : report.getImpression()) {
			Label number = new Label(group, SWT.NONE);
			number.setText(n + ".");
			Text text = binder.text(WidgetIds.tag(new Text(group, SWT.BORDER), ID + ".impression." + n), item,
					P.getImpressionItem_Text());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
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
		add.addListener(SWT.Selection, e -> edits.addImpressionItem());
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
		binder.dispose();
	}
}
