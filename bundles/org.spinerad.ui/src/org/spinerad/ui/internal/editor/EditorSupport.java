package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
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
import org.spinerad.model.Enhancement;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
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
 * through the {@link Binder}; structure changes (add, delete) are commands too.
 */
public final class EditorSupport {

	static final String ID = "org.spinerad.ui.report";
	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private final Composite body;
	private final Report report;
	private final EditingDomain domain;
	private final FormDefinition form;
	private final Binder binder;
	private final boolean editable;
	private final List<Group> regionGroups = new ArrayList<>();
	private final List<RegionKind> regionKinds = new ArrayList<>();

	public EditorSupport(Composite body, Report report, EditingDomain domain, FormDefinition form, boolean editable) {
		this.body = body;
		this.report = report;
		this.domain = domain;
		this.form = form;
		this.editable = editable;
		this.binder = new Binder(domain);
		binder.setReadOnly(!editable);
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
		regionGroups.add(group);
		regionKinds.add(region.getKind());

		Button normal = binder.check(WidgetIds.tag(new Button(group, SWT.CHECK), ID + ".region." + kind + ".normal"),
				region, P.getRegion_Normal());
		normal.setText("Normal");
		normal.setToolTipText("Ctrl+Shift+N fills the template's normal statement: " + regionForm.normalStatement());
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
		add.addListener(SWT.Selection, e -> addFinding(region));
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
		delete.addListener(SWT.Selection, e -> execute(DeleteCommand.create(domain, finding)));
		ensureEnhancement(finding);
		for (FieldSpec field : regionForm.fields()) {
			field(box, finding, field, id);
		}
	}

	/** Findings always carry an enhancement object so its fields can be bound. */
	private static void ensureEnhancement(Finding finding) {
		if (finding.getEnhancement() == null) {
			boolean deliver = finding.eDeliver();
			finding.eSetDeliver(false);
			finding.setEnhancement(ReportFactory.eINSTANCE.createEnhancement());
			finding.eSetDeliver(deliver);
		}
	}

