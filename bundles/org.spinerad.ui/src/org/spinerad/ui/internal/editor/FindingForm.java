package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Finding;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.StandardForms;
import org.spinerad.ui.WidgetIds;

/**
 * The fields of one finding, each a label over its control in a grid whose
 * column count follows the width of the Report column, so no field is ever out
 * of sight to the right and no label is cut off. A field shows only while it applies to the finding
 * (its template condition holds, it holds a value, or it has the focus); a
 * change of a governing value shows and hides fields at once, without
 * rebuilding the form, so the focus stays where it is.
 * <p>
 * A finding of a report as opened shows one line (levels, nature, kind,
 * enhancement) until the user expands it (Tab onto it, a click, Enter) or a
 * command puts the caret into it; only then are its fields built, so a report
 * with many findings opens at once.
 */
final class FindingForm {

	/** Narrowest column: a label and a pick list stay legible. */
	private static final int COLUMN_WIDTH = 190;
	private static final int MAX_COLUMNS = 4;

	private record Field(FieldSpec spec, Composite cell, Label label, Control control, boolean wide) {
	}

	/** Room the region's group and the finding's border take. */
	private static final int MARGINS = 40;
	private static final int SPACING = 8;

	private final Composite box;
	private final Finding finding;
	private final Runnable relayout;
	private final List<Field> fields = new ArrayList<>();
	private final List<Runnable> disposers = new ArrayList<>();
	private final Composite title;
	private final RegionForm regionForm;
	private final Binder binder;
	private final ReportEdits edits;
	private final boolean editable;
	private final java.util.function.BiConsumer<EObject, EStructuralFeature> focusLater;
	private final String id;
	/** The folded finding's one line (it expands the fields when it gets the focus or is pressed), or null. */
	private Button summary;
	private boolean expanded;
	/** The width the form was last fitted to, to fit fields built later. */
	private int width = -1;
	/** The components of a mixed epidural lesion, or null. */
	private ComponentRows components;

	/**
	 * @param expanded whether the fields are built at once; else the finding shows one line until it is expanded
	 * @param onExpand called when the user expands the folded finding (the form then lays itself out again)
	 * @param relayout lays the form out again after fields were shown or hidden
	 */
	FindingForm(Composite parent, RegionForm regionForm, Finding finding, Binder binder,
			Runnable delete, boolean editable, Runnable relayout, ReportEdits edits,
			java.util.function.BiConsumer<EObject, EStructuralFeature> focusLater, boolean expanded,
			Runnable onExpand) {
		this.finding = finding;
		this.relayout = relayout;
		this.regionForm = regionForm;
		this.binder = binder;
		this.edits = edits;
		this.editable = editable;
		this.focusLater = focusLater;
		id = findingId(finding);
		box = WidgetIds.tag(new Composite(parent, SWT.BORDER), EditorSupport.ID + ".finding." + id);
		box.setData(FindingForm.class.getName(), finding);
		GridLayoutFactory.swtDefaults().numColumns(1).margins(4, 4).spacing(SPACING, 4).equalWidth(true).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(10, SWT.DEFAULT).applyTo(box);

		title = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		Label heading = new Label(title, SWT.NONE);
		heading.setText("Finding " + id);
		heading.setToolTipText("Ctrl+Shift+C copies this finding to another level");
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(heading);
		Button deleteButton = WidgetIds.tag(new Button(title, SWT.PUSH), EditorSupport.ID + ".finding." + id + ".delete");
		deleteButton.setText("Delete");
		deleteButton.setEnabled(editable);
		deleteButton.addListener(SWT.Selection, e -> delete.run());
		listen(finding);
		if (expanded) {
			expand();
		} else {
			fold(onExpand);
		}
	}

	/** Shows the finding as one line; Tab onto it, a click or Enter shows its fields with the caret in the first. */
	private void fold(Runnable onExpand) {
		summary = WidgetIds.tag(new Button(box, SWT.PUSH | SWT.LEFT), EditorSupport.ID + ".finding." + id + ".show");
		summary.setText(FindingSummary.of(finding));
		// no tooltip: its window would open under a resting pointer and, without a window manager, take the keys
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(summary);
		Button line = summary;
		Runnable open = () -> {
			if (!line.isDisposed() && !expanded) {
				expand();
				onExpand.run();
				fields.stream().filter(f -> f.cell().getVisible()).findFirst().ifPresent(f -> f.control().setFocus());
			}
		};
		line.addListener(SWT.Selection, e -> open.run());
		// the caret reaching the line (Tab) opens it once the focus has settled; a rebuild passing the focus on does not
		line.addListener(SWT.FocusIn, e -> line.getDisplay().asyncExec(() -> {
			if (!line.isDisposed() && line.isFocusControl()) {
				open.run();
			}
		}));
	}

	/** @return whether the finding's fields are built */
	boolean expanded() {
		return expanded;
	}

	/** @return the finding this form shows */
	Finding finding() {
		return finding;
	}

	/**
	 * Builds the finding's fields (once), in place of its one line.
	 *
	 * @return whether they were built now
	 */
	boolean expand() {
		if (expanded || box.isDisposed()) {
			return false;
		}
		expanded = true;
		if (summary != null) {
			summary.dispose();
			summary = null;
		}
		// an optional part (early or delayed enhancement) that is absent is attached with the first edit of its fields
		Map<String, EObject> parts = new LinkedHashMap<>();
		for (FieldSpec spec : regionForm.fields()) {
			field(spec, parts, binder, id);
		}
		if (finding instanceof org.spinerad.model.EpiduralFinding epidural) {
			components = new ComponentRows(box, epidural, binder, edits, editable,
					EditorSupport.ID + ".finding." + id, focusLater);
		}
		parts.values().forEach(this::listen);
		update();
		if (width > 0) {
			fit(width);
		}
		return true;
	}

