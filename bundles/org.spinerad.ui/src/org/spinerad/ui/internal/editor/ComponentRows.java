package org.spinerad.ui.internal.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.Component;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.templates.FormDefinition.Condition;
import org.spinerad.templates.StandardForms;
import org.spinerad.ui.WidgetIds;

/**
 * The components of a mixed epidural lesion (phlegmon with an abscess, scar
 * with a disc fragment), below the finding's fields: per component what it is
 * and its T2 signal and diffusion (restricted diffusion suggests pus), each a
 * pick list labelled over it in the finding's columns, then Delete; "Add component" adds one and puts
 * the caret on its type. The section applies like a conditional field: to a
 * lesion classified as one that has components, to one that has components,
 * and while the caret is in it.
 */
final class ComponentRows {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	/** Classifications whose lesions are described by components. */
	static final Condition WHEN = Condition.when("classification", "mixed", "abscess", "phlegmon", "scar", "disc",
			"tumor");

	private final Composite section;
	private final EpiduralFinding finding;
	/** Controls that take a whole row: the headings and the add button. */
	private final java.util.List<org.eclipse.swt.widgets.Control> headings = new java.util.ArrayList<>();
	/** The pick lists, each in a cell of its own. */
	private final java.util.List<Combo> combos = new java.util.ArrayList<>();

	/**
	 * @param id prefix of the widget ids, e.g. {@code org.spinerad.ui.report.finding.F3}
	 */
	ComponentRows(Composite parent, EpiduralFinding finding, Binder binder, ReportEdits edits, boolean editable,
			String id, BiConsumer<EObject, EStructuralFeature> focusLater) {
		this.finding = finding;
		section = WidgetIds.tag(new Composite(parent, SWT.NONE), id + ".components");
		GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).spacing(8, 4).applyTo(section);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(section);
		int n = 1;
		for (Component component : finding.getComponents()) {
			String rowId = id + ".component." + n;
			Label heading = new Label(section, SWT.NONE);
			heading.setText(Vocabulary.label(P.getComponent()) + " " + n++);
			GridDataFactory.fillDefaults().span(4, 1).applyTo(heading);
			headings.add(heading);
			cell(binder, component, P.getComponent_Type(), rowId + ".type");
			cell(binder, component, P.getComponent_T2(), rowId + ".t2");
			cell(binder, component, P.getComponent_Dwi(), rowId + ".dwi");
			Button delete = WidgetIds.tag(new Button(section, SWT.PUSH), rowId + ".delete");
			delete.setText("Delete");
			delete.setToolTipText("Delete this component");
			delete.setEnabled(editable);
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.END).applyTo(delete);
			delete.addListener(SWT.Selection, e -> {
				edits.delete(component);
				focusLater.accept(finding, P.getEpiduralFinding_Classification());
			});
		}
		Button add = WidgetIds.tag(new Button(section, SWT.PUSH), id + ".component.add");
		add.setText("Add " + Vocabulary.label(P.getComponent()).toLowerCase(java.util.Locale.ROOT));
		add.setToolTipText("A component of a mixed lesion, with its own T2 signal and diffusion");
		add.setEnabled(editable);
		GridDataFactory.fillDefaults().span(4, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(add);
		headings.add(add);
		add.addListener(SWT.Selection, e -> focusLater.accept(edits.addComponent(finding), P.getComponent_Type()));
	}

	private void cell(Binder binder, Component component, EAttribute feature, String id) {
		Composite cell = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 1).applyTo(cell);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(cell);
		Label label = new Label(cell, SWT.NONE);
		label.setText(Vocabulary.label(feature));
		List<String> literals = ((EEnum) feature.getEAttributeType()).getELiterals().stream()
				.map(EEnumLiteral::getLiteral).toList();
		Combo combo = binder.combo(WidgetIds.tag(new Combo(cell, SWT.READ_ONLY), id), component, feature, literals);
		combo.setToolTipText(org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature));
		combos.add(combo);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(combo);
	}

	/**
	 * Lays the cells out in the finding's columns; a pick list whose longest
	 * value is wider than a column takes as many as it needs.
	 *
	 * @param column the width of one column
	 * @return whether anything changed
	 */
	boolean fit(int columns, int column) {
		GridLayout layout = (GridLayout) section.getLayout();
		boolean changed = layout.numColumns != columns;
		layout.numColumns = columns;
		headings.forEach(h -> ((GridData) h.getLayoutData()).horizontalSpan = columns);
		for (Combo combo : combos) {
			GridData data = (GridData) combo.getParent().getLayoutData();
			int label = combo.getParent().getChildren()[0].computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
			int span = FindingForm.span(Math.max(label, PickLists.width(combo)), column, columns);
			changed |= data.horizontalSpan != span;
			data.horizontalSpan = span;
		}
		return changed;
	}

	/** @return the section, to span the finding's columns */
	Composite control() {
		return section;
	}

	/** @return whether the section applies: a classification with components, components present */
	boolean applies() {
		return !finding.getComponents().isEmpty() || WHEN.test(name -> StandardForms.value(finding, name));
	}
}