	private void field(Composite box, Finding finding, FieldSpec field, String findingId) {
		EClass type = finding.eClass();
		EStructuralFeature feature = StandardForms.feature(type, field.feature());
		if (!(feature instanceof EAttribute attribute)) {
			return;
		}
		EObject owner = field.feature().startsWith("enhancement.") ? finding.getEnhancement() : finding;
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
			Button critical = binder.check(WidgetIds.tag(new Button(group, SWT.CHECK), ID + ".impression." + n + ".critical"),
					item, P.getImpressionItem_Critical());
			critical.setText("Critical");
			Button delete = new Button(group, SWT.PUSH);
			delete.setText("Delete");
			delete.setEnabled(editable);
			delete.addListener(SWT.Selection, e -> execute(DeleteCommand.create(domain, item)));
			n++;
		}
		Button add = WidgetIds.tag(new Button(group, SWT.PUSH), ID + ".impression.add");
		add.setText("Add &impression item");
		add.setEnabled(editable);
		add.addListener(SWT.Selection, e -> {
			ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
			execute(AddCommand.create(domain, report, P.getReport_Impression(), item));
		});
		GridDataFactory.fillDefaults().span(4, 1).applyTo(add);
	}

	/** Adds a new finding to a region, with the next free id and the selected level. */
	public Finding addFinding(Region region) {
		EClass type = Reports.findingClass(region.getKind());
		Finding finding = (Finding) ReportFactory.eINSTANCE.create(type);
		finding.setId(nextId());
		Enhancement enhancement = ReportFactory.eINSTANCE.createEnhancement();
		finding.setEnhancement(enhancement);
		execute(AddCommand.create(domain, region, P.getRegion_Findings(), finding));
		return finding;
	}

	private String nextId() {
		int max = 0;
		for (Finding f : Reports.findings(report)) {
			String id = f.getId();
			if (id != null && id.matches("F\\d+")) {
				max = Math.max(max, Integer.parseInt(id.substring(1)));
			}
		}
		return "F" + (max + 1);
	}

	/** Fills a region with the template's normal statement. */
	public void fillNormal(RegionKind kind) {
		Region region = Reports.region(report, kind).orElse(null);
		String statement = form.region(kind).map(RegionForm::normalStatement).orElse("Normal.");
		if (region == null || !editable) {
			return;
		}
		org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand(
				"Normal " + org.spinerad.model.edit.Vocabulary.label(kind).toLowerCase(Locale.ROOT));
		command.append(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.TRUE));
		command.append(SetCommand.create(domain, region, P.getRegion_Statement(), statement));
		execute(command);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** @return the context line: patient, accession, exam, contrast, template */
	public static String header(Report report, String template) {
		StringBuilder text = new StringBuilder();
		var p = report.getPatient();
		var s = report.getStudy();
		var e = report.getExam();
		text.append(p == null || p.getName() == null ? "Unknown patient" : p.getName());
		if (p != null && p.getPatientId() != null) {
			text.append("  ID ").append(p.getPatientId());
		}
		if (p != null && p.getAgeYears() != null) {
			text.append("  ").append(p.getAgeYears()).append(" y");
		}
		if (s != null && s.getAccessionNumber() != null) {
			text.append("  |  Acc ").append(s.getAccessionNumber());
		}
		if (e != null && e.isSetRegionImaged()) {
			text.append("  |  MRI ").append(org.spinerad.model.edit.Vocabulary.label(e.getRegionImaged()));
			if (e.getFieldStrengthTesla() != null) {
				text.append(' ').append(e.getFieldStrengthTesla()).append(" T");
			}
		}
		if (e != null && e.getContrast() != null && e.getContrast().isSetAgent()) {
			var c = e.getContrast();
			text.append("  |  ").append(org.spinerad.model.edit.Vocabulary.label(c.getAgent()));
			if (c.getVolumeMl() != null) {
				text.append(' ').append(c.getVolumeMl()).append(" mL");
			}
		}
		text.append("  |  Template: ").append(template);
		return text.toString();
	}

	/** @return the control with a widget id below a composite */
	public static java.util.Optional<Control> find(Composite root, String id) {
		if (id.equals(root.getData(WidgetIds.KEY))) {
			return java.util.Optional.of(root);
		}
		for (Control child : root.getChildren()) {
			if (id.equals(child.getData(WidgetIds.KEY))) {
				return java.util.Optional.of(child);
			}
			if (child instanceof Composite c) {
				var found = find(c, id);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return java.util.Optional.empty();
	}

	/** @return the region whose section holds the focus control */
	public java.util.Optional<RegionKind> focusedRegion() {
		Control focus = body.getDisplay().getFocusControl();
		for (Control c = focus; c != null; c = c.getParent()) {
			int index = regionGroups.indexOf(c);
			if (index >= 0) {
				return java.util.Optional.of(regionKinds.get(index));
			}
		}
		return java.util.Optional.empty();
	}

	/** Moves the focus to the first field of the next (+1) or previous (-1) region. */
	public void focusRegion(int delta) {
		if (regionGroups.isEmpty()) {
			return;
		}
		int current = focusedRegion().map(regionKinds::indexOf).orElse(delta > 0 ? -1 : regionGroups.size());
		int next = Math.floorMod(current + delta, regionGroups.size());
		Group group = regionGroups.get(next);
		focusFirstIn(group);
		reveal(group);
	}

	/** Focuses the first field of the form; returns whether there was one. */
	public boolean focusFirst() {
		return !regionGroups.isEmpty() && focusFirstIn(regionGroups.get(0));
	}

	private static boolean focusFirstIn(Composite composite) {
		for (Control child : composite.getChildren()) {
			if ((child instanceof Text || child instanceof Combo || child instanceof Button) && child.isEnabled()
					&& child.setFocus()) {
				return true;
			}
			if (child instanceof Composite c && !(child instanceof Combo) && focusFirstIn(c)) {
				return true;
			}
		}
		return false;
	}

	private void reveal(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.getParent() instanceof org.eclipse.swt.custom.ScrolledComposite sc) {
				sc.showControl(control);
				return;
			}
		}
	}

	/** Scrolls to and focuses the first finding at a level. */
	public void reveal(SpineLevel level, org.eclipse.swt.custom.ScrolledComposite scroller) {
		for (Finding f : Reports.findings(report)) {
			if (f.getFrom() != null && level.position() >= f.getFrom().position()
					&& level.position() <= Reports.lastLevel(f).position()) {
				Control control = binder.control(f, P.getLocated_From());
				if (control != null) {
					scroller.showControl(control.getParent());
					control.setFocus();
					return;
				}
			}
		}
	}

	/** Focuses the control of a feature; returns whether it exists. */
	public boolean reveal(EObject object, EStructuralFeature feature, org.eclipse.swt.custom.ScrolledComposite scroller) {
		Control control = binder.control(object, feature);
		if (control == null && object instanceof Finding f) {
			control = binder.control(f, P.getLocated_From());
		}
		if (control == null) {
			return false;
		}
		scroller.showControl(control);
		return control.setFocus();
	}

	public void dispose() {
		binder.dispose();
	}
}