	static String findingId(Finding finding) {
		return finding.getId() == null ? "new" : finding.getId();
	}

	/** @return the finding shown by the box holding a control, if any */
	static Finding of(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.getData(FindingForm.class.getName()) instanceof Finding f) {
				return f;
			}
		}
		return null;
	}

	private void field(FieldSpec spec, Map<String, EObject> parts, Binder binder, String findingId) {
		EStructuralFeature feature = StandardForms.feature(finding.eClass(), spec.feature());
		if (!(feature instanceof EAttribute attribute)) {
			return;
		}
		EObject owner = finding;
		int dot = spec.feature().indexOf('.');
		if (dot > 0 && finding.eClass().getEStructuralFeature(spec.feature().substring(0, dot)) instanceof EReference part) {
			owner = parts.computeIfAbsent(part.getName(), name -> finding.eGet(part) instanceof EObject present ? present
					: binder.attachOnEdit(finding, part, ReportFactory.eINSTANCE.create(part.getEReferenceType())));
		}
		boolean wide = spec.feature().equals("remark") || spec.feature().equals("description");
		Composite cell = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 1).applyTo(cell);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(cell);
		Label label = new Label(cell, SWT.NONE);
		label.setText(spec.label() + (spec.required() ? " *" : ""));
		label.setToolTipText(spec.help());
		String widgetId = EditorSupport.ID + ".finding." + findingId + "." + spec.feature();
		Control control;
		Class<?> instance = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum) {
			control = binder.combo(WidgetIds.tag(new Combo(cell, SWT.READ_ONLY), widgetId), owner, attribute,
					spec.choices());
		} else if (instance == boolean.class) {
			control = binder.check(WidgetIds.tag(new Button(cell, SWT.CHECK), widgetId), owner, attribute);
			((Button) control).setText("yes");
		} else if (instance == Boolean.class) {
			control = binder.yesNo(WidgetIds.tag(new Combo(cell, SWT.READ_ONLY), widgetId), owner, attribute);
		} else {
			Text text = binder.text(WidgetIds.tag(new Text(cell, SWT.BORDER), widgetId), owner, attribute);
			if (instance == SpineLevel.class) {
				text.setMessage("e.g. L4-L5");
			}
			control = text;
		}
		control.setToolTipText(spec.help());
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(control);
		fields.add(new Field(spec, cell, label, control, wide));
	}

	private void listen(Notifier notifier) {
		Adapter adapter = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification n) {
				if (n.isTouch() || box.isDisposed()) {
					return;
				}
				if (summary != null && !summary.isDisposed()) {
					String text = FindingSummary.of(finding);
					if (!text.equals(summary.getText())) {
						summary.setText(text);
					}
				} else if (update()) {
					relayout.run();
				}
			}
		};
		notifier.eAdapters().add(adapter);
		disposers.add(() -> notifier.eAdapters().remove(adapter));
	}

	/**
	 * Shows the fields that apply, hides the others (never the one with the focus).
	 *
	 * @return whether anything was shown or hidden
	 */
	boolean update() {
		boolean changed = false;
		Control focus = box.getDisplay().getFocusControl();
		for (Field field : fields) {
			boolean show = field.spec().when().always() || StandardForms.applies(field.spec(), finding)
					|| focus != null && focus.getParent() == field.cell();
			changed |= show(field.cell(), show);
		}
		if (components != null) {
			Composite section = components.control();
			changed |= show(section, components.applies() || focus != null && within(focus, section));
		}
		return changed;
	}

	private static boolean show(Composite cell, boolean show) {
		if (cell.getVisible() == show) {
			return false;
		}
		cell.setVisible(show);
		((GridData) cell.getLayoutData()).exclude = !show;
		return true;
	}

	private static boolean within(Control control, Composite ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Sets the number of columns for the width the form has; a field whose
	 * label or longest value is wider than a column takes as many columns as it
	 * needs (up to the whole row), so every value of a pick list shows whole.
	 *
	 * @return whether anything changed
	 */
	boolean fit(int width) {
		this.width = width;
		if (!expanded) {
			return false;
		}
		int columns = Math.max(1, Math.min(MAX_COLUMNS, (width - MARGINS + SPACING) / (COLUMN_WIDTH + SPACING)));
		int column = (width - MARGINS - (columns - 1) * SPACING) / columns;
		GridLayout layout = (GridLayout) box.getLayout();
		boolean changed = layout.numColumns != columns;
		layout.numColumns = columns;
		((GridData) title.getLayoutData()).horizontalSpan = columns;
		if (components != null) {
			((GridData) components.control().getLayoutData()).horizontalSpan = columns;
			changed |= components.fit(columns, column);
		}
		for (Field field : fields) {
			int need = field.label().computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
			if (field.control() instanceof Combo combo) {
				need = Math.max(need, PickLists.width(combo));
			}
			int span = field.wide() ? columns : span(need, column, columns);
			GridData data = (GridData) field.cell().getLayoutData();
			changed |= data.horizontalSpan != span;
			data.horizontalSpan = span;
		}
		return changed;
	}

	/** @return how many columns of a width (with the spacing between them) a control that needs a width takes */
	static int span(int need, int column, int columns) {
		int span = 1;
		while (span < columns && span * column + (span - 1) * SPACING < need) {
			span++;
		}
		return span;
	}

	/** @return the names of the fields shown, in form order */
	List<String> shown() {
		return fields.stream().filter(f -> f.cell().getVisible()).map(f -> f.spec().feature()).toList();
	}

	void dispose() {
		disposers.forEach(Runnable::run);
		disposers.clear();
	}
}
